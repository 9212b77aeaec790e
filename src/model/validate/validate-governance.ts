import { GOVERNANCE_CONCERN_IDS, MODEL_FORMAT_IDS, MODEL_FORMAT_LOADING, REGULATION_IDS } from '../data/governance.ts';
import { STAGE_IDS, TOOL_IDS } from '../data/ids.ts';
import { asArray, checkRefs, field, nonEmpty, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';
import { checkRecord } from './validate-record.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STAGES = new Set<string>(STAGE_IDS);
const TOOLS = new Set<string>(TOOL_IDS);
const LOADING = new Set<string>(Object.keys(MODEL_FORMAT_LOADING));

function checkSource(value: unknown, file: string, entity: string, report: Report): void {
  const url = typeof value === 'string' ? value : field(value, 'url');
  if (typeof url !== 'string' || !url.startsWith('https://')) report(file, entity, 'source', 'give the https page the facts were checked against');
  if (typeof value !== 'string' && !nonEmpty(field(value, 'title'))) report(file, entity, 'source.title', 'name the source');
}

function checkDate(value: unknown, file: string, entity: string, name: string, report: Report): void {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) report(file, entity, name, `not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
}

/** Model formats, governance concerns and regulations: filled in, known ids, dated, sourced over https. */
export function validateGovernance(
  records: { modelFormats: LooseRecord; governanceConcerns: LooseRecord; regulations: LooseRecord },
  file: string,
  report: Report,
): void {
  checkRecord(report, file, 'model format', MODEL_FORMAT_IDS, records.modelFormats, ['name', 'holds', 'caveat']);
  for (const [key, entry] of Object.entries(records.modelFormats)) {
    const entity = `model format "${key}"`;
    const loading = field(entry, 'loading');
    if (typeof loading !== 'string' || !LOADING.has(loading)) report(file, entity, 'loading', unknownId('loading', loading, LOADING));
    checkSource(field(entry, 'source'), file, entity, report);
    checkDate(field(entry, 'checked'), file, entity, 'checked', report);
  }

  checkRecord(report, file, 'governance concern', GOVERNANCE_CONCERN_IDS, records.governanceConcerns, ['name', 'risk']);
  for (const [key, entry] of Object.entries(records.governanceConcerns)) {
    const entity = `governance concern "${key}"`;
    const stages = asArray(field(entry, 'stages'));
    if (stages.length === 0) report(file, entity, 'stages', 'name at least one stage whose page should link the concern');
    checkRefs(report, file, entity, 'stages', stages, STAGES, 'stage');
    checkRefs(report, file, entity, 'tools', asArray(field(entry, 'tools')), TOOLS, 'tool');
    const controls = asArray(field(entry, 'controls'));
    if (controls.length === 0) report(file, entity, 'controls', 'list at least one control');
    controls.forEach((c, i) => {
      if (!nonEmpty(c)) report(file, entity, `controls[${i}]`, 'empty control');
    });
    checkSource(field(entry, 'source'), file, entity, report);
    checkDate(field(entry, 'checked'), file, entity, 'checked', report);
  }

  checkRecord(report, file, 'regulation', REGULATION_IDS, records.regulations, ['name', 'asks']);
  for (const [key, entry] of Object.entries(records.regulations)) {
    const entity = `regulation "${key}"`;
    const kind = field(entry, 'kind');
    if (kind !== 'law' && kind !== 'voluntary framework') report(file, entity, 'kind', `"law" or "voluntary framework", not ${JSON.stringify(kind)}`);
    const milestones = asArray(field(entry, 'milestones'));
    if (milestones.length === 0) report(file, entity, 'milestones', 'give at least the day it applies or was published');
    let previous = '';
    milestones.forEach((m, i) => {
      const date = field(m, 'date');
      checkDate(date, file, entity, `milestones[${i}].date`, report);
      if (!nonEmpty(field(m, 'what'))) report(file, entity, `milestones[${i}].what`, 'say what happens on that day');
      if (typeof date === 'string' && date < previous) report(file, entity, `milestones[${i}].date`, `${date} comes before ${previous}: list milestones oldest first`);
      if (typeof date === 'string') previous = date;
    });
    checkSource(field(entry, 'source'), file, entity, report);
    checkDate(field(entry, 'checked'), file, entity, 'checked', report);
  }
}
