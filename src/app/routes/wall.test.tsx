import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Component, loader } from './wall.tsx';

// The first render loads the chart library; on a busy machine that takes a few seconds.
vi.setConfig({ testTimeout: 20_000 });
const WAIT = { timeout: 8000 };

const REPORT = '*/api/v1/reports/conversations/new.json';
/** Every row of a user's history, assembled on the server: one call per panel. */
const HISTORY = '*/api/v1/reports/user/conversation-history/all.json';
const RESOLVE = '*/api/wall-links/resolve';
const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().replace('.000Z', 'Z');
const row = (id: number, responseTime: number, resolveTime: number) => ({
  number: id, id, status: resolveTime > 0 ? 'closed' : 'active', customers: [], responseTime, firstResponseTime: responseTime, resolveTime, repliesSent: 1, avgHandleTime: 60,
});

const seen: Request[] = [];
const server = setupServer(
  http.get('*/api/v1/users.json', () =>
    HttpResponse.json({ page: 1, pages: 1, count: 1, items: [{ id: 1, firstName: 'Ava', lastName: 'Thompson' }] }),
  ),
  http.get(REPORT, ({ request }) => {
    seen.push(request);
    return HttpResponse.json({ current: [{ start: day(0), count: 30 }, { start: day(1), count: 12 }], previous: [{ start: day(2), count: 40 }] });
  }),
  http.get(HISTORY, ({ request }) => {
    seen.push(request);
    return HttpResponse.json({ pages: 1, count: 3, complete: true, results: [row(7, 600, 3600), row(7, 600, 3600), row(8, 1800, 0)] });
  }),
);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

function renderWall(url: string) {
  const client = new QueryClient();
  const router = createMemoryRouter([{ path: '/wall', loader, Component }], { initialEntries: [url] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const panel = (name: string) => screen.getByRole('region', { name });

describe('Wall', () => {
  it('shows the total and its change, and one panel per user from the history report', async () => {
    renderWall('/wall?tz=UTC&users=1&panel=new-conversations');
    await waitFor(() => expect(panel('New conversations')).toHaveTextContent('42'), WAIT);
    expect(panel('New conversations')).toHaveTextContent('▲ +2 (+5%)');
    expect(screen.getByRole('status')).toHaveTextContent(/^Updated \d\d:\d\d$/);
    // The user's panel is there but hidden until it is its turn: read it through the DOM.
    const ava = await waitFor(() => {
      const section = document.querySelector('section[aria-labelledby="wall-user-1"]');
      expect(section).toHaveTextContent('Ava Thompson');
      return section as HTMLElement;
    }, WAIT);
    await waitFor(() => expect(within(ava).getByText('Replies').nextSibling).toHaveTextContent('3'), WAIT);
    expect(within(ava).getByText('Conversations').nextSibling).toHaveTextContent('2');
    expect(within(ava).getByText('Median response time').nextSibling).toHaveTextContent('20m');
    expect(within(ava).getByText('Median resolve time').nextSibling).toHaveTextContent('1h');
  });

  it('clamps a refresh below 15 seconds, rewrites the URL and says so', async () => {
    const router = renderWall('/wall?tz=UTC&refresh=5');
    await waitFor(() => expect(router.state.location.search).toBe('?tz=UTC&refresh=15'), WAIT);
    expect(screen.getByText(/Ignored in the address: refresh 5 is below the 15-second minimum; using 15/)).toBeInTheDocument();
  });

  it('skips the browser cache, so "Updated" means the server answered', async () => {
    renderWall('/wall?tz=UTC');
    await waitFor(() => expect(seen.length).toBeGreaterThan(0), WAIT);
    expect(seen[0]?.cache).toBe('no-cache');
    expect(seen[0]?.headers.get('X-Wall-Token')).toBeNull();
  });

  it('keeps the last data when refreshes fail, says since when, and recovers', async () => {
    // Fake timers run the 15-second refreshes and the retries' back-off at once; real time still passes for the network.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    try {
      renderWall('/wall?tz=UTC&refresh=15');
      await waitFor(() => expect(panel('New conversations')).toHaveTextContent('42'), WAIT);
      const updated = screen.getByRole('status').textContent?.replace('Updated ', '');
      const reports = () => seen.filter((request) => request.url.includes('/conversations/new.json')).length;
      server.use(http.get(REPORT, () => HttpResponse.json({ status: 502, message: 'Help Scout is not answering' }, { status: 502 })));
      await vi.advanceTimersByTimeAsync(15_000);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Stale since \d\d:\d\d/), WAIT);
      expect(panel('New conversations')).toHaveTextContent('42');
      await vi.advanceTimersByTimeAsync(15_000);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Help Scout is not answering'), WAIT);
      expect(screen.getByRole('status')).toHaveTextContent(/Stale since \d\d:\d\d/);
      expect(updated).toMatch(/^\d\d:\d\d$/);
      server.resetHandlers();
      const before = reports();
      await vi.advanceTimersByTimeAsync(15_000);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Updated \d\d:\d\d$/), WAIT);
      expect(reports()).toBeGreaterThan(before);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Wall from a wall link', () => {
  it('shows the link’s view and sends its token with every call', async () => {
    server.use(http.get(RESOLVE, () => HttpResponse.json({ id: 'l1', params: 'range=today&tz=UTC&users=1&panel=user-1', expiresAt: '2027-01-01T00:00:00Z' })));
    renderWall('/wall?token=abc.def&theme=light');
    await waitFor(() => expect(panel('Ava Thompson')).toHaveTextContent('Replies3'), WAIT);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const request of seen) expect(request.headers.get('X-Wall-Token')).toBe('abc.def');
    expect(new URL(seen[0]!.url).searchParams.get('tz')).toBe('UTC');
    expect(document.querySelector('.wall')).toHaveClass('wall--light');
    expect(screen.queryByRole('button', { name: 'Create wall link' })).not.toBeInTheDocument();
  });

  it('shows the server’s reason, full screen, when the link does not work', async () => {
    server.use(http.get(RESOLVE, () => HttpResponse.json({ status: 401, message: 'This wall link expired on 2026-11-01. Ask for a new link.', reason: 'expired' }, { status: 401 })));
    renderWall('/wall?token=old');
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('This wall link cannot be shown');
    expect(alert).toHaveTextContent('This wall link expired on 2026-11-01. Ask for a new link.');
  });

  it('asks again when a data call is refused, and withdraws the data when the link was revoked', async () => {
    let revoked = false;
    server.use(
      http.get(RESOLVE, () =>
        revoked
          ? HttpResponse.json({ status: 401, message: 'This wall link has been revoked. Ask for a new link.', reason: 'revoked' }, { status: 401 })
          : HttpResponse.json({ id: 'l1', params: 'range=today&tz=UTC&refresh=15', expiresAt: '2027-01-01T00:00:00Z' }),
      ),
    );
    renderWall('/wall?token=abc');
    await waitFor(() => expect(panel('New conversations')).toHaveTextContent('42'), WAIT);
    revoked = true;
    server.use(http.get(REPORT, () => HttpResponse.json({ status: 401, message: 'This wall link has been revoked.', reason: 'revoked' }, { status: 401 })));
    // The next refresh is 15 s away; a reconnect does the same sooner.
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByRole('alert', {}, { timeout: 18_000 })).toHaveTextContent('This wall link has been revoked. Ask for a new link.');
  }, 30_000);
});
