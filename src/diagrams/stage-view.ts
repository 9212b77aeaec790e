import {
  PIPELINE_TYPE_IDS,
  STAGE_IDS,
  type ArtifactId,
  type Model,
  type StageId,
  consumersOf,
  pipelineTypeHref,
  producerOf,
  roleIn,
  roleVerb,
  stageHref,
  toolKindsInStage,
} from '../model/index.ts';
import { namesInWords } from './drawn-limits.ts';
import { ROW_CLASS, titledBoxInRows } from './boxes-in-rows.ts';
import { toolKindBoxes } from './tool-kind-boxes.ts';
import { loopLegend } from './legend.ts';
import { listInWords } from '../model/queries/in-words.ts';
import { mermaidAccessibility, mermaidId, mermaidSpacing, mermaidWrappedLabel } from './mermaid-text.ts';
import type { DiagramView, NodeLink } from './view.ts';

export type StageViewId = `stage-${StageId}`;

/**
 * One stage in its surroundings: the stages it reads from on the left, through the artifacts
 * it reads; the artifacts it writes and the stages that read them on the right; and, below, the
 * tools used in it and the pipeline types that cover it. Artifacts are rounded, stages square.
 */
export function stageView(model: Pick<Model, 'stages' | 'artifacts' | 'tools' | 'pipelineTypes'>, stageId: StageId): DiagramView<StageViewId> {
  const stage = model.stages[stageId];
  const order = (id: StageId) => STAGE_IDS.indexOf(id);
  const artifactName = (a: ArtifactId) => model.artifacts[a].name;
  const stageName = (id: StageId) => model.stages[id].name;
  const toolKinds = toolKindsInStage(model, stageId);
  const types = PIPELINE_TYPE_IDS.flatMap((id) => {
    const role = roleIn(model, id, stageId);
    return role ? [{ type: model.pipelineTypes[id], role }] : [];
  });

  const inputs = stage.inputs.map((a) => ({ artifact: a, from: producerOf(model, a) }));
  const outputs = stage.outputs.map((a) => ({ artifact: a, to: consumersOf(model, a) }));
  const reads = inputs.map(({ artifact, from }) => `${artifactName(artifact)}${from ? ` from ${stageName(from)}` : ''}`);
  const writes = outputs.map(
    ({ artifact, to }) => `${artifactName(artifact)}${to.length > 0 ? ` for ${listInWords(to.map(stageName))}` : ''}`,
  );
  const typeWords = types.map(({ type, role }) => `${type.name} (${roleVerb(role)})`);
  const kindNames = (toList: (names: readonly string[]) => string) =>
    toolKinds.map(({ category, tools }) => `${category.name}: ${toList(tools.map((t) => t.name))}`).join('; ');
  const description = [
    `${stage.name} reads ${reads.length > 0 ? listInWords(reads) : 'no artifact'}`,
    ` and writes ${writes.length > 0 ? listInWords(writes) : 'no artifact'}.`,
    ` Tools: ${toolKinds.length > 0 ? kindNames(namesInWords) : 'none listed'}.`,
    ` Pipeline types: ${typeWords.length > 0 ? listInWords(typeWords) : 'none'}.`,
  ].join('');
  const focus = mermaidId('stage', stageId);
  // A flow against the stage order is the feedback loop: dotted, as in the pipeline flow.
  const arrow = (from: StageId, to: StageId) => (order(from) >= order(to) ? '-.->' : '-->');
  /** The stages it reads from, what it reads, the stage, what it writes, the stages that read it; labels broken at `chars`. */
  const flowLines = (chars: number) => {
    const label = (text: string) => mermaidWrappedLabel(text, chars);
    const lines = [`  ${focus}["${label(stage.name)}"]:::focus`];
    const neighbours = new Set<StageId>();
    const neighbour = (id: StageId) => {
      if (!neighbours.has(id)) lines.push(`  ${mermaidId('stage', id)}["${label(stageName(id))}"]:::neighbour`);
      neighbours.add(id);
      return mermaidId('stage', id);
    };
    for (const { artifact, from } of inputs) {
      const node = mermaidId('in', artifact);
      lines.push(`  ${node}("${label(artifactName(artifact))}"):::artifact`);
      if (from) lines.push(`  ${neighbour(from)} ${arrow(from, stageId)} ${node}`);
      lines.push(`  ${node} ${from ? arrow(from, stageId) : '-->'} ${focus}`);
    }
    for (const { artifact, to } of outputs) {
      const node = mermaidId('out', artifact);
      lines.push(`  ${node}("${label(artifactName(artifact))}"):::artifact`, `  ${focus} --> ${node}`);
      for (const consumer of to) lines.push(`  ${node} ${arrow(stageId, consumer)} ${neighbour(consumer)}`);
    }
    return lines;
  };
  /** The kinds of tool in rows of `perRow`, and the pipeline types in one row below them. */
  const lists = (perRow: number, chars: number) => {
    const kinds = toolKindBoxes(toolKinds, { lineChars: chars });
    const noTool = { id: mermaidId('no-tool'), lines: [`  ${mermaidId('no-tool')}["No tool listed"]:::empty`] };
    const tools = titledBoxInRows(mermaidId('tools'), 'Tools, by kind', kinds.length > 0 ? kinds : [noTool], perRow);
    const typeCells = types.map(({ type, role }) => {
      const id = mermaidId('type', type.id);
      return { id, lines: [`  ${id}["${mermaidWrappedLabel(`${type.name} (${roleVerb(role)})`, chars)}"]:::${role}`] };
    });
    const typesBox = titledBoxInRows(mermaidId('types'), 'Pipeline types', typeCells, typeCells.length);
    return { tools: tools.box, types: typesBox.box, rowIds: [...tools.rowIds, ...typesBox.rowIds] };
  };
  // Last: a `class` line before a later subgraph and its links is dropped by Mermaid 12.
  const rowClass = (ids: readonly string[]) => (ids.length > 0 ? [`  classDef ${ROW_CLASS} stroke-width:0px`, `  class ${ids.join(',')} ${ROW_CLASS}`] : []);

  // Labels are broken into lines here rather than by Mermaid, whose one wrapping width would
  // make either the flow too wide or the lists of tools too tall.
  const layout = (wide: boolean) => {
    if (!wide) {
      // On a phone the flow runs top to bottom at the top level, where Mermaid packs boxes
      // closest, and the lists hang below its last row by invisible links.
      const consumers = [...new Set(outputs.flatMap((o) => o.to))];
      const last = [
        ...outputs.filter((o) => o.to.length === 0).map((o) => mermaidId('out', o.artifact)),
        ...consumers.map((id) => mermaidId('stage', id)),
      ];
      if (last.length === 0) last.push(focus);
      const { tools, types: typesBox, rowIds } = lists(2, 15);
      return [
        ...mermaidSpacing({ wrappingWidth: 400, padding: 4, nodeSpacing: 8, rankSpacing: 32, minNodeWidth: 60 }),
        'flowchart TB',
        ...mermaidAccessibility(title(stage.name), description),
        ...flowLines(12),
        ...tools.lines,
        ...typesBox.lines,
        `  ${last.join(' & ')} ~~~ ${tools.id}`,
        `  ${tools.id} ~~~ ${typesBox.id}`,
        ...rowClass(rowIds),
      ].join('\n') + '\n';
    }
    // In a laptop's column the flow runs left to right, and the lists fill the width below it.
    const flow = mermaidId('flow');
    const { tools, types: typesBox, rowIds } = lists(3, 21);
    return [
      ...mermaidSpacing({ wrappingWidth: 400, padding: 8, nodeSpacing: 16, rankSpacing: 24, minNodeWidth: 60 }),
      'flowchart TB',
      ...mermaidAccessibility(title(stage.name), description),
      `  subgraph ${flow}[" "]`,
      '    direction LR',
      ...flowLines(12).map((l) => `  ${l}`),
      '  end',
      ...tools.lines,
      ...typesBox.lines,
      `  ${flow} ~~~ ${tools.id} ~~~ ${typesBox.id}`,
      ...rowClass([flow, ...rowIds]),
    ].join('\n') + '\n';
  };

  // Every stage but this one and every pipeline type links to its page, and each tool named in a
  // box of tools to the tool's page. Both layouts draw the same nodes and names; the phone's
  // shorter lines do not change which (a link finds its words across line breaks).
  const neighbourIds = [...new Set([...inputs.flatMap((i) => (i.from ? [i.from] : [])), ...outputs.flatMap((o) => o.to)])].filter((id) => id !== stageId);
  const links: NodeLink[] = [
    ...neighbourIds.map((id) => ({ node: mermaidId('stage', id), href: stageHref(id) })),
    ...toolKindBoxes(toolKinds, { lineChars: 21 }).flatMap((box) => box.links),
    ...types.map(({ type }) => ({ node: mermaidId('type', type.id), href: pipelineTypeHref(type.id) })),
  ];

  return {
    id: `stage-${stageId}`,
    title: title(stage.name),
    description,
    mermaid: layout(true),
    alternates: { phone: layout(false) },
    links,
    legend: [
      // The stage itself needs no key: its box holds its name, and the title says it.
      ...(neighbourIds.length > 0 ? [{ shape: 'box' as const, className: 'neighbour', meaning: 'other stages' }] : []),
      ...(inputs.length + outputs.length > 0 ? [{ shape: 'rounded' as const, className: 'artifact', meaning: 'an artifact' }] : []),
      ...loopLegend([...inputs.flatMap((i) => (i.from ? [order(i.from) >= order(stageId)] : [])), ...outputs.flatMap((o) => o.to.map((c) => order(stageId) >= order(c)))].some(Boolean)),
      // The pipeline types' boxes say their role in words ("(leads)"), so their styles need no key.
    ],
    textAlternative: {
      columns: ['', stage.name],
      rows: [
        ['Reads', reads.join('; ') || 'Nothing'],
        ['Writes', writes.join('; ') || 'Nothing'],
        ['Tools', kindNames((names) => names.join(', ')) || 'None listed'],
        ['Pipeline types', typeWords.join(', ') || 'None'],
      ],
    },
  };
}

function title(stageName: string): string {
  return `${stageName}: inputs, outputs, tools and pipeline types`;
}

