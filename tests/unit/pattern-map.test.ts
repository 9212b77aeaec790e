import { describe, expect, test } from 'vitest';
import { mermaidLabel } from '../../src/diagrams/mermaid-text.ts';
import { patternCategoryMapView, patternMapView } from '../../src/diagrams/pattern-map.ts';
import { model, PATTERN_CATEGORY_IDS, PATTERN_IDS, RELATION_KINDS, type Model, type PatternCategoryId } from '../../src/model/index.ts';
import { HOSTILE_LABELS } from '../fixtures/models.ts';

type PatternModel = Pick<Model, 'patternCategories' | 'patterns'>;

/** The real patterns with names, categories and relations a test may change. */
function editable(): PatternModel {
  return structuredClone({ patternCategories: model.patternCategories, patterns: model.patterns }) as unknown as PatternModel;
}

/** Relations per pair of categories, counted straight from the model's lists (each relation is listed at both ends). */
function countsFromModel(): Map<string, number> {
  const halves = new Map<string, number>();
  for (const p of Object.values(model.patterns)) {
    for (const r of p.related) {
      const key = [p.category, model.patterns[r.pattern].category].sort().join(' + ');
      halves.set(key, (halves.get(key) ?? 0) + 1);
    }
  }
  return new Map([...halves].map(([key, n]) => [key, n / 2]));
}

const categoryMaps = PATTERN_CATEGORY_IDS.map((id) => patternCategoryMapView(model, id));

describe('patternMapView, the overview of the categories', () => {
  const view = patternMapView(model);
  const lines = view.mermaid.split('\n');

  test('matches its reviewed Mermaid text', async () => {
    await expect(view.mermaid).toMatchFileSnapshot('./__snapshots__/pattern-map.mmd');
  });

  test('draws one box per category with its numbers of patterns and of relations inside it, as the model has them', () => {
    const counts = countsFromModel();
    for (const id of PATTERN_CATEGORY_IDS) {
      const patterns = PATTERN_IDS.filter((p) => model.patterns[p].category === id).length;
      const inside = counts.get(`${id} + ${id}`) ?? 0;
      expect(lines).toContain(`  category__${id}["${model.patternCategories[id].name}: ${patterns} patterns, ${inside} relation${inside === 1 ? '' : 's'} inside"]`);
    }
  });

  test('joins two categories by a line labelled with the number of relations between them, as the model has them', () => {
    const drawn = new Map(
      lines
        .map((l) => /^ {2}category__(\S+) ---\|"(\d+)"\| category__(\S+)$/.exec(l))
        .filter((m) => m !== null)
        .map((m) => [[m[1], m[3]].sort().join(' + '), Number(m[2])]),
    );
    const expected = new Map([...countsFromModel()].filter(([key]) => key.split(' + ')[0] !== key.split(' + ')[1]));
    expect(drawn).toEqual(expected);
    expect(drawn.size).toBeGreaterThan(0);
  });

  test('stacks the categories in one column: each box is related to the one drawn before it', () => {
    const order = lines.flatMap((l) => /^ {2}category__(\S+)\["/.exec(l)?.[1] ?? []);
    expect([...order].sort()).toEqual([...PATTERN_CATEGORY_IDS].sort());
    const related = countsFromModel();
    for (let i = 1; i < order.length; i++) expect(related.has([order[i - 1], order[i]].sort().join(' + ')), order[i]).toBe(true);
    // Every line points down the column, so no category is pushed beside another.
    for (const l of lines.filter((x) => x.includes('---'))) {
      const [, top, bottom] = /category__(\S+) .* category__(\S+)$/.exec(l) ?? [];
      expect(order.indexOf(top), l).toBeLessThan(order.indexOf(bottom));
    }
  });

  test("links each category's box to that category's map on the page", () => {
    expect(view.links?.map((l) => l.href).sort()).toEqual(PATTERN_CATEGORY_IDS.map((id) => `#diagram-pattern-map-${id}`).sort());
    expect(view.links?.find((l) => l.node === 'category__model-training')?.name).toBe('Model training: 5 patterns, 2 relations inside');
  });

  test('describes the categories with their pattern counts and the relations in all', () => {
    expect(view.description).toBe(
      '30 patterns in 6 categories: Data representation (4), Problem representation (6), Model training (5), ' +
        'Resilient serving (5), Reproducibility (7) and Responsible AI (3). ' +
        '44 relations connect them, 22 inside a category and 22 between two; the number on a line between two categories counts the relations between them. ' +
        "Each box links to its category's own map, which draws every pattern and relation.",
    );
  });

  test('lists the same numbers in its table, one row per category', () => {
    expect(view.textAlternative.rows).toContainEqual(['Resilient serving', '5', '3', 'Reproducibility (6), Responsible AI (1)']);
    expect(view.textAlternative.rows.map((r) => r[0])).toEqual(PATTERN_CATEGORY_IDS.map((id) => model.patternCategories[id].name));
  });

  test('draws the categories and no lines when no pattern has a relation', () => {
    const m = editable();
    Object.values(m.patterns).forEach((p) => Object.assign(p, { related: [] }));
    const empty = patternMapView(m);
    expect(empty.mermaid).not.toContain('---');
    expect(empty.mermaid.match(/\["/g)).toHaveLength(6);
    expect(empty.description).toContain('0 relations connect them');
  });
});

describe('patternCategoryMapView, one map per category', () => {
  test.each(PATTERN_CATEGORY_IDS.map((id) => [id]))('%s has a view id of its own', (id) => {
    expect(patternCategoryMapView(model, id).id).toBe(`pattern-map-${id}`);
  });

  test('draws every pattern in exactly one map, its category’s, linked to its page', () => {
    for (const id of PATTERN_IDS) {
      const holding = categoryMaps.filter((v) => v.mermaid.includes(`\n  ${id}["`));
      expect(holding.map((v) => v.id), id).toEqual([`pattern-map-${model.patterns[id].category}`]);
      expect(holding[0].links).toContainEqual({ node: id, href: `/patterns/${id}/`, name: model.patterns[id].name });
    }
  });

  test('draws every relation of the model, from a pattern of the map’s category, and links it to the other pattern', () => {
    for (const p of Object.values(model.patterns)) {
      for (const r of p.related) {
        const other = model.patterns[r.pattern];
        const kind = RELATION_KINDS[r.kind];
        const here = categoryMaps.find((v) => v.id === `pattern-map-${p.category}`);
        // Inside a category a relation is drawn once, from the pattern first in the book.
        const [from, to, label] = other.category === p.category && other.number < p.number ? [other, p, RELATION_KINDS[kind.inverse].label] : [p, other, kind.label];
        const box = `${from.id}__${from === p ? r.kind : kind.inverse}__${to.id}`;
        expect(here?.mermaid, `${p.id} ${r.kind} ${r.pattern}`).toContain(`\n  ${from.id} --> ${box}\n`);
        expect(here?.links).toContainEqual({ node: box, href: `/patterns/${to.id}/`, name: expect.stringMatching(new RegExp(`^${label} ${to.name}`)) });
      }
    }
  });

  test('names the category of a related pattern from another category, and marks its box', () => {
    const serving = patternCategoryMapView(model, 'resilient-serving');
    expect(serving.mermaid).toContain(
      '  continued-model-evaluation__automated-by__workflow-pipeline["is automated by Workflow Pipeline (Reproducibility)"]:::neighbour',
    );
    expect(serving.mermaid).toContain('  stateless-serving-function__alternative-to__batch-serving["is an alternative to Batch Serving"]\n');
  });

  test('lists every relation it draws in its table, with the other pattern’s category', () => {
    const view = patternCategoryMapView(model, 'model-training');
    expect(view.textAlternative.columns).toEqual(['Pattern', 'Relation', 'Related pattern', 'Its category']);
    expect(view.textAlternative.rows).toContainEqual(['Checkpoints', 'is built on by', 'Transfer Learning', 'Model training']);
    expect(view.textAlternative.rows).toHaveLength(view.mermaid.split('\n').filter((l) => l.includes(' --> ')).length);
  });

  test('says how many relations stay inside the category and which categories the others reach', () => {
    expect(patternCategoryMapView(model, 'responsible-ai').description).toBe(
      'Responsible AI: 3 patterns (Heuristic Benchmark, Explainable Predictions and Fairness Lens). ' +
        '7 relations: 2 between them and 5 with patterns in Problem representation, Resilient serving and Reproducibility. ' +
        "Each box links to its pattern's page.",
    );
  });

  test('lists the patterns of a category without relations, and draws no edge', () => {
    const m = editable();
    Object.values(m.patterns).forEach((p) => Object.assign(p, { related: [] }));
    const view = patternCategoryMapView(m, 'model-training');
    expect(view.mermaid).not.toContain('-->');
    expect(view.textAlternative.rows).toContainEqual(['Checkpoints', 'None recorded', '', '']);
    expect(view.description).toContain('No relations recorded.');
  });
});

describe('the pattern maps with hostile names', () => {
  test('escape pattern and category names in every label', () => {
    const m = editable();
    Object.values(m.patterns).forEach((p, i) => Object.assign(p, { name: HOSTILE_LABELS[i % HOSTILE_LABELS.length] }));
    Object.assign(m.patternCategories['responsible-ai'], { name: HOSTILE_LABELS[0] });
    const texts = [patternMapView(m), ...PATTERN_CATEGORY_IDS.map((id: PatternCategoryId) => patternCategoryMapView(m, id))].map((v) => v.mermaid);
    const all = texts.join('\n');
    for (const label of HOSTILE_LABELS) expect(all).toContain(`["${mermaidLabel(label)}"]`);
    expect(all).not.toMatch(/<script|<img|%%\{/);
    for (const line of all.split('\n')) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
  });
});
