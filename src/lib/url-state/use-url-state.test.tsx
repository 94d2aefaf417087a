import { act, fireEvent, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
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

/** Presses Dismiss in the first commit's layout phase: before the rewrite's effect has started it. */
function DismissAtOnce() {
  const { issues, dismissIssues } = useReportFilters(NOW);
  useLayoutEffect(() => {
    dismissIssues();
  }, [dismissIssues]);
  return <p>{issues.length === 0 ? 'No notice' : 'Notice'}</p>;
}

describe('useUrlState notices', () => {
  it('stay dismissed when Dismiss is pressed before the URL rewrite has started', async () => {
    const router = createMemoryRouter([{ path: '/new-conversations', element: <DismissAtOnce /> }], {
      initialEntries: ['/new-conversations?range=someday&tz=UTC'],
    });
    render(<RouterProvider router={router} />);
    expect(await screen.findByText('No notice')).toBeInTheDocument();
    // Let every navigation the page started land: none may bring the dismissed issues back.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.getByText('No notice')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tz=UTC');
    expect(router.state.location.state).toBeNull();
  });


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
    fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    await act(async () => gate.resolve());
    expect(await screen.findByText('No notice')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tz=UTC');
  });
});
