import { describe, expect, it } from 'vitest';
import type { ReportFilters } from '../types.ts';
import { FOLDERS, TAGS, TYPES } from './catalog.ts';
import { compileFilter, matches } from './filters.ts';
import { generateDataset } from './generate.ts';

const ds = generateDataset({ seed: 11, nowSec: Date.parse('2026-02-01T00:00:00Z') / 1000, conversations: 1500, tz: 'UTC' });
const none: ReportFilters = { mailboxes: [], folders: [], tags: [], types: [] };

function matching(f: Partial<ReportFilters>): number[] {
  const compiled = compileFilter({ ...none, ...f });
  const out: number[] = [];
  for (let c = 0; c < ds.convCount; c++) if (matches(compiled, ds, c)) out.push(c);
  return out;
}

const mailboxOf = (c: number) => FOLDERS[ds.folder[c]!]!.mailboxId;
const tagIdsOf = (c: number) => TAGS.filter((_, i) => (ds.tags[c]! >>> i) & 1).map((t) => t.id);

describe(compileFilter.name, () => {
  it('matches everything with no lists', () => {
    expect(compileFilter(none).all).toBe(true);
    expect(matching({})).toHaveLength(ds.convCount);
  });

  it('ORs within a list', () => {
    const both = matching({ mailboxes: [1001, 1002] });
    expect(both.length).toBe(matching({ mailboxes: [1001] }).length + matching({ mailboxes: [1002] }).length);
    expect(both.every((c) => [1001, 1002].includes(mailboxOf(c)))).toBe(true);
  });

  it('ANDs across lists', () => {
    const rows = matching({ mailboxes: [1001], types: ['chat'], tags: [3001, 3002] });
    expect(rows.length).toBeGreaterThan(0);
    for (const c of rows) {
      expect(mailboxOf(c)).toBe(1001);
      expect(TYPES[ds.type[c]!]).toBe('chat');
      expect(tagIdsOf(c).some((t) => t === 3001 || t === 3002)).toBe(true);
    }
  });

  it('matches nothing for ids that do not exist or belong to another kind', () => {
    expect(matching({ mailboxes: [999] })).toEqual([]);
    expect(matching({ folders: [1001] })).toEqual([]);
    expect(matching({ tags: [2001] })).toEqual([]);
  });

  it('ignores unknown ids next to known ones', () => {
    expect(matching({ tags: [3002, 424242] })).toEqual(matching({ tags: [3002] }));
  });

  it('matches nothing for a folder outside the filtered mailbox', () => {
    expect(matching({ mailboxes: [1001], folders: [2006] })).toEqual([]);
  });
});
