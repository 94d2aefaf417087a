import { describe, expect, it } from 'vitest';
import type { User } from '../../../../contract/api/schemas.ts';
import { fullName } from '../../../lib/api/users.ts';
import { searchUsers } from './user-search.ts';

const users: User[] = [
  { id: 1, firstName: 'Ava', lastName: 'Thompson', email: 'ava.thompson@example.com' },
  { id: 2, firstName: 'Mateo', lastName: 'Garcia', email: 'mateo@example.com' },
  { id: 3, firstName: 'Liam', lastName: 'OConnor' },
];
const names = (list: User[]) => list.map(fullName);

describe(searchUsers.name, () => {
  it('lists everyone by name for an empty query', () => {
    expect(names(searchUsers(users, '  '))).toEqual(['Ava Thompson', 'Liam OConnor', 'Mateo Garcia']);
  });

  it('matches the start of any word of the name or email, ignoring case', () => {
    expect(names(searchUsers(users, 'th'))).toEqual(['Ava Thompson']);
    expect(names(searchUsers(users, 'GAR'))).toEqual(['Mateo Garcia']);
    expect(names(searchUsers(users, 'example'))).toEqual(['Ava Thompson', 'Mateo Garcia']);
  });

  it('needs every word typed to match', () => {
    expect(names(searchUsers(users, 'ava th'))).toEqual(['Ava Thompson']);
    expect(searchUsers(users, 'ava garcia')).toEqual([]);
  });
});

describe(fullName.name, () => {
  it('joins first and last name', () => {
    expect(fullName({ firstName: 'Ava', lastName: '' })).toBe('Ava');
  });
});
