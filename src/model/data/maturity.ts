import type { PipelineTypeId } from './ids.ts';

/** Google's MLOps maturity ladder: manual, automated training, automated CI/CD of the pipeline. */
export const MATURITY_LEVEL_IDS = ['level-0', 'level-1', 'level-2'] as const;
export type MaturityLevelId = (typeof MATURITY_LEVEL_IDS)[number];

export interface MaturityLevel<Id extends MaturityLevelId = MaturityLevelId> {
  id: Id;
  /** e.g. "Level 1: ML pipeline automation". */
  name: string;
  /** One line: what the level looks like from the outside. */
  summary: string;
  /** What goes to production at this level: a model file, or the pipeline that makes models. */
  deployed: string;
  /** What starts a new training run. */
  retrainedWhen: string;
}

export const maturityLevels = {
  'level-0': {
    id: 'level-0',
    name: 'Level 0: manual process',
    summary: 'Notebooks and scripts run by hand; a data scientist hands a model file to engineers.',
    deployed: 'A trained model',
    retrainedWhen: 'Someone decides to, a few times a year',
  },
  'level-1': {
    id: 'level-1',
    name: 'Level 1: ML pipeline automation',
    summary: 'The training pipeline itself runs in production and retrains the model without a person (continuous training).',
    deployed: 'The training pipeline, which produces and validates models',
    retrainedWhen: 'On demand, on a schedule, when new data arrives, or when monitoring sees performance drop',
  },
  'level-2': {
    id: 'level-2',
    name: 'Level 2: CI/CD pipeline automation',
    summary: "The pipeline's components are themselves built, tested and released from source control.",
    deployed: 'The training pipeline, released through CI/CD like any other software',
    retrainedWhen: 'As at level 1, and whenever a tested change to the pipeline code is released',
  },
} as const satisfies { [K in MaturityLevelId]: MaturityLevel<K> };

/** Where a pipeline type becomes necessary on the ladder. Our reading, not Google's wording. */
export interface PipelineTypeEntry {
  level: MaturityLevelId;
  /** One line: why it enters there. */
  why: string;
}

export const pipelineTypeEntries = {
  'model-pipeline': {
    level: 'level-0',
    why: 'Chaining transforms and estimator costs nothing in a notebook and prevents leakage and train/serve skew from the start.',
  },
  'ml-tracking-pipeline': {
    level: 'level-0',
    why: 'Logging runs needs only a few lines in the notebook; without it, level 0 results cannot be compared or reproduced.',
  },
  'data-pipeline': {
    level: 'level-1',
    why: 'Continuous training needs fresh, validated data delivered on a schedule or on arrival, without a person.',
  },
  'workflow-pipeline': {
    level: 'level-1',
    why: 'What level 1 deploys is the training pipeline itself: containerised steps run end to end, with lineage.',
  },
} as const satisfies { [K in PipelineTypeId]: PipelineTypeEntry };
