import type { ArtifactId, StageId } from './ids.ts';

export interface Stage<Id extends StageId = StageId> {
  id: Id;
  /** Name shown in diagrams, headings and the sidebar. */
  name: string;
  /** One line: what the stage is for. */
  summary: string;
  /** Artifacts it reads; an unknown id fails to compile. */
  inputs: readonly ArtifactId[];
  /** Artifacts it produces; each artifact has exactly one producing stage. */
  outputs: readonly ArtifactId[];
}

// Order is STAGE_IDS' order; a missing, extra or mismatched key is a compile error.
export const stages = {
  'data-collection': {
    id: 'data-collection',
    name: 'Data collection',
    summary: 'Bring raw data from its sources into one versioned place, with where it came from.',
    inputs: ['prediction-log'],
    outputs: ['raw-data'],
  },
  'data-validation': {
    id: 'data-validation',
    name: 'Data validation',
    summary: 'Check schema, ranges, missing values and drift before anything downstream uses the data.',
    inputs: ['raw-data'],
    outputs: ['validation-report', 'validated-data'],
  },
  'data-processing': {
    id: 'data-processing',
    name: 'Data processing',
    summary: 'Clean, transform and split the data repeatably, and publish the features.',
    inputs: ['validated-data'],
    outputs: ['feature-set', 'data-splits', 'fitted-transform'],
  },
  'model-building': {
    id: 'model-building',
    name: 'Model building',
    summary: 'Frame the problem, choose an algorithm and assemble candidate model pipelines.',
    inputs: ['feature-set', 'data-splits'],
    outputs: ['model-candidate'],
  },
  'training-evaluation': {
    id: 'training-evaluation',
    name: 'Training & evaluation',
    summary: 'Fit, tune and compare candidates on held-out data against a baseline; register the winner.',
    inputs: ['model-candidate', 'data-splits'],
    outputs: ['trained-model', 'evaluation-report', 'registered-model-version'],
  },
  'model-deployment': {
    id: 'model-deployment',
    name: 'Model deployment',
    summary: 'Release a registered model for online or batch predictions, versioned and monitored.',
    inputs: ['registered-model-version', 'fitted-transform'],
    outputs: ['deployed-model-service', 'prediction-log'],
  },
} as const satisfies { [K in StageId]: Stage<K> };
