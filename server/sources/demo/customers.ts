/**
 * Customers are not stored: a customer's name is a pure function of (seed, id). A few
 * fixed ids carry hostile or unusual names so the UI's escaping is exercised by real data
 * (see hostile.ts for where they are attached).
 */
import { hash32 } from './prng.ts';

/** Exact strings the end-to-end XSS tests look for. */
export const HOSTILE_CUSTOMERS: ReadonlyArray<{ id: number; name: string }> = [
  { id: 1, name: '<img src=x onerror=alert(1)>' },
  { id: 2, name: "Robert'); DROP TABLE customers;--" },
  { id: 3, name: '"><script>alert(document.cookie)</script>' },
  { id: 4, name: 'Zoë Ångström-李' },
];

/** Regular customers have ids FIRST_CUSTOMER_ID .. FIRST_CUSTOMER_ID + pool - 1. */
export const FIRST_CUSTOMER_ID = 1001;

const FIRST_NAMES = [
  'Mary', 'James', 'Linda', 'Robert', 'Aisha', 'Wei', 'Carlos', 'Fatima', 'Hannah', 'Omar', 'Elena', 'David',
  'Grace', 'Yusuf', 'Isabel', 'Lucas', 'Mia', 'Arjun', 'Nora', 'Samuel', 'Leila', 'Tomás', 'Emma', 'Kwame',
  'Sara', 'Ethan', 'Ingrid', 'Diego', 'Amara', 'Felix', 'Hana', 'Victor', 'Zara', 'Oscar', 'Ruth', 'Malik',
];
const LAST_NAMES = [
  'Jones', 'Smith', 'Nguyen', 'Okafor', 'Kowalski', 'Müller', 'Silva', 'Haddad', 'Johansson', 'Chen', 'Patel',
  'Dubois', 'Kim', 'Novak', "O'Brien", 'Fernández', 'Ivanova', 'Tanaka', 'Mensah', 'Rossi', 'Schmidt', 'Walker',
  'Larsen', 'Hughes', 'Costa', 'Yilmaz', 'Murphy', 'Cohen', 'Ali', 'Bennett',
];

export function customerName(seed: number, id: number): string {
  const hostile = HOSTILE_CUSTOMERS.find((c) => c.id === id);
  if (hostile) return hostile.name;
  const h = hash32(seed, id, 0xc057);
  return `${FIRST_NAMES[h % FIRST_NAMES.length]} ${LAST_NAMES[(h >>> 16) % LAST_NAMES.length]}`;
}
