import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, listTimeZones } from './time-zones.ts';

describe('canonicalTimeZone', () => {
  it('keeps a zone spelled as the browser lists it', () => {
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
  });

  it('corrects the case of a listed zone', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('AMERICA/NEW_YORK')).toBe('America/New_York');
  });

  it('keeps a link as given', () => {
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Calcutta');
  });

  it('refuses what is not a zone', () => {
    for (const value of ['', 'Mars/Olympus', '<script>', 'Europe/Berlin; x=1', 'x'.repeat(65)]) {
      expect(canonicalTimeZone(value), value).toBeUndefined();
    }
  });

  it('lists UTC first and the rest sorted', () => {
    const zones = listTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones.slice(1)).toEqual([...zones.slice(1)].sort());
  });
});
