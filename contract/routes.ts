/**
 * The app's pages, listed once: the browser's router mounts them, and the server answers them with the
 * app's HTML (anything else is a 404), names their modules for preloading, and decides which are public.
 */
export const PAGE_ROUTES = {
  newConversations: '/new-conversations',
  userHistory: '/user-history',
  team: '/team',
  wall: '/wall',
  login: '/login',
} as const;

export type PagePath = (typeof PAGE_ROUTES)[keyof typeof PAGE_ROUTES];

/** Every page, and "/" (it redirects to the default page, keeping the query string). */
export const APP_PATHS: readonly string[] = ['/', ...Object.values(PAGE_ROUTES)];

/** The page "/" and a login without a `next` lead to. */
export const DEFAULT_PAGE: PagePath = PAGE_ROUTES.newConversations;

/** Pages shown without a session: the login page, and the wall when its link carries a token. */
export function isPublicPage(path: string, hasWallToken: boolean): boolean {
  return path === PAGE_ROUTES.login || (path === PAGE_ROUTES.wall && hasWallToken);
}
