import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../contract/api/schemas.ts';
import { testApp } from '../test/demo-app.ts';

const app = testApp();
const NEW = '/api/v1/reports/conversations/new.json';
const HISTORY = '/api/v1/reports/user/conversation-history.json';
const USER_REPORT = '/api/v1/reports/user.json';
const DRILL = '/api/v1/reports/conversations/new-drilldown.json';

const validNew: Record<string, string> = {
  start: '2026-10-01T00:00:00Z',
  end: '2026-10-31T23:59:59Z',
  previousStart: '2026-09-01T00:00:00Z',
  previousEnd: '2026-09-30T23:59:59Z',
  viewBy: 'day',
  mailboxes: '1',
  tags: '1',
  types: 'email',
  folders: '1',
  tz: 'UTC',
};
const validHistory: Record<string, string> = {
  start: '2026-10-01T00:00:00Z',
  end: '2026-10-31T23:59:59Z',
  user: '1',
  page: '1',
  sortField: 'number',
  sortOrder: 'desc',
  officeHours: '0',
  mailboxes: '1',
  tags: '1',
  types: 'email',
  folders: '1',
};
const validUserReport: Record<string, string> = {
  user: '1',
  start: '2026-10-01T00:00:00Z',
  end: '2026-10-31T23:59:59Z',
  previousStart: '2026-09-01T00:00:00Z',
  previousEnd: '2026-09-30T23:59:59Z',
  mailboxes: '1',
  tags: '1',
  types: 'email',
  folders: '1',
  officeHours: '1',
};
const validDrill: Record<string, string> = {
  start: '2026-10-05T00:00:00Z',
  end: '2026-10-05T23:59:59Z',
  page: '1',
  rows: '25',
  mailboxes: '1',
  tags: '1',
  types: 'email',
  folders: '1',
};

const hugeList = Array.from({ length: 5000 }, (_, i) => i + 1).join(',');
const injections = [
  "1' OR '1'='1",
  '1;DROP TABLE conversations',
  '<script>alert(1)</script>',
  '${7*7}',
  '../../etc/passwd',
  '%00',
  '1\u0000',
  '__proto__',
];
const dateBad = [
  '',
  'yesterday',
  '2026-02-30T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-10-01',
  '2026-10-01T25:00:00Z',
  '1700000000',
  'true',
  ...injections,
];
const idListBad = ['', 'abc', '1,,2', '-1', '0', '1.5', '99999999999', hugeList, ...injections];
const enumBad = (valid: string) => ['', 'x', valid.toUpperCase() + 'X', '1', ...injections];

const cases: Array<[endpoint: string, base: Record<string, string>, param: string, values: string[]]> = [
  [NEW, validNew, 'start', dateBad],
  [NEW, validNew, 'end', dateBad],
  [NEW, validNew, 'previousStart', dateBad],
  [NEW, validNew, 'previousEnd', dateBad],
  [NEW, validNew, 'viewBy', enumBad('day')],
  [NEW, validNew, 'mailboxes', idListBad],
  [NEW, validNew, 'tags', idListBad],
  [NEW, validNew, 'folders', idListBad],
  [NEW, validNew, 'types', ['', 'fax', 'email,fax', 'email,,chat', ...injections, Array(200).fill('email').join(',')]],
  [NEW, validNew, 'tz', ['', 'Mars/Olympus', 'UTC+99', 'Europe/../../etc', 'a'.repeat(500), ...injections]],
  [HISTORY, validHistory, 'start', dateBad],
  [HISTORY, validHistory, 'end', dateBad],
  [HISTORY, validHistory, 'user', ['', 'abc', '0', '-3', '1.5', '99999999999', ...injections]],
  [HISTORY, validHistory, 'page', ['', 'abc', '0', '-1', '2.5', '100000000', ...injections]],
  [HISTORY, validHistory, 'sortField', enumBad('number')],
  [HISTORY, validHistory, 'sortOrder', ['', 'up', 'ascending', '1', ...injections]],
  [HISTORY, validHistory, 'officeHours', ['', '2', 'yes', 'on', ...injections]],
  [HISTORY, validHistory, 'mailboxes', idListBad],
  [HISTORY, validHistory, 'tags', idListBad],
  [HISTORY, validHistory, 'folders', idListBad],
  [HISTORY, validHistory, 'types', ['', 'fax', 'email,fax', ...injections]],
  [HISTORY, { ...validHistory, status: 'active,closed' }, 'status', ['', 'open', 'spam', 'closed,,active', 'closed,spam', ...injections]],
  [USER_REPORT, validUserReport, 'user', ['', 'abc', '0', '-3', '1.5', '99999999999', ...injections]],
  [USER_REPORT, validUserReport, 'start', dateBad],
  [USER_REPORT, validUserReport, 'end', dateBad],
  [USER_REPORT, validUserReport, 'previousStart', dateBad],
  [USER_REPORT, validUserReport, 'previousEnd', dateBad],
  [USER_REPORT, validUserReport, 'mailboxes', idListBad],
  [USER_REPORT, validUserReport, 'tags', idListBad],
  [USER_REPORT, validUserReport, 'folders', idListBad],
  [USER_REPORT, validUserReport, 'types', ['', 'fax', 'email,fax', ...injections]],
  [USER_REPORT, validUserReport, 'officeHours', ['', '2', 'yes', 'on', ...injections]],
  [DRILL, validDrill, 'start', dateBad],
  [DRILL, validDrill, 'end', dateBad],
  [DRILL, validDrill, 'page', ['', 'abc', '0', '-1', '2.5', '100000000', ...injections]],
  // Help Scout allows at most 50 rows a page.
  [DRILL, validDrill, 'rows', ['', 'abc', '0', '-1', '2.5', '51', '1000', ...injections]],
  [DRILL, validDrill, 'mailboxes', idListBad],
  [DRILL, validDrill, 'tags', idListBad],
  [DRILL, validDrill, 'folders', idListBad],
  [DRILL, validDrill, 'types', ['', 'fax', 'email,fax', ...injections]],
];

async function expect400Naming(url: string, param: string) {
  const res = await app.request(url);
  expect(res.status, url).toBe(400);
  const body = apiErrorBodySchema.parse(await res.json());
  expect(body.status).toBe(400);
  expect(body.message).toContain(param);
  expect(Object.keys(body.validationErrors ?? {})).toContain(param);
}

function withParam(endpoint: string, base: Record<string, string>, param: string, value: string) {
  const q = new URLSearchParams(base);
  q.set(param, value);
  return `${endpoint}?${q}`;
}

describe('malformed parameters get a 400 that names the parameter', () => {
  for (const [endpoint, base, param, values] of cases) {
    it(`${endpoint.split('/').pop()} ${param}`, async () => {
      for (const value of values) await expect400Naming(withParam(endpoint, base, param, value), param);
    });
  }

  it('the valid baselines themselves succeed', async () => {
    expect((await app.request(`${NEW}?${new URLSearchParams(validNew)}`)).status).toBe(200);
    expect((await app.request(`${HISTORY}?${new URLSearchParams(validHistory)}`)).status).toBe(200);
    expect((await app.request(`${DRILL}?${new URLSearchParams(validDrill)}`)).status).toBe(200);
    expect((await app.request(`${USER_REPORT}?${new URLSearchParams(validUserReport)}`)).status).toBe(200);
  });

  it('requires start and end on both endpoints, and user on history', async () => {
    for (const [endpoint, base] of [[NEW, validNew], [HISTORY, validHistory], [USER_REPORT, validUserReport], [DRILL, validDrill]] as const) {
      for (const param of ['start', 'end']) {
        const q = new URLSearchParams(base);
        q.delete(param);
        await expect400Naming(`${endpoint}?${q}`, param);
      }
    }
    const q = new URLSearchParams(validHistory);
    q.delete('user');
    await expect400Naming(`${HISTORY}?${q}`, 'user');
    const u = new URLSearchParams(validUserReport);
    u.delete('user');
    await expect400Naming(`${USER_REPORT}?${u}`, 'user');
  });

  it('rejects end before start, naming end', async () => {
    await expect400Naming(withParam(NEW, validNew, 'end', '2026-09-01T00:00:00Z'), 'end');
    await expect400Naming(withParam(HISTORY, validHistory, 'end', '2026-09-01T00:00:00Z'), 'end');
    await expect400Naming(withParam(DRILL, validDrill, 'end', '2026-09-01T00:00:00Z'), 'end');
    await expect400Naming(withParam(NEW, validNew, 'previousEnd', '2026-08-01T00:00:00Z'), 'previousEnd');
    await expect400Naming(withParam(USER_REPORT, validUserReport, 'previousEnd', '2026-08-01T00:00:00Z'), 'previousEnd');
  });

  it('wants previousStart and previousEnd together', async () => {
    for (const [endpoint, base] of [[NEW, validNew], [USER_REPORT, validUserReport]] as const) {
      for (const [dropped, named] of [['previousEnd', 'previousEnd'], ['previousStart', 'previousStart']]) {
        const q = new URLSearchParams(base);
        q.delete(dropped!);
        await expect400Naming(`${endpoint}?${q}`, named!);
      }
    }
  });

  it('measures viewBy limits in calendar days of tz, not hours', async () => {
    // Antarctica/Troll moves by two hours: 120 whole local days (2023-10-03..2024-01-30) are 2 hours longer than 120 × 24 h.
    const troll = { start: '2023-10-02T22:00:00Z', end: '2024-01-30T23:59:59Z', viewBy: 'day', tz: 'Antarctica/Troll' };
    expect((await app.request(`${NEW}?${new URLSearchParams(troll)}`)).status).toBe(200);
    // The same instants are 121 calendar days in UTC.
    await expect400Naming(`${NEW}?${new URLSearchParams({ ...troll, tz: 'UTC' })}`, 'viewBy');
  });

  it('holds viewBy to the range length limits', async () => {
    const { previousStart: _ps, previousEnd: _pe, ...current } = validNew;
    const year = { ...current, start: '2025-01-01T00:00:00Z', end: '2025-12-31T23:59:59Z' };
    await expect400Naming(withParam(NEW, year, 'viewBy', 'day'), 'viewBy'); // day only up to 120 days
    expect((await app.request(withParam(NEW, year, 'viewBy', 'week'))).status).toBe(200);
    const twoYears = { ...year, start: '2024-01-01T00:00:00Z' };
    await expect400Naming(withParam(NEW, twoYears, 'viewBy', 'week'), 'viewBy'); // week up to 1 year
    await expect400Naming(withParam(NEW, validNew, 'viewBy', 'month'), 'viewBy'); // month from 61 days
  });

  it('rejects a parameter given twice', async () => {
    await expect400Naming(`${NEW}?${new URLSearchParams(validNew)}&mailboxes=2`, 'mailboxes');
  });

  it('rejects a range longer than ten years', async () => {
    await expect400Naming(withParam(NEW, { ...validNew, viewBy: 'month', previousStart: '1990-01-01T00:00:00Z', previousEnd: '1990-12-31T00:00:00Z' }, 'start', '1990-01-01T00:00:00Z'), 'end');
  });

  it('answers an unknown user with a clear 404', async () => {
    for (const [endpoint, base] of [[HISTORY, validHistory], [USER_REPORT, validUserReport]] as const) {
      const res = await app.request(withParam(endpoint, base, 'user', '424242'));
      expect(res.status).toBe(404);
      const body = apiErrorBodySchema.parse(await res.json());
      expect(body.message).toMatch(/user 424242/i);
    }
  });

  it('never crashes on arbitrary query strings', async () => {
    const junk = ['?', '?&&&', '?start', '?%', '?a=%E0%A4%A', `?start=${'9'.repeat(10_000)}`, '?user[]=1', '?__proto__=1&constructor=2'];
    for (const endpoint of [NEW, HISTORY, USER_REPORT, DRILL]) {
      for (const q of junk) {
        const res = await app.request(endpoint + q);
        expect(res.status, endpoint + q).toBe(400);
        apiErrorBodySchema.parse(await res.json());
      }
    }
  });
});
