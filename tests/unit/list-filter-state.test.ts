import { describe, expect, test } from 'vitest';
import { cardMatches, filterToQuery, NO_FILTER, queryToFilter } from '../../src/islands/list-filter-state.ts';

const offered = {
  category: new Set(['', 'model-training', 'reproducibility']),
  stage: new Set(['', 'data-processing', 'model-deployment']),
  type: new Set(['', 'workflow-pipeline', 'data-pipeline']),
};

describe('catalogue filter state', () => {
  test('reads the filter from the query string and writes it back the same', () => {
    const filter = queryToFilter('?stage=model-deployment&category=reproducibility', offered);
    expect(filter).toEqual({ category: 'reproducibility', stage: 'model-deployment', type: '' });
    expect(filterToQuery(filter)).toBe('?category=reproducibility&stage=model-deployment');
    expect(queryToFilter(filterToQuery(filter), offered)).toEqual(filter);
  });

  test('ignores values the page does not offer, so an outdated link still opens', () => {
    expect(queryToFilter('?category=nope&type=data-pipeline&x=1', offered)).toEqual({ ...NO_FILTER, type: 'data-pipeline' });
  });

  test('writes no query at all when nothing is chosen', () => {
    expect(filterToQuery(NO_FILTER)).toBe('');
  });

  test('keeps a card only when it passes every chosen filter', () => {
    const card = { category: 'reproducibility', stages: ['data-processing', 'model-deployment'], types: ['data-pipeline'] };
    expect(cardMatches(card, NO_FILTER)).toBe(true);
    expect(cardMatches(card, { category: 'reproducibility', stage: 'model-deployment', type: '' })).toBe(true);
    expect(cardMatches(card, { category: 'reproducibility', stage: '', type: 'workflow-pipeline' })).toBe(false);
    expect(cardMatches(card, { category: 'model-training', stage: '', type: '' })).toBe(false);
  });
});
