import type { StageId } from './ids.ts';

export interface Stage<Id extends StageId = StageId> {
  id: Id;
  /** Name shown in diagrams, headings and the sidebar. */
  name: string;
  /** One line: what the stage is for. */
  summary: string;
}

// Order is STAGE_IDS' order; a missing, extra or mismatched key is a compile error.
export const stages = {
  'data-collection': {
    id: 'data-collection',
    name: 'Data collection',
    summary: 'Bring raw data from its sources into one versioned place, with where it came from.',
  },
  'data-validation': {
    id: 'data-validation',
    name: 'Data validation',
    summary: 'Check schema, ranges, missing values and drift before anything downstream uses the data.',
  },
  'data-processing': {
    id: 'data-processing',
    name: 'Data processing',
    summary: 'Clean, transform and split the data repeatably, and publish the features.',
  },
  'model-building': {
    id: 'model-building',
    name: 'Model building',
    summary: 'Frame the problem, choose an algorithm and assemble candidate model pipelines.',
  },
  'training-evaluation': {
    id: 'training-evaluation',
    name: 'Training & evaluation',
    summary: 'Fit, tune and compare candidates on held-out data against a baseline; register the winner.',
  },
  'model-deployment': {
    id: 'model-deployment',
    name: 'Model deployment',
    summary: 'Release a registered model for online or batch predictions, versioned and monitored.',
  },
} as const satisfies { [K in StageId]: Stage<K> };
