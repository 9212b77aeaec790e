import type { IsoDate } from './tools.ts';

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
