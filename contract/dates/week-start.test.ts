import { describe, expect, it } from 'vitest';
import { startOfWeek } from './week-start.ts';

describe(startOfWeek.name, () => {
  // 2026-11-20 is a Friday; 2026-11-22 a Sunday; 2026-11-23 a Monday.
  it('goes back to Monday by default', () => {
    expect(startOfWeek('2026-11-20', 'monday')).toBe('2026-11-16');
    expect(startOfWeek('2026-11-22', 'monday')).toBe('2026-11-16');
    expect(startOfWeek('2026-11-23', 'monday')).toBe('2026-11-23');
  });

  it('goes back to Sunday when weeks start on Sunday', () => {
    expect(startOfWeek('2026-11-20', 'sunday')).toBe('2026-11-15');
    expect(startOfWeek('2026-11-22', 'sunday')).toBe('2026-11-22');
    expect(startOfWeek('2026-11-21', 'sunday')).toBe('2026-11-15');
  });

  it('crosses year and leap-day boundaries', () => {
    expect(startOfWeek('2027-01-01', 'monday')).toBe('2026-12-28');
    expect(startOfWeek('2028-03-01', 'sunday')).toBe('2028-02-27');
  });
});
