import { MONITORING_INPUT_IDS, monitoringFeedback, monitoringSignalList, type Model } from '../model/index.ts';
import { listInWords } from '../model/queries/in-words.ts';
import { mermaidAccessibility, mermaidId, mermaidLabel, mermaidSpacing, type FlowchartSpacing } from './mermaid-text.ts';
import type { DiagramView } from './view.ts';

type LoopModel = Pick<Model, 'stages' | 'monitoringSignals' | 'monitoringInputs' | 'monitoringResponders'>;

/**
 * The monitoring loop, left to right: what a deployed model leaves behind (inputs), the signals
 * computed from them, and the stage each signal's alert sends work back to (dotted, as the
 * feedback loop is in the six-stage flow). Three columns fit a text column; on a phone the same
 * columns are drawn narrower, with labels that wrap.
 */
export function monitoringLoopView(model: LoopModel): DiagramView<'monitoring-loop'> {
  const signals = monitoringSignalList(model);
  const feedback = monitoringFeedback(model);
  const inputs = MONITORING_INPUT_IDS.map((id) => model.monitoringInputs[id]);
  const stageName = (id: keyof LoopModel['stages']) => model.stages[id].name;

  const title = 'The monitoring loop';
  const description = [
    `${signals.length} signals watch a deployed model: ${listInWords(signals.map((s) => s.name))}.`,
    ...signals.map((s) => `${s.name} needs ${listInWords(s.needs.map((n) => model.monitoringInputs[n].name.toLowerCase()))} and feeds back to ${stageName(s.feedsBack)}.`),
  ].join(' ');

  const layout = (spacing: FlowchartSpacing) =>
    [
      ...mermaidSpacing(spacing),
      'flowchart LR',
      ...mermaidAccessibility(title, description),
      ...inputs.map((i) => `  ${mermaidId('input', i.id)}("${mermaidLabel(i.name)}"):::artifact`),
      ...signals.map((s) => `  ${mermaidId('signal', s.id)}["${mermaidLabel(s.name)}"]`),
      ...feedback.map((f) => `  ${mermaidId('stage', f.stage)}["${mermaidLabel(stageName(f.stage))}"]`),
      ...signals.flatMap((s) => s.needs.map((n) => `  ${mermaidId('input', n)} --> ${mermaidId('signal', s.id)}`)),
      ...signals.map((s) => `  ${mermaidId('signal', s.id)} -.-> ${mermaidId('stage', s.feedsBack)}`),
    ].join('\n') + '\n';

  return {
    id: 'monitoring-loop',
    title,
    description,
    mermaid: layout({ nodeSpacing: 20, rankSpacing: 60 }),
    alternates: { phone: layout({ wrappingWidth: 80, padding: 4, nodeSpacing: 12, rankSpacing: 16, minNodeWidth: 40 }) },
    textAlternative: {
      columns: ['Signal', 'Needs', 'Alerts', 'Feeds back to'],
      rows: signals.map((s) => [
        s.name,
        listInWords(s.needs.map((n) => model.monitoringInputs[n].name)),
        model.monitoringResponders[s.alerts].name,
        stageName(s.feedsBack),
      ]),
    },
  };
}
