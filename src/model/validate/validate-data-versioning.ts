import { DATA_VERSIONING_IDS, DATA_VERSIONING_KINDS } from '../data/data-versioning.ts';
import { TOOL_IDS } from '../data/ids.ts';
import { field, nonEmpty, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';

const KINDS = new Set<string>(Object.keys(DATA_VERSIONING_KINDS));
const TOOLS = new Set<string>(TOOL_IDS);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every data-versioning entry is filled in, of a known kind, dated, sourced over https, and linked to a known tool if any. */
export function validateDataVersioning(records: LooseRecord, file: string, report: Report): void {
  for (const id of DATA_VERSIONING_IDS) if (!Object.hasOwn(records, id)) report(file, `data versioning "${id}"`, 'id', 'has no entry');
  for (const [key, entry] of Object.entries(records)) {
    const entity = `data versioning "${key}"`;
    if (!(DATA_VERSIONING_IDS as readonly string[]).includes(key)) report(file, entity, 'id', `unknown id "${key}"; add it to DATA_VERSIONING_IDS first`);
    if (field(entry, 'id') !== key) report(file, entity, 'id', `id ${JSON.stringify(field(entry, 'id'))} does not match its key "${key}"`);
    for (const f of ['name', 'how', 'runRecords', 'readBack', 'caveat']) if (!nonEmpty(field(entry, f))) report(file, entity, f, `${f} is missing or empty`);
    const kind = field(entry, 'kind');
    if (typeof kind !== 'string' || !KINDS.has(kind)) report(file, entity, 'kind', unknownId('data versioning kind', kind, KINDS));
    const source = field(entry, 'source');
    if (typeof source !== 'string' || !source.startsWith('https://')) report(file, entity, 'source', 'give the https documentation page the facts were checked against');
    const checked = field(entry, 'checked');
    if (typeof checked !== 'string' || !ISO_DATE.test(checked)) report(file, entity, 'checked', `not a YYYY-MM-DD date: ${JSON.stringify(checked)}`);
    const tool = field(entry, 'tool');
    if (tool !== undefined && (typeof tool !== 'string' || !TOOLS.has(tool))) report(file, entity, 'tool', unknownId('tool', tool, TOOLS));
  }
}
