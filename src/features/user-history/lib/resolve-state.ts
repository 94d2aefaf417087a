/**
 * What a row's resolve time means. "Not resolved" comes from the conversation's status, never from
 * a resolve time of 0: with office hours on, a conversation closed wholly outside office hours has
 * 0 office seconds and is still closed. Without a status (the source did not say) a 0 is unknown.
 */
import type { HistoryRow } from '../../../../contract/api/schemas.ts';

export type ResolveState =
  | { kind: 'resolved'; seconds: number }
  | { kind: 'open' }
  | { kind: 'unknown' };

export function resolveState(row: Pick<HistoryRow, 'status' | 'resolveTime'>): ResolveState {
  if (row.status === 'closed') return { kind: 'resolved', seconds: row.resolveTime };
  if (row.status) return { kind: 'open' };
  // Unknown status: a positive time can only come from a closing; a 0 may be open or instant.
  return row.resolveTime > 0 ? { kind: 'resolved', seconds: row.resolveTime } : { kind: 'unknown' };
}

/** The suffix every time figure carries while office hours apply. */
export function officeHoursLabel(label: string, officeHours: boolean): string {
  return officeHours ? `${label} (office hours)` : label;
}

/** Whose schedule the office hours follow: the label never lets a Help Scout user think it is ours. */
export function officeHoursSchedule(source: 'demo' | 'helpscout' | undefined): string {
  if (source === 'helpscout') return 'Help Scout’s own office-hours schedule applies (set in Help Scout)';
  if (source === 'demo') return 'The demo account’s office-hours schedule applies (Monday to Friday, 09:00–17:00 in its time zone)';
  return 'Times count only office hours';
}
