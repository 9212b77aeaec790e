import { describe, expect, test } from 'vitest';
import { PIPELINE_TYPE_IDS } from '../../src/model/index.ts';
import { assertValidGuide, guide, MATURITY_LEVEL_IDS, validateGuide } from '../../src/model/guide.ts';

describe('validateGuide', () => {
  test('finds no problem in the real guide', () => {
    expect(validateGuide(guide)).toEqual([]);
  });

  test('places every pipeline type on the maturity ladder', () => {
    for (const id of PIPELINE_TYPE_IDS) expect(MATURITY_LEVEL_IDS).toContain(guide.pipelineTypeEntries[id].level);
  });

  test('names the file, entity and field of a practice on an unknown level', () => {
    const broken = { ...guide, practices: { ...guide.practices, 'pipeline-ci-cd': { ...guide.practices['pipeline-ci-cd'], level: 'level-3' } } };
    expect(validateGuide(broken)).toContainEqual(
      expect.objectContaining({ file: 'src/model/practices.ts', entity: 'practice "pipeline-ci-cd"', field: 'level' }),
    );
  });

  test('reports a maturity level nothing enters at', () => {
    const broken = { ...guide, practices: { ...guide.practices, 'pipeline-ci-cd': { ...guide.practices['pipeline-ci-cd'], level: 'level-1' } } };
    expect(validateGuide(broken)).toContainEqual(expect.objectContaining({ entity: 'maturity level "level-2"', field: 'entries' }));
  });

  test('reports an anti-pattern whose fix points at an unknown practice, and an empty definition', () => {
    const broken = {
      ...guide,
      antiPatterns: { ...guide.antiPatterns, 'undated-tool-advice': { ...guide.antiPatterns['undated-tool-advice'], practice: 'guessing' } },
      glossary: { ...guide.glossary, dag: { ...guide.glossary.dag, definition: ' ' } },
    };
    const issues = validateGuide(broken);
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'anti-pattern "undated-tool-advice"', field: 'practice' }));
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'glossary term "dag"', field: 'definition' }));
    expect(() => assertValidGuide(broken)).toThrow(/2 problems/);
  });

  test('reports an entry whose id does not match its key', () => {
    const broken = { ...guide, glossary: { ...guide.glossary, run: { ...guide.glossary.run, id: 'runs' } } };
    expect(validateGuide(broken)).toContainEqual(expect.objectContaining({ entity: 'glossary term "run"', field: 'id' }));
  });
});
