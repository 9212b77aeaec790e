import { describe, expect, test } from 'vitest';
import { mermaidLabel } from '../../src/diagrams/mermaid-text.ts';
import { patternMapView } from '../../src/diagrams/pattern-map.ts';
import { model, PATTERN_CATEGORY_IDS, type Model } from '../../src/model/index.ts';
import { HOSTILE_LABELS } from '../fixtures/models.ts';

type PatternModel = Pick<Model, 'patternCategories' | 'patterns'>;

/** The real patterns with names, categories and relations a test may change. */
function editable(): PatternModel {
  return structuredClone({ patternCategories: model.patternCategories, patterns: model.patterns }) as unknown as PatternModel;
}

describe('patternMapView', () => {
  const view = patternMapView(model);
  const lines = view.mermaid.split('\n');

  test('matches its reviewed Mermaid text', async () => {
    await expect(view.mermaid).toMatchFileSnapshot('./__snapshots__/pattern-map.mmd');
  });

  test('draws the six categories as subgraphs, in chapter order, each holding its patterns', () => {
    const subgraphs = lines.filter((l) => l.startsWith('  subgraph ')).map((l) => l.split('[')[0].trim());
    expect(subgraphs).toEqual(PATTERN_CATEGORY_IDS.map((id) => `subgraph category__${id}`));
    const start = lines.indexOf('  subgraph category__model-training["Model training"]');
    expect(lines.slice(start + 1, start + 7)).toEqual([
      '    useful-overfitting["Useful Overfitting"]',
      '    checkpoints["Checkpoints"]',
      '    transfer-learning["Transfer Learning"]',
      '    distribution-strategy["Distribution Strategy"]',
      '    hyperparameter-tuning["Hyperparameter Tuning"]',
      '  end',
    ]);
  });

  test('draws each relation once, labelled, read from the pattern earlier in the book', () => {
    const edges = lines.filter((l) => l.includes('|"'));
    expect(edges).toHaveLength(44);
    expect(edges).toContain('  transform -->|"is automated by"| workflow-pipeline');
    expect(edges).toContain('  checkpoints -->|"is built on by"| transfer-learning');
    expect(view.mermaid).not.toContain('workflow-pipeline -->|"automates"| transform');
  });

  test('draws relations that read the same both ways as lines without arrows', () => {
    expect(lines).toContain('  stateless-serving-function ---|"is an alternative to"| batch-serving');
    expect(lines).toContain('  hashed-feature ---|"shares a technique with"| repeatable-splitting');
  });

  test('describes the categories with their pattern counts', () => {
    expect(view.description).toBe(
      '30 patterns in 6 categories: Data representation (4), Problem representation (6), Model training (5), ' +
        'Resilient serving (5), Reproducibility (7) and Responsible AI (3). ' +
        "44 labelled relations connect them; each pattern's page lists its relations in words.",
    );
  });

  test('escapes hostile pattern and category names', () => {
    const m = editable();
    Object.values(m.patterns).forEach((p, i) => Object.assign(p, { name: HOSTILE_LABELS[i % HOSTILE_LABELS.length] }));
    Object.assign(m.patternCategories['responsible-ai'], { name: HOSTILE_LABELS[0] });
    const text = patternMapView(m).mermaid;
    for (const label of HOSTILE_LABELS) expect(text).toContain(`["${mermaidLabel(label)}"]`);
    expect(text).not.toMatch(/<script|<img|%%\{/);
    for (const line of text.split('\n')) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
  });

  test('draws the categories and no edges when no pattern has a relation', () => {
    const m = editable();
    Object.values(m.patterns).forEach((p) => Object.assign(p, { related: [] }));
    const text = patternMapView(m).mermaid;
    expect(text).not.toMatch(/-->|---/);
    expect(text.match(/subgraph /g)).toHaveLength(6);
    expect(patternMapView(m).description).toContain('0 labelled relations');
  });
});
