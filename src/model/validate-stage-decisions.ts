import { asArray, field, type LooseRecord, type Report } from './validate-helpers.ts';

/** Decision ids are anchors on the stage's page, so they are unique within a stage. (Their shape is the schema's.) */
export function validateStageDecisions(stages: LooseRecord, file: string, report: Report): void {
  for (const [key, stage] of Object.entries(stages)) {
    const ids = new Set<unknown>();
    asArray(field(stage, 'decisions')).forEach((decision, i) => {
      const id = field(decision, 'id');
      if (ids.has(id)) report(file, `stage "${key}"`, `decisions[${i}].id`, `decision "${String(id)}" is listed twice; ids are anchors and must be unique`);
      ids.add(id);
    });
  }
}
