/** The user picker's search: every word typed must start a word of the name or the email. */
import type { User } from '../../../../contract/api/schemas.ts';
import { fullName } from '../../../lib/api/users.ts';

const collator = new Intl.Collator('en', { sensitivity: 'base' });

export function searchUsers(users: readonly User[], query: string): User[] {
  const needles = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = users.filter((user) => {
    const words = `${fullName(user)} ${user.email ?? ''}`.toLowerCase().split(/[\s.@_-]+/);
    return needles.every((needle) => words.some((word) => word.startsWith(needle)));
  });
  return matching.sort((a, b) => collator.compare(fullName(a), fullName(b)));
}
