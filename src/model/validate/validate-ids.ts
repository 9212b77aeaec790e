import type { LooseRecord, Report } from './validate-helpers.ts';
import { field } from './validate-helpers.ts';

/**
 * The id list and the records agree: every listed id has an entry, every entry is listed once,
 * and no two entries claim the same id. (That an entry's `id` is its key is part of the shape.)
 */
export function validateIds(report: Report, file: string, kind: string, ids: readonly string[], records: LooseRecord): void {
  const listed = new Set<string>();
  for (const id of ids) {
    if (listed.has(id)) report(file, `${kind} "${id}"`, 'id', `duplicate ${kind} id "${id}"`);
    listed.add(id);
    if (!Object.hasOwn(records, id)) report(file, `${kind} "${id}"`, 'id', `${kind} id "${id}" has no entry`);
  }
  const owners = new Map<unknown, string>();
  for (const [key, entity] of Object.entries(records)) {
    const name = `${kind} "${key}"`;
    if (!listed.has(key)) report(file, name, 'id', `unknown ${kind} id "${key}"; add it to the id list first`);
    const id = field(entity, 'id');
    const owner = owners.get(id);
    if (owner !== undefined) report(file, name, 'id', `duplicate ${kind} id ${JSON.stringify(id)} (also used by ${owner})`);
    owners.set(id, name);
  }
}
