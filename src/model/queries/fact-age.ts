import { factChecked, factUnconfirmed, LEDGER_FACTS, type LedgerFact, type ToolLedgerEntry } from '../data/tool-ledger.ts';
import type { IsoDate } from '../data/tools.ts';

/** Tool facts older than this are stale: the build warns, and `npm run facts:stale` fails. */
export const FACT_MAX_AGE_DAYS = 180;

/** Days from `checked` to `today` (both ISO days). */
export function daysSince(checked: IsoDate | string, today: string): number {
  return Math.floor((Date.parse(today) - Date.parse(checked)) / 86_400_000);
}

/** The tools whose facts were last checked more than `maxAgeDays` before `today`, oldest first. */
export function staleTools<T extends { id: string; checked: string; source: string }>(
  tools: Readonly<Record<string, T>>,
  today: string,
  maxAgeDays: number = FACT_MAX_AGE_DAYS,
): { id: string; checked: string; source: string; age: number }[] {
  return Object.values(tools)
    .map((tool) => ({ id: tool.id, checked: tool.checked, source: tool.source, age: daysSince(tool.checked, today) }))
    .filter((tool) => tool.age > maxAgeDays)
    .sort((a, b) => b.age - a.age);
}

/** A ledger fact read for its age: which tool, which fact, and what it was compared with. */
export interface LedgerFactAge {
  id: string;
  fact: LedgerFact;
  checked: string;
  source: string;
  age: number;
}

/** Every ledger fact that was compared with a source, with its age on `today`. */
export function ledgerFactAges(ledger: Readonly<Record<string, ToolLedgerEntry>>, today: string): LedgerFactAge[] {
  return Object.values(ledger).flatMap((entry) =>
    LEDGER_FACTS.flatMap((fact) => {
      const compared = factChecked(entry, fact);
      return compared === undefined ? [] : [{ id: entry.id, fact, checked: compared.checked, source: compared.source, age: daysSince(compared.checked, today) }];
    }),
  );
}

/** The ledger facts compared longer than `maxAgeDays` before `today`, oldest first. */
export function staleLedgerFacts(ledger: Readonly<Record<string, ToolLedgerEntry>>, today: string, maxAgeDays: number = FACT_MAX_AGE_DAYS): LedgerFactAge[] {
  return ledgerFactAges(ledger, today)
    .filter((f) => f.age > maxAgeDays)
    .sort((a, b) => b.age - a.age);
}

/** The ledger facts that say they are unconfirmed, in ledger order, with what is missing. */
export function unconfirmedLedgerFacts(ledger: Readonly<Record<string, ToolLedgerEntry>>): { id: string; fact: LedgerFact; reason: string }[] {
  return Object.values(ledger).flatMap((entry) =>
    LEDGER_FACTS.flatMap((fact) => {
      const reason = factUnconfirmed(entry, fact);
      return reason === undefined ? [] : [{ id: entry.id, fact, reason }];
    }),
  );
}
