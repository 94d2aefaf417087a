import { describe, expect, it } from 'vitest';
import { changeText } from './panel-models.ts';

describe(changeText.name, () => {
  it('shows the arrow, the signed count and the percentage', () => {
    expect(changeText({ absolute: 120, relative: 0.125, direction: 'up' })).toEqual({ value: '▲ +120 (+12.5%)', words: 'Up 120, 12.5% on the comparison period' });
    expect(changeText({ absolute: -1208, relative: -0.026, direction: 'down' })).toEqual({ value: '▼ -1,208 (-2.6%)', words: 'Down 1,208, 2.6% on the comparison period' });
  });

  it('has no percentage when the comparison period had none', () => {
    expect(changeText({ absolute: 5, relative: null, direction: 'up' }).value).toBe('▲ +5');
  });

  it('says "no change" when flat', () => {
    expect(changeText({ absolute: 0, relative: 0, direction: 'flat' }).value).toBe('■ No change');
  });
});
