import { PATTERN_IDS, STAGE_IDS, TOOL_IDS } from '../data/ids.ts';
import { CONTRACT_FIELD_IDS, LABEL_CHECK_IDS, LABELLING_STRATEGY_IDS, ODCS_SECTIONS } from '../data/training-data.ts';
import { asArray, checkRefs, field, nonEmpty, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';
import { checkRecord } from './validate-record.ts';

const STAGES = new Set<string>(STAGE_IDS);
const TOOLS = new Set<string>(TOOL_IDS);
const PATTERNS = new Set<string>(PATTERN_IDS);
const SECTIONS = new Set<string>(ODCS_SECTIONS);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every source names itself, links over https and, when dated, has a YYYY-MM-DD date. */
function checkSources(value: unknown, file: string, entity: string, report: Report): void {
  const sources = asArray(value);
  if (sources.length === 0) report(file, entity, 'sources', 'cites nothing; name the paper, book or documentation the facts come from');
  sources.forEach((source, i) => {
    for (const f of ['cite', 'title']) if (!nonEmpty(field(source, f))) report(file, entity, `sources[${i}].${f}`, `${f} is missing or empty`);
    const url = field(source, 'url');
    if (typeof url !== 'string' || !url.startsWith('https://')) report(file, entity, `sources[${i}].url`, `not an https URL: ${JSON.stringify(url)}`);
    const checked = field(source, 'checked');
    if (checked !== undefined && (typeof checked !== 'string' || !ISO_DATE.test(checked))) report(file, entity, `sources[${i}].checked`, `not a YYYY-MM-DD date: ${JSON.stringify(checked)}`);
  });
}

function checkStage(value: unknown, file: string, entity: string, name: string, report: Report): void {
  if (typeof value !== 'string' || !STAGES.has(value)) report(file, entity, name, unknownId('stage', value, STAGES));
}

/**
 * Labelling strategies, label checks and data-contract fields: filled in, known stage, tool and
 * pattern ids, a known ODCS section, and sources over https.
 */
export function validateTrainingData(
  records: { labellingStrategies: LooseRecord; labelChecks: LooseRecord; contractFields: LooseRecord },
  file: string,
  report: Report,
): void {
  checkRecord(report, file, 'labelling strategy', LABELLING_STRATEGY_IDS, records.labellingStrategies, ['name', 'how', 'whenToUse', 'cost', 'qualityRisk']);
  for (const [key, entry] of Object.entries(records.labellingStrategies)) {
    const entity = `labelling strategy "${key}"`;
    const stages = asArray(field(entry, 'stages'));
    if (stages.length === 0) report(file, entity, 'stages', 'name at least one stage whose page should link the strategy');
    checkRefs(report, file, entity, 'stages', stages, STAGES, 'stage');
    checkRefs(report, file, entity, 'patterns', asArray(field(entry, 'patterns')), PATTERNS, 'pattern');
    const opinion = field(entry, 'opinion');
    if (opinion !== undefined && !nonEmpty(opinion)) report(file, entity, 'opinion', 'empty; leave it out or say what the guide judges');
    checkSources(field(entry, 'sources'), file, entity, report);
  }

  checkRecord(report, file, 'label check', LABEL_CHECK_IDS, records.labelChecks, ['name', 'catches', 'method']);
  for (const [key, entry] of Object.entries(records.labelChecks)) {
    const entity = `label check "${key}"`;
    checkStage(field(entry, 'stage'), file, entity, 'stage', report);
    checkRefs(report, file, entity, 'tools', asArray(field(entry, 'tools')), TOOLS, 'tool');
    checkSources(field(entry, 'sources'), file, entity, report);
  }

  checkRecord(report, file, 'contract field', CONTRACT_FIELD_IDS, records.contractFields, ['name', 'states', 'churnExample', 'withoutIt']);
  for (const [key, entry] of Object.entries(records.contractFields)) {
    const entity = `contract field "${key}"`;
    const odcs = field(entry, 'odcs');
    if (typeof odcs !== 'string' || !SECTIONS.has(odcs)) report(file, entity, 'odcs', `unknown ODCS section ${JSON.stringify(odcs)}; known: ${ODCS_SECTIONS.join(', ')}`);
    checkStage(field(entry, 'stage'), file, entity, 'stage', report);
    checkRefs(report, file, entity, 'enforcedBy', asArray(field(entry, 'enforcedBy')), TOOLS, 'tool');
  }
}
