/** POST /api/wall-links: a signed, expiring link to this wall view, for a screen with no login. */
import { z } from 'zod/mini';
import { apiPost } from '../../../lib/api/client.ts';

const createdWallLinkSchema = z.object({
  /** Relative to the server: `/wall?token=…`. */
  url: z.string(),
  id: z.string(),
  expiresAt: z.string(),
});
export type CreatedWallLink = z.infer<typeof createdWallLinkSchema>;

export interface CreateWallLinkRequest {
  /** The wall's canonical query string (wallLinkParams). */
  params: string;
  expiresInDays?: number;
}

export function createWallLink(request: CreateWallLinkRequest): Promise<CreatedWallLink> {
  return apiPost('/wall-links', request, createdWallLinkSchema);
}
