import { describe, expect, test } from 'vitest';
import { model, STAGE_IDS, TOOL_IDS, toolHome } from '../../src/model/index.ts';

describe('toolHome', () => {
  test('a tool that serves a single stage is explained by that stage', () => {
    expect(toolHome({ stages: ['data-validation'], pipelineTypes: ['data-pipeline'] })).toEqual({ kind: 'stage', id: 'data-validation' });
    expect(toolHome({ stages: ['model-deployment'], pipelineTypes: [] })).toEqual({ kind: 'stage', id: 'model-deployment' });
  });

  test('a tool that implements one pipeline type across stages is explained by that type', () => {
    expect(toolHome({ stages: ['data-collection', 'data-processing'], pipelineTypes: ['data-pipeline'] })).toEqual({
      kind: 'pipeline-type',
      id: 'data-pipeline',
    });
  });

  test('a tool of several pipeline types, or of none, falls back to its first stage', () => {
    const stages = ['data-validation', 'data-processing'] as const;
    expect(toolHome({ stages, pipelineTypes: ['data-pipeline', 'workflow-pipeline'] })).toEqual({ kind: 'stage', id: 'data-validation' });
    expect(toolHome({ stages, pipelineTypes: [] })).toEqual({ kind: 'stage', id: 'data-validation' });
  });

  test("every tool's home is one of the stages or pipeline types it is listed under", () => {
    for (const id of TOOL_IDS) {
      const tool = model.tools[id];
      const home = toolHome(tool);
      const listed: readonly string[] = home.kind === 'stage' ? tool.stages : tool.pipelineTypes;
      expect(listed, id).toContain(home.id);
      if (home.kind === 'stage') expect(STAGE_IDS).toContain(home.id);
    }
  });
});
