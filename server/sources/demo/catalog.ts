/**
 * The demo account's fixed cast: mailboxes and their folders, tags, users, and who answers
 * which mailbox. Ids live in separate ranges (mailboxes 1001+, folders 2001+, tags 3001+,
 * users 1+) so that a filter applied to the wrong kind of id matches nothing instead of
 * matching by accident.
 */
import type { ConversationType } from '../../../contract/api/schemas.ts';

export interface DemoMailbox {
  id: number;
  name: string;
  slug: string;
  email: string;
  /** Share of all traffic. */
  weight: number;
  /** User ids that answer this mailbox, with their share of its replies. */
  agents: ReadonlyArray<readonly [userId: number, weight: number]>;
}

export interface DemoFolder {
  id: number;
  name: string;
  type: string;
  mailboxId: number;
  weight: number;
}

export interface DemoTag {
  id: number;
  tag: string;
  slug: string;
  color: string;
  weight: number;
}

export interface DemoUser {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  role: string;
  timezone: string;
}

/** Index order is the order of the `type` column: 0 email, 1 chat, 2 phone. */
export const TYPES: readonly ConversationType[] = ['email', 'chat', 'phone'];
export const TYPE_WEIGHTS = [0.65, 0.25, 0.1];

export const MAILBOXES: readonly DemoMailbox[] = [
  { id: 1001, name: 'Support', slug: 'support', email: 'support@pulseboard.example', weight: 0.45, agents: [[1, 3], [2, 3], [3, 2], [4, 2], [5, 1], [6, 2]] },
  { id: 1002, name: 'Billing', slug: 'billing', email: 'billing@pulseboard.example', weight: 0.2, agents: [[2, 1], [7, 3], [8, 2]] },
  { id: 1003, name: 'Sales', slug: 'sales', email: 'sales@pulseboard.example', weight: 0.15, agents: [[8, 1], [9, 3]] },
  { id: 1004, name: 'Partners', slug: 'partners', email: 'partners@pulseboard.example', weight: 0.08, agents: [[3, 1], [9, 1]] },
  { id: 1005, name: 'VIP', slug: 'vip', email: 'vip@pulseboard.example', weight: 0.12, agents: [[1, 2], [5, 3], [4, 1]] },
];

const folder = (id: number, mailboxId: number, name: string, type: string, weight: number): DemoFolder => ({ id, mailboxId, name, type, weight });

export const FOLDERS: readonly DemoFolder[] = [
  folder(2001, 1001, 'Unassigned', 'open', 5),
  folder(2002, 1001, 'Mine', 'mine', 3),
  folder(2003, 1001, 'Bugs', 'team', 2),
  folder(2004, 1001, 'Escalations', 'team', 1),
  folder(2005, 1001, 'Feedback', 'team', 1),
  folder(2006, 1002, 'Unassigned', 'open', 3),
  folder(2007, 1002, 'Refunds', 'team', 2),
  folder(2008, 1002, 'Invoices', 'team', 2),
  folder(2009, 1003, 'Unassigned', 'open', 3),
  folder(2010, 1003, 'Leads', 'team', 3),
  folder(2011, 1003, 'Demos', 'team', 2),
  folder(2012, 1003, 'Enterprise', 'team', 1),
  folder(2013, 1004, 'Unassigned', 'open', 2),
  folder(2014, 1004, 'Integrations', 'team', 2),
  folder(2015, 1004, 'Resellers', 'team', 1),
  folder(2016, 1005, 'Unassigned', 'open', 2),
  folder(2017, 1005, 'Priority', 'team', 3),
  folder(2018, 1005, 'Account reviews', 'team', 1),
  folder(2019, 1005, 'Renewals', 'team', 1),
  folder(2020, 1005, 'Executive', 'mine', 1),
];

const TAG_NAMES: ReadonlyArray<readonly [string, string, number]> = [
  ['refund', '#e5534b', 4], ['bug', '#d1242f', 6], ['onboarding', '#2da44e', 5], ['billing', '#bf8700', 5],
  ['feature-request', '#8250df', 4], ['urgent', '#cf222e', 2], ['vip', '#9a6700', 2], ['integration', '#0969da', 3],
  ['api', '#1f6feb', 3], ['login', '#6e7781', 3], ['password-reset', '#57606a', 3], ['invoice', '#bc4c00', 3],
  ['cancellation', '#a40e26', 2], ['upgrade', '#1a7f37', 2], ['shipping', '#953800', 1], ['feedback', '#116329', 2],
  ['security', '#82071e', 1], ['mobile', '#0550ae', 2], ['export', '#4d2d00', 1], ['outage', '#ff8182', 1],
];

export const TAGS: readonly DemoTag[] = TAG_NAMES.map(([tag, color, weight], i) => ({ id: 3001 + i, tag, slug: tag, color, weight }));

const user = (id: number, firstName: string, lastName: string, role: string, timezone: string): DemoUser => ({
  id, firstName, lastName, role, timezone, email: `${firstName}.${lastName}@pulseboard.example`.toLowerCase(),
});

/** User 10 answers no mailbox: a known user whose history is always empty. */
export const USERS: readonly DemoUser[] = [
  user(1, 'Ava', 'Thompson', 'admin', 'America/New_York'),
  user(2, 'Mateo', 'Garcia', 'user', 'America/Chicago'),
  user(3, 'Priya', 'Raman', 'user', 'Asia/Kolkata'),
  user(4, 'Jonas', 'Weber', 'user', 'Europe/Berlin'),
  user(5, 'Chloe', 'Martin', 'user', 'Europe/Paris'),
  user(6, 'Kenji', 'Sato', 'user', 'Asia/Tokyo'),
  user(7, 'Olivia', 'Brown', 'user', 'America/New_York'),
  user(8, 'Liam', 'OConnor', 'user', 'Europe/Dublin'),
  user(9, 'Sofia', 'Rossi', 'user', 'Europe/Rome'),
  user(10, 'Noah', 'Fischer', 'owner', 'America/Los_Angeles'),
];

if (TAGS.length > 32) throw new Error('tags are stored as a 32-bit mask');
