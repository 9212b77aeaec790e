import { COMPARISON_IDS } from './comparisons.ts';
import { TOOL_IDS } from './ids.ts';
import { asArray, checkRefs, field, nonEmpty, type LooseRecord, type Report } from './validate-helpers.ts';

const TOOLS = new Set<string>(TOOL_IDS);

/** Every comparison has its entry, names two to five known tools once each, and says its question and judgement. */
export function validateComparisons(records: LooseRecord, file: string, report: Report): void {
  for (const id of COMPARISON_IDS) if (!Object.hasOwn(records, id)) report(file, `comparison "${id}"`, 'id', 'has no entry');
  for (const [key, entry] of Object.entries(records)) {
    const entity = `comparison "${key}"`;
    if (!(COMPARISON_IDS as readonly string[]).includes(key)) report(file, entity, 'id', `unknown id "${key}"; add it to COMPARISON_IDS first`);
    if (field(entry, 'id') !== key) report(file, entity, 'id', `id ${JSON.stringify(field(entry, 'id'))} does not match its key "${key}"`);
    for (const f of ['title', 'question', 'judgement']) if (!nonEmpty(field(entry, f))) report(file, entity, f, `${f} is missing or empty`);
    const tools = asArray(field(entry, 'tools'));
    if (tools.length < 2 || tools.length > 5) report(file, entity, 'tools', `compare two to five tools, not ${tools.length}`);
    checkRefs(report, file, entity, 'tools', tools, TOOLS, 'tool');
  }
}
