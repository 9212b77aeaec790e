import { PIPELINE_TYPE_IDS, STAGE_IDS, type Model, type PipelineType, type CoverageRole, pipelineTypeHref, roleIn, roleVerb, stageHref, stagesOfType } from '../model/index.ts';
import { boxesInRows, type Box } from './boxes-in-rows.ts';
import { coverageLegend, UNCOVERED } from './legend.ts';
import { listInWords } from '../model/queries/in-words.ts';
import { mermaidAccessibility, mermaidId, mermaidLabel, mermaidSpacing } from './mermaid-text.ts';
import type { DiagramLayout, DiagramView } from './view.ts';

/**
 * Lanes side by side: two by two in a text column (about 490 px wide, so it fits a phone as well as
 * a laptop), all four in a row on a landscape sheet. Four in a row need 900 px, wider than a
 * laptop's column: the lane titles set a lane's width.
 */
const LANES_PER_ROW = { column: 2, landscape: 4 } as const satisfies Partial<Record<DiagramLayout, number>>;

/**
 * One lane per pipeline type, each listing all six stages top to bottom in the same order, so the
 * lanes line up as a matrix: a solid accent box where the type leads, a dashed one where it
 * supports, a faint dotted one where it has no part. Lanes stand side by side, as many to a row
 * as the layout has room for; long stage names wrap inside their box.
 */
export function pipelineTypesView(model: Pick<Model, 'stages' | 'pipelineTypes'>): DiagramView<'pipeline-types'> {
  const types = PIPELINE_TYPE_IDS.map((id) => model.pipelineTypes[id]);
  const title = 'Four pipeline types over the six stages';
  const description = types.map((t) => describeType(model, t)).join(' ');
  const lanes: Box[] = types.map((type) => {
    const cells = STAGE_IDS.map((stageId) => {
      const role = roleIn(model, type.id, stageId) ?? 'uncovered';
      return `${mermaidId(type.id, stageId)}["${mermaidLabel(model.stages[stageId].name)}"]:::${role}`;
    });
    const id = mermaidId(type.id);
    // Invisible links keep the stages in pipeline order inside each lane.
    return { id, lines: [`  subgraph ${id}["${mermaidLabel(type.name)}"]`, '    direction TB', `    ${cells.join(' ~~~ ')}`, '  end'] };
  });
  const layout = (perRow: number) => {
    const rows = boxesInRows(lanes, perRow);
    return [
      ...mermaidSpacing({ wrappingWidth: 120, padding: 8, nodeSpacing: 16, rankSpacing: 24 }),
      `flowchart ${rows.direction}`,
      ...mermaidAccessibility(title, description),
      ...rows.lines,
    ].join('\n') + '\n';
  };
  return {
    id: 'pipeline-types',
    title,
    description,
    mermaid: layout(LANES_PER_ROW.column),
    alternates: { landscape: layout(LANES_PER_ROW.landscape) },
    legend: coverageLegend(
      types.flatMap((t) => STAGE_IDS.map((stage) => roleIn(model, t.id, stage) ?? UNCOVERED)),
      'the pipeline type',
      'the stage',
    ),
    // Each lane's title links to its pipeline type's page, each stage in it to the stage's page.
    links: types.flatMap((t) => [
      { node: mermaidId(t.id), href: pipelineTypeHref(t.id) },
      ...STAGE_IDS.map((stage) => {
        const role = roleIn(model, t.id, stage);
        return { node: mermaidId(t.id, stage), href: stageHref(stage), name: `${model.stages[stage].name} (${t.name} ${role ? roleVerb(role) : 'has no part'})` };
      }),
    ]),
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

function describeType(model: Pick<Model, 'stages' | 'pipelineTypes'>, type: PipelineType): string {
  const names = (role: CoverageRole) => stagesOfType(model, type.id, role).map((id) => model.stages[id].name);
  const primary = names('primary');
  const supporting = names('supporting');
  const leads = primary.length > 0 ? `leads ${listInWords(primary)}` : 'leads no stage';
  return `${type.name} ${leads}.${supporting.length > 0 ? ` It supports ${listInWords(supporting)}.` : ''}`;
}
