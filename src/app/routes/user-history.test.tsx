/**
 * The User history page against a fake API (msw): sorting, pagination, collapsing (one request
 * for every row), the summary from the user overall report, and the error states. The real server and Chromium are in e2e/user-history.spec.ts.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryRow, UserReport, UserReportPeriod } from '../../../contract/api/schemas.ts';
import { downloadCsv } from '../../lib/format/csv.ts';
import { createQueryClient } from '../query-client.ts';
import { Component } from './user-history.tsx';
import { loader } from './user-history.loader.ts';

// jsdom cannot save a file: the export's text and name are read from the call instead.
vi.mock('../../lib/format/csv.ts', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../lib/format/csv.ts')>()), downloadCsv: vi.fn() }));

const HISTORY = '/api/v1/reports/user/conversation-history.json';
const ALL_ROWS = '/api/v1/reports/user/conversation-history/all.json';
const USER_REPORT = '/api/v1/reports/user.json';
const users = [
  { id: 1, firstName: 'Ava', lastName: 'Thompson', email: 'ava@example.com' },
  { id: 2, firstName: 'Mateo', lastName: 'Garcia', email: 'mateo@example.com', type: 'user' },
  // Help Scout lists teams among users: never an agent to pick.
  { id: 3, firstName: 'Tier 2', lastName: '', email: '', type: 'team' },
];
const list = <T,>(items: T[]) => ({ page: 1, pages: 1, count: items.length, items });

/** 120 replies on 45 conversations: conversation 100 + (i % 45), so most appear more than once. */
const replies: HistoryRow[] = Array.from({ length: 120 }, (_, i) => {
  const id = 100 + (i % 45);
  return {
    id,
    number: 5000 + id,
    status: id % 2 ? 'closed' : 'active',
    customers: id === 100 ? [{ id: 1, name: '<img src=x onerror=alert(1)>' }, { id: 2, name: 'B' }, { id: 3, name: 'C' }] : [{ id, name: `Customer ${id}` }],
    responseTime: id * 60,
    firstResponseTime: id * 30,
    resolveTime: id % 2 ? id * 600 : 0,
    repliesSent: 2,
    avgHandleTime: 42.5,
  };
});

let requests: URLSearchParams[] = [];
let signals: AbortSignal[] = [];
let allRowsRequests: URLSearchParams[] = [];
let allRowsSignals: AbortSignal[] = [];
let userReportRequests: URLSearchParams[] = [];

/** The user overall report as the fake account answers it: the figures of the 120 replies above. */
function userReportAnswer(replyCount: number, conversations: number): UserReport {
  const current: UserReportPeriod = {
    startDate: '2026-10-22T00:00:00Z',
    endDate: '2026-11-20T23:59:59Z',
    totalDays: 30,
    resolved: replyCount ? 22 : 0,
    conversationsCreated: 40,
    closed: replyCount ? 22 : 0,
    totalReplies: replyCount,
    resolvedOnFirstReply: replyCount ? 11 : 0,
    percentResolvedOnFirstReply: replyCount ? 0.5 : 0,
    repliesToResolve: 2,
    handleTime: 42.5,
    happinessScore: 0,
    responseTime: replyCount ? 7320 : 0,
    resolutionTime: replyCount ? 73_800 : 0,
    repliesPerDay: replyCount / 30,
    customersHelped: conversations + 2,
    totalConversations: conversations,
    conversationsPerDay: conversations / 30,
  };
  return { user: { id: 1, name: 'Ava Thompson' }, current };
}
/** Pages held back until the test lets them through. */
let gate: Promise<void> | null = null;

function historyAnswer(search: URLSearchParams) {
  const page = Number(search.get('page') ?? 1);
  const field = search.get('sortField') as keyof HistoryRow | null;
  const sign = search.get('sortOrder') === 'desc' ? -1 : 1;
  const statuses = search.get('status')?.split(',');
  const chosen = statuses ? replies.filter((r) => r.status && statuses.includes(r.status)) : replies;
  const rows = field ? [...chosen].sort((a, b) => sign * ((a[field] as number) - (b[field] as number))) : replies;
  return { pages: Math.ceil(rows.length / 50), page, count: rows.length, results: (field ? rows : chosen).slice((page - 1) * 50, page * 50) };
}

const server = setupServer(
  http.get('/api/health', () => HttpResponse.json({ status: 'ok', source: 'demo', version: 'test' })),
  http.get('/api/v1/users.json', () => HttpResponse.json(list(users))),
  http.get('/api/v1/mailboxes.json', () => HttpResponse.json(list([]))),
  http.get('/api/v1/tags.json', () => HttpResponse.json(list([]))),
  http.get(ALL_ROWS, async ({ request }) => {
    const search = new URL(request.url).searchParams;
    allRowsRequests.push(search);
    allRowsSignals.push(request.signal);
    if (gate) await gate;
    const all = historyAnswer(new URLSearchParams({ ...Object.fromEntries(search), page: '1' }));
    const results = replies.filter((r) => !search.get('status') || search.get('status')?.split(',').includes(r.status ?? ''));
    return HttpResponse.json({ count: all.count, pages: all.pages, complete: true, results });
  }),
  http.get(USER_REPORT, ({ request }) => {
    userReportRequests.push(new URL(request.url).searchParams);
    return HttpResponse.json(userReportAnswer(120, 45));
  }),
  http.get(HISTORY, async ({ request }) => {
    const search = new URL(request.url).searchParams;
    requests.push(search);
    signals.push(request.signal);
    if (gate && search.get('page') !== '1') await gate;
    return HttpResponse.json(historyAnswer(search));
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
let queryClient = createQueryClient();
beforeEach(() => {
  queryClient = createQueryClient();
  // Retries would only slow the error tests down; the retry rule has its own place.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  requests = [];
  signals = [];
  allRowsRequests = [];
  allRowsSignals = [];
  userReportRequests = [];
  gate = null;
  vi.mocked(downloadCsv).mockClear();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderPage(url: string) {
  const router = createMemoryRouter(
    [
      { path: '/user-history', loader: loader(queryClient), Component },
      { path: '/elsewhere', Component: () => <p>Elsewhere</p> },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const search = (router: ReturnType<typeof renderPage>) => new URLSearchParams(router.state.location.search);
const table = () => screen.getByRole('table');
const bodyRows = () => within(table()).getAllByRole('row').slice(1);

describe('User history page', () => {
  it('asks for a user and sends no request until one is picked', async () => {
    const router = renderPage('/user-history?range=last-7-days');
    expect(await screen.findByText('Pick a user to see their conversation history')).toBeInTheDocument();
    expect(requests).toHaveLength(0);

    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'User' }));
    await user.type(screen.getByRole('combobox', { name: 'User' }), 'gar');
    await user.clear(screen.getByRole('combobox', { name: 'User' }));
    expect(await screen.findByRole('option', { name: /Ava Thompson/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Tier 2/ })).toBeNull();
    await user.type(screen.getByRole('combobox', { name: 'User' }), 'gar');
    await user.click(await screen.findByRole('option', { name: /Mateo Garcia/ }));
    await waitFor(() => expect(search(router).get('user')).toBe('2'));
    expect(search(router).get('range')).toBe('last-7-days');
    await waitFor(() => expect(requests[0]?.get('user')).toBe('2'));
  });

  it('sorts the four API fields through the API and shows the direction', async () => {
    const router = renderPage('/user-history?user=1');
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    const user = userEvent.setup();
    expect(within(table()).queryByRole('button', { name: 'Status' })).toBeNull();
    expect(within(table()).queryByRole('button', { name: 'First response time' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Response time' }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Response time' })).toHaveAttribute('aria-sort', 'descending'));
    expect(requests.at(-1)?.get('sortField')).toBe('responseTime');
    expect(requests.at(-1)?.get('sortOrder')).toBe('desc');
    await waitFor(() => expect(within(bodyRows()[0] as HTMLElement).getByRole('link')).toHaveTextContent('#5144'));

    await user.click(screen.getByRole('button', { name: 'Response time' }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Response time' })).toHaveAttribute('aria-sort', 'ascending'));
    expect(requests.at(-1)?.get('sortOrder')).toBe('asc');
    expect(search(router).get('sortOrder')).toBe('asc');
    expect(screen.getByRole('columnheader', { name: 'Resolve time' })).not.toHaveAttribute('aria-sort');
  });

  it('pages through the API, keeps the page in the URL and the old table while the next page loads', async () => {
    const router = renderPage('/user-history?user=1');
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    expect(screen.getByText('120 replies')).toBeInTheDocument();
    const user = userEvent.setup();
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(search(router).get('page')).toBe('2'));
    expect(await screen.findByText('Updating…')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
    release();
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Last' }));
    expect(await screen.findByText('Page 3 of 3')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('filters by status through the API, from a labelled control, and keeps it in the URL', async () => {
    const router = renderPage('/user-history?user=1&page=2');
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Status/ }));
    await user.click(screen.getByRole('option', { name: 'Closed' }));
    await waitFor(() => expect(search(router).get('status')).toBe('closed'));
    expect(search(router).get('page')).toBeNull();
    await waitFor(() => expect(requests.at(-1)?.get('status')).toBe('closed'));
    await waitFor(() => expect(bodyRows().every((row) => within(row).queryByText('Closed') !== null)).toBe(true));
  });

  it('shows a status the source did not give as a dash, never as Closed', async () => {
    server.use(
      http.get(HISTORY, () => {
        const results = replies.slice(0, 3).map(({ status: _unknown, ...row }, i) => (i === 0 ? { ...row, status: null } : row));
        return HttpResponse.json({ pages: 1, page: 1, count: 3, results });
      }),
    );
    renderPage('/user-history?user=1');
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    for (const row of bodyRows()) {
      expect(within(row).queryByText(/Closed|Active/)).toBeNull();
      expect(within(row).getByText('status unknown')).toBeInTheDocument();
    }
  });

  it('starts again at page 1 when a filter changes, keeping the user and the sort', async () => {
    const router = renderPage('/user-history?user=1&page=2&sortField=number');
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Compare to' })).toBeNull();
    expect(screen.queryByRole('radiogroup', { name: 'View by' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'View by' })).toBeNull();
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Date range' }), 'last-7-days');
    await waitFor(() => expect(search(router).get('range')).toBe('last-7-days'));
    expect(search(router).get('page')).toBeNull();
    expect(search(router).get('user')).toBe('1');
    expect(search(router).get('sortField')).toBe('number');
  });

  it('summarizes the whole range from the user overall report: one request, not every page', async () => {
    renderPage('/user-history?user=1&officeHours=1&status=closed');
    const summary = await screen.findByRole('region', { name: /Summary for the range/ });
    expect(within(summary).getByText(/^Office hours/)).toBeInTheDocument();
    const figure = (label: string) => within(summary).getByText(label).nextElementSibling;
    expect(figure('Conversations')).toHaveTextContent('45');
    expect(figure('Replies')).toHaveTextContent('120');
    expect(figure('Avg response time (office hours)')).toHaveTextContent('2h 2m');
    expect(figure('Resolved')).toHaveTextContent('22');
    expect(figure('Resolved')?.parentElement).toHaveAttribute('title', expect.stringContaining('(50% on the first reply)'));
    expect(within(summary).getByText(/the Status filter narrows the table only/)).toBeInTheDocument();
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    expect(userReportRequests).toHaveLength(1);
    expect(userReportRequests[0]?.get('officeHours')).toBe('1');
    // The report has no status filter; the table's page has.
    expect(userReportRequests[0]?.has('status')).toBe(false);
    expect(requests.map((r) => [r.get('page'), r.get('officeHours'), r.get('status')])).toEqual([['1', '1', 'closed']]);
    expect(allRowsRequests).toHaveLength(0);
  });

  it('collapses duplicates: one request for every row, with visible progress, then one row per conversation', async () => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    renderPage('/user-history?user=1&collapse=1');
    expect(await screen.findByText('Loading every reply of the range…')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    release();
    expect(await screen.findByText('45 conversations from 120 replies')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 1')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(45);
    expect(screen.queryByText('Loading every reply of the range…')).toBeNull();
    expect(allRowsRequests).toHaveLength(1);
    expect(allRowsRequests[0]?.has('page')).toBe(false);
    expect(requests).toHaveLength(0);

    // Conversation 100 got replies 0, 45 and 90.
    const first = bodyRows()[0] as HTMLElement;
    expect(within(first).getByRole('link')).toHaveAttribute('href', 'https://secure.helpscout.net/conversation/100/5100/');
    expect(within(first).getAllByRole('cell').at(-1)).toHaveTextContent('3');
  });

  it('cancels loading every row when the manager leaves the page', async () => {
    gate = new Promise(() => {});
    const router = renderPage('/user-history?user=1&collapse=1');
    await screen.findByText('Loading every reply of the range…');
    await waitFor(() => expect(allRowsSignals).toHaveLength(1));
    await router.navigate('/elsewhere');
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    await waitFor(() => expect(allRowsSignals[0]?.aborted).toBe(true));
  });

  it('sorts every column client-side when collapsed', async () => {
    const router = renderPage('/user-history?user=1&collapse=1');
    await screen.findByText('45 conversations from 120 replies');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Your replies' }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Your replies' })).toHaveAttribute('aria-sort', 'descending'));
    expect(search(router).get('sortField')).toBe('yourReplies');
    const counts = bodyRows().map((row) => Number(within(row).getAllByRole('cell').at(-1)?.textContent));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(requests.filter((r) => r.get('sortField') !== null)).toHaveLength(0);
  });

  it('renders customer names as text, with +N for the rest', async () => {
    renderPage('/user-history?user=1');
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    const first = bodyRows()[0] as HTMLElement;
    expect(within(first).getByText(/<img src=x onerror=alert\(1\)>, B/)).toBeInTheDocument();
    expect(within(first).getByText('+1', { exact: false })).toHaveAttribute('title', 'C');
    expect(table().querySelector('img')).toBeNull();
  });

  it('shows the server’s message and a Retry when the report fails', async () => {
    server.use(http.get(HISTORY, () => HttpResponse.json({ status: 503, message: 'Help Scout is not answering' }, { status: 503 })));
    renderPage('/user-history?user=1');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t load the report');
    expect(alert).toHaveTextContent('Help Scout is not answering');
    expect(alert).toHaveTextContent('The server answered 503.');

    server.resetHandlers();
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the user does not exist', async () => {
    const notFound = () => HttpResponse.json({ status: 404, message: 'User 99 not found' }, { status: 404 });
    server.use(http.get(ALL_ROWS, notFound), http.get(USER_REPORT, notFound));
    renderPage('/user-history?user=99&collapse=1');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('User 99 not found');
    expect(alert).toHaveTextContent('Pick another user above.');
  });

  it('keeps the summary of a stale stand-in and says Help Scout is not answering', async () => {
    // What the server sends while Help Scout fails: its last good answer, marked stale, with its Age.
    server.use(http.get(USER_REPORT, () => HttpResponse.json(userReportAnswer(120, 45), { headers: { 'X-Pulseboard-Stale': 'upstream-error', Age: '120' } })));
    renderPage('/user-history?user=1&tz=UTC');
    const summary = await screen.findByRole('region', { name: /Summary for the range/ });
    expect(within(summary).getByText('Replies').nextElementSibling).toHaveTextContent('120');
    expect(await screen.findByText(/^Help Scout is not answering — showing figures from \d\d:\d\d$/)).toHaveAttribute('role', 'status');
  });

  it('says when the user sent no replies in the range', async () => {
    server.use(
      http.get(HISTORY, () => HttpResponse.json({ pages: 0, page: 1, count: 0, results: [] })),
      http.get(USER_REPORT, () => HttpResponse.json(userReportAnswer(0, 0))),
    );
    renderPage('/user-history?user=2');
    expect(await screen.findByText('This user sent no replies in this range')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Summary/ })).toBeNull();
  });
});

describe('Export of every reply (paged view)', () => {
  const exportAll = () => screen.getByRole('button', { name: 'Export CSV (all 120 replies)' });
  /** The saved files: their data lines (after the header block and the column names) and names. */
  const saved = () =>
    vi.mocked(downloadCsv).mock.calls.map(([text, fileName]) => {
      const lines = text.split('\r\n').filter(Boolean);
      return { fileName, header: lines.slice(0, lines.findIndex((line) => line.startsWith('Conversation number'))), rows: lines.slice(lines.findIndex((line) => line.startsWith('Conversation number')) + 1) };
    });

  it('saves every reply of the range in reply order from one all-rows request, next to the page export', async () => {
    renderPage('/user-history?user=1&tz=UTC&sortField=responseTime&sortOrder=desc');
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    expect(screen.getByRole('button', { name: 'Export CSV (this page)' })).toBeEnabled();
    await userEvent.setup().click(exportAll());
    await waitFor(() => expect(downloadCsv).toHaveBeenCalledTimes(1));
    const [file] = saved();
    expect(file?.fileName).toMatch(/^user-history_1_\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d_all-replies\.csv$/);
    expect(file?.rows.map((line) => Number(line.split(',')[0]))).toEqual(replies.map((r) => r.number));
    expect(file?.header).toContain('Rows,"One line per reply: every reply of the range, all 120 replies"');
    expect(file?.header).toContain('Sorted by,"Reply time, oldest first"');
    expect(allRowsRequests).toHaveLength(1);
    expect(await screen.findByText('Saved 120 replies as a CSV file: every reply of the range.')).toHaveAttribute('role', 'status');
    expect(exportAll()).toHaveFocus();
  });

  it('shows progress while it fetches, and Cancel aborts the request, saves nothing and returns the focus', async () => {
    renderPage('/user-history?user=1');
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    gate = new Promise(() => {});
    const user = userEvent.setup();
    await user.click(exportAll());
    const progress = await screen.findByRole('progressbar', { name: 'Fetching 120 replies for the CSV: every reply of the range…' });
    expect(exportAll()).toHaveAttribute('aria-disabled', 'true');
    await user.click(exportAll());
    await waitFor(() => expect(allRowsSignals).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(allRowsSignals[0]?.aborted).toBe(true));
    expect(progress).not.toBeInTheDocument();
    expect(exportAll()).not.toHaveAttribute('aria-disabled');
    expect(exportAll()).toHaveFocus();
    expect(screen.getByText('Export cancelled. Nothing was saved.')).toHaveAttribute('role', 'status');
    expect(downloadCsv).not.toHaveBeenCalled();
    expect(bodyRows()).toHaveLength(50);
  });

  it('cancels the run when the view changes, and the old answer saves nothing', async () => {
    const router = renderPage('/user-history?user=1');
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    await userEvent.setup().click(exportAll());
    await waitFor(() => expect(allRowsSignals).toHaveLength(1));
    await router.navigate('/user-history?user=1&status=closed');
    await waitFor(() => expect(allRowsSignals[0]?.aborted).toBe(true));
    release();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(downloadCsv).not.toHaveBeenCalled();
  });

  it('says the range is past the server’s page cap, with its numbers, and saves nothing', async () => {
    server.use(http.get(ALL_ROWS, () => HttpResponse.json({ count: 12_345, pages: 247, complete: false, pageCap: 200, results: [] })));
    renderPage('/user-history?user=1');
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    await userEvent.setup().click(exportAll());
    const refusal = await screen.findByText('Too many replies to export them all at once');
    expect(refusal.parentElement).toHaveTextContent('This range holds 12,345 replies on 247 pages. Loading more than 200 pages would strain the Help Scout API now, so please narrow the date range or add filters.');
    expect(downloadCsv).not.toHaveBeenCalled();
    expect(bodyRows()).toHaveLength(50);
  });

  it('shows a failure inline with Retry, keeps the table, and Retry saves the file', async () => {
    server.use(http.get(ALL_ROWS, () => HttpResponse.json({ status: 503, message: 'Help Scout is not answering' }, { status: 503 }), { once: true }));
    renderPage('/user-history?user=1');
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    const user = userEvent.setup();
    await user.click(exportAll());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t load every reply for the CSV');
    expect(alert).toHaveTextContent('Help Scout is not answering');
    expect(bodyRows()).toHaveLength(50);
    expect(downloadCsv).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(downloadCsv).toHaveBeenCalledTimes(1));
    expect(saved()[0]?.rows).toHaveLength(120);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is not offered collapsed, where the export already holds every conversation', async () => {
    renderPage('/user-history?user=1&collapse=1');
    expect(await screen.findByRole('button', { name: 'Export CSV (all conversations)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /all 120 replies/ })).toBeNull();
  });
});
