import { FRAMING_FIELD_IDS, FRAMING_ROLES, type FramingAnswer, type FramingFieldId, type Model } from '../model/index.ts';

export type FramingModel = Pick<Model, 'framingFields'>;

/** File name of the framing in both kits, beside STAGES.md. */
export const FRAMING_FILE = 'FRAMING.md';

/** The line that names a section's field: the runner finds fields by it, not by their headings. */
export const framingFieldLine = (id: FramingFieldId): string => `- Field: \`${id}\``;

/**
 * FRAMING.md: one section per framing field, in the model's order. Without answers (the template
 * kit) each section holds the field's prompt; with answers (the worked example) it holds the
 * answer, its owner and, for a field that sets notebook parameters, the value the runner injects.
 */
export function framingToMarkdown(model: FramingModel, answers?: { readonly [K in FramingFieldId]: FramingAnswer }): string {
  const lines = [
    '# Framing',
    '',
    'What this project is for, written down before the first notebook. Each section is one field of',
    'the ML Pipeline Field Guide\'s framing (its "Frame the project" page); the stage decisions in',
    '`STAGES.md` name the fields that decide them.',
    '',
    '`run_pipeline.py` reads this file before any notebook runs: it stops, naming the field, when a',
    'field\'s section is missing, and it passes the `Value` of a field that sets a notebook parameter',
    'to that notebook, so the gate\'s metric and margin come from here. Keep each section\'s',
    '`- Field:` line as it is; change the answer, the owner and the value.',
    '',
  ];
  for (const id of FRAMING_FIELD_IDS) {
    const field = model.framingFields[id];
    const answer = answers?.[id];
    const value = answer && 'value' in answer ? answer.value : undefined;
    lines.push(`## ${field.name}`, '', framingFieldLine(id));
    lines.push(`- Owner: ${answer ? answer.owner : `(who? usually the ${FRAMING_ROLES[field.owner].toLowerCase()})`}`);
    if (field.sets.length > 0) {
      lines.push(`- Sets: ${field.sets.map((s) => `\`${s.stage}.${s.parameter}\``).join(', ')}`);
      // JSON in backticks: the runner reads it with json.loads, or as text when it is not JSON.
      lines.push(`- Value: ${value === undefined ? '(none yet: the notebook\'s default applies)' : `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``}`);
    }
    lines.push('', `> ${field.prompt}`, '');
    if (answer) lines.push(answer.answer, '');
  }
  return lines.join('\n');
}
