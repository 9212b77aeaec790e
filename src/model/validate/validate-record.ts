import { field, nonEmpty, type LooseRecord, type Report } from './validate-helpers.ts';

/** Every id has its entry and no entry is unknown; each entry's `id` is its key and its `texts` are filled in. */
export function checkRecord(
  report: Report,
  file: string,
  kind: string,
  ids: readonly string[],
  records: LooseRecord,
  texts: readonly string[] = ['name'],
): void {
  for (const id of ids) if (!Object.hasOwn(records, id)) report(file, `${kind} "${id}"`, 'id', `${kind} id "${id}" has no entry`);
  for (const [key, entity] of Object.entries(records)) {
    if (!ids.includes(key)) report(file, `${kind} "${key}"`, 'id', `unknown ${kind} id "${key}"; add it to the id list first`);
    if (field(entity, 'id') !== key) report(file, `${kind} "${key}"`, 'id', `id ${JSON.stringify(field(entity, 'id'))} does not match its key "${key}"`);
    for (const f of texts) if (!nonEmpty(field(entity, f))) report(file, `${kind} "${key}"`, f, `${f} is missing or empty`);
  }
}
