import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staleNoteOf } from '../api/client.ts';
import { staleNoteText } from './stale-note.ts';

const T = Date.parse('2026-11-20T15:30:00Z');

describe(staleNoteOf.name, () => {
  it('is null on a fresh answer', () => {
    expect(staleNoteOf(new Headers({ Age: '30' }), T)).toBeNull();
  });

  it('dates the figures from the answer’s Age', () => {
    expect(staleNoteOf(new Headers({ 'X-Pulseboard-Stale': 'throttled', Age: '120' }), T)).toEqual({ reason: 'throttled', asOf: T - 120_000 });
    expect(staleNoteOf(new Headers({ 'X-Pulseboard-Stale': 'upstream-error', Age: '5' }), T)).toEqual({ reason: 'upstream-error', asOf: T - 5000 });
  });

  it('never dates figures later than their receipt, whatever the Age header says', () => {
    fc.assert(
      fc.property(fc.string(), (age) => {
        const note = staleNoteOf(new Headers({ 'X-Pulseboard-Stale': 'throttled', Age: age.replace(/[\r\n\0]/g, '') }), T);
        expect(note?.asOf).toBeLessThanOrEqual(T);
        expect(Number.isNaN(note?.asOf)).toBe(false);
      }),
    );
  });

  it('reads an unknown reason as a stand-in all the same', () => {
    expect(staleNoteOf(new Headers({ 'X-Pulseboard-Stale': 'something-new' }), T)).toEqual({ reason: 'upstream-error', asOf: T });
  });
});

describe(staleNoteText.name, () => {
  it('names the reason and the time in the page’s zone', () => {
    expect(staleNoteText({ reason: 'throttled', asOf: T - 120_000 }, 'UTC')).toBe('Waiting for Help Scout — showing figures from 15:28');
    expect(staleNoteText({ reason: 'upstream-error', asOf: T }, 'Europe/Berlin')).toBe('Help Scout is not answering — showing figures from 16:30');
  });
});
