import type { CoverageRole, PipelineTypeId, StageId } from './ids.ts';

export interface StageCoverage {
  stage: StageId;
  /** Primary: the type's home ground. Supporting: it helps there, another type leads. */
  role: CoverageRole;
}

export interface PipelineType<Id extends PipelineTypeId = PipelineTypeId> {
  id: Id;
  /** Name shown in diagrams, headings and the sidebar. */
  name: string;
  /** One line: what it is. */
  summary: string;
  /** What it coordinates. */
  orchestrates: string;
  /** The smallest thing it schedules, runs or records. */
  unitOfWork: string;
  /** What starts it. */
  triggers: string;
  /** What it remembers between runs. */
  stateKept: string;
  /** What it is often mistaken for. */
  isNot: string;
  /** Stages it takes on. Listing a stage twice is a validate() error. */
  covers: readonly StageCoverage[];
}

export const pipelineTypes = {
  'workflow-pipeline': {
    id: 'workflow-pipeline',
    name: 'Workflow pipeline',
    summary: 'A DAG of containerised steps that runs the ML workflow end to end and records lineage.',
    orchestrates: 'Containerised steps from ingestion to deployment, across machines, passing artifacts',
    unitOfWork: 'A containerised component with declared inputs and outputs; a run of the whole DAG',
    triggers: 'An API call or a person, a schedule, new data, a code change in CI, a monitoring alert',
    stateKept: 'Run history, artifacts and their lineage in a metadata store',
    isNot: 'A function chain inside one process, or a tracker of experiments',
    covers: [
      { stage: 'data-collection', role: 'supporting' },
      { stage: 'data-validation', role: 'primary' },
      { stage: 'data-processing', role: 'primary' },
      { stage: 'model-building', role: 'supporting' },
      { stage: 'training-evaluation', role: 'primary' },
      { stage: 'model-deployment', role: 'primary' },
    ],
  },
  'data-pipeline': {
    id: 'data-pipeline',
    name: 'Data pipeline',
    summary: 'Scheduled movement and transformation of data into places where models can use it.',
    orchestrates: 'Ingestion, ETL or ELT, data checks and feature computation',
    unitOfWork: 'A task (Airflow) or an op or asset (Dagster) in a DAG run',
    triggers: 'A schedule, an upstream dataset or asset update, a backfill, a person',
    stateKept: 'Task and run state, data intervals, asset materialisations',
    isNot: 'An experiment tracker or a model registry',
    covers: [
      { stage: 'data-collection', role: 'primary' },
      { stage: 'data-validation', role: 'primary' },
      { stage: 'data-processing', role: 'primary' },
    ],
  },
  'model-pipeline': {
    id: 'model-pipeline',
    name: 'Model pipeline',
    summary: 'Preprocessing and an estimator chained into one object that is fitted and applied as one.',
    orchestrates: 'Transforms and a final estimator inside one process',
    unitOfWork: 'A step: a transformer or the final estimator',
    triggers: 'Code calling fit, transform or predict: no scheduler',
    stateKept: 'The fitted parameters of every step, saved with the model',
    isNot: 'A DAG of containers, or a scheduler',
    covers: [
      { stage: 'data-processing', role: 'supporting' },
      { stage: 'model-building', role: 'primary' },
      { stage: 'training-evaluation', role: 'primary' },
      { stage: 'model-deployment', role: 'supporting' },
    ],
  },
  'ml-tracking-pipeline': {
    id: 'ml-tracking-pipeline',
    name: 'ML tracking pipeline',
    summary: 'The record of experiments and model versions: parameters, metrics, artifacts, lineage.',
    orchestrates: 'Nothing: it records runs and promotes model versions',
    unitOfWork: 'A run within an experiment; a model version in a registry',
    triggers: 'Logging calls in training and evaluation code; registry events',
    stateKept: 'Parameters, metrics, artifacts, code and data versions, model versions and aliases',
    isNot: 'An orchestrator or a scheduler',
    covers: [
      { stage: 'model-building', role: 'primary' },
      { stage: 'training-evaluation', role: 'primary' },
      { stage: 'model-deployment', role: 'supporting' },
    ],
  },
} as const satisfies { [K in PipelineTypeId]: PipelineType<K> };
