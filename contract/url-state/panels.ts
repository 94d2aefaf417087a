/** The wall's panels: New conversations and the team (each when shown), then one per user, in the URL's order. */
export const NEW_CONVERSATIONS_PANEL = 'new-conversations';
export const TEAM_PANEL = 'team';

/** The report panels a wall can show besides its agents' (the URL's `panels`). */
export const REPORT_PANELS = [NEW_CONVERSATIONS_PANEL, TEAM_PANEL] as const;
export type ReportPanel = (typeof REPORT_PANELS)[number];
/** Without `panels`, a wall shows New conversations (as every wall did before the team panel). */
export const DEFAULT_REPORT_PANELS: readonly ReportPanel[] = [NEW_CONVERSATIONS_PANEL];

export type WallPanelId = ReportPanel | `user-${number}`;

export function userPanelId(user: number): WallPanelId {
  return `user-${user}`;
}

export function wallPanelIds(users: readonly number[], shown: readonly ReportPanel[] = DEFAULT_REPORT_PANELS): WallPanelId[] {
  return [...REPORT_PANELS.filter((panel) => shown.includes(panel)), ...users.map(userPanelId)];
}

/** A report panel the wall shows, or `user-<id>` for a user it shows; anything else is undefined. */
export function parsePanelId(value: string, users: readonly number[], shown: readonly ReportPanel[] = DEFAULT_REPORT_PANELS): WallPanelId | undefined {
  const text = value.trim().toLowerCase();
  const report = REPORT_PANELS.find((panel) => panel === text);
  if (report) return shown.includes(report) ? report : undefined;
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
