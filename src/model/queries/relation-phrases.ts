import type { RelationKind } from '../data/patterns.ts';

/** A relation said from either end: "<subject> <active> <object>" and "<object> <passive> <subject>". */
export interface Phrasing {
  active: string;
  passive: string;
}

/**
 * Each relation between patterns once, in the voice of the pattern that acts. A kind and its
 * inverse (tunes, tuned-by) are one relation read from its two ends, so they share a phrasing;
 * a symmetric kind reads the same both ways. The wording is the guide's.
 */
export const PATTERN_RELATION_PHRASES = {
  automates: { active: 'automates', passive: 'is automated by' },
  complements: { active: 'complements', passive: 'complements' },
  'alternative-to': { active: 'is an alternative to', passive: 'is an alternative to' },
  'builds-on': { active: 'builds on', passive: 'is the basis of' },
  uses: { active: 'can use', passive: 'can be used by' },
  requires: { active: 'requires', passive: 'is required by' },
  improves: { active: 'improves', passive: 'is improved by' },
  tunes: { active: 'can tune the settings of', passive: 'has its settings tuned by' },
  stores: { active: 'stores', passive: 'is stored in' },
  checks: { active: 'checks for bias in', passive: 'is checked for bias by' },
  explains: { active: 'explains', passive: 'is explained by' },
  generalises: { active: 'generalises', passive: 'is a special case of' },
  feeds: { active: 'feeds its transformations into', passive: 'takes its transformations from' },
  'shares-technique-with': { active: 'shares a technique with', passive: 'shares a technique with' },
} as const satisfies Record<string, Phrasing>;
type ActiveKind = keyof typeof PATTERN_RELATION_PHRASES;

/** Which relation each kind is, and from which end it is read. Every kind has one (a missing one fails to compile). */
const VOICE = {
  automates: ['automates', 'active'],
  'automated-by': ['automates', 'passive'],
  complements: ['complements', 'active'],
  'alternative-to': ['alternative-to', 'active'],
  'builds-on': ['builds-on', 'active'],
  'built-on-by': ['builds-on', 'passive'],
  uses: ['uses', 'active'],
  'used-by': ['uses', 'passive'],
  requires: ['requires', 'active'],
  'required-by': ['requires', 'passive'],
  improves: ['improves', 'active'],
  'improved-by': ['improves', 'passive'],
  tunes: ['tunes', 'active'],
  'tuned-by': ['tunes', 'passive'],
  stores: ['stores', 'active'],
  'stored-in': ['stores', 'passive'],
  checks: ['checks', 'active'],
  'checked-by': ['checks', 'passive'],
  explains: ['explains', 'active'],
  'explained-by': ['explains', 'passive'],
  generalises: ['generalises', 'active'],
  'special-case-of': ['generalises', 'passive'],
  feeds: ['feeds', 'active'],
  'fed-by': ['feeds', 'passive'],
  'shares-technique-with': ['shares-technique-with', 'active'],
} as const satisfies Record<RelationKind, readonly [ActiveKind, keyof Phrasing]>;

/** The verb phrase a pattern of this kind of relation reads with: `tuned-by` → "has its settings tuned by". */
export function relationPhrase(kind: RelationKind): string {
  const [relation, voice] = VOICE[kind];
  return PATTERN_RELATION_PHRASES[relation][voice];
}

/** "<subject> <phrase> <object>", read from the pattern whose page it is on. */
export function relationSentence(subject: string, kind: RelationKind, object: string): string {
  return `${subject} ${relationPhrase(kind)} ${object}`;
}

/** The relations between tools, patterns, stages and pipeline types, each from both ends: "<a> <active> <b>", "<b> <passive> <a>". */
export const GRAPH_RELATION_PHRASES = {
  /** tool → pattern */
  'tool-pattern': { active: 'implements', passive: 'is implemented by' },
  /** pattern → stage */
  'pattern-stage': { active: 'is applied in', passive: 'applies' },
  /** tool → stage */
  'tool-stage': { active: 'is used in', passive: 'uses' },
  /** tool → pipeline type */
  'tool-pipeline-type': { active: 'carries out', passive: 'is carried out by' },
  /** tool → another tool it is weighed against */
  'tool-alternative': { active: 'is weighed against', passive: 'is weighed against' },
} as const satisfies Record<string, Phrasing>;
export type GraphRelation = keyof typeof GRAPH_RELATION_PHRASES;
