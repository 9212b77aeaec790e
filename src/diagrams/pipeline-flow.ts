import { STAGE_IDS, type ArtifactId, type Model, type StageId, stageFlows, stageHref } from '../model/index.ts';
import { listInWords } from '../text/in-words.ts';
import { mermaidAccessibility, mermaidId, mermaidLabel, mermaidSpacing, mermaidWrappedLabel, type FlowchartSpacing } from './mermaid-text.ts';
import { loopLegend } from './legend.ts';
import type { DiagramView } from './view.ts';

/**
 * The six stages top to bottom, each edge labelled with the artifacts it carries. Flows that run
 * against the stage order (the prediction log feeding the next round of data collection) are
 * dotted and named as the loop: the six stages leave monitoring out, and the diagram says so.
 * Top to bottom on screen because left to right, with labels on the edges, is too wide for a
 * text column. On a phone (top to bottom) and a landscape sheet (left to right) the artifacts are
 * boxes between the stages instead of edge labels, so that their names can wrap.
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
  // Where edge labels would make the diagram too wide (a phone) or too long (a landscape sheet,
  // left to right), each artifact is a rounded box of its own between the stages, whose name wraps.
  const artifactsAsBoxes = (direction: 'TB' | 'LR', spacing: FlowchartSpacing) => {
    const produced = [...new Set(flows.flatMap((f) => f.artifacts.map((a) => `${f.from} ${a}`)))].map((pair) => pair.split(' '));
    const boxes = [...new Set(flows.flatMap((f) => f.artifacts))].map((a) => `  ${mermaidId('artifact', a)}("${mermaidLabel(model.artifacts[a].name)}"):::artifact`);
    const made = produced.map(([from, a]) => `  ${mermaidId(from)} --> ${mermaidId('artifact', a)}`);
    const read = flows.flatMap((f) =>
      f.artifacts.map((a) => `  ${mermaidId('artifact', a)} ${f.loop ? '-.->|"feedback loop"|' : '-->'} ${mermaidId(f.to)}`),
    );
    return [...mermaidSpacing(spacing), `flowchart ${direction}`, ...mermaidAccessibility(title, description), ...nodes, ...boxes, ...made, ...read].join('\n') + '\n';
  };
  return {
    id: 'pipeline-flow',
    title,
    description,
    mermaid: ['flowchart TB', ...mermaidAccessibility(title, description), ...nodes, ...edges].join('\n') + '\n',
    alternates: {
      phone: artifactsAsBoxes('TB', { wrappingWidth: 100, padding: 8, nodeSpacing: 16, rankSpacing: 24 }),
      landscape: [
        ...mermaidSpacing({ wrappingWidth: 100, padding: 6, nodeSpacing: 16, rankSpacing: 8, minNodeWidth: 40 }),
        'flowchart LR',
        ...mermaidAccessibility(title, description),
        ...ordered.map((s) => `  ${mermaidId(s.id)}["${mermaidWrappedLabel(s.name, 10)}"]`),
        ...flows.map((f) => {
          const label = mermaidWrappedLabel(`${f.artifacts.map((a) => model.artifacts[a].name).join(', ')}${f.loop ? ' (feedback loop)' : ''}`, 12);
          return `  ${mermaidId(f.from)} ${f.loop ? '-.->' : '-->'}|"${label}"| ${mermaidId(f.to)}`;
        }),
      ].join('\n') + '\n',
    },
    legend: [{ shape: 'line', className: 'edge-pattern-solid', meaning: 'artifacts passed on to the next stage' }, ...loopLegend(loops.length > 0)],
    // Each stage is a link to its page, in every layout but the downloads.
    links: ordered.map((s) => ({ node: mermaidId(s.id), href: stageHref(s.id) })),
    textAlternative: {
      columns: ['From stage', 'To stage', 'Artifacts', 'Direction'],
      rows: flows.map((f) => [name(f.from), name(f.to), carried(f.artifacts), f.loop ? 'Feedback loop' : 'Forward']),
    },
  };
}
