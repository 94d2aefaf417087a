import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { officeHoursLabel, officeHoursSchedule, resolveState } from './resolve-state.ts';
import { columnLabel } from './history-columns.ts';

describe('resolveState', () => {
  it('a closed conversation with 0 (office) seconds is resolved in 0 s, not "not resolved"', () => {
    expect(resolveState({ status: 'closed', resolveTime: 0 })).toEqual({ kind: 'resolved', seconds: 0 });
  });

  it('an unknown status with 0 is unknown, not "not resolved"', () => {
    expect(resolveState({ status: undefined, resolveTime: 0 })).toEqual({ kind: 'unknown' });
    expect(resolveState({ status: null, resolveTime: 0 })).toEqual({ kind: 'unknown' });
  });

  it('an unknown status with a positive time is resolved in that time', () => {
    expect(resolveState({ status: undefined, resolveTime: 90 })).toEqual({ kind: 'resolved', seconds: 90 });
  });

  it('never says open unless the status is one that is not closed', () => {
    const status = fc.constantFrom('active', 'pending', 'closed', 'spam', null, undefined);
    fc.assert(
      fc.property(status, fc.nat(10_000_000), (s, resolveTime) => {
        const state = resolveState({ status: s, resolveTime });
        expect(state.kind === 'open').toBe(s === 'active' || s === 'pending' || s === 'spam');
        if (s === 'closed') expect(state).toEqual({ kind: 'resolved', seconds: resolveTime });
      }),
    );
  });
});

describe('officeHoursLabel', () => {
  it('marks a time label only while office hours apply', () => {
    expect(officeHoursLabel('Resolve time', true)).toBe('Resolve time (office hours)');
    expect(officeHoursLabel('Resolve time', false)).toBe('Resolve time');
  });
});

describe('columnLabel', () => {
  it('marks the office-hours time columns, and not handle time (work time, unaffected)', () => {
    expect(columnLabel('responseTime', true)).toBe('Response time (office hours)');
    expect(columnLabel('firstResponseTime', true)).toBe('First response time (office hours)');
    expect(columnLabel('resolveTime', true)).toBe('Resolve time (office hours)');
    expect(columnLabel('avgHandleTime', true)).toBe('Avg handle time');
    expect(columnLabel('resolveTime', false)).toBe('Resolve time');
  });
});

describe('officeHoursSchedule', () => {
  it('says on Help Scout that Help Scout’s own schedule applies', () => {
    expect(officeHoursSchedule('helpscout')).toMatch(/Help Scout’s own office-hours schedule/);
    expect(officeHoursSchedule('demo')).not.toMatch(/Help Scout/);
  });
});
