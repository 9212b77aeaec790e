import { describe, expect, test } from 'vitest';
import { toolHref } from '../../src/model/index.ts';
import { assertValidVocabulary, vocabulary, vocabularyByPath, vocabularyIssues } from '../../src/model/vocabulary.ts';

describe('vocabulary', () => {
  test('the guide’s vocabulary names only ids and pages that exist, without empty or repeated words', () => {
    expect(vocabularyIssues(vocabulary)).toEqual([]);
  });

  test('an unknown id fails naming file › entity › field', () => {
    const broken = { ...vocabulary, tools: { ...vocabulary.tools, 'kube-flow': { aliases: ['KF'] } } };
    expect(vocabularyIssues(broken)).toEqual([expect.stringMatching(/^src\/model\/vocabulary\.ts › tools "kube-flow" › id: no such id in the model \(tools\)/)]);
    expect(() => assertValidVocabulary(broken)).toThrow(/kube-flow/);
  });

  test('empty, repeated and missing words fail, naming the entry and field', () => {
    const broken = {
      ...vocabulary,
      glossary: { dag: ['', 'Graph', 'graph'] },
      patterns: { embeddings: {} },
    };
    expect(vocabularyIssues(broken)).toEqual([
      'src/model/vocabulary.ts › patterns "embeddings" › aliases: give aliases or topics, or remove the entry',
      'src/model/vocabulary.ts › glossary "dag" › synonyms[0]: empty; write the word or remove the entry',
      'src/model/vocabulary.ts › glossary "dag" › synonyms[2]: "graph" is listed twice',
    ]);
  });

  test('a page path the guide does not have fails when the known pages are given', () => {
    expect(vocabularyIssues(vocabulary, new Set(['/choose/']))).toContain('src/model/vocabulary.ts › pages "/production/monitoring/" › id: the guide has no page at /production/monitoring/');
  });

  test('finds each entity’s words by its page', () => {
    expect(vocabularyByPath(vocabulary).get(toolHref('kubeflow-pipelines'))?.aliases).toContain('KFP');
  });
});
