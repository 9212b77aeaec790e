import { STAGE_IDS, type ArtifactId, type Model, type StageId } from '../model/index.ts';
import { listInWords, mermaidAccessibility, mermaidId, mermaidLabel } from './mermaid-text.ts';
import { stageFlows } from './model-queries.ts';
import type { DiagramView } from './view.ts';

/**
 * The six stages top to bottom, each edge labelled with the artifacts it carries. Flows that run
 * against the stage order (the prediction log feeding the next round of data collection) are
 * dotted and named as the loop: the six stages leave monitoring out, and the diagram says so.
 * Top to bottom because left to right, with labels on the edges, is too wide to read on a page.
 */
export function pipelineFlowView(model: Pick<Model, 'stages' | 'artifacts'>): DiagramView<'pipeline-flow'> {
  const ordered = STAGE_IDS.map((id) => model.stages[id]);
  const flows = stageFlows(model);
  const name = (id: StageId) => model.stages[id].name;
  const carried = (artifacts: readonly ArtifactId[]) => listInWords(artifacts.map((a) => model.artifacts[a].name));
  const forward = flows.filter((f) => !f.loop);
  const loops = flows.filter((f) => f.loop);

  const title = 'The six-stage ML pipeline';
  const description = [
    `${ordered.length} stages in order: ${listInWords(ordered.map((s) => s.name))}.`,
    ...forward.map((f) => `${name(f.from)} passes ${carried(f.artifacts)} to ${name(f.to)}.`),
    ...loops.map((f) => `Loop back: ${name(f.from)} feeds ${carried(f.artifacts)} back to ${name(f.to)}.`),
  ].join(' ');

  const nodes = ordered.map((s) => `  ${mermaidId(s.id)}["${mermaidLabel(s.name)}"]`);
  const edges = flows.map((f) => {
    // Commas, not "and": artifact names may contain "and" themselves.
    const names = f.artifacts.map((a) => model.artifacts[a].name).join(', ');
    const label = f.loop ? `${names} (feedback loop)` : names;
    return `  ${mermaidId(f.from)} ${f.loop ? '-.->' : '-->'}|"${mermaidLabel(label)}"| ${mermaidId(f.to)}`;
  });
  return {
    id: 'pipeline-flow',
    title,
    description,
    mermaid: ['flowchart TB', ...mermaidAccessibility(title, description), ...nodes, ...edges].join('\n') + '\n',
    textAlternative: {
      columns: ['From stage', 'To stage', 'Artifacts', 'Direction'],
      rows: flows.map((f) => [name(f.from), name(f.to), carried(f.artifacts), f.loop ? 'Feedback loop' : 'Forward']),
    },
  };
}
