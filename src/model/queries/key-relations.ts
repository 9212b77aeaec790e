import { PATTERN_IDS } from '../data/ids.ts';
import type { Pattern, PatternRelation, RelationKind } from '../data/patterns.ts';

/**
 * How much a relation tells a reader about what a pattern is, most first: what it is built on or
 * cannot work without, then what could replace it, then what it works with. This ranking is the
 * guide's judgement, not the book's. Every kind has a rank (a missing one fails to compile).
 */
const RELATION_RANK = {
  'builds-on': 0,
  requires: 1,
  'special-case-of': 2,
  'alternative-to': 3,
  'automated-by': 4,
  uses: 5,
  'improved-by': 6,
  complements: 7,
  'stored-in': 8,
  'explained-by': 9,
  'checked-by': 10,
  'tuned-by': 11,
  generalises: 12,
  'built-on-by': 13,
  'required-by': 14,
  automates: 15,
  improves: 16,
  'used-by': 17,
  stores: 18,
  explains: 19,
  checks: 20,
  tunes: 21,
  feeds: 22,
  'fed-by': 23,
  'shares-technique-with': 24,
} as const satisfies Record<RelationKind, number>;

/** A pattern's most telling relations, `count` at most: by kind (RELATION_RANK), then in book order. */
export function keyRelationsOf(pattern: Pick<Pattern, 'related'>, count = 2): PatternRelation[] {
  return [...pattern.related]
    .sort((a, b) => RELATION_RANK[a.kind] - RELATION_RANK[b.kind] || PATTERN_IDS.indexOf(a.pattern) - PATTERN_IDS.indexOf(b.pattern))
    .slice(0, count);
}
