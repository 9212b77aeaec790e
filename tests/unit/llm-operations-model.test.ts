import { describe, expect, test } from 'vitest';
import { llmOpsConcernsAt, llmOpsConcernsOfTool, model, validateModel, type UncheckedModel } from '../../src/model/index.ts';

const issuesOf = (broken: Record<string, unknown>, entity: string) =>
  validateModel({ ...model, ...broken } as UncheckedModel).filter((i) => i.entity === entity);

describe('LLM operations facts', () => {
  test('are valid as written', () => {
    expect(validateModel(model).filter((i) => i.file === 'src/model/data/llm-operations.ts')).toEqual([]);
  });

  test('name the file, entity and field of an unknown stage, an unknown tool, an empty check and a source that is not https', () => {
    const concern = model.llmOpsConcerns.tracing;
    const broken = {
      llmOpsConcerns: {
        ...model.llmOpsConcerns,
        tracing: { ...concern, stages: ['model-deployment', 'monitoring'], tools: ['langsmith'], check: ' ', source: { title: 'x', url: 'http://example.org/' } },
      },
    };
    const issues = issuesOf(broken, 'LLM operations concern "tracing"');
    expect([...new Set(issues.map((i) => i.field))].sort()).toEqual(['check', 'source.url', 'stages[1]', 'tools[0]']);
    expect(issues.every((i) => i.file === 'src/model/data/llm-operations.ts')).toBe(true);
  });

  test('name a tool that works at none of the concern’s stages', () => {
    const broken = { llmOpsConcerns: { ...model.llmOpsConcerns, tracing: { ...model.llmOpsConcerns.tracing, tools: ['langfuse', 'great-expectations'] } } };
    expect(issuesOf(broken, 'LLM operations concern "tracing"')).toEqual([
      {
        file: 'src/model/data/llm-operations.ts',
        entity: 'LLM operations concern "tracing"',
        field: 'tools[1]',
        message: '"great-expectations" works at data-validation, none of the concern\'s stages (model-deployment): name a stage it serves, or leave the tool out',
      },
    ]);
  });

  test('report a judge pitfall and a RAG metric with no entry, and a mitigation of unknown origin', () => {
    const { 'position-bias': _gone, ...pitfalls } = model.judgePitfalls;
    const { faithfulness: _also, ...metrics } = model.ragMetrics;
    const broken = {
      judgePitfalls: { ...pitfalls, 'verbosity-bias': { ...model.judgePitfalls['verbosity-bias'], mitigationFrom: 'folklore' } },
      ragMetrics: metrics,
    };
    expect(issuesOf(broken, 'judge pitfall "position-bias"').map((i) => i.message)).toContain('judge pitfall id "position-bias" has no entry');
    expect(issuesOf(broken, 'judge pitfall "verbosity-bias"').map((i) => i.field)).toEqual(['mitigationFrom']);
    expect(issuesOf(broken, 'RAG metric "faithfulness"').map((i) => i.message)).toContain('RAG metric id "faithfulness" has no entry');
  });

  test('a stage and a tool find the concerns that name them, so their pages can link back', () => {
    expect(llmOpsConcernsAt('model-deployment').map((c) => c.id)).toContain('serving-cost');
    expect(llmOpsConcernsAt('data-validation')).toEqual([]);
    expect(llmOpsConcernsOfTool('vllm').map((c) => c.id)).toEqual(['serving-cost']);
    expect(llmOpsConcernsOfTool('apache-airflow')).toEqual([]);
  });
});
