import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { VIEW_FILES, VIEW_IDS } from '../../src/diagrams/index.ts';
import { formatModelIssues, model, validateModel, type UncheckedModel } from '../../src/model/index.ts';

// Messages that full builds of project copies used to assert (tests/build/ now keeps one build
// per input route, to prove the wiring): here they are asserted on the functions that write them.
// Other such messages are held by their own unit tests: chooser rules (validate-chooser),
// one-way pattern links (validate-model), pattern structures (pattern-structures), the sidebar
// (sidebar), SITE_URL (site-url), a fence without a name (mermaid-fences).

/** A deep copy of the real model that a test may break freely. */
function copy(): UncheckedModel & { stages: Record<string, Record<string, unknown>> } {
  return JSON.parse(JSON.stringify(model));
}

describe('the model checks the build runs first', () => {
  test('name the file, the stage and the field of a duplicate stage id', () => {
    const broken = { ...copy(), stageIds: ['data-collection', 'data-validation', 'data-processing', 'data-validation'] };
    expect(formatModelIssues(validateModel(broken))).toContain('src/model/data/stages.ts › stage "data-validation" › id: duplicate stage id "data-validation"');
  });

  test('name the file, the stage and the field of a missing required field', () => {
    const broken = copy();
    delete broken.stages['model-building'].purpose;
    expect(formatModelIssues(validateModel(broken))).toContain('src/model/data/stages.ts › stage "model-building" › purpose: purpose is missing or empty');
  });
});

describe('a view that Mermaid cannot parse', () => {
  test('is named by the file that draws it and its id', () => {
    expect(VIEW_FILES.get('pipeline-flow')).toBe('src/diagrams/pipeline-flow.ts');
    for (const id of VIEW_IDS) {
      const file = VIEW_FILES.get(id) ?? '';
      expect(file, id).toMatch(/^src\/diagrams\/[a-z0-9-]+\.ts$/);
      expect(existsSync(file), `${id}: ${file}`).toBe(true);
    }
  });
});
