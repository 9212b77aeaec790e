import { ANTI_PATTERN_IDS } from '../data/anti-patterns.ts';
import { GLOSSARY_TERM_IDS } from '../data/glossary.ts';
import { PIPELINE_TYPE_IDS } from '../data/ids.ts';
import { MATURITY_LEVEL_IDS } from '../data/maturity.ts';
import { PRACTICE_IDS, PRACTICE_PAGE_IDS } from '../data/practices.ts';
import { InvalidModelError, type ModelIssue } from './validate.ts';
import { field, unknownId, type LooseRecord } from './validate-helpers.ts';
import { validateAntiPatternRefs } from './validate-anti-patterns.ts';
import { validateMaturityCrosswalk } from './validate-maturity-crosswalk.ts';
import { validateDeployment, type UncheckedDeployment } from './validate-deployment.ts';
import { validateDataVersioning } from './validate-data-versioning.ts';
import { validateLlmPipelines } from './validate-llm-pipelines.ts';
import { validateGovernance } from './validate-governance.ts';
import { validateComparisons } from './validate-comparisons.ts';
import { validateShiftKinds } from './validate-shift.ts';
import { validateTrainingData } from './validate-training-data.ts';


/** What validateGuide() reads; ids widened to strings so fixtures and JSON can be checked too. */
export interface UncheckedGuide extends UncheckedDeployment {
  readonly maturityLevels: LooseRecord;
  readonly pipelineTypeEntries: LooseRecord;
  readonly microsoftLevels: LooseRecord;
  readonly selfAssessment: readonly unknown[];
  readonly dataVersioning: LooseRecord;
  readonly modelFormats: LooseRecord;
  readonly governanceConcerns: LooseRecord;
  readonly regulations: LooseRecord;
  readonly comparisons: LooseRecord;
  readonly llmStages: LooseRecord;
  readonly llmPipelineTypes: LooseRecord;
  readonly practices: LooseRecord;
  readonly antiPatterns: LooseRecord;
  readonly glossary: LooseRecord;
  readonly shiftKinds: LooseRecord;
  readonly labellingStrategies: LooseRecord;
  readonly labelChecks: LooseRecord;
  readonly contractFields: LooseRecord;
}

export const GUIDE_FILES = {
  maturityLevels: 'src/model/data/maturity.ts',
  pipelineTypeEntries: 'src/model/data/maturity.ts',
  microsoftLevels: 'src/model/data/maturity-microsoft.ts',
  selfAssessment: 'src/model/data/maturity-microsoft.ts',
  rolloutStrategies: 'src/model/data/deployment.ts',
  safetyNets: 'src/model/data/deployment.ts',
  servingModes: 'src/model/data/deployment.ts',
  mercariPatterns: 'src/model/data/deployment.ts',
  dataVersioning: 'src/model/data/data-versioning.ts',
  modelFormats: 'src/model/data/governance.ts',
  governanceConcerns: 'src/model/data/governance.ts',
  regulations: 'src/model/data/governance.ts',
  comparisons: 'src/model/data/comparisons.ts',
  llmStages: 'src/model/data/llm-pipelines.ts',
  llmPipelineTypes: 'src/model/data/llm-pipelines.ts',
  practices: 'src/model/data/practices.ts',
  antiPatterns: 'src/model/data/anti-patterns.ts',
  glossary: 'src/model/data/glossary.ts',
  shiftKinds: 'src/model/data/shift.ts',
  labellingStrategies: 'src/model/data/training-data.ts',
  labelChecks: 'src/model/data/training-data.ts',
  contractFields: 'src/model/data/training-data.ts',
} as const satisfies { [K in keyof UncheckedGuide]: string };

/** Unknown, missing or mismatched ids, empty fields, and maturity levels nothing enters at. */
export function validateGuide(guide: UncheckedGuide): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const report = (file: string, entity: string, fieldName: string, message: string) =>
    issues.push({ file, entity, field: fieldName, message });
  const levels = new Set<string>(MATURITY_LEVEL_IDS);
  const practiceIds = new Set<string>(PRACTICE_IDS);
  const pages = new Set<string>(PRACTICE_PAGE_IDS);

  const lists = [
    ['maturityLevels', 'maturity level', MATURITY_LEVEL_IDS, ['name', 'summary', 'deployed', 'retrainedWhen']],
    ['practices', 'practice', PRACTICE_IDS, ['name', 'summary']],
    ['antiPatterns', 'anti-pattern', ANTI_PATTERN_IDS, ['name', 'symptom', 'cost', 'fix']],
    ['glossary', 'glossary term', GLOSSARY_TERM_IDS, ['term', 'definition']],
  ] as const;
  for (const [kind, label, ids, required] of lists) {
    const records = guide[kind];
    for (const id of ids) {
      if (!Object.hasOwn(records, id)) report(GUIDE_FILES[kind], `${label} "${id}"`, 'id', `${label} id "${id}" has no entry`);
    }
    for (const [key, entity] of Object.entries(records)) {
      const name = `${label} "${key}"`;
      if (!(ids as readonly string[]).includes(key)) report(GUIDE_FILES[kind], name, 'id', `unknown ${label} id "${key}"; add it to the id list first`);
      if (field(entity, 'id') !== key) report(GUIDE_FILES[kind], name, 'id', `id ${JSON.stringify(field(entity, 'id'))} does not match its key "${key}"`);
      for (const f of required) {
        const value = field(entity, f);
        if (typeof value !== 'string' || value.trim() === '') report(GUIDE_FILES[kind], name, f, `${f} is missing or empty`);
      }
    }
  }

  const entered = new Set<unknown>();
  for (const [key, practice] of Object.entries(guide.practices)) {
    const level = field(practice, 'level');
    entered.add(level);
    if (typeof level !== 'string' || !levels.has(level)) report(GUIDE_FILES.practices, `practice "${key}"`, 'level', unknownId('maturity level', level, levels));
    const page = field(practice, 'page');
    if (typeof page !== 'string' || !pages.has(page)) report(GUIDE_FILES.practices, `practice "${key}"`, 'page', unknownId('practice page', page, pages));
  }
  for (const id of PIPELINE_TYPE_IDS) {
    const entry = guide.pipelineTypeEntries[id];
    const level = field(entry, 'level');
    entered.add(level);
    if (entry === undefined) report(GUIDE_FILES.pipelineTypeEntries, `pipeline type "${id}"`, 'level', 'no maturity level says where this type enters');
    else if (typeof level !== 'string' || !levels.has(level)) report(GUIDE_FILES.pipelineTypeEntries, `pipeline type "${id}"`, 'level', unknownId('maturity level', level, levels));
  }
  for (const id of MATURITY_LEVEL_IDS) {
    if (!entered.has(id)) report(GUIDE_FILES.maturityLevels, `maturity level "${id}"`, 'entries', 'no practice or pipeline type enters at this level');
  }
  for (const [key, anti] of Object.entries(guide.antiPatterns)) {
    const practice = field(anti, 'practice');
    if (typeof practice !== 'string' || !practiceIds.has(practice)) {
      report(GUIDE_FILES.antiPatterns, `anti-pattern "${key}"`, 'practice', unknownId('practice', practice, practiceIds));
    }
  }
  validateAntiPatternRefs(guide.antiPatterns, GUIDE_FILES.antiPatterns, report);
  validateMaturityCrosswalk(guide.microsoftLevels, guide.selfAssessment, GUIDE_FILES.microsoftLevels, report);
  validateDeployment(guide, GUIDE_FILES.rolloutStrategies, report);
  validateDataVersioning(guide.dataVersioning, GUIDE_FILES.dataVersioning, report);
  validateGovernance(guide, GUIDE_FILES.governanceConcerns, report);
  validateComparisons(guide.comparisons, GUIDE_FILES.comparisons, report);
  validateLlmPipelines(guide.llmStages, guide.llmPipelineTypes, GUIDE_FILES.llmStages, report);
  validateShiftKinds(guide.shiftKinds, GUIDE_FILES.shiftKinds, report);
  validateTrainingData(guide, GUIDE_FILES.labellingStrategies, report);
  return issues;
}

/** Throws an InvalidModelError listing every problem, or returns the guide unchanged. */
export function assertValidGuide<G extends UncheckedGuide>(guide: G): G {
  const issues = validateGuide(guide);
  if (issues.length > 0) throw new InvalidModelError(issues);
  return guide;
}
