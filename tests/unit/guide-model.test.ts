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
      expect.objectContaining({ file: 'src/model/data/practices.ts', entity: 'practice "pipeline-ci-cd"', field: 'level' }),
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

describe('anti-patterns', () => {
  test('name the file, entity and field of a preventing pattern that does not exist', () => {
    const broken = {
      ...guide,
      antiPatterns: { ...guide.antiPatterns, 'glue-code': { ...guide.antiPatterns['glue-code'], patterns: ['workflow-pipeline', 'glue-remover'] } },
    };
    expect(validateGuide(broken)).toContainEqual(
      expect.objectContaining({ file: 'src/model/data/anti-patterns.ts', entity: 'anti-pattern "glue-code"', field: 'patterns[1]' }),
    );
  });

  test('report a preventing pattern listed twice and an unknown source', () => {
    const broken = {
      ...guide,
      antiPatterns: {
        ...guide.antiPatterns,
        'pipeline-jungles': { ...guide.antiPatterns['pipeline-jungles'], patterns: ['transform', 'transform'], namedIn: 'folklore' },
      },
    };
    const issues = validateGuide(broken);
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'anti-pattern "pipeline-jungles"', field: 'patterns[1]' }));
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'anti-pattern "pipeline-jungles"', field: 'namedIn' }));
  });

  test('cover every debt the 2015 paper names that the guide lists, each prevented by at least one pattern', () => {
    const sculley = Object.values(guide.antiPatterns).filter((a) => 'namedIn' in a && a.namedIn === 'sculley-2015');
    expect(sculley.map((a) => a.id)).toEqual(
      expect.arrayContaining(['glue-code', 'pipeline-jungles', 'dead-experimental-codepaths', 'undeclared-consumers', 'hidden-feedback-loops']),
    );
    for (const a of sculley) expect(a.patterns.length, a.id).toBeGreaterThan(0);
  });
});
