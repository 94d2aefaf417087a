import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useReportFilters } from '../report-filters/use-report-filters.ts';
import { deferred } from '../../test/deferred.ts';

const NOW = new Date('2026-11-20T15:30:00Z');

function Notice() {
  const { issues, dismissIssues } = useReportFilters(NOW);
  if (issues.length === 0) return <p>No notice</p>;
  return (
    <div>
      <p>{issues.map((issue) => issue.param).join(', ')} ignored</p>
      <button onClick={dismissIssues}>Dismiss</button>
    </div>
  );
}

describe('useUrlState notices', () => {
  it('stay dismissed when Dismiss is pressed before the URL rewrite has landed', async () => {
    let gate = deferred();
    gate.resolve();
    const router = createMemoryRouter(
      [{ path: '/new-conversations', element: <Notice />, HydrateFallback: () => null, loader: () => gate.promise.then(() => null) }],
      { initialEntries: ['/new-conversations?range=someday&tz=UTC'] },
    );
    gate = deferred();
    render(<RouterProvider router={router} />);
    // The rewrite to the canonical URL is waiting on the loader; the notice shows the parse's issues meanwhile.
    fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }, { timeout: 5000 }));
    await act(async () => gate.resolve());
    // The rewrite lands after the loader: on a busy CI runner that can take longer than findBy's 1 s default.
    expect(await screen.findByText('No notice', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tz=UTC');
  });
});
