/** The wall's panels: New conversations first, then one per user, in the URL's order. */
export const NEW_CONVERSATIONS_PANEL = 'new-conversations';

export type WallPanelId = typeof NEW_CONVERSATIONS_PANEL | `user-${number}`;

export function userPanelId(user: number): WallPanelId {
  return `user-${user}`;
}

export function wallPanelIds(users: readonly number[]): WallPanelId[] {
  return [NEW_CONVERSATIONS_PANEL, ...users.map(userPanelId)];
}

/** `new-conversations`, or `user-<id>` for a user the wall shows; anything else is undefined. */
export function parsePanelId(value: string, users: readonly number[]): WallPanelId | undefined {
  const text = value.trim().toLowerCase();
  if (text === NEW_CONVERSATIONS_PANEL) return NEW_CONVERSATIONS_PANEL;
  const match = /^user-(\d{1,10})$/.exec(text);
  const user = match ? Number(match[1]) : Number.NaN;
  return users.includes(user) ? userPanelId(user) : undefined;
}

/** Which panel shows at rotation `turn`: the pinned one, else each in turn. */
export function activePanelIndex(panels: readonly WallPanelId[], pinned: WallPanelId | null, turn: number): number {
  if (pinned !== null) {
    const index = panels.indexOf(pinned);
    if (index >= 0) return index;
  }
  return panels.length === 0 ? 0 : turn % panels.length;
}
