import { describe, expect, test } from 'vitest';
import { FRAMING_FIELD_IDS, framingBindings, model } from '../../src/model/index.ts';
import { framingFieldLine, framingToMarkdown } from '../../src/starter-kit/framing-md.ts';
import { stageToNotebook } from '../../src/starter-kit/notebook.ts';
import { stagesToMarkdown } from '../../src/starter-kit/stages-md.ts';

/** FRAMING.md's sections, by the field each names. */
function sections(md: string): Map<string, string> {
  return new Map(md.split('\n## ').slice(1).map((s) => [/- Field: `([a-z-]+)`/.exec(s)?.[1] ?? '?', s]));
}

describe('framingToMarkdown', () => {
  test('the template has a section per field, in the model’s order, holding its prompt and no answer or value', () => {
    const md = framingToMarkdown(model);
    expect([...sections(md).keys()]).toEqual([...FRAMING_FIELD_IDS]);
    for (const id of FRAMING_FIELD_IDS) {
      const section = sections(md).get(id) ?? '';
      expect(section.startsWith(`${model.framingFields[id].name}\n`), id).toBe(true);
      expect(section).toContain(framingFieldLine(id));
      expect(section).toContain(`> ${model.framingFields[id].prompt}`);
      expect(section).not.toContain(model.workedExampleFraming[id].answer);
    }
    expect(md).not.toMatch(/^- Value: `/m);
  });

  test('the worked example’s holds every answer, its owner, and the value of each field that sets a parameter', () => {
    const md = sections(framingToMarkdown(model, model.workedExampleFraming));
    for (const id of FRAMING_FIELD_IDS) {
      expect(md.get(id)).toContain(model.workedExampleFraming[id].answer);
      expect(md.get(id)).toContain(`- Owner: ${model.workedExampleFraming[id].owner}`);
    }
    expect(md.get('minimum-gain')).toContain('- Sets: `training-evaluation.min_improvement`');
    expect(md.get('minimum-gain')).toContain(`- Value: \`${model.workedExampleFraming['minimum-gain'].value}\``);
    expect(md.get('offline-metric')).toContain(`- Value: \`${model.workedExampleFraming['offline-metric'].value}\``);
  });
});

describe('the framing in STAGES.md and the notebooks', () => {
  test('STAGES.md lists every framing field, with the parameters it sets, and each decision with the fields that decide it', () => {
    const md = stagesToMarkdown(model);
    for (const id of FRAMING_FIELD_IDS) expect(md).toContain(`- Framing field: \`${id}\` (${model.framingFields[id].name})`);
    expect(md).toContain('`minimum-gain` (Smallest gain worth shipping), sets `training-evaluation.min_improvement`');
    const gate = model.stages['training-evaluation'].decisions.find((d) => d.id === 'promotion-gate');
    expect(md).toContain(`  - ${gate?.question} (${gate?.decidedBy.map((f) => `\`${f}\``).join(', ')})`);
  });

  test('a parameter the framing sets says so in its notebook’s parameters cell', () => {
    for (const b of framingBindings(model)) {
      const cell = stageToNotebook(model, b.stage).cells.find((c) => c.metadata.tags?.includes('parameters'));
      const line = cell?.source.find((l) => l.startsWith(`${b.parameter} = `));
      expect(line, `${b.stage}.${b.parameter}`).toContain(`FRAMING.md (${model.framingFields[b.field].name})`);
    }
  });
});
