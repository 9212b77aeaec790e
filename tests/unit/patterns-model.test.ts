import { describe, expect, test } from 'vitest';
import {
  model,
  PATTERN_CATEGORY_IDS,
  PATTERN_IDS,
  RELATION_KINDS,
  type RelationKind,
  validateModel,
} from '../../src/model/index.ts';

const patterns = PATTERN_IDS.map((id) => model.patterns[id]);

describe('the pattern model', () => {
  test('holds the thirty patterns in the book’s order, numbered 1 to 30', () => {
    expect(patterns).toHaveLength(30);
    expect(patterns.map((p) => p.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  test('puts them in six categories, in chapter order, none empty', () => {
    expect(PATTERN_CATEGORY_IDS).toHaveLength(6);
    const used = [...new Set(patterns.map((p) => p.category))];
    expect(used).toEqual([...PATTERN_CATEGORY_IDS]);
    expect(patterns.filter((p) => p.category === 'reproducibility').map((p) => p.name)).toEqual([
      'Transform',
      'Repeatable Splitting',
      'Bridged Schema',
      'Windowed Inference',
      'Workflow Pipeline',
      'Feature Store',
      'Model Versioning',
    ]);
  });

  test('places every pattern in at least one stage and one pipeline type', () => {
    for (const p of patterns) {
      expect(p.stages.length, p.id).toBeGreaterThan(0);
      expect(p.pipelineTypes.length, p.id).toBeGreaterThan(0);
    }
    expect(model.patterns['workflow-pipeline'].pipelineTypes).toEqual(['workflow-pipeline']);
  });

  test('keeps the names readers search for as aliases', () => {
    expect(model.patterns['distribution-strategy'].aliases).toContain('distributed training');
    expect(model.patterns.multilabel.aliases).toContain('multilabel output');
  });

  test('records every relation from both ends with its inverse', () => {
    let count = 0;
    for (const p of patterns) {
      for (const r of p.related) {
        count += 1;
        const inverse: RelationKind = RELATION_KINDS[r.kind].inverse;
        expect(model.patterns[r.pattern].related, `${p.id} ${r.kind} ${r.pattern}`).toContainEqual({ kind: inverse, pattern: p.id });
      }
    }
    // The companion repository's graph has 44 edges; each shows from both ends.
    expect(count).toBe(88);
    expect(model.patterns.transform.related).toContainEqual({ kind: 'automated-by', pattern: 'workflow-pipeline' });
  });

  test('gives every relation kind an inverse whose inverse is itself', () => {
    for (const [kind, { inverse }] of Object.entries(RELATION_KINDS)) {
      expect(RELATION_KINDS[inverse].inverse).toBe(kind);
    }
  });

  test('passes validation', () => {
    expect(validateModel(model)).toEqual([]);
  });
});
