import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNewConversationsState, serializeNewConversationsState } from './new-conversations-url-state.ts';
import { toSearchString } from './url-schema.ts';

const ctx = { now: new Date('2026-01-20T12:00:00Z'), browserTz: 'UTC' };
const parse = (search: string) => parseNewConversationsState(new URLSearchParams(search), ctx);
const canonical = (search: string) => toSearchString(serializeNewConversationsState(parse(search).state));

describe(parseNewConversationsState.name, () => {
  it('reads the open bucket, its page and the theme', () => {
    const { state, issues } = parse('range=last-30-days&drill=2026-01-05&drillPage=3&theme=dark');
    expect(issues).toEqual([]);
    expect(state).toMatchObject({ drill: '2026-01-05', drillPage: 3, theme: 'dark' });
  });

  it('defaults to no bucket, page 1 and the system theme', () => {
    expect(parse('').state).toMatchObject({ drill: null, drillPage: 1, theme: null });
  });

  it('ignores, and names, a bad drill, a bad page, a page without a bucket and an unknown theme', () => {
    const names = (search: string) => parse(search).issues.map((i) => i.param).sort();
    expect(names('drill=2026-02-30')).toEqual(['drill']);
    expect(names('drill=2026-01-05&drillPage=0')).toEqual(['drillPage']);
    expect(names('drillPage=2')).toEqual(['drillPage']);
    expect(names('theme=blue')).toEqual(['theme']);
    expect(parse('drill=2026-01-05&drillPage=x').state.drillPage).toBe(1);
  });

  it('writes canonically: defaults left out, filters first, then the bucket, then the theme', () => {
    expect(canonical('theme=light&drillPage=1&drill=2026-01-05&mailboxes=2,1')).toBe('mailboxes=1,2&drill=2026-01-05&theme=light');
    expect(canonical('drill=2026-01-05&drillPage=2')).toBe('drill=2026-01-05&drillPage=2');
  });

  it('round-trips: parsing the canonical URL gives the same state and the same URL', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.option(day), fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(null, 'light', 'dark'), (drill, drillPage, theme) => {
        const q = new URLSearchParams();
        if (drill) q.set('drill', drill);
        if (drill) q.set('drillPage', String(drillPage));
        if (theme) q.set('theme', theme);
        const once = canonical(q.toString());
        expect(canonical(once)).toBe(once);
        expect(parse(once).state).toEqual(parse(q.toString()).state);
        expect(parse(once).issues).toEqual([]);
      }),
    );
  });
});
