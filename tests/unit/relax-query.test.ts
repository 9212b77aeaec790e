import { describe, expect, test } from 'vitest';
import { definedTerm, isQuestionTitleOf, isTitleOf, queryWords, rankByWordsMatched, relaxedQueries, relaxNotice, titledEntryToRaise, titleKey } from '../../src/search/relax-query.ts';

describe('relaxedQueries', () => {
  test('searches a query without stop words as typed, then by any of its words', () => {
    expect(relaxedQueries('feature store')).toEqual([
      { step: 'all-words', words: ['feature store'] },
      { step: 'any-word', words: ['feature', 'store'] },
    ]);
  });

  test("leaves out a question's stop words from the first search on, and repeats no word", () => {
    expect(relaxedQueries('How do I know my model, my model, is worse?')).toEqual([
      { step: 'without-stop-words', words: ['model model worse'] },
      { step: 'any-word', words: ['model', 'worse'] },
    ]);
  });

  test('keeps a query made only of stop words, and has nothing to widen for one word', () => {
    expect(relaxedQueries('how')).toEqual([{ step: 'all-words', words: ['how'] }]);
    expect(relaxedQueries('TFDV')).toEqual([{ step: 'all-words', words: ['TFDV'] }]);
  });

  test('keeps symbols inside a word (W&B) and drops them around it', () => {
    expect(queryWords(' "W&B", (KFP)? ')).toEqual(['W&B', 'KFP']);
  });
});

describe('rankByWordsMatched', () => {
  test('puts pages matching more words first, then by their summed score, keeping the best-scored result of each page', () => {
    const a1 = { id: 'a', score: 1, from: 'x' };
    const b = { id: 'b', score: 5, from: 'x' };
    const a2 = { id: 'a', score: 2, from: 'y' };
    const c = { id: 'c', score: 1, from: 'y' };
    expect(rankByWordsMatched([[a1, b], [a2, c]])).toEqual([a2, b, c]);
  });

  test('finds nothing in nothing', () => {
    expect(rankByWordsMatched([[], []])).toEqual([]);
  });
});

describe('relaxNotice', () => {
  test('says nothing when every word was found', () => {
    expect(relaxNotice('canary', 'all-words', ['canary'])).toBeUndefined();
  });

  test('names the stop words left out, each once, and the words searched for', () => {
    expect(relaxNotice('how do I run a canary for a model', 'without-stop-words', ['run canary model'])).toBe('Searched for “run canary model”, leaving out “how”, “do”, “I”, “a”, “for”.');
  });

  test('says that no page has all the words and which words any page may have', () => {
    expect(relaxNotice('my model rots quietly', 'any-word', ['model', 'rots', 'quietly'])).toBe(
      'No page has all of “model rots quietly”. Widened to pages with any of “model”, “rots”, “quietly”, those with the most of them first.',
    );
  });
});

describe('titledEntryToRaise', () => {
  test('puts the term of a definition question first', () => {
    expect(definedTerm('What is a DAG?')).toBe('DAG');
    expect(definedTerm('what does data leakage mean')).toBe('data leakage');
    expect(titledEntryToRaise("what's the model registry")).toEqual({ name: 'model registry', to: 0 });
  });

  test('puts a short query among the first three, and leaves longer ones alone', () => {
    expect(titledEntryToRaise('model registry')).toEqual({ name: 'model registry', to: 2 });
    expect(titledEntryToRaise('how do I roll back a model')).toBeUndefined();
  });

  test('matches a title by its words, with or without a parenthesis', () => {
    expect(isTitleOf('DAG (directed acyclic graph)', 'dag')).toBe(true);
    expect(isTitleOf('Training/serving skew', 'training serving skew')).toBe(true);
    expect(isTitleOf('Dagster', 'DAG')).toBe(false);
    expect(isTitleOf('', '')).toBe(false);
  });

  test('keys a title and a query alike, as the title filter holds them: lower case, no closing parenthesis, words between single spaces', () => {
    expect(titleKey('Vertex AI Pipelines')).toBe(titleKey('  vertex ai   PIPELINES '));
    expect(titleKey('DAG (directed acyclic graph)')).toBe('dag');
    expect(titleKey('Training/serving skew')).toBe('training serving skew');
    // Pagefind reads a filter as `name:value, name:value`: no colon or comma survives.
    expect(titleKey('CI/CD: build, test, ship')).toBe('ci cd build test ship');
  });

  test('reads a question that starts with a page’s question title as asking it', () => {
    expect(isQuestionTitleOf('Which pipeline do I need?', 'which pipeline do I need for my project')).toBe(true);
    expect(isQuestionTitleOf('Which pipeline do I need?', 'which pipeline do I need')).toBe(false);
    expect(isQuestionTitleOf('Which pipeline do I need?', 'which pipeline do I needle')).toBe(false);
    expect(isQuestionTitleOf('Data validation', 'data validation for my project')).toBe(false);
    expect(isQuestionTitleOf('Why?', 'why is my model slow')).toBe(false);
  });
});
