import { COMPARISON_IDS } from '../data/comparisons.ts';
import { TOOL_IDS } from '../data/ids.ts';
import { asArray, checkRefs, field, type LooseRecord, type Report } from './validate-helpers.ts';
import { checkRecord } from './validate-record.ts';

const TOOLS = new Set<string>(TOOL_IDS);

/** Every comparison has its entry, names two to five known tools once each, and says its question and judgement. */
export function validateComparisons(records: LooseRecord, file: string, report: Report): void {
  checkRecord(report, file, 'comparison', COMPARISON_IDS, records, ['title', 'question', 'judgement']);
  for (const [key, entry] of Object.entries(records)) {
    const entity = `comparison "${key}"`;
    const tools = asArray(field(entry, 'tools'));
    if (tools.length < 2 || tools.length > 5) report(file, entity, 'tools', `compare two to five tools, not ${tools.length}`);
    checkRefs(report, file, entity, 'tools', tools, TOOLS, 'tool');
  }
}
