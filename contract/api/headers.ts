/** The header in which every data call of a wall shown from a link carries the link's token. */
export const WALL_TOKEN_HEADER = 'X-Wall-Token';
