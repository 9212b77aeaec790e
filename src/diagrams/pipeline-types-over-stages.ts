import { PIPELINE_TYPE_IDS, STAGE_IDS, type Model, type PipelineType } from '../model/index.ts';
import { listInWords, mermaidAccessibility, mermaidId, mermaidLabel } from './mermaid-text.ts';
import { roleIn, roleVerb } from './model-queries.ts';
import type { DiagramView } from './view.ts';

/**
 * One lane per pipeline type, each showing all six stages in the same order, so the lanes
 * line up as a matrix: a solid accent box where the type leads, a dashed one where it
 * supports, a faint dotted one where it has no part.
 */
export function pipelineTypesView(model: Pick<Model, 'stages' | 'pipelineTypes'>): DiagramView<'pipeline-types'> {
  const types = PIPELINE_TYPE_IDS.map((id) => model.pipelineTypes[id]);
  const title = 'Four pipeline types over the six stages';
  const description = types.map((t) => describeType(model, t)).join(' ');
  const lines = ['flowchart TB', ...mermaidAccessibility(title, description)];
  for (const type of types) {
    const roles = new Map(type.covers.map((c) => [c.stage, c.role]));
    lines.push(`  subgraph ${mermaidId(type.id)}["${mermaidLabel(type.name)}"]`, '    direction LR');
    const cells = STAGE_IDS.map((stageId) => {
      const role = roles.get(stageId) ?? 'uncovered';
      return `${mermaidId(type.id, stageId)}["${mermaidLabel(model.stages[stageId].name)}"]:::${role}`;
    });
    // Invisible links keep the stages in pipeline order inside each lane.
    lines.push(`    ${cells.join(' ~~~ ')}`, '  end');
  }
  lines.push(`  ${types.map((t) => mermaidId(t.id)).join(' ~~~ ')}`);
  return {
    id: 'pipeline-types',
    title,
    description,
    mermaid: lines.join('\n') + '\n',
    textAlternative: {
      columns: ['Pipeline type', ...STAGE_IDS.map((id) => model.stages[id].name)],
      rows: types.map((t) => [
        t.name,
        ...STAGE_IDS.map((stage) => {
          const role = roleIn(model, t.id, stage);
          return role ? roleVerb(role) : 'no part';
        }),
      ]),
    },
  };
}

function describeType(model: Pick<Model, 'stages'>, type: PipelineType): string {
  const names = (role: string) =>
    STAGE_IDS.filter((id) => type.covers.some((c) => c.stage === id && c.role === role)).map((id) => model.stages[id].name);
  const primary = names('primary');
  const supporting = names('supporting');
  const leads = primary.length > 0 ? `leads ${listInWords(primary)}` : 'leads no stage';
  return `${type.name} ${leads}.${supporting.length > 0 ? ` It supports ${listInWords(supporting)}.` : ''}`;
}
