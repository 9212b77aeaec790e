import { describe, expect, test } from 'vitest';
import { model, STAGE_IDS, TOOL_CATEGORY_IDS, toolKindsInStage, toolsInStage } from '../../src/model/index.ts';
import { modelWithoutTools } from '../fixtures/models.ts';

describe('toolKindsInStage', () => {
  test("groups every tool of a stage under its kind, kinds in the model's order, none empty", () => {
    for (const stage of STAGE_IDS) {
      const groups = toolKindsInStage(model, stage);
      expect(groups.flatMap((g) => g.tools.map((t) => t.id)).sort()).toEqual(toolsInStage(model, stage).sort());
      for (const { category, tools } of groups) {
        expect(tools.length).toBeGreaterThan(0);
        for (const tool of tools) expect(tool.category).toBe(category.id);
      }
      const order = groups.map((g) => TOOL_CATEGORY_IDS.indexOf(g.category.id));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  test('keeps to one pipeline type when asked, and is empty for a stage with no tools', () => {
    const data = toolKindsInStage(model, 'data-validation', 'data-pipeline').flatMap((g) => g.tools);
    expect(data.length).toBeGreaterThan(0);
    for (const tool of data) expect(tool.pipelineTypes).toContain('data-pipeline');
    expect(toolKindsInStage(modelWithoutTools(), 'model-building')).toEqual([]);
  });
});
