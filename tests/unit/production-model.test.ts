import { describe, expect, test } from 'vitest';
import { mercariPatternsFor } from '../../src/model/deployment-queries.ts';
import { guide, MERCARI_PATTERN_IDS, SERVING_MODE_IDS, validateGuide } from '../../src/model/guide.ts';
import { STAGE_IDS } from '../../src/model/index.ts';
import { LLM_SHORT_MAX } from '../../src/model/llm-pipelines.ts';

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
    expect(issues).toContainEqual(expect.objectContaining({ file: 'src/model/deployment.ts', entity: 'rollout strategy "shadow"', field: 'patterns[1]' }));
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
    expect(issues).toContainEqual(expect.objectContaining({ file: 'src/model/llm-pipelines.ts', entity: 'LLM stage "model-building"', field: 'stage' }));
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'LLM stage "data-validation"', field: 'becomes.rag-indexing' }));
  });

  test("reports a diagram label that is missing or longer than the diagram's boxes hold", () => {
    const stage = guide.llmStages['data-processing'];
    const broken = {
      ...guide,
      llmStages: { ...guide.llmStages, 'data-processing': { ...stage, inShort: { 'fine-tuning': '', 'rag-indexing': 'x'.repeat(LLM_SHORT_MAX + 1) } } },
    };
    const issues = validateGuide(broken);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'src/model/llm-pipelines.ts', entity: 'LLM stage "data-processing"', field: 'inShort.fine-tuning' }));
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'LLM stage "data-processing"', field: 'inShort.rag-indexing', message: expect.stringContaining(`${LLM_SHORT_MAX + 1} characters`) }));
    expect(validateGuide(guide)).toEqual([]);
  });
});
