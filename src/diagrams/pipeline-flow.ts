import { STAGE_IDS, type ArtifactId, type Model, type StageId, stageFlows, stageHref } from '../model/index.ts';
import { listInWords } from '../model/queries/in-words.ts';
import { mermaidAccessibility, mermaidId, mermaidSpacing, mermaidWrappedLabel } from './mermaid-text.ts';
import { loopLegend } from './legend.ts';
import type { DiagramView } from './view.ts';

/**
 * The six stages left to right (top to bottom on a phone), each box holding the stage's name and,
 * under an arrow, the artifacts it passes on; the lines between the boxes say which stage reads
 * them. Flows that run against the stage order (the prediction log feeding the next round of data
 * collection) are dotted, and the key names them the feedback loop: the six stages leave
 * monitoring out. The artifacts sit inside their stage's box because as edge labels, or boxes of
 * their own, Mermaid gives them a rank between every two stages: six stages left to right then
 * needed 1,455 px, and a laptop's column is 632 (labels must stay at 12 px or more).
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

  // Each stage's box: its name, an arrow, and what it passes on (commas, not "and": artifact
  // names may contain "and" themselves), broken into lines of about `nameChars` and `artifactChars`.
  const passedOn = (id: StageId) => [...new Set(flows.filter((f) => f.from === id).flatMap((f) => f.artifacts))];
  const stageBoxes = (nameChars: number, artifactChars: number) =>
    ordered.map((s) => {
      const artifacts = passedOn(s.id).map((a) => mermaidWrappedLabel(model.artifacts[a].name, artifactChars));
      const writes = artifacts.length > 0 ? `<br>↓<br>${artifacts.join(',<br>')}` : '';
      return `  ${mermaidId(s.id)}["${mermaidWrappedLabel(s.name, nameChars)}${writes}"]`;
    });
  const lines = flows.map((f) => `  ${mermaidId(f.from)} ${f.loop ? '-.->' : '-->'} ${mermaidId(f.to)}`);
  const layout = (direction: 'LR' | 'TB', nameChars: number, artifactChars: number) =>
    [
      ...mermaidSpacing({ wrappingWidth: 400, padding: 4, minNodeWidth: 40 }),
      `flowchart ${direction}`,
      ...mermaidAccessibility(title, description),
      ...stageBoxes(nameChars, artifactChars),
      ...lines,
    ].join('\n') + '\n';
  return {
    id: 'pipeline-flow',
    title,
    description,
    // Six boxes in a row fit a text column only with short lines. A landscape sheet has room for
    // stage names on one line; the artifacts' shorter lines keep the flow tall enough to fill the
    // sheet with its table, and short enough to leave that table on the same page.
    mermaid: layout('LR', 10, 9),
    alternates: { phone: layout('TB', 24, 24), landscape: layout('LR', 24, 10) },
    legend: [{ shape: 'line', className: 'edge-pattern-solid', meaning: 'artifacts passed on to a later stage' }, ...loopLegend(loops.length > 0)],
    // Each stage is a link to its page, in every layout but the downloads, named by its whole box
    // (the stage and what it passes on): a link's name holds the words it shows.
    links: ordered.map((s) => ({ node: mermaidId(s.id), href: stageHref(s.id) })),
    textAlternative: {
      columns: ['From stage', 'To stage', 'Artifacts', 'Direction'],
      rows: flows.map((f) => [name(f.from), name(f.to), carried(f.artifacts), f.loop ? 'Feedback loop' : 'Forward']),
    },
  };
}
