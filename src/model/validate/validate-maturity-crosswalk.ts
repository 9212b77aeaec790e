import { MATURITY_LEVEL_IDS } from '../data/maturity.ts';
import { ALL_YES_LEVEL, MICROSOFT_LEVEL_IDS } from '../data/maturity-microsoft.ts';
import { asArray, checkRefs, field, nonEmpty, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';

const GOOGLE = new Set<string>(MATURITY_LEVEL_IDS);
const MICROSOFT = new Set<string>(MICROSOFT_LEVEL_IDS);

/**
 * Every Microsoft level names the Google levels it corresponds to, and the self-assessment
 * reaches each level exactly once, in order: the first "no" places a team.
 */
export function validateMaturityCrosswalk(levels: LooseRecord, questions: readonly unknown[], file: string, report: Report): void {
  for (const id of MICROSOFT_LEVEL_IDS) {
    const entity = `Microsoft maturity level "${id}"`;
    const level = levels[id];
    if (level === undefined) {
      report(file, entity, 'id', 'has no entry');
      continue;
    }
    if (field(level, 'id') !== id) report(file, entity, 'id', `id ${JSON.stringify(field(level, 'id'))} does not match its key "${id}"`);
    for (const f of ['name', 'summary', 'why']) if (!nonEmpty(field(level, f))) report(file, entity, f, `${f} is missing or empty`);
    const google = asArray(field(level, 'google'));
    if (google.length === 0) report(file, entity, 'google', 'name at least one Google level it corresponds to');
    checkRefs(report, file, entity, 'google', google, GOOGLE, 'Google maturity level');
  }
  for (const key of Object.keys(levels)) {
    if (!MICROSOFT.has(key)) report(file, `Microsoft maturity level "${key}"`, 'id', `unknown Microsoft maturity level id "${key}"; add it to MICROSOFT_LEVEL_IDS first`);
  }

  const expected = MICROSOFT_LEVEL_IDS.filter((id) => id !== ALL_YES_LEVEL);
  questions.forEach((q, i) => {
    const entity = `self-assessment question ${i + 1}`;
    if (!nonEmpty(field(q, 'id'))) report(file, entity, 'id', 'id is missing or empty');
    if (!nonEmpty(field(q, 'question'))) report(file, entity, 'question', 'question is missing or empty');
    const ifNo = field(q, 'ifNo');
    if (typeof ifNo !== 'string' || !MICROSOFT.has(ifNo)) report(file, entity, 'ifNo', unknownId('Microsoft maturity level', ifNo, MICROSOFT));
    else if (ifNo !== expected[i]) {
      report(file, entity, 'ifNo', `question ${i + 1} must place a team at "${expected[i] ?? 'nothing'}" (one level per question, in order), not "${ifNo}"`);
    }
  });
  if (questions.length !== expected.length) {
    report(file, 'self-assessment', 'questions', `${questions.length} questions for ${expected.length} levels below "${ALL_YES_LEVEL}"; ask one per level`);
  }
}
