import { describe, expect, it } from 'vitest';
import { activePanelIndex, parsePanelId, wallPanelIds } from './panels.ts';

describe(wallPanelIds.name, () => {
  it('puts New conversations first, then one panel per user', () => {
    expect(wallPanelIds([3, 7])).toEqual(['new-conversations', 'user-3', 'user-7']);
    expect(wallPanelIds([])).toEqual(['new-conversations']);
  });
});

describe(parsePanelId.name, () => {
  it('accepts only users the wall shows', () => {
    expect(parsePanelId('user-3', [1, 3])).toBe('user-3');
    expect(parsePanelId('USER-3', [1, 3])).toBe('user-3');
    expect(parsePanelId('user-4', [1, 3])).toBeUndefined();
    expect(parsePanelId('user-', [1, 3])).toBeUndefined();
    expect(parsePanelId('chart', [1, 3])).toBeUndefined();
  });
});

describe(activePanelIndex.name, () => {
  const panels = wallPanelIds([1, 2]);
  it('rotates through every panel', () => {
    expect([0, 1, 2, 3, 4].map((turn) => activePanelIndex(panels, null, turn))).toEqual([0, 1, 2, 0, 1]);
  });
  it('holds a pinned panel', () => {
    expect(activePanelIndex(panels, 'user-2', 7)).toBe(2);
  });
  it('rotates when the pinned panel is not there', () => {
    expect(activePanelIndex(panels, 'user-9', 1)).toBe(1);
  });
});
