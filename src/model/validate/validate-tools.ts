import { asArray, checkRefs, field, type LooseRecord, type Report } from './validate-helpers.ts';

/**
 * Tools sit in stages and pipeline types of this model, and name as alternatives other tools of
 * it. Alternatives are one-way (see `Tool.alternatives`), so no symmetry is required. A tool's
 * fields (texts, https URLs, the `checked` date, its category, each alternative's difference) are
 * the schema's to check.
 */
export function validateTools(
  tools: LooseRecord,
  known: { stages: ReadonlySet<string>; pipelineTypes: ReadonlySet<string> },
  file: string,
  report: Report,
): void {
  const knownTools = new Set(Object.keys(tools));
  for (const [key, tool] of Object.entries(tools)) {
    const entity = `tool "${key}"`;
    checkRefs(report, file, entity, 'stages', asArray(field(tool, 'stages')), known.stages, 'stage');
    checkRefs(report, file, entity, 'pipelineTypes', asArray(field(tool, 'pipelineTypes')), known.pipelineTypes, 'pipeline type');
    // A bare id instead of { tool, difference } is the schema's to report; its id is still checked here.
    const alternatives = asArray(field(tool, 'alternatives')).map((a) => (typeof a === 'string' ? a : field(a, 'tool')));
    checkRefs(report, file, entity, 'alternatives', alternatives, knownTools, 'tool');
    alternatives.forEach((alt, i) => {
      if (alt === key) report(file, entity, `alternatives[${i}]`, 'names the tool itself; an alternative is another tool');
    });
  }
}
