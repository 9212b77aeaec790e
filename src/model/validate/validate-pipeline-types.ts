import { asArray, field, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';

/** Pipeline types cover stages of this model, each once, and every stage is covered by some type. */
export function validatePipelineTypes(types: LooseRecord, stageIds: readonly string[], file: string, report: Report): void {
  const knownStages = new Set(stageIds);
  const covered = new Set<string>();
  for (const [key, type] of Object.entries(types)) {
    const entity = `pipeline type "${key}"`;
    const seen = new Set<unknown>();
    asArray(field(type, 'covers')).forEach((c, i) => {
      const stage = field(c, 'stage');
      if (typeof stage !== 'string' || !knownStages.has(stage)) {
        report(file, entity, `covers[${i}].stage`, unknownId('stage', stage, knownStages));
      } else if (seen.has(stage)) {
        report(file, entity, `covers[${i}].stage`, `stage "${stage}" is listed twice`);
      } else {
        covered.add(stage);
      }
      seen.add(stage);
    });
  }
  for (const id of stageIds) {
    if (!covered.has(id)) report(file, `stage "${id}"`, 'covers', "no pipeline type covers this stage; add it to some type's covers");
  }
}
