import { ML_TEST_KIND_IDS, ML_TEST_SCORE_SECTION_IDS, ML_TEST_TRIGGERS } from '../data/ml-tests.ts';
import { asArray, checkRefs, field, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';
import { checkRecord } from './validate-record.ts';

/** What validateMlTests() reads: ids widened to strings, so fixtures and JSON can be checked too. A fixture without test kinds is not checked. */
export interface UncheckedMlTests {
  readonly mlTestScoreSections?: LooseRecord;
  readonly mlTestTriggers?: LooseRecord;
  readonly mlTestKinds?: LooseRecord;
}

/** Test kinds name known sections, triggers and stages; every stage and every rubric section has a test. */
export function validateMlTests(tests: UncheckedMlTests, stageIds: readonly string[], file: string, report: Report): void {
  const { mlTestKinds: kinds, mlTestScoreSections: sectionRecords = {}, mlTestTriggers: triggerRecords = {} } = tests;
  if (!kinds) return;
  const stages = new Set(stageIds);
  const sections = new Set<string>(ML_TEST_SCORE_SECTION_IDS);
  const triggers = new Set<string>(ML_TEST_TRIGGERS);
  checkRecord(report, file, 'ML Test Score section', ML_TEST_SCORE_SECTION_IDS, sectionRecords);
  checkRecord(report, file, 'test trigger', ML_TEST_TRIGGERS, triggerRecords);
  checkRecord(report, file, 'test kind', ML_TEST_KIND_IDS, kinds);

  const tested = new Set<unknown>();
  const inSection = new Set<unknown>();
  for (const [key, kind] of Object.entries(kinds)) {
    const entity = `test kind "${key}"`;
    const section = field(kind, 'section');
    inSection.add(section);
    if (typeof section !== 'string' || !sections.has(section)) report(file, entity, 'section', unknownId('ML Test Score section', section, sections));
    const runs = field(kind, 'runs');
    if (typeof runs !== 'string' || !triggers.has(runs)) report(file, entity, 'runs', unknownId('test trigger', runs, triggers));
    const kindStages = asArray(field(kind, 'stages'));
    checkRefs(report, file, entity, 'stages', kindStages, stages, 'stage');
    kindStages.forEach((s) => tested.add(s));
  }
  for (const id of stageIds) if (!tested.has(id)) report(file, `stage "${id}"`, 'tests', 'no test kind checks this stage');
  for (const id of ML_TEST_SCORE_SECTION_IDS) {
    if (Object.hasOwn(sectionRecords, id) && !inSection.has(id)) report(file, `ML Test Score section "${id}"`, 'tests', 'no test kind belongs to this section');
  }
}
