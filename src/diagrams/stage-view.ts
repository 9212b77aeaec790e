import { PIPELINE_TYPE_IDS, STAGE_IDS, type ArtifactId, type Model, type StageId, consumersOf, producerOf, roleIn, roleVerb, toolsInStage } from '../model/index.ts';
import { itemsToDraw, moreLabel, namesInWords } from './drawn-limits.ts';
import { rowBox, stackedRows, type Box } from './boxes-in-rows.ts';
import { listInWords } from '../text/in-words.ts';
import { mermaidAccessibility, mermaidId, mermaidLabel, mermaidSpacing } from './mermaid-text.ts';
import type { DiagramView } from './view.ts';

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
  const tools = toolsInStage(model, stageId).map((id) => model.tools[id]);
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
  const toolNames = tools.map((t) => t.name);
  const description = [
    `${stage.name} reads ${reads.length > 0 ? listInWords(reads) : 'no artifact'}`,
    ` and writes ${writes.length > 0 ? listInWords(writes) : 'no artifact'}.`,
    ` Tools: ${toolNames.length > 0 ? namesInWords(toolNames) : 'none listed'}.`,
    ` Pipeline types: ${typeWords.length > 0 ? listInWords(typeWords) : 'none'}.`,
  ].join('');
  const flowLines = [`  ${mermaidId('stage', stageId)}["${mermaidLabel(stage.name)}"]:::focus`];
  const focus = mermaidId('stage', stageId);
  const neighbours = new Set<StageId>();
  const neighbour = (id: StageId) => {
    if (!neighbours.has(id)) flowLines.push(`  ${mermaidId('stage', id)}["${mermaidLabel(stageName(id))}"]:::neighbour`);
    neighbours.add(id);
    return mermaidId('stage', id);
  };
  // A flow against the stage order is the feedback loop: dotted, as in the pipeline flow.
  const arrow = (from: StageId, to: StageId) => (order(from) >= order(to) ? '-.->' : '-->');
  for (const { artifact, from } of inputs) {
    const node = mermaidId('in', artifact);
    flowLines.push(`  ${node}("${mermaidLabel(artifactName(artifact))}"):::artifact`);
    if (from) flowLines.push(`  ${neighbour(from)} ${arrow(from, stageId)} ${node}`);
    flowLines.push(`  ${node} ${from ? arrow(from, stageId) : '-->'} ${focus}`);
  }
  for (const { artifact, to } of outputs) {
    const node = mermaidId('out', artifact);
    flowLines.push(`  ${node}("${mermaidLabel(artifactName(artifact))}"):::artifact`, `  ${focus} --> ${node}`);
    for (const consumer of to) flowLines.push(`  ${node} ${arrow(stageId, consumer)} ${neighbour(consumer)}`);
  }
  const drawn = itemsToDraw(tools);
  const toolCells = [
    ...(tools.length === 0 ? [`${mermaidId('no-tool')}["No tool listed"]:::empty`] : []),
    ...drawn.shown.map((tool) => `${mermaidId('tool', tool.id)}["${mermaidLabel(tool.name)}"]:::tool`),
    ...(drawn.hidden > 0 ? [`${mermaidId('more-tools')}["${mermaidLabel(moreLabel(drawn.hidden))}"]:::empty`] : []),
  ];
  const typeCells = types.map(({ type, role }) => `${mermaidId('type', type.id)}["${mermaidLabel(`${type.name} (${roleVerb(role)})`)}"]:::${role}`);
  const toolsBox = listBox(mermaidId('tools'), `Tools used in ${stage.name}`, toolCells);
  const typesBox = listBox(mermaidId('types'), `Pipeline types in ${stage.name}`, typeCells);

  // Top to bottom: the stages it reads from, what it reads, the stage, what it writes, the
  // stages that read it; below, its tools and pipeline types, side by side in a laptop's column
  // and one under the other on a phone.
  const layout = (besideEachOther: boolean) => {
    if (!besideEachOther) {
      // On a phone the flow stays at the top level, where Mermaid packs boxes closest, and the
      // lists hang below its last row by invisible links.
      const consumers = [...new Set(outputs.flatMap((o) => o.to))];
      const last = [
        ...outputs.filter((o) => o.to.length === 0).map((o) => mermaidId('out', o.artifact)),
        ...consumers.map((id) => mermaidId('stage', id)),
      ];
      if (last.length === 0) last.push(focus);
      return [
        ...mermaidSpacing({ wrappingWidth: 100, padding: 4, nodeSpacing: 8, rankSpacing: 32, minNodeWidth: 60 }),
        'flowchart TB',
        ...mermaidAccessibility(title(stage.name), description),
        ...flowLines,
        ...toolsBox.lines,
        ...typesBox.lines,
        `  ${last.join(' & ')} ~~~ ${toolsBox.id}`,
        `  ${toolsBox.id} ~~~ ${typesBox.id}`,
      ].join('\n') + '\n';
    }
    const flow = { id: mermaidId('flow'), lines: [`  subgraph ${mermaidId('flow')}[" "]`, '    direction TB', ...flowLines.map((l) => `  ${l}`), '  end'] };
    const rows = stackedRows([flow, rowBox(mermaidId('lists'), [toolsBox, typesBox])]);
    return [
      ...mermaidSpacing({ wrappingWidth: 120, nodeSpacing: 24, rankSpacing: 32 }),
      `flowchart ${rows.direction}`,
      ...mermaidAccessibility(title(stage.name), description),
      ...rows.lines,
    ].join('\n') + '\n';
  };

  return {
    id: `stage-${stageId}`,
    title: title(stage.name),
    description,
    mermaid: layout(true),
    alternates: { phone: layout(false) },
    textAlternative: {
      columns: ['', stage.name],
      rows: [
        ['Reads', reads.join('; ') || 'Nothing'],
        ['Writes', writes.join('; ') || 'Nothing'],
        ['Tools', toolNames.join(', ') || 'None listed'],
        ['Pipeline types', typeWords.join(', ') || 'None'],
      ],
    },
  };
}

function title(stageName: string): string {
  return `${stageName}: inputs, outputs, tools and pipeline types`;
}

/** A titled box of items stacked top to bottom in their order. */
function listBox(id: string, label: string, cells: readonly string[]): Box {
  // Invisible links stack the items in order; unlinked, Mermaid may set some side by side.
  return { id, lines: [`  subgraph ${id}["${mermaidLabel(label)}"]`, '    direction TB', `    ${cells.join(' ~~~ ')}`, '  end'] };
}
