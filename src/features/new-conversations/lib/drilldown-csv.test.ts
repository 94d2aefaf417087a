import { describe, expect, it } from 'vitest';
import type { DrilldownConversation } from '../../../../contract/api/schemas.ts';
import { buildDrilldownCsv } from './drilldown-csv.ts';

const row: DrilldownConversation = {
  id: 7,
  number: 10007,
  subject: '=HYPERLINK("x"), urgent',
  customerName: '<img src=x onerror=alert(1)>',
  mailboxid: 1001,
  type: 'email',
  status: 'active',
  tags: [{ id: 1, name: 'bug' }, { id: 2, name: 'api' }],
  assignedName: '',
};

describe(buildDrilldownCsv.name, () => {
  it('writes the header block, the columns and one quoted, defused line per conversation', () => {
    const csv = buildDrilldownCsv([['Bucket', 'Jan 5, 2026']], [row]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Bucket,"Jan 5, 2026"');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('Number,Subject,Customer,Type,Status,Assigned,Tags,Mailbox id,Help Scout');
    expect(lines[3]).toBe(`10007,"'=HYPERLINK(""x""), urgent",<img src=x onerror=alert(1)>,email,active,,"bug, api",1001,https://secure.helpscout.net/conversation/7/10007/`);
    expect(lines).toHaveLength(5);
  });
});
