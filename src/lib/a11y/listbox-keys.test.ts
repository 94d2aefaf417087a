import { describe, expect, it } from 'vitest';
import { movedIndex, typeaheadIndex } from './listbox-keys.ts';

describe(movedIndex.name, () => {
  it('moves one option with the arrows, stopping at the ends, and jumps with Home and End', () => {
    expect(movedIndex('ArrowDown', 0, 3)).toBe(1);
    expect(movedIndex('ArrowDown', 2, 3)).toBe(2);
    expect(movedIndex('ArrowUp', 0, 3)).toBe(0);
    expect(movedIndex('Home', 2, 3)).toBe(0);
    expect(movedIndex('End', 0, 3)).toBe(2);
    expect(movedIndex('a', 0, 3)).toBeNull();
    expect(movedIndex('ArrowDown', 0, 0)).toBeNull();
  });
});

describe(typeaheadIndex.name, () => {
  const labels = ['Billing', 'Partners', 'Sales', 'Support', 'VIP'];
  it('finds the next label starting with the typed text, case-insensitively', () => {
    expect(typeaheadIndex(labels, 's', 0)).toBe(2);
    expect(typeaheadIndex(labels, 'su', 0)).toBe(3);
    expect(typeaheadIndex(labels, 'vip', 0)).toBe(4);
    expect(typeaheadIndex(labels, 'x', 0)).toBeNull();
  });
  it('cycles through the options with one initial when the letter is repeated, wrapping round', () => {
    expect(typeaheadIndex(labels, 's', 2)).toBe(3);
    expect(typeaheadIndex(labels, 'ss', 3)).toBe(2);
    expect(typeaheadIndex(labels, 'b', 4)).toBe(0);
  });
  it('keeps the active option while a longer prefix still matches it', () => {
    expect(typeaheadIndex(labels, 'sup', 3)).toBe(3);
  });
});
