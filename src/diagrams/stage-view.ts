import { PIPELINE_TYPE_IDS, STAGE_IDS, type ArtifactId, type Model, type StageId } from '../model/index.ts';
import { itemsToDraw, moreLabel, namesInWords } from './drawn-limits.ts';
import { listInWords, mermaidAccessibility, mermaidId, mermaidLabel } from './mermaid-text.ts';
import { consumersOf, producerOf, roleIn, roleVerb, toolsInStage } from './model-queries.ts';
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
  const focus = mermaidId('stage', stageId);
  const lines = [
    'flowchart LR',
    ...mermaidAccessibility(title(stage.name), description),
    `  ${focus}["${mermaidLabel(stage.name)}"]:::focus`,
  ];
  const neighbours = new Set<StageId>();
  const neighbour = (id: StageId) => {
    if (!neighbours.has(id)) lines.push(`  ${mermaidId('stage', id)}["${mermaidLabel(stageName(id))}"]:::neighbour`);
    neighbours.add(id);
    return mermaidId('stage', id);
  };
  // A flow against the stage order is the feedback loop: dotted, as in the pipeline flow.
  const arrow = (from: StageId, to: StageId) => (order(from) >= order(to) ? '-.->' : '-->');
  for (const { artifact, from } of inputs) {
    const node = mermaidId('in', artifact);
    lines.push(`  ${node}("${mermaidLabel(artifactName(artifact))}"):::artifact`);
    if (from) lines.push(`  ${neighbour(from)} ${arrow(from, stageId)} ${node}`);
    lines.push(`  ${node} ${from ? arrow(from, stageId) : '-->'} ${focus}`);
  }
  for (const { artifact, to } of outputs) {
    const node = mermaidId('out', artifact);
    lines.push(`  ${node}("${mermaidLabel(artifactName(artifact))}"):::artifact`, `  ${focus} --> ${node}`);
    for (const consumer of to) lines.push(`  ${node} ${arrow(stageId, consumer)} ${neighbour(consumer)}`);
  }
  lines.push(`  subgraph ${mermaidId('tools')}["${mermaidLabel(`Tools used in ${stage.name}`)}"]`, '    direction TB');
  if (tools.length === 0) lines.push(`    ${mermaidId('no-tool')}["No tool listed"]:::empty`);
  const drawn = itemsToDraw(tools);
  for (const tool of drawn.shown) lines.push(`    ${mermaidId('tool', tool.id)}["${mermaidLabel(tool.name)}"]:::tool`);
  if (drawn.hidden > 0) lines.push(`    ${mermaidId('more-tools')}["${mermaidLabel(moreLabel(drawn.hidden))}"]:::empty`);
  lines.push('  end');
  lines.push(`  subgraph ${mermaidId('types')}["${mermaidLabel(`Pipeline types in ${stage.name}`)}"]`, '    direction TB');
  for (const { type, role } of types) {
    lines.push(`    ${mermaidId('type', type.id)}["${mermaidLabel(`${type.name} (${roleVerb(role)})`)}"]:::${role}`);
  }
  lines.push('  end', `  ${focus} -.- ${mermaidId('tools')}`, `  ${focus} -.- ${mermaidId('types')}`);

  return {
    id: `stage-${stageId}`,
    title: title(stage.name),
    description,
    mermaid: lines.join('\n') + '\n',
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
