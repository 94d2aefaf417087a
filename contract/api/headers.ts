/** The header in which every data call of a wall shown from a link carries the link's token. */
export const WALL_TOKEN_HEADER = 'X-Wall-Token';

/**
 * `background` marks a call no person is waiting for (the wall's refreshes, all-pages loads): on Help Scout
 * it yields to people's page views. Absent means interactive; other values are a 400.
 */
export const PRIORITY_HEADER = 'X-Pulseboard-Priority';
