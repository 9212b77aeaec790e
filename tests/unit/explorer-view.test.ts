import { describe, expect, test } from 'vitest';
import { mermaidLabel } from '../../src/diagrams/mermaid-text.ts';
import { pipelineExplorerView } from '../../src/diagrams/pipeline-explorer.ts';
import { model, STAGE_IDS } from '../../src/model/index.ts';
import { hostileModel } from '../fixtures/models.ts';

describe('pipelineExplorerView', () => {
  const view = pipelineExplorerView(model);

  test('matches its reviewed Mermaid text', async () => {
    await expect(view.mermaid).toMatchFileSnapshot('./__snapshots__/pipeline-explorer.mmd');
  });

  test('runs the six stages top to bottom in pipeline order', () => {
    expect(view.mermaid.startsWith('flowchart TB\n')).toBe(true);
    const edges = view.mermaid.split('\n').filter((l) => l.includes(' --> ')).map((l) => l.trim());
    expect(edges).toEqual(STAGE_IDS.slice(1).map((id, i) => `${STAGE_IDS[i]} --> ${id}`));
  });

  test('draws an input produced by a later stage as a dashed edge back, named after the artifact', () => {
    const back = view.mermaid.split('\n').filter((l) => l.includes('-.->')).map((l) => l.trim());
    expect(back).toEqual(['model-deployment -.->|"Prediction log"| data-collection']);
    expect(view.description).toContain('Prediction log from Model deployment feeds back into Data collection.');
  });

  test('escapes hostile stage and artifact names', () => {
    const hostile = hostileModel();
    const text = pipelineExplorerView(hostile).mermaid;
    for (const stage of Object.values(hostile.stages)) expect(text).toContain(`["${mermaidLabel(stage.name)}"]`);
    expect(text).not.toMatch(/<script|<img|%%\{/);
  });
});
