/**
 * Tolerant readers for Help Scout's list items, into the contract's (a v2 tag's
 * `name`/`ticketCount` is the contract's `tag`/`count`). Nulls become absent.
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
    type: optionalText,
  })
  .transform((u): User | undefined =>
    // A team (taxjar's recorded /v2/users: `type: "team"`, empty lastName and email) is no agent.
    u.type === 'team'
      ? undefined
      : definedOnly({
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
    name: optionalText,
    slug: optionalText,
    color: optionalText,
    ticketCount: z.number().int().nullish(),
  })
  .refine((t) => t.name !== undefined, { message: 'a tag needs a name' })
  .transform(
    (t): Tag =>
      definedOnly({
        id: t.id,
        tag: t.name!,
        slug: t.slug,
        color: t.color,
        count: t.ticketCount ?? undefined,
      }),
  );
