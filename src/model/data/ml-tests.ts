import type { StageId } from './ids.ts';

/** The four sections of the ML Test Score rubric (Breck et al., 2017). */
export const ML_TEST_SCORE_SECTION_IDS = ['data', 'model', 'infrastructure', 'monitoring'] as const;
export type MlTestScoreSectionId = (typeof ML_TEST_SCORE_SECTION_IDS)[number];

/** When a test runs: on a code change, inside every pipeline run, at the release gate, or all the time. */
export const ML_TEST_TRIGGERS = ['commit', 'pipeline-run', 'release', 'production'] as const;
export type MlTestTrigger = (typeof ML_TEST_TRIGGERS)[number];

/** The kinds of test an ML system needs, by what they protect. */
export const ML_TEST_KIND_IDS = [
  'schema-test',
  'distribution-test',
  'feature-code-test',
  'leakage-test',
  'training-smoke-test',
  'invariance-test',
  'directional-test',
  'minimum-functionality-test',
  'slice-evaluation',
  'reproducibility-test',
  'pipeline-integration-test',
  'model-validation-gate',
  'serving-consistency-test',
  'production-monitoring',
] as const;
export type MlTestKindId = (typeof ML_TEST_KIND_IDS)[number];

export interface MlTestScoreSection<Id extends MlTestScoreSectionId = MlTestScoreSectionId> {
  id: Id;
  /** The section's title in the paper. */
  name: string;
  /** How many of the rubric's tests the section holds. */
  tests: number;
}

export interface MlTestTriggerInfo<Id extends MlTestTrigger = MlTestTrigger> {
  id: Id;
  /** Column heading: when the test runs. */
  name: string;
}

export interface MlTestKind<Id extends MlTestKindId = MlTestKindId> {
  id: Id;
  /** Name shown in the tables. */
  name: string;
  /** One line: what it asserts. */
  checks: string;
  /** The rubric section it belongs to. */
  section: MlTestScoreSectionId;
  /** Stages whose output it checks; an unknown stage does not compile. */
  stages: readonly StageId[];
  /** When it runs. */
  runs: MlTestTrigger;
}

export const mlTestScoreSections = {
  data: { id: 'data', name: 'Tests for features and data', tests: 7 },
  model: { id: 'model', name: 'Tests for model development', tests: 7 },
  infrastructure: { id: 'infrastructure', name: 'Tests for ML infrastructure', tests: 7 },
  monitoring: { id: 'monitoring', name: 'Monitoring tests for ML', tests: 7 },
} as const satisfies { [K in MlTestScoreSectionId]: MlTestScoreSection<K> };

export const mlTestTriggers = {
  commit: { id: 'commit', name: 'On every commit (CI)' },
  'pipeline-run': { id: 'pipeline-run', name: 'In every pipeline run' },
  release: { id: 'release', name: 'Before a model is released' },
  production: { id: 'production', name: 'In production' },
} as const satisfies { [K in MlTestTrigger]: MlTestTriggerInfo<K> };

export const mlTestKinds = {
  'schema-test': {
    id: 'schema-test',
    name: 'Schema and range tests',
    checks: 'Each batch has the expected columns and types, values in range, and no more missing values than allowed.',
    section: 'data',
    stages: ['data-validation'],
    runs: 'pipeline-run',
  },
  'distribution-test': {
    id: 'distribution-test',
    name: 'Distribution tests',
    checks: 'Each feature’s distribution is close enough to a reference batch, so a silent upstream change stops the run.',
    section: 'data',
    stages: ['data-validation'],
    runs: 'pipeline-run',
  },
  'feature-code-test': {
    id: 'feature-code-test',
    name: 'Unit tests of feature code',
    checks: 'Every transform gives the expected output on small hand-made rows, edge cases included.',
    section: 'data',
    stages: ['data-processing'],
    runs: 'commit',
  },
  'leakage-test': {
    id: 'leakage-test',
    name: 'Split and leakage tests',
    checks: 'No entity is in both training and test data, and no feature is computed from the label or from the future.',
    section: 'data',
    stages: ['data-processing'],
    runs: 'pipeline-run',
  },
  'training-smoke-test': {
    id: 'training-smoke-test',
    name: 'Training smoke test',
    checks: 'A few steps on a tiny sample run end to end, the loss falls, and the model can fit a handful of rows exactly.',
    section: 'infrastructure',
    stages: ['model-building'],
    runs: 'commit',
  },
  'invariance-test': {
    id: 'invariance-test',
    name: 'Invariance tests',
    checks: 'A change that should not matter (a name, a region, a rewording) leaves the prediction where it was.',
    section: 'model',
    stages: ['training-evaluation'],
    runs: 'pipeline-run',
  },
  'directional-test': {
    id: 'directional-test',
    name: 'Directional expectation tests',
    checks: 'A change with a known effect (more support calls, a higher price) moves the prediction the expected way.',
    section: 'model',
    stages: ['training-evaluation'],
    runs: 'pipeline-run',
  },
  'minimum-functionality-test': {
    id: 'minimum-functionality-test',
    name: 'Minimum functionality tests',
    checks: 'Simple, obvious cases, written down by people who know the domain, are all predicted right.',
    section: 'model',
    stages: ['training-evaluation'],
    runs: 'pipeline-run',
  },
  'slice-evaluation': {
    id: 'slice-evaluation',
    name: 'Slice and baseline evaluation',
    checks: 'The metric on every important slice, and against a simple baseline, is good enough, not only the average.',
    section: 'model',
    stages: ['training-evaluation'],
    runs: 'pipeline-run',
  },
  'reproducibility-test': {
    id: 'reproducibility-test',
    name: 'Reproducibility test',
    checks: 'Two runs on the same data, code and seed give the same metrics within a stated tolerance.',
    section: 'infrastructure',
    stages: ['training-evaluation'],
    runs: 'commit',
  },
  'pipeline-integration-test': {
    id: 'pipeline-integration-test',
    name: 'Pipeline integration test',
    checks: 'The whole pipeline runs on a sample in a staging environment, from ingestion to a deployable model.',
    section: 'infrastructure',
    stages: ['data-collection', 'data-validation', 'data-processing', 'model-building', 'training-evaluation', 'model-deployment'],
    runs: 'commit',
  },
  'model-validation-gate': {
    id: 'model-validation-gate',
    name: 'Model validation gate',
    checks: 'The candidate beats (or matches) the model in production on the same held-out data, with no slice worse than allowed.',
    section: 'model',
    stages: ['training-evaluation', 'model-deployment'],
    runs: 'release',
  },
  'serving-consistency-test': {
    id: 'serving-consistency-test',
    name: 'Training/serving consistency test',
    checks: 'The deployed service returns the same predictions as the offline model for the same rows, within its latency budget.',
    section: 'infrastructure',
    stages: ['model-deployment'],
    runs: 'release',
  },
  'production-monitoring': {
    id: 'production-monitoring',
    name: 'Production monitoring',
    checks: 'Service health, input quality, drift and performance stay within their thresholds (see Monitoring).',
    section: 'monitoring',
    stages: ['model-deployment'],
    runs: 'production',
  },
} as const satisfies { [K in MlTestKindId]: MlTestKind<K> };
