import type { PatternId } from './ids.ts';

/** Ways of putting a new model version in front of users, from least to most exposure. */
export const ROLLOUT_STRATEGY_IDS = ['shadow', 'canary', 'ab-test', 'interleaving', 'blue-green'] as const;
export type RolloutStrategyId = (typeof ROLLOUT_STRATEGY_IDS)[number];

/**
 * How requests reach the new model while the current one still serves. A closed union: the
 * diagram and the table derive their wording from it, so a new kind must be drawn before it
 * compiles.
 */
export type TrafficSplit =
  /** Every request also goes to the new model; its answers are logged, never shown. */
  | { kind: 'mirror' }
  /** A share of requests (or users) gets the new model's answer. */
  | { kind: 'share'; share: string }
  /** Each answer merges results from both models, and users' choices say which was better. */
  | { kind: 'interleave' }
  /** All traffic moves at once from one running environment to the other. */
  | { kind: 'switch' };

export interface RolloutStrategy<Id extends RolloutStrategyId = RolloutStrategyId> {
  id: Id;
  name: string;
  /** Other names a reader may search for. */
  aliases: readonly string[];
  /** One line: what happens. */
  summary: string;
  traffic: TrafficSplit;
  /** What it tells you about the new model. */
  learns: string;
  /** Who sees the new model's mistakes. */
  exposure: string;
  /** Book patterns it relies on. */
  patterns: readonly PatternId[];
}

export const rolloutStrategies = {
  shadow: {
    id: 'shadow',
    name: 'Shadow deployment',
    aliases: ['shadow mode', 'dark launch', 'traffic mirroring'],
    summary: "The new model receives a copy of live requests and its predictions are logged beside the current model's; users only ever see the current model's answers.",
    traffic: { kind: 'mirror' },
    learns: 'Latency, errors and how often it disagrees with the current model, on real inputs; not how users react.',
    exposure: 'Nobody: its answers are never served.',
    patterns: ['model-versioning', 'continued-model-evaluation'],
  },
  canary: {
    id: 'canary',
    name: 'Canary release',
    aliases: ['canary deployment', 'progressive rollout'],
    summary: 'A small share of traffic goes to the new model; the share grows in steps while its metrics hold, and drops to zero when they do not.',
    traffic: { kind: 'share', share: 'a few %, then more' },
    learns: 'Whether it works in production: errors, latency, and early business metrics on a small sample.',
    exposure: 'The canary share only, for as long as each step lasts.',
    patterns: ['model-versioning', 'continued-model-evaluation'],
  },
  'ab-test': {
    id: 'ab-test',
    name: 'A/B test',
    aliases: ['online experiment', 'A/B testing'],
    summary: 'Users are assigned at random to fixed groups, each served by one model, for long enough to compare a business metric with statistical confidence.',
    traffic: { kind: 'share', share: 'fixed share per group' },
    learns: 'Which model is better by the metric that matters (clicks, revenue, retention), not only by offline scores.',
    exposure: "The new model's group, for the whole test.",
    patterns: ['model-versioning', 'heuristic-benchmark'],
  },
  interleaving: {
    id: 'interleaving',
    name: 'Interleaving',
    aliases: ['interleaved ranking', 'team-draft interleaving'],
    summary: "For ranking and recommendation: one result list mixes items from both models, and what users pick says which model's items they prefer.",
    traffic: { kind: 'interleave' },
    learns: 'Which ranker users prefer, with far fewer users than an A/B test needs; not the effect on a business metric.',
    exposure: 'Everyone in the experiment, for part of each list.',
    patterns: ['model-versioning'],
  },
  'blue-green': {
    id: 'blue-green',
    name: 'Blue/green deployment',
    aliases: ['red/black deployment'],
    summary: 'The new model runs in a second, complete environment; traffic switches to it in one step, and the old environment stays up to switch back.',
    traffic: { kind: 'switch' },
    learns: 'Nothing before the switch beyond smoke tests: it is a way to release safely, not to compare.',
    exposure: 'Everyone, from the moment of the switch.',
    patterns: ['model-versioning'],
  },
} as const satisfies { [K in RolloutStrategyId]: RolloutStrategy<K> };

/** What limits the damage once a model misbehaves in production. */
export const SAFETY_NET_IDS = ['rollback', 'model-fallback'] as const;
export type SafetyNetId = (typeof SAFETY_NET_IDS)[number];

export interface SafetyNet<Id extends SafetyNetId = SafetyNetId> {
  id: Id;
  name: string;
  summary: string;
  /** What has to be in place beforehand for it to work. */
  needs: string;
  patterns: readonly PatternId[];
  /** Serving patterns from mercari's catalogue that implement it. */
  mercari: readonly MercariPatternId[];
}

/** Where and when predictions are computed. */
export const SERVING_MODE_IDS = ['online', 'batch', 'streaming', 'edge'] as const;
export type ServingModeId = (typeof SERVING_MODE_IDS)[number];

export interface ServingMode<Id extends ServingModeId = ServingModeId> {
  id: Id;
  name: string;
  /** When the prediction is made, relative to when it is needed. */
  when: string;
  /** Fits when… */
  fits: string;
  /** Book patterns for this mode. */
  patterns: readonly PatternId[];
}

/** Serving patterns of mercari's "ML system design patterns" catalogue, by its folder names. */
export const MERCARI_PATTERN_IDS = [
  'web-single',
  'synchronous',
  'asynchronous',
  'batch',
  'prep-pred',
  'prediction-cache',
  'data-cache',
  'prediction-circuit-break',
  'multiple-stage-prediction',
] as const;
export type MercariPatternId = (typeof MERCARI_PATTERN_IDS)[number];

export interface MercariPattern<Id extends MercariPatternId = MercariPatternId> {
  id: Id;
  /** The catalogue's own name. */
  name: string;
  /** Its page in the catalogue. */
  url: string;
  mode: ServingModeId;
  /** The book's patterns that solve the same problem or that it builds on. */
  patterns: readonly PatternId[];
}

export const safetyNets = {
  rollback: {
    id: 'rollback',
    name: 'Rollback',
    summary: 'Put the previous model version back in service, in minutes and without a rebuild.',
    needs: 'The previous version still registered and deployable, and serving that reads a registry alias rather than a file, so rolling back is moving the alias.',
    patterns: ['model-versioning'],
    mercari: [],
  },
  'model-fallback': {
    id: 'model-fallback',
    name: 'Model fallback',
    summary: 'When the model times out, errors or is unsure, answer with something simpler: a cached prediction, a smaller model, a rule or a default.',
    needs: 'A fallback answer that is always available and acceptable, and a timeout or confidence threshold that triggers it.',
    patterns: ['two-phase-predictions', 'heuristic-benchmark'],
    mercari: ['prediction-circuit-break', 'prediction-cache'],
  },
} as const satisfies { [K in SafetyNetId]: SafetyNet<K> };

export const servingModes = {
  online: {
    id: 'online',
    name: 'Online (request/response)',
    when: 'On request, while the caller waits; typically within tens to hundreds of milliseconds.',
    fits: 'The input only exists at request time (a search query, a transaction to score).',
    patterns: ['stateless-serving-function', 'keyed-predictions'],
  },
  batch: {
    id: 'batch',
    name: 'Batch',
    when: 'Ahead of time, over a whole table, on a schedule; results are looked up later.',
    fits: 'The set of inputs is known in advance (every customer, every product) and answers may be hours old.',
    patterns: ['batch-serving', 'keyed-predictions'],
  },
  streaming: {
    id: 'streaming',
    name: 'Streaming',
    when: 'As events arrive, inside a stream processor, seconds after the event.',
    fits: 'Predictions depend on recent events or windows of them (fraud on the last hour of payments, sensor anomalies).',
    patterns: ['windowed-inference', 'keyed-predictions'],
  },
  edge: {
    id: 'edge',
    name: 'Edge (on device)',
    when: 'On the phone, browser or device itself, without a round trip.',
    fits: 'Latency, privacy or connectivity rule out a server; the model must be small.',
    patterns: ['two-phase-predictions'],
  },
} as const satisfies { [K in ServingModeId]: ServingMode<K> };

const MERCARI = 'https://github.com/mercari/ml-system-design-pattern/blob/master/Serving-patterns';

export const mercariPatterns = {
  'web-single': {
    id: 'web-single',
    name: 'Web single pattern',
    url: `${MERCARI}/Web-single-pattern/design_en.md`,
    mode: 'online',
    patterns: ['stateless-serving-function'],
  },
  synchronous: {
    id: 'synchronous',
    name: 'Synchronous pattern',
    url: `${MERCARI}/Synchronous-pattern/design_en.md`,
    mode: 'online',
    patterns: ['stateless-serving-function'],
  },
  asynchronous: {
    id: 'asynchronous',
    name: 'Asynchronous pattern',
    url: `${MERCARI}/Asynchronous-pattern/design_en.md`,
    mode: 'streaming',
    patterns: ['keyed-predictions'],
  },
  batch: {
    id: 'batch',
    name: 'Batch pattern',
    url: `${MERCARI}/Batch-pattern/design_en.md`,
    mode: 'batch',
    patterns: ['batch-serving', 'keyed-predictions'],
  },
  'prep-pred': {
    id: 'prep-pred',
    name: 'Prep-pred pattern',
    url: `${MERCARI}/Prep-pred-pattern/design_en.md`,
    mode: 'online',
    patterns: ['transform'],
  },
  'prediction-cache': {
    id: 'prediction-cache',
    name: 'Prediction cache pattern',
    url: `${MERCARI}/Prediction-cache-pattern/design_en.md`,
    mode: 'online',
    patterns: ['batch-serving', 'keyed-predictions'],
  },
  'data-cache': {
    id: 'data-cache',
    name: 'Data cache pattern',
    url: `${MERCARI}/Data-cache-pattern/design_en.md`,
    mode: 'online',
    patterns: ['feature-store'],
  },
  'prediction-circuit-break': {
    id: 'prediction-circuit-break',
    name: 'Prediction circuit break pattern',
    url: `${MERCARI}/Prediction-circuit-break-pattern/design_en.md`,
    mode: 'online',
    patterns: ['stateless-serving-function'],
  },
  'multiple-stage-prediction': {
    id: 'multiple-stage-prediction',
    name: 'Multiple stage prediction pattern',
    url: `${MERCARI}/Multiple-stage-prediction-pattern/design_en.md`,
    mode: 'online',
    patterns: ['two-phase-predictions', 'cascade'],
  },
} as const satisfies { [K in MercariPatternId]: MercariPattern<K> };

/** When mercari's catalogue names were checked, and where. */
export const MERCARI_CHECKED = { date: '2026-11-30', url: `${MERCARI}/README.md` } as const;
