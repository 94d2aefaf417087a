import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newConversationsKeys } from '../../features/new-conversations/api/get-new-conversations.ts';
import { createQueryClient } from '../query-client.ts';
import { Component } from './new-conversations.tsx';
import { loader } from './new-conversations.loader.ts';

// The first render loads the chart library; on a busy machine that takes a few seconds.
vi.setConfig({ testTimeout: 20_000 });
const WAIT = { timeout: 8000 };

const REPORT = '*/api/v1/reports/conversations/new.json';
const emptyList = () => HttpResponse.json({ page: 1, pages: 1, count: 0, items: [] });
const buckets = (counts: number[], from: string) =>
  counts.map((count, i) => ({ start: new Date(Date.parse(from) + i * 86_400_000).toISOString().replace('.000Z', 'Z'), count }));

const server = setupServer(
  http.get('*/api/v1/mailboxes.json', emptyList),
  http.get('*/api/v1/tags.json', emptyList),
  http.get('*/api/v1/mailboxes/:id/folders.json', emptyList),
  http.get(REPORT, () => HttpResponse.json({ current: buckets([3, 4], '2020-01-01T00:00:00Z'), previous: buckets([1, 1], '2019-12-30T00:00:00Z') })),
);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
let queryClient = createQueryClient();
beforeEach(() => {
  queryClient = createQueryClient();
  queryClient.setQueryDefaults(newConversationsKeys.all, { retry: false });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => server.close());

function renderPage(url: string) {
  const router = createMemoryRouter([{ path: '/new-conversations', loader: loader(queryClient), Component }], { initialEntries: [url] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('New conversations page', () => {
  it('shows the totals of the answer', async () => {
    renderPage('/new-conversations?tz=UTC');
    const total = await screen.findByRole('group', { name: 'New conversations' }, WAIT);
    expect(total).toHaveTextContent('7');
    expect(screen.getByRole('group', { name: 'Comparison period' })).toHaveTextContent('2');
    expect(screen.getByRole('group', { name: 'Change' })).toHaveTextContent('+5 (+250%)');
  });

  it('names ignored parameters, falls back and rewrites the URL', async () => {
    const router = renderPage('/new-conversations?range=someday&types=email,fax&tz=UTC');
    const notice = (await screen.findByText('2 settings in this link were ignored', {}, WAIT)).closest('.notice');
    expect(notice).toHaveTextContent('range');
    expect(notice).toHaveTextContent('types');
    await waitFor(() => expect(router.state.location.search).toBe('?types=email&tz=UTC'), WAIT);
    expect(screen.getByText('2 settings in this link were ignored')).toBeInTheDocument();
    expect(screen.getByLabelText('Date range')).toHaveValue('last-30-days');
  });

  it('shows the server’s message on a 500, and Retry recovers', async () => {
    server.use(http.get(REPORT, () => HttpResponse.json({ status: 500, message: 'The report store is down' }, { status: 500 })));
    renderPage('/new-conversations?tz=UTC');
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('The report store is down');
    expect(alert).toHaveTextContent('The server answered 500.');
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('group', { name: 'New conversations' }, WAIT)).toHaveTextContent('7');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when to try again after a 429', async () => {
    server.use(
      http.get(REPORT, () => HttpResponse.json({ status: 429, message: 'Rate limit reached' }, { status: 429, headers: { 'Retry-After': '12' } })),
    );
    renderPage('/new-conversations?tz=UTC');
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('Rate limit reached');
    expect(alert).toHaveTextContent('Try again in 12 s.');
  });

  it('keeps the figures of a stale stand-in and says Help Scout is throttling, with the time they are from', async () => {
    // What the server sends while Help Scout answers 429: its last good answer, marked stale, with its Age.
    server.use(
      http.get(REPORT, () =>
        HttpResponse.json(
          { current: buckets([3, 4], '2020-01-01T00:00:00Z'), previous: buckets([1, 1], '2019-12-30T00:00:00Z') },
          { headers: { 'X-Pulseboard-Stale': 'throttled', Age: '120' } },
        ),
      ),
    );
    const before = Date.now();
    renderPage('/new-conversations?tz=UTC');
    expect(await screen.findByRole('group', { name: 'New conversations' }, WAIT)).toHaveTextContent('7');
    const note = await screen.findByText(/^Waiting for Help Scout — showing figures from \d\d:\d\d$/, {}, WAIT);
    expect(note).toHaveAttribute('role', 'status');
    const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
    // The figures are two minutes old (a minute boundary may fall inside the test).
    expect([hhmm(before - 120_000), hhmm(Date.now() - 120_000)]).toContain(note.textContent?.slice(-5));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says nothing of staleness on a fresh answer', async () => {
    renderPage('/new-conversations?tz=UTC');
    expect(await screen.findByRole('group', { name: 'New conversations' }, WAIT)).toHaveTextContent('7');
    expect(screen.queryByText(/showing figures from/)).not.toBeInTheDocument();
  });

  it('says so when no conversation matches', async () => {
    server.use(http.get(REPORT, () => HttpResponse.json({ current: buckets([0, 0], '2020-01-01T00:00:00Z'), previous: buckets([0, 0], '2019-12-30T00:00:00Z') })));
    renderPage('/new-conversations?tz=UTC&mailboxes=7');
    expect(await screen.findByText('No conversations match these filters', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('says a range in the future has not started, instead of blaming the filters', async () => {
    server.use(http.get(REPORT, () => HttpResponse.json({ current: buckets([0, 0], '2099-01-01T00:00:00Z'), previous: buckets([0, 0], '2098-12-01T00:00:00Z') })));
    renderPage('/new-conversations?tz=UTC&start=2099-01-01&end=2099-01-31');
    expect(await screen.findByText('This range has not started yet', {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByText('No conversations match these filters')).not.toBeInTheDocument();
  });
});
