import { TOOL_STATUS_LABELS, type StatusFact } from '../model/index.ts';

/** A ledger date as a reader says it: `2026-07` → "July 2026", `2025-05-05` → "5 May 2025". */
export function ledgerDateToText(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const when = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en-GB', options).format(when);
}

/** A tool's status as a reader says it, with the day or month it began: "Active (August 2026)". */
export function ledgerStatusToText(status: Pick<StatusFact, 'state' | 'since'>): string {
  return `${TOOL_STATUS_LABELS[status.state]}${status.since ? ` (${ledgerDateToText(status.since)})` : ''}`;
}
