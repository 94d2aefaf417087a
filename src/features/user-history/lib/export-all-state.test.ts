import { describe, expect, it } from 'vitest';
import { EXPORT_ALL_IDLE, exportAllOutcomeText, exportAllProgressText, exportAllReducer, replyCount, type ExportAllEvent, type ExportAllState } from './export-all-state.ts';

const fetching: ExportAllState = { kind: 'fetching', replies: 2345 };
const failed: ExportAllState = { kind: 'failed', error: new Error('Help Scout is not answering'), replies: 2345 };
const refused: ExportAllState = { kind: 'too-many-pages', count: 12_000, pages: 240, pageCap: 200 };
const outcomes: ExportAllEvent[] = [
  { type: 'cancel' },
  { type: 'saved', replies: 2345 },
  { type: 'too-many-pages', count: 12_000, pages: 240, pageCap: 200 },
  { type: 'failed', error: new Error('late') },
];

describe(exportAllReducer.name, () => {
  it('starts from idle, a refusal or a failure, with the count the page showed', () => {
    for (const state of [EXPORT_ALL_IDLE, { kind: 'idle', last: { outcome: 'cancelled' } } as const, refused, failed]) {
      expect(exportAllReducer(state, { type: 'start', replies: 60 })).toEqual({ kind: 'fetching', replies: 60 });
    }
  });

  it('ignores a second start while one export runs', () => {
    expect(exportAllReducer(fetching, { type: 'start', replies: 1 })).toBe(fetching);
  });

  it('ends a running export as saved, cancelled, refused by the cap, or failed', () => {
    expect(exportAllReducer(fetching, { type: 'saved', replies: 2346 })).toEqual({ kind: 'idle', last: { outcome: 'saved', replies: 2346 } });
    expect(exportAllReducer(fetching, { type: 'cancel' })).toEqual({ kind: 'idle', last: { outcome: 'cancelled' } });
    expect(exportAllReducer(fetching, { type: 'too-many-pages', count: 12_000, pages: 240, pageCap: null })).toEqual({
      kind: 'too-many-pages',
      count: 12_000,
      pages: 240,
      pageCap: null,
    });
    const error = new Error('Help Scout is not answering');
    expect(exportAllReducer(fetching, { type: 'failed', error })).toEqual({ kind: 'failed', error, replies: 2345 });
  });

  it('drops outcomes when no export runs: a cancelled request answering late changes nothing', () => {
    for (const state of [EXPORT_ALL_IDLE, refused, failed]) {
      for (const event of outcomes) expect(exportAllReducer(state, event)).toBe(state);
    }
  });

  it('retries a failure with the same count, and only a failure', () => {
    expect(exportAllReducer(failed, { type: 'retry' })).toEqual({ kind: 'fetching', replies: 2345 });
    expect(exportAllReducer(refused, { type: 'retry' })).toBe(refused);
    expect(exportAllReducer(fetching, { type: 'retry' })).toBe(fetching);
  });

  it('resets to a plain idle from anywhere, and keeps a plain idle as it is', () => {
    for (const state of [fetching, failed, refused, { kind: 'idle', last: { outcome: 'saved', replies: 3 } } as const]) {
      expect(exportAllReducer(state, { type: 'reset' })).toEqual({ kind: 'idle' });
    }
    expect(exportAllReducer(EXPORT_ALL_IDLE, { type: 'reset' })).toBe(EXPORT_ALL_IDLE);
  });
});

describe(replyCount.name, () => {
  it('counts replies in the page’s number format, one in the singular', () => {
    expect(replyCount(0)).toBe('0 replies');
    expect(replyCount(1)).toBe('1 reply');
    expect(replyCount(12_345)).toBe('12,345 replies');
  });
});

describe(exportAllProgressText.name, () => {
  it('says how many replies are being fetched', () => {
    expect(exportAllProgressText(2345)).toBe('Fetching 2,345 replies for the CSV: every reply of the range…');
    expect(exportAllProgressText(1)).toBe('Fetching 1 reply for the CSV: every reply of the range…');
  });
});

describe(exportAllOutcomeText.name, () => {
  it('says how the last run ended', () => {
    expect(exportAllOutcomeText({ kind: 'idle', last: { outcome: 'saved', replies: 12_000 } })).toBe('Saved 12,000 replies as a CSV file: every reply of the range.');
    expect(exportAllOutcomeText({ kind: 'idle', last: { outcome: 'cancelled' } })).toBe('Export cancelled. Nothing was saved.');
  });

  it('is empty before any run, and where the screen has a message of its own', () => {
    for (const state of [EXPORT_ALL_IDLE, fetching, refused, failed]) expect(exportAllOutcomeText(state)).toBe('');
  });
});
