import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useHistoryState } from './use-history-state.ts';
import { deferred } from '../../../test/deferred.ts';

const NOW = new Date('2026-11-20T15:30:00Z');

function Toggle() {
  const { filters, setOptions } = useHistoryState(NOW);
  return (
    <label>
      <input type="checkbox" checked={filters.collapse} onChange={(event) => setOptions({ collapse: event.target.checked })} />
      Collapse
    </label>
  );
}


describe('useHistoryState', () => {
  it('shows a toggle as just chosen while the route loader runs, and keeps it once the URL commits', async () => {
    let gate = deferred();
    const router = createMemoryRouter(
      [{ path: '/user-history', element: <Toggle />, HydrateFallback: () => null, loader: () => gate.promise.then(() => null) }],
      { initialEntries: ['/user-history?tz=UTC&user=1&collapse=1'] },
    );
    gate.resolve();
    render(<RouterProvider router={router} />);
    const box = await screen.findByRole('checkbox', { name: 'Collapse' });
    expect(box).toBeChecked();

    gate = deferred();
    fireEvent.click(box);
    // The loader has not finished, so the URL still says collapse=1; the box must not flick back.
    expect(box).not.toBeChecked();
    expect(router.state.location.search).toContain('collapse=1');

    await act(async () => gate.resolve());
    expect(router.state.location.search).not.toContain('collapse');
    expect(box).not.toBeChecked();
  });
});

describe('useHistoryState with Back and Forward', () => {
  it('shows the URL of the entry Back goes to, not the choice made there before', async () => {
    const router = createMemoryRouter([{ path: '/user-history', element: <Toggle />, HydrateFallback: () => null, loader: () => null }], {
      initialEntries: ['/user-history?tz=UTC&user=1&collapse=1'],
    });
    render(<RouterProvider router={router} />);
    const box = await screen.findByRole('checkbox', { name: 'Collapse' });
    fireEvent.click(box);
    await waitFor(() => expect(router.state.location.search).not.toContain('collapse'));
    expect(box).not.toBeChecked();

    await act(async () => router.navigate(-1));
    expect(router.state.location.search).toContain('collapse=1');
    expect(box).toBeChecked();

    await act(async () => router.navigate(1));
    expect(router.state.location.search).not.toContain('collapse');
    expect(box).not.toBeChecked();
  });
});
