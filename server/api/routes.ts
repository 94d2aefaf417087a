import { Hono } from 'hono';
import { DEFAULT_CACHE_POLICY, type CachePolicy } from '../cache/policy.ts';
import type { ReportSource } from '../sources/types.ts';
import { allRowsService } from './all-history-rows.ts';
import {
  parseDrilldownQuery,
  parseHistoryQuery,
  parseListPage,
  parseNewConversationsQuery,
  parsePathId,
  parseUserReportQuery,
} from './params.ts';
import { HttpError } from './http-error.ts';

/** The `/api/v1` contract: Help Scout v1 paths and JSON shapes, whatever the source behind them. */
export interface ReportRoutesOptions {
  cachePolicy?: CachePolicy;
  now?: () => number;
}

export function reportRoutes(source: ReportSource, options: ReportRoutesOptions = {}): Hono {
  const v1 = new Hono();
  const allRows = allRowsService(source, options.cachePolicy ?? DEFAULT_CACHE_POLICY, options.now ?? Date.now);
  const params = (url: string) => new URL(url).searchParams;

  v1.get('/reports/conversations/new.json', async (c) => {
    const query = parseNewConversationsQuery(params(c.req.url));
    return c.json(await source.newConversations(query, c.req.raw.signal));
  });

  v1.get('/reports/conversations/new-drilldown.json', async (c) => {
    const query = parseDrilldownQuery(params(c.req.url));
    return c.json(await source.newConversationsDrilldown(query, c.req.raw.signal));
  });

  v1.get('/reports/user/conversation-history.json', async (c) => {
    const query = parseHistoryQuery(params(c.req.url));
    return c.json(await source.conversationHistory(query, c.req.raw.signal));
  });

  // Page and order are not parameters of this one: rows come in reply order, all of them.
  v1.get('/reports/user/conversation-history/all.json', async (c) => {
    const { page: _page, sortField: _field, sortOrder: _order, ...query } = parseHistoryQuery(params(c.req.url));
    return c.json(await allRows.load(query));
  });

  v1.get('/reports/user.json', async (c) => {
    const query = parseUserReportQuery(params(c.req.url));
    if (!source.userReport) throw new HttpError(501, 'The user overall report is not available on this data source yet');
    return c.json(await source.userReport(query, c.req.raw.signal));
  });

  v1.get('/mailboxes.json', async (c) =>
    c.json(await source.mailboxes(parseListPage(params(c.req.url)), c.req.raw.signal)),
  );

  v1.get('/mailboxes/:id{[^/]+}/folders.json', async (c) => {
    const id = parsePathId('mailbox id', c.req.param('id'));
    return c.json(await source.folders(id, parseListPage(params(c.req.url)), c.req.raw.signal));
  });

  v1.get('/users.json', async (c) =>
    c.json(await source.users(parseListPage(params(c.req.url)), c.req.raw.signal)),
  );

  v1.get('/tags.json', async (c) =>
    c.json(await source.tags(parseListPage(params(c.req.url)), c.req.raw.signal)),
  );

  return v1;
}
