import { describe, expect, test } from 'vitest';
import { modelToViews, VIEW_IDS } from '../../src/diagrams/index.ts';
import { mermaidAccText, mermaidLabel } from '../../src/diagrams/mermaid-text.ts';
import { pipelineFlowView } from '../../src/diagrams/pipeline-flow.ts';
import { pipelineTypesView } from '../../src/diagrams/pipeline-types-over-stages.ts';
import { model, STAGE_IDS } from '../../src/model/index.ts';
import { HOSTILE_LABELS, hostileModel } from '../fixtures/models.ts';

describe('pipelineFlowView', () => {
  const view = pipelineFlowView(model);

  test('matches its reviewed Mermaid text', async () => {
    await expect(view.mermaid).toMatchFileSnapshot('./__snapshots__/pipeline-flow.mmd');
  });

  test('links the six stages in pipeline order', () => {
    const edges = view.mermaid.split('\n').filter((l) => l.includes('-->')).map((l) => l.trim());
    expect(edges).toEqual(STAGE_IDS.slice(1).map((id, i) => `${STAGE_IDS[i]} --> ${id}`));
  });

  test('names every stage in its accessible description, in order', () => {
    expect(view.description).toBe(
      '6 stages in order: Data collection, Data validation, Data processing, Model building, Training & evaluation and Model deployment.',
    );
    expect(view.mermaid).toContain(`accTitle: ${view.title}\n`);
  });
});

describe('pipelineTypesView', () => {
  const view = pipelineTypesView(model);

  test('matches its reviewed Mermaid text', async () => {
    await expect(view.mermaid).toMatchFileSnapshot('./__snapshots__/pipeline-types.mmd');
  });

  test('draws one lane per pipeline type with all six stages, marked by role', () => {
    const lanes = view.mermaid.split('  subgraph ').slice(1);
    expect(lanes.map((l) => l.split('[')[0])).toEqual([
      'workflow-pipeline',
      'data-pipeline',
      'model-pipeline',
      'ml-tracking-pipeline',
    ]);
    for (const lane of lanes) expect(lane.match(/:::(primary|supporting|uncovered)/g)).toHaveLength(6);
    expect(view.mermaid).toContain('data-pipeline__data-collection["Data collection"]:::primary');
    expect(view.mermaid).toContain('data-pipeline__model-building["Model building"]:::uncovered');
    expect(view.mermaid).toContain('model-pipeline__model-deployment["Model deployment"]:::supporting');
  });

  test('describes what each type leads and supports', () => {
    expect(view.description).toContain('Data pipeline leads Data collection, Data validation and Data processing.');
    expect(view.description).toContain('It supports Data processing and Model deployment.');
  });
});

describe('mermaid escaping', () => {
  test('writes syntax characters as entities and leaves other text alone', () => {
    expect(mermaidLabel('a "b" <c> & #d; %%{e}%% `f` | g')).toBe(
      'a #34;b#34; #60;c#62; #38; #35;d; #37;#37;#123;e#125;#37;#37; #96;f#96; #124; g',
    );
    expect(mermaidLabel('数据验证 Überprüfung (x) [y]')).toBe('数据验证 Überprüfung (x) [y]');
  });

  test('keeps accessible text on one line with no directive or comment', () => {
    expect(mermaidAccText('two\nlines %%{init}%%')).toBe('two lines  percent percent(init) percent percent');
  });

  test('no hostile label survives into the Mermaid text unescaped', () => {
    const hostile = hostileModel();
    const views = modelToViews(hostile);
    const stageNames = Object.values(hostile.stages).map((s) => s.name);
    const typeNames = Object.values(hostile.pipelineTypes).map((t) => t.name);
    expect(new Set([...stageNames, ...typeNames])).toEqual(new Set(HOSTILE_LABELS));
    for (const label of stageNames) expect(views['pipeline-flow'].mermaid).toContain(`["${mermaidLabel(label)}"]`);
    for (const label of typeNames) expect(views['pipeline-types'].mermaid).toContain(`["${mermaidLabel(label)}"]`);
    for (const id of VIEW_IDS) {
      const text = views[id].mermaid;
      expect(text).not.toMatch(/<script|<img|%%\{/);
      // Every label is one quoted string: quotes come in pairs on every line.
      for (const line of text.split('\n')) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
    }
  });
});
