import { describe, expect, it } from 'vitest';
import type { User } from '../../../contract/api/schemas.ts';
import { peopleOnly } from './people-only.ts';

const person = (id: number, type?: string): User => ({ id, firstName: `P${id}`, lastName: 'Agent', email: `p${id}@example.com`, ...(type ? { type } : {}) });
// A team as /v2/users lists it: type "team", empty last name and e-mail.
const team = (id: number): User => ({ id, firstName: `Team ${id}`, lastName: '', email: '', type: 'team' });

describe(peopleOnly.name, () => {
  it('leaves teams out and keeps people, typed or not, in their order', () => {
    expect(peopleOnly([team(9), person(1, 'user'), person(2), team(10), person(3, 'USER')]).map((u) => u.id)).toEqual([1, 2, 3]);
  });

  it('drops a team whatever the case of its type', () => {
    expect(peopleOnly([{ ...team(4), type: 'Team' }])).toEqual([]);
  });
});
