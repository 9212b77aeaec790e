import { describe, expect, test } from 'vitest';
import { decisionsDecidedBy, FRAMING_FIELD_IDS, formatModelIssues, framingBindings, model, STAGE_IDS, validateModel } from '../../src/model/index.ts';

/** The real model with one framing field and its worked answer changed. */
function withFraming(id: string, change: { field?: object; answer?: object }) {
  const copy = JSON.parse(JSON.stringify(model)) as { framingFields: Record<string, object>; workedExampleFraming: Record<string, object> };
  copy.framingFields[id] = { ...copy.framingFields[id], ...change.field };
  copy.workedExampleFraming[id] = { ...copy.workedExampleFraming[id], ...change.answer };
  return formatModelIssues(validateModel({ ...model, ...copy })).split('\n').filter(Boolean);
}

describe('the framing in the model', () => {
  test('the model is valid with its framing, and every field is answered for the worked example', () => {
    expect(validateModel(model)).toEqual([]);
    for (const id of FRAMING_FIELD_IDS) expect(model.workedExampleFraming[id].answer.trim(), id).not.toBe('');
  });

  test('a field that sets a parameter the notebook does not declare fails, naming the file, field and parameter', () => {
    expect(withFraming('minimum-gain', { field: { sets: [{ stage: 'training-evaluation', parameter: 'margin' }] } })).toEqual([
      'src/model/data/framing.ts › framing field "minimum-gain" › sets[0].parameter: stage "training-evaluation" declares no notebook parameter "margin"; its parameters: max_trials, min_improvement, register_model',
    ]);
  });

  test('the worked example’s value must have the parameter’s type, and only fields that set parameters have one', () => {
    expect(withFraming('compute-budget', { answer: { value: 'twenty' } })).toEqual([
      'src/model/data/framing.ts › worked example framing field "compute-budget" › value: must be a integer for training-evaluation.max_trials; got "twenty"',
    ]);
    expect(withFraming('latency', { answer: { value: 3 } })).toEqual([
      'src/model/data/framing.ts › worked example framing field "latency" › value: the field sets no notebook parameter, so a value would be read by nothing; remove it',
    ]);
  });

  test('a missing field is named in the framing file', () => {
    const copy = JSON.parse(JSON.stringify(model)) as { framingFields: Record<string, object> };
    delete copy.framingFields.freshness;
    expect(formatModelIssues(validateModel({ ...model, ...copy }))).toContain('src/model/data/framing.ts › framing field "freshness" › id');
  });
});

describe('decisionsDecidedBy', () => {
  test('lists, in stage order, exactly the decisions that name the field', () => {
    const found = decisionsDecidedBy(model, 'freshness');
    const expected = STAGE_IDS.flatMap((s) => model.stages[s].decisions.filter((d) => (d.decidedBy as readonly string[]).includes('freshness')).map((d) => `${s}#${d.id}`));
    expect(found.map((f) => `${f.stage}#${f.decision.id}`)).toEqual(expected);
    expect(found.length).toBeGreaterThan(1);
    expect(STAGE_IDS.indexOf(found[0].stage)).toBeLessThanOrEqual(STAGE_IDS.indexOf(found.at(-1)!.stage));
  });

  test('the promotion gate is decided by the offline metric and the smallest gain worth shipping', () => {
    const gate = (id: 'offline-metric' | 'minimum-gain') => decisionsDecidedBy(model, id).map((d) => d.decision.id);
    expect(gate('offline-metric')).toContain('promotion-gate');
    expect(gate('minimum-gain')).toContain('promotion-gate');
  });
});

describe('framingBindings', () => {
  test('the gate’s metric and margin are notebook parameters the framing sets', () => {
    const bindings = framingBindings(model).map((b) => `${b.field} → ${b.stage}.${b.parameter}`);
    expect(bindings).toContain('offline-metric → model-building.metric');
    expect(bindings).toContain('minimum-gain → training-evaluation.min_improvement');
  });
});
