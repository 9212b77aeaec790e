import { describe, expect, test } from 'vitest';
import { toolHref } from '../../src/model/index.ts';
import { patterns } from '../../src/model/data/patterns.ts';
import { SPECIALISED_TOOL_MAX_PATTERNS, assertValidVocabulary, toolTopicsFromPatterns, vocabulary, vocabularyByPath, vocabularyIssues } from '../../src/model/data/vocabulary.ts';

describe('vocabulary', () => {
  test('the guide’s vocabulary names only ids and pages that exist, without empty or repeated words', () => {
    expect(vocabularyIssues(vocabulary)).toEqual([]);
  });

  test('an unknown id fails naming file › entity › field', () => {
    const broken = { ...vocabulary, tools: { ...vocabulary.tools, 'kube-flow': { aliases: ['KF'] } } };
    expect(vocabularyIssues(broken)).toEqual([expect.stringMatching(/^src\/model\/data\/vocabulary\.ts › tools "kube-flow" › id: no such id in the model \(tools\)/)]);
    expect(() => assertValidVocabulary(broken)).toThrow(/kube-flow/);
  });

  test('empty, repeated and missing words fail, naming the entry and field', () => {
    const broken = {
      ...vocabulary,
      glossary: { dag: ['', 'Graph', 'graph'] },
      patterns: { embeddings: {} },
    };
    expect(vocabularyIssues(broken)).toEqual([
      'src/model/data/vocabulary.ts › patterns "embeddings" › aliases: give aliases or topics, or remove the entry',
      'src/model/data/vocabulary.ts › glossary "dag" › synonyms[0]: empty; write the word or remove the entry',
      'src/model/data/vocabulary.ts › glossary "dag" › synonyms[2]: "graph" is listed twice',
    ]);
  });

  test('a page path the guide does not have fails when the known pages are given', () => {
    expect(vocabularyIssues(vocabulary, new Set(['/choose/']))).toContain('src/model/data/vocabulary.ts › pages "/production/monitoring/" › id: the guide has no page at /production/monitoring/');
  });

  test('finds each entity’s words by its page', () => {
    expect(vocabularyByPath(vocabulary).get(toolHref('kubeflow-pipelines'))?.aliases).toContain('KFP');
  });

  test('a specialised tool takes the names of the patterns it implements as topics; a platform does not', () => {
    const how = 'Does it.';
    const source = 'guide-reading';
    const relation = {
      'feature-store': { pattern: 'feature-store', tools: [{ tool: 'feast', how, source }, { tool: 'amazon-sagemaker', how, source }] },
      'batch-serving': { pattern: 'batch-serving', tools: [{ tool: 'amazon-sagemaker', how, source }] },
      checkpoints: { pattern: 'checkpoints', tools: [{ tool: 'amazon-sagemaker', how, source }] },
    } as const;
    expect(SPECIALISED_TOOL_MAX_PATTERNS).toBe(2);
    const topics = toolTopicsFromPatterns(relation, patterns);
    expect(topics.get('feast')).toEqual([patterns['feature-store'].name]);
    expect(topics.has('amazon-sagemaker')).toBe(false);
  });

  test('a tool page’s topics are its own and those from the relation, each once', () => {
    const feast = vocabularyByPath(vocabulary).get(toolHref('feast'))?.topics ?? [];
    expect(feast).toEqual(expect.arrayContaining([...vocabulary.tools.feast.topics, patterns['feature-store'].name]));
    expect(new Set(feast.map((t) => t.toLowerCase())).size).toBe(feast.length);
    const registry = vocabularyByPath(vocabulary, new Map([['mlflow-model-registry', ['Model registry']]])).get(toolHref('mlflow-model-registry'))?.topics;
    expect(registry?.filter((t) => t.toLowerCase() === 'model registry')).toHaveLength(1);
  });
});
