import { describe, expect, test } from 'vitest';
import { GRAPH_RELATION_PHRASES, model, RELATION_KINDS, relationSentence, type PatternId, type RelationKind } from '../../src/model/index.ts';

const name = (id: PatternId) => model.patterns[id].name;

/** A relation as its page reads it: the page's pattern first. */
const sentence = (from: PatternId, kind: RelationKind, to: PatternId) => relationSentence(name(from), kind, name(to));

describe('relationSentence', () => {
  test.each([
    ['hyperparameter-tuning', 'tunes', 'hashed-feature', 'Hyperparameter Tuning can tune the settings of Hashed Feature'],
    ['hashed-feature', 'tuned-by', 'hyperparameter-tuning', 'Hashed Feature has its settings tuned by Hyperparameter Tuning'],
    ['hyperparameter-tuning', 'tunes', 'bridged-schema', 'Hyperparameter Tuning can tune the settings of Bridged Schema'],
    ['checkpoints', 'built-on-by', 'transfer-learning', 'Checkpoints is the basis of Transfer Learning'],
    ['transfer-learning', 'builds-on', 'checkpoints', 'Transfer Learning builds on Checkpoints'],
    ['transform', 'feeds', 'stateless-serving-function', 'Transform feeds its transformations into Stateless Serving Function'],
    ['stateless-serving-function', 'fed-by', 'transform', 'Stateless Serving Function takes its transformations from Transform'],
    ['embeddings', 'special-case-of', 'transfer-learning', 'Embeddings is a special case of Transfer Learning'],
    ['batch-serving', 'complements', 'windowed-inference', 'Batch Serving complements Windowed Inference'],
  ] as const)('%s %s %s reads "%s"', (from, kind, to, expected) => {
    expect(sentence(from, kind, to)).toBe(expected);
  });

  test('a relation read from its other end uses the inverse kind and the same two patterns', () => {
    for (const p of Object.values(model.patterns)) {
      for (const r of p.related) {
        const back = sentence(r.pattern, RELATION_KINDS[r.kind].inverse, p.id);
        expect(back.startsWith(`${name(r.pattern)} `) && back.endsWith(` ${p.name}`), back).toBe(true);
        // A kind and its inverse read differently unless the relation is symmetric.
        if (RELATION_KINDS[r.kind].inverse !== r.kind) expect(back.slice(name(r.pattern).length)).not.toBe(sentence(p.id, r.kind, r.pattern).slice(p.name.length));
      }
    }
  });

  test('no phrase starts a sentence without its subject ("Tunes Hashed Feature")', () => {
    expect(sentence('hyperparameter-tuning', 'tunes', 'hashed-feature')).toMatch(/^Hyperparameter Tuning /);
  });
});

describe('GRAPH_RELATION_PHRASES', () => {
  test.each([
    ['tool-pattern', 'Feast', 'Feature Store', 'Feast implements Feature Store', 'Feature Store is implemented by Feast'],
    ['pattern-stage', 'Feature Store', 'Data processing', 'Feature Store is applied in Data processing', 'Data processing applies Feature Store'],
    ['tool-stage', 'Feast', 'Model deployment', 'Feast is used in Model deployment', 'Model deployment uses Feast'],
    ['tool-pipeline-type', 'Dagster', 'Data pipeline', 'Dagster carries out Data pipeline', 'Data pipeline is carried out by Dagster'],
    ['tool-alternative', 'Dagster', 'Prefect', 'Dagster is weighed against Prefect', 'Prefect is weighed against Dagster'],
  ] as const)('%s reads from both ends', (relation, a, b, forward, backward) => {
    const { active, passive } = GRAPH_RELATION_PHRASES[relation];
    expect(`${a} ${active} ${b}`).toBe(forward);
    expect(`${b} ${passive} ${a}`).toBe(backward);
  });
});
