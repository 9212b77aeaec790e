import { describe, expect, test } from 'vitest';
import { PAGE_KIND_LABELS, PAGE_KINDS, pageKindOf } from '../../src/search/page-kinds.ts';

describe('pageKindOf', () => {
  test('uses the kind a page declares', () => {
    expect(pageKindOf({ kind: 'stage' })).toBe('stage');
  });

  test('treats a page that names a pattern as a pattern page', () => {
    expect(pageKindOf({ pattern: 'transform' })).toBe('pattern');
  });

  test('gives no kind to a page that declares neither', () => {
    expect(pageKindOf({})).toBeUndefined();
  });

  test('labels every kind for search results', () => {
    expect(PAGE_KINDS.map((k) => PAGE_KIND_LABELS[k])).toEqual(['Stage', 'Pipeline type', 'Pattern', 'Tool', 'Practice', 'Glossary']);
  });
});
