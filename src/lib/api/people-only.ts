/**
 * Help Scout's users list also holds teams (`type: "team"`, empty last name and e-mail). A team is
 * not an agent: it has no conversation history of its own to show, so every list of agents leaves
 * it out. Only an explicit "team" is dropped; a user without a type is a person.
 */
import type { User } from '../../../contract/api/schemas.ts';

export function peopleOnly<T extends Pick<User, 'type'>>(users: readonly T[]): T[] {
  return users.filter((user) => user.type?.toLowerCase() !== 'team');
}
