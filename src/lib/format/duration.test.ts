import { describe, expect, it } from 'vitest';
import { exactSeconds, formatDuration } from './duration.ts';

describe(formatDuration.name, () => {
  it.each([
    [0, '0s'],
    [0.4, '0s'],
    [45, '45s'],
    [60, '1m'],
    [61, '1m 1s'],
    [300, '5m'],
    [3_599, '59m 59s'],
    [3_600, '1h'],
    [11_520, '3h 12m'],
    [11_545, '3h 12m'],
    [86_400, '1d'],
    [86_401, '1d'],
    [187_200, '2d 4h'],
    [90_000, '1d 1h'],
    [65.4, '1m 5s'],
  ])('%s s reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('writes a dash for what is not a duration', () => {
    expect(formatDuration(-1)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe(exactSeconds.name, () => {
  it('keeps the exact figure, with a decimal only when it has one', () => {
    expect(exactSeconds(11_520)).toBe('11,520 seconds');
    expect(exactSeconds(1)).toBe('1 second');
    expect(exactSeconds(65.5)).toBe('65.5 seconds');
  });
});
