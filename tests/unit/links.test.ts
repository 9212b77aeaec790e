import { describe, expect, test } from 'vitest';
import { optionalStrings, stageHref, termHref, toolHref } from '../../src/components/links.ts';

describe('optionalStrings', () => {
  test('reads a list of texts, a single text, or nothing', () => {
    expect(optionalStrings({ checks: ['a', 'b'] }, 'checks')).toEqual(['a', 'b']);
    expect(optionalStrings({ purpose: 'why' }, 'purpose')).toEqual(['why']);
    expect(optionalStrings({}, 'failureModes')).toEqual([]);
    expect(optionalStrings({ purpose: '  ' }, 'purpose')).toEqual([]);
  });

  test('drops entries that are not texts', () => {
    expect(optionalStrings({ checks: ['a', 3, { text: 'b' }] }, 'checks')).toEqual(['a']);
  });
});

describe('hrefs', () => {
  test('follow the URL scheme: stage pages, tool rows and glossary anchors', () => {
    expect(stageHref('data-validation')).toBe('/pipeline/data-validation/');
    expect(toolHref('dagster')).toBe('/tools/dagster/');
    expect(termHref('lineage')).toBe('/reference/glossary/#term-lineage');
  });
});
