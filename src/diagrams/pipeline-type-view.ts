import { STAGE_IDS, type Model, type PipelineTypeId, roleIn, roleVerb, toolsInStage, toolsOfType } from '../model/index.ts';
import { namesInWords } from './drawn-limits.ts';
import { listInWords } from '../model/queries/in-words.ts';
import { mermaidAccessibility, mermaidSpacing } from './mermaid-text.ts';
import { stageColumnsToMermaid } from './stage-columns.ts';
import { coverageLegend, UNCOVERED } from './legend.ts';
import type { DiagramLayout, DiagramView } from './view.ts';

/**
 * Stage columns side by side: two to a row in a laptop's text column, one on a phone. A column is
 * as wide as its title ("Training & evaluation (leads)"), so three to a row need 890 px.
 */
const COLUMNS_PER_ROW = { column: 2, phone: 1 } as const satisfies Partial<Record<DiagramLayout, number>>;

export type PipelineTypeViewId = `type-${PipelineTypeId}`;

/**
 * One pipeline type over the six stages: a column per stage, marked by the type's role there
 * (leads, supports, no part), holding the type's own tools that are used in that stage. The
 * columns run in stage order, as many to a row as the layout has room for.
 */
export function pipelineTypeView(
  model: Pick<Model, 'stages' | 'tools' | 'pipelineTypes'>,
  typeId: PipelineTypeId,
): DiagramView<PipelineTypeViewId> {
  const type = model.pipelineTypes[typeId];
  const columns = STAGE_IDS.map((stage) => {
    const role = roleIn(model, typeId, stage);
    const name = model.stages[stage].name;
    return {
      stage,
      title: role ? `${name} (${roleVerb(role)})` : `${name} (no part)`,
      role: role ?? 'uncovered',
      items: role ? toolsInStage(model, stage, typeId).map((id) => ({ id, name: model.tools[id].name })) : [],
      emptyText: role ? 'No tool listed' : 'Not covered',
    };
  });
  const covered = columns.filter((c) => c.role !== 'uncovered');
  const tools = toolsOfType(model, typeId).map((id) => model.tools[id]);
  const title = `${type.name}: stages and tools`;
  const description = [
    `${type.name} covers ${listInWords(covered.map((c) => c.title))}.`,
    ` Its tools: ${tools.length > 0 ? namesInWords(tools.map((t) => t.name)) : 'none listed'}.`,
  ].join('');
  const layout = (perRow: number) => {
    const rows = stageColumnsToMermaid(columns, perRow);
    return [
      ...mermaidSpacing({ wrappingWidth: 180, nodeSpacing: 16, rankSpacing: 24 }),
      `flowchart ${rows.direction}`,
      ...mermaidAccessibility(title, description),
      ...rows.lines,
    ].join('\n') + '\n';
  };
  return {
    id: `type-${typeId}`,
    title,
    description,
    mermaid: layout(COLUMNS_PER_ROW.column),
    alternates: { phone: layout(COLUMNS_PER_ROW.phone) },
    legend: coverageLegend(
      STAGE_IDS.map((stage) => roleIn(model, typeId, stage) ?? UNCOVERED),
      type.name,
      'the stage',
    ),
    textAlternative: {
      columns: ['Stage', 'Role', `${type.name} tools used there`],
      rows: STAGE_IDS.map((stage, i) => {
        const role = roleIn(model, typeId, stage);
        return [model.stages[stage].name, role ? roleVerb(role) : 'no part', columns[i].items.map((t) => t.name).join(', ') || '—'];
      }),
    },
  };
}
