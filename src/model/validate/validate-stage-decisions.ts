import { FRAMING_FIELD_IDS } from '../data/framing.ts';
import { asArray, checkRefs, field, type LooseRecord, type Report } from './validate-helpers.ts';

/**
 * Decision ids are anchors on the stage's page, so they are unique within a stage; each decision
 * names the framing fields that decide it, and each of those exists. (Their shape is the schema's.)
 */
export function validateStageDecisions(stages: LooseRecord, file: string, report: Report, framingFieldIds: readonly string[] = FRAMING_FIELD_IDS): void {
  const known = new Set(framingFieldIds);
  for (const [key, stage] of Object.entries(stages)) {
    const ids = new Set<unknown>();
    asArray(field(stage, 'decisions')).forEach((decision, i) => {
      const id = field(decision, 'id');
      if (ids.has(id)) report(file, `stage "${key}"`, `decisions[${i}].id`, `decision "${String(id)}" is listed twice; ids are anchors and must be unique`);
      ids.add(id);
      checkRefs(report, file, `stage "${key}"`, `decisions[${i}].decidedBy`, asArray(field(decision, 'decidedBy')), known, 'framing field');
    });
  }
}
