import { FRAMING_FIELD_IDS, producerOf, STAGE_IDS, trackedStages } from '../model/index.ts';
import { FRAMING_FILE } from './framing-md.ts';
import { notebookFileName, stageChecks, type StarterKitModel } from './notebook.ts';

/** STAGES.md: the six stages written down, with each notebook's inputs, outputs and checks. */
export function stagesToMarkdown(model: StarterKitModel): string {
  const tracked = trackedStages(model);
  const lines = [
    '# Stages',
    '',
    'One notebook per stage. Each notebook declares what it reads and writes in its parameters cell;',
    'this file is the list of those contracts. Keep it next to the notebooks and change both together.',
    '',
    '## Framing',
    '',
    `\`${FRAMING_FILE}\` answers these fields before the first notebook; the runner stops when one is missing,`,
    'and passes the value of a field that sets a parameter to that stage\'s notebook.',
    '',
    ...FRAMING_FIELD_IDS.map((id) => {
      const field = model.framingFields[id];
      const sets = field.sets.map((s) => `\`${s.stage}.${s.parameter}\``).join(', ');
      return `- Framing field: \`${id}\` (${field.name})${sets ? `, sets ${sets}` : ''}`;
    }),
    '',
  ];
  STAGE_IDS.forEach((id, i) => {
    const stage = model.stages[id];
    const inputs = stage.inputs.map((a) => {
      const from = producerOf(model, a);
      return `\`${a}\` (${model.artifacts[a].name}${from ? `, from ${model.stages[from].name}` : ''})`;
    });
    lines.push(
      `## ${i + 1}. ${stage.name}`,
      '',
      stage.summary,
      '',
      `- Notebook: \`${notebookFileName(id)}\``,
      `- Inputs: ${inputs.length > 0 ? inputs.join('; ') : 'none'}`,
      `- Outputs: ${stage.outputs.map((a) => `\`${a}\` (${model.artifacts[a].name})`).join('; ')}`,
      `- Logs to the experiment tracker: ${tracked.has(id) ? 'yes' : 'no'}`,
      '- Checks:',
      ...stageChecks(model, id).map((c) => `  - [ ] ${c}`),
      '- Decisions, and the framing fields that decide them:',
      ...stage.decisions.map((d) => `  - ${d.question} (${d.decidedBy.map((f) => `\`${f}\``).join(', ')})`),
      '',
    );
  });
  return lines.join('\n');
}
