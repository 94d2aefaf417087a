/**
 * Tolerant readers for list items. v1 and v2 mostly agree; where they differ (a tag's
 * `tag`/`count` in v1 is `name`/`ticketCount` in v2) both are accepted. Nulls become absent.
 */
import { z } from 'zod';
import type { Folder, Mailbox, Tag, User } from '../../../contract/api/schemas.ts';

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const mailboxItem = z
  .object({ id: z.number().int(), name: z.string(), slug: optionalText, email: optionalText })
  .transform((m): Mailbox => definedOnly(m));

export function folderItem(mailboxId: number) {
  return z
    .object({ id: z.number().int(), name: z.string(), type: optionalText })
    .transform((f): Folder => definedOnly({ ...f, mailboxId }));
}

export const userItem = z
  .object({
    id: z.number().int(),
    firstName: optionalText,
    lastName: optionalText,
    email: optionalText,
    role: optionalText,
    timezone: optionalText,
  })
  .transform(
    (u): User =>
      definedOnly({
        id: u.id,
        firstName: u.firstName ?? '',
        lastName: u.lastName ?? '',
        email: u.email,
        role: u.role,
        timezone: u.timezone,
      }),
  );

export const tagItem = z
  .object({
    id: z.number().int(),
    tag: optionalText,
    name: optionalText,
    slug: optionalText,
    color: optionalText,
    count: z.number().int().nullish(),
    ticketCount: z.number().int().nullish(),
  })
  .refine((t) => (t.tag ?? t.name) !== undefined, { message: 'a tag needs tag or name' })
  .transform(
    (t): Tag =>
      definedOnly({
        id: t.id,
        tag: (t.tag ?? t.name)!,
        slug: t.slug,
        color: t.color,
        count: t.count ?? t.ticketCount ?? undefined,
      }),
  );
