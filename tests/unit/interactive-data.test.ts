import { describe, expect, test } from 'vitest';
import { chooserToQuestionFields, chooserToRuleCards } from '../../src/components/chooser/rule-cards.ts';
import { stageToFacts, toolToHighlightSummary, typeToHighlightSummary } from '../../src/components/explorer/stage-facts.ts';
import { CHOOSER_RULE_IDS, chooser, model } from '../../src/model/index.ts';
import { recommend } from '../../src/islands/recommend.ts';

describe('chooserToRuleCards', () => {
  const cards = chooserToRuleCards(model);

  test('writes each rule’s condition as data the browser can match, and it matches as the model does', () => {
    const rules = cards.map((c) => ({
      id: c.id,
      when: Object.fromEntries(c.whenData.split(' ').map((p) => [p.split('=')[0], p.split('=')[1].split('|')])),
      pipelineTypes: c.pipelineTypes.map((t) => t.id),
      tools: c.tools.map((t) => t.id),
    }));
    const answers = { 'scheduled-data': 'yes', 'containerised-steps': 'yes', infrastructure: 'managed-cloud' } as const;
    const real = CHOOSER_RULE_IDS.map((id) => chooser.rules[id]);
    expect(recommend(rules, answers)).toEqual({ ...recommend(real, answers), rules: expect.any(Array) });
    expect(recommend(rules, answers).rules.map((r) => r.id)).toEqual(recommend(real, answers).rules.map((r) => r.id));
  });

  test('puts every condition in words, joined as a sentence', () => {
    const k8s = cards.find((c) => c.id === 'workflow-on-kubernetes');
    expect(k8s?.whenData).toBe('containerised-steps=yes infrastructure=kubernetes');
    expect(k8s?.whenInWords).toBe('every step should run in a container, end to end and the team operates a Kubernetes cluster');
  });
});

describe('chooserToQuestionFields', () => {
  test('lists the six questions in order with their answers in order', () => {
    const fields = chooserToQuestionFields(model);
    expect(fields.map((f) => f.id)).toEqual([
      'scheduled-data',
      'data-checks',
      'bundled-transforms',
      'experiments',
      'containerised-steps',
      'infrastructure',
    ]);
    expect(fields[5].answers.map((a) => a.id)).toEqual(['single-machine', 'kubernetes', 'managed-cloud']);
  });
});

describe('stageToFacts', () => {
  test('marks the prediction log as fed back into data collection', () => {
    const facts = stageToFacts(model, 'data-collection');
    expect(facts.inputs).toEqual([expect.objectContaining({ id: 'prediction-log', fedBack: true, stages: [{ id: 'model-deployment', name: 'Model deployment' }] })]);
    expect(facts.outputs[0]).toMatchObject({ id: 'raw-data', fedBack: false, stages: [{ id: 'data-validation', name: 'Data validation' }] });
    expect(facts.checks).toEqual(model.stages['data-collection'].checks);
    expect(facts.checks.length).toBeGreaterThan(0);
  });

  test('gathers the pipeline types with their role, the tools and the patterns of a stage', () => {
    const facts = stageToFacts(model, 'data-validation');
    expect(facts.pipelineTypes).toEqual([
      { id: 'workflow-pipeline', name: 'Workflow pipeline', role: 'primary' },
      { id: 'data-pipeline', name: 'Data pipeline', role: 'primary' },
    ]);
    expect(facts.tools.map((t) => t.id)).toContain('great-expectations');
    expect(facts.tools.map((t) => t.id)).not.toContain('mlflow-tracking');
    for (const p of facts.patterns) expect(model.patterns[p.id as keyof typeof model.patterns].stages).toContain('data-validation');
  });

  test('sums up where a type and a tool fit in one sentence', () => {
    expect(typeToHighlightSummary(model, 'model-pipeline')).toBe(
      'Model pipeline leads Model building and Training & evaluation and supports Data processing and Model deployment.',
    );
    expect(toolToHighlightSummary(model, 'great-expectations')).toBe('Great Expectations fits Data validation.');
  });
});
