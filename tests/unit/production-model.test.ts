import { describe, expect, test } from 'vitest';
import { mercariPatternsFor } from '../../src/model/queries/deployment-queries.ts';
import { guide, MERCARI_PATTERN_IDS, SERVING_MODE_IDS, validateGuide } from '../../src/model/guide.ts';
import { STAGE_IDS } from '../../src/model/index.ts';
import { LLM_SHORT_MAX } from '../../src/model/data/llm-pipelines.ts';

describe('deployment facts', () => {
  test('name the file, entity and field of an unknown pattern, an unknown mercari pattern and a share with no size', () => {
    const broken = {
      ...guide,
      rolloutStrategies: {
        ...guide.rolloutStrategies,
        shadow: { ...guide.rolloutStrategies.shadow, patterns: ['model-versioning', 'shadow-pattern'] },
        canary: { ...guide.rolloutStrategies.canary, traffic: { kind: 'share', share: ' ' } },
      },
      safetyNets: { ...guide.safetyNets, 'model-fallback': { ...guide.safetyNets['model-fallback'], mercari: ['edge-prediction'] } },
    };
    const issues = validateGuide(broken);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'src/model/data/deployment.ts', entity: 'rollout strategy "shadow"', field: 'patterns[1]' }));
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'rollout strategy "canary"', field: 'traffic.share' }));
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'safety net "model-fallback"', field: 'mercari[0]' }));
  });

  test('places every mercari pattern under exactly one serving mode', () => {
    const placed = SERVING_MODE_IDS.flatMap((mode) => mercariPatternsFor(mode).map((p) => p.id));
    expect([...placed].sort()).toEqual([...MERCARI_PATTERN_IDS].sort());
  });
});

describe('data versioning facts', () => {
  test('report an unknown tool, a missing date and a source that is not https', () => {
    const broken = {
      ...guide,
      dataVersioning: { ...guide.dataVersioning, dvc: { ...guide.dataVersioning.dvc, tool: 'git-lfs', checked: 'last year', source: 'http://dvc.org/' } },
    };
    const fields = validateGuide(broken).filter((i) => i.entity === 'data versioning "dvc"').map((i) => i.field);
    expect(fields.sort()).toEqual(['checked', 'source', 'tool']);
  });
});

describe('LLM-era mapping', () => {
  test('covers every stage for every LLM pipeline', () => {
    for (const id of STAGE_IDS) {
      expect(guide.llmStages[id].stage).toBe(id);
      for (const text of Object.values(guide.llmStages[id].becomes)) expect(text.trim()).not.toBe('');
    }
  });

  test('reports a stage left out and an empty cell', () => {
    const { 'model-building': _left, ...rest } = guide.llmStages;
    const broken = {
      ...guide,
      llmStages: { ...rest, 'data-validation': { ...guide.llmStages['data-validation'], becomes: { ...guide.llmStages['data-validation'].becomes, 'rag-indexing': '' } } },
    };
    const issues = validateGuide(broken);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'src/model/data/llm-pipelines.ts', entity: 'LLM stage "model-building"', field: 'stage' }));
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'LLM stage "data-validation"', field: 'becomes.rag-indexing' }));
  });

  test("reports a diagram label that is missing or longer than the diagram's boxes hold", () => {
    const stage = guide.llmStages['data-processing'];
    const broken = {
      ...guide,
      llmStages: { ...guide.llmStages, 'data-processing': { ...stage, inShort: { 'fine-tuning': '', 'rag-indexing': 'x'.repeat(LLM_SHORT_MAX + 1) } } },
    };
    const issues = validateGuide(broken);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'src/model/data/llm-pipelines.ts', entity: 'LLM stage "data-processing"', field: 'inShort.fine-tuning' }));
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'LLM stage "data-processing"', field: 'inShort.rag-indexing', message: expect.stringContaining(`${LLM_SHORT_MAX + 1} characters`) }));
    expect(validateGuide(guide)).toEqual([]);
  });
});

describe('kinds of shift', () => {
  test('accept the real kinds, each changing a different distribution', () => {
    expect(validateGuide(guide).filter((i) => i.file === 'src/model/data/shift.ts')).toEqual([]);
    expect(new Set(Object.values(guide.shiftKinds).map((k) => k.changes)).size).toBe(Object.keys(guide.shiftKinds).length);
  });

  test('name the file, kind and field of an unknown stage, term and distribution, a kind that changes what it holds, and a bad source', () => {
    const broken = {
      ...guide,
      shiftKinds: {
        ...guide.shiftKinds,
        'covariate-shift': { ...guide.shiftKinds['covariate-shift'], feedsBack: 'monitoring', term: 'drift', holds: 'P(X)' },
        'label-shift': { ...guide.shiftKinds['label-shift'], changes: 'P(Z)', signal: ' ', sources: [{ cite: 'Blog', title: 'A blog', url: 'http://example.org/', checked: 'today' }] },
        'concept-shift': { ...guide.shiftKinds['concept-shift'], changes: 'P(X)', holds: 'P(Y|X)', sources: [] },
      },
    };
    const messages = validateGuide(broken)
      .filter((i) => i.file === 'src/model/data/shift.ts')
      .map((i) => `${i.entity} › ${i.field}: ${i.message}`);
    expect(messages).toEqual([
      'shift kind "label-shift" › signal: signal is missing or empty',
      `shift kind "covariate-shift" › holds: P(X) cannot both change and hold; name the distribution the definition keeps fixed`,
      `shift kind "covariate-shift" › feedsBack: unknown stage id "monitoring"; known: ${STAGE_IDS.join(', ')}`,
      expect.stringMatching(/^shift kind "covariate-shift" › term: unknown glossary term id "drift"; known: /),
      'shift kind "label-shift" › changes: unknown distribution "P(Z)"; known: P(X), P(Y), P(Y|X), P(X|Y)',
      'shift kind "label-shift" › sources[0].url: not an https URL: "http://example.org/"',
      'shift kind "label-shift" › sources[0].checked: not a YYYY-MM-DD date: "today"',
      'shift kind "concept-shift" › changes: shift kind "covariate-shift" already changes P(X); two kinds that change the same distribution cannot be told apart',
      'shift kind "concept-shift" › sources: cites nothing; name the book, paper or documentation the facts come from',
    ]);
  });
});
