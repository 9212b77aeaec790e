import type { ArtifactId, FileFormat, NotebookParameterType, StageId } from './ids.ts';

/** A value a notebook parameter can default to; its JSON type must match the parameter's `type`. */
export type NotebookParameterValue = string | number | boolean;

/** One parameter of a stage notebook: a cell a runner (e.g. papermill) can override. */
export interface NotebookParameter {
  /** A Python identifier, unique within the stage. */
  name: string;
  type: NotebookParameterType;
  default: NotebookParameterValue;
  /** One line: what it changes. */
  description: string;
}

/** An artifact a stage notebook reads or writes, and where it lives relative to the project root. */
export interface NotebookPort {
  artifact: ArtifactId;
  /** Relative path; a directory ends in `/`. The producer and every consumer use the same path. */
  path: string;
  format: FileFormat;
}

/** What a notebook for this stage must declare, so a runner can wire notebooks into a pipeline. */
export interface NotebookContract {
  parameters: readonly NotebookParameter[];
  /** Exactly the stage's `inputs`, each with its path and format. */
  inputs: readonly NotebookPort[];
  /** Exactly the stage's `outputs`, each with its path and format. */
  outputs: readonly NotebookPort[];
}

export interface Stage<Id extends StageId = StageId> {
  id: Id;
  /** Name shown in diagrams, headings and the sidebar. */
  name: string;
  /** One line: what the stage is for. */
  summary: string;
  /** Two or three sentences: why the stage exists and what goes wrong without it. */
  purpose: string;
  /** Artifacts it reads; an unknown id fails to compile. */
  inputs: readonly ArtifactId[];
  /** Artifacts it produces; each artifact has exactly one producing stage. */
  outputs: readonly ArtifactId[];
  /** Checks that belong in this stage, each one line. */
  checks: readonly string[];
  /** How this stage typically fails, each one line. */
  failureModes: readonly string[];
  notebook: NotebookContract;
}

// Order is STAGE_IDS' order; a missing, extra or mismatched key is a compile error.
export const stages = {
  'data-collection': {
    id: 'data-collection',
    name: 'Data collection',
    summary: 'Bring raw data from its sources into one versioned place, with where it came from.',
    purpose:
      'Training can only be repeated if the exact data it saw can be found again. This stage copies data from source systems into storage you control, as immutable snapshots that record their source and time.',
    inputs: ['prediction-log'],
    outputs: ['raw-data'],
    checks: [
      'Every source answered and delivered the expected number of rows',
      'The snapshot is immutable and has a version or content hash',
      'Provenance (source, query, time window) is stored with the snapshot',
      'Labels, when collected, come with who labelled them and how',
    ],
    failureModes: [
      'A source silently changes its export, so later snapshots mean something else',
      'Data is overwritten in place, so no run can be reproduced',
      'Prediction logs are collected without the ground truth that arrives later',
    ],
    notebook: {
      parameters: [
        { name: 'snapshot_date', type: 'string', default: '2024-01-01', description: 'Last day of data to collect (ISO date): a fixed date, never "today", so a rerun collects the same rows.' },
        { name: 'lookback_days', type: 'integer', default: 30, description: 'How many days before snapshot_date to collect.' },
        { name: 'include_prediction_log', type: 'boolean', default: true, description: 'Also collect logged predictions and their late ground truth.' },
      ],
      inputs: [{ artifact: 'prediction-log', path: 'data/prediction-log/', format: 'parquet' }],
      outputs: [{ artifact: 'raw-data', path: 'data/raw/', format: 'parquet' }],
    },
  },
  'data-validation': {
    id: 'data-validation',
    name: 'Data validation',
    summary: 'Check schema, ranges, missing values and drift before anything downstream uses the data.',
    purpose:
      'Bad data rarely crashes a pipeline; it trains a worse model. This stage compares each snapshot with an expected schema and reference statistics and stops the run when the data is wrong.',
    inputs: ['raw-data'],
    outputs: ['validation-report', 'validated-data'],
    checks: [
      'Columns, types and required fields match the expected schema',
      'Values lie in their expected ranges and categories',
      'Missing values stay under their threshold',
      'Distributions have not drifted from the reference snapshot',
      'Training data and serving data are not skewed against each other',
    ],
    failureModes: [
      'Checks only warn, so bad data flows on',
      'The schema is re-inferred from every new snapshot, so it accepts whatever arrives',
      'Thresholds are so tight that every run fails and people stop looking',
    ],
    notebook: {
      parameters: [
        { name: 'max_missing_fraction', type: 'number', default: 0.05, description: 'Largest share of missing values allowed in any column.' },
        { name: 'drift_threshold', type: 'number', default: 0.1, description: 'Largest distance allowed between a column and its reference distribution.' },
        { name: 'fail_on_anomaly', type: 'boolean', default: true, description: 'Stop the pipeline when any check fails.' },
      ],
      inputs: [{ artifact: 'raw-data', path: 'data/raw/', format: 'parquet' }],
      outputs: [
        { artifact: 'validation-report', path: 'reports/validation.json', format: 'json' },
        { artifact: 'validated-data', path: 'data/validated/', format: 'parquet' },
      ],
    },
  },
  'data-processing': {
    id: 'data-processing',
    name: 'Data processing',
    summary: 'Clean, transform and split the data repeatably, and publish the features.',
    purpose:
      'Models learn from features, not from raw records. This stage turns validated data into features, splits it the same way on every run, and saves the fitted transform so serving computes features exactly as training did.',
    inputs: ['validated-data'],
    outputs: ['feature-set', 'data-splits', 'fitted-transform'],
    checks: [
      'Splits are deterministic: the same data gives the same split',
      'No row, user or time period leaks from the test split into training',
      'Transforms are fitted on the training split only',
      'The saved transform reproduces the features it was fitted on',
    ],
    failureModes: [
      'Random splits change from run to run, so results cannot be compared',
      'Statistics from the whole data set (means, vocabularies) leak the test split into training',
      'Serving re-implements the features by hand and drifts from training',
    ],
    notebook: {
      parameters: [
        { name: 'split_key', type: 'string', default: 'id', description: 'Column hashed to assign each row to a split.' },
        { name: 'test_fraction', type: 'number', default: 0.2, description: 'Share of rows in the test split.' },
        { name: 'validation_fraction', type: 'number', default: 0.1, description: 'Share of rows in the validation split.' },
      ],
      inputs: [{ artifact: 'validated-data', path: 'data/validated/', format: 'parquet' }],
      outputs: [
        { artifact: 'feature-set', path: 'data/features/', format: 'parquet' },
        { artifact: 'data-splits', path: 'data/splits/', format: 'parquet' },
        { artifact: 'fitted-transform', path: 'models/transform.joblib', format: 'joblib' },
      ],
    },
  },
  'model-building': {
    id: 'model-building',
    name: 'Model building',
    summary: 'Frame the problem, choose an algorithm and assemble candidate model pipelines.',
    purpose:
      'Before anything is trained at scale, someone decides what to predict, how to measure it and which models are worth trying. This stage starts from a simple baseline and turns those decisions into model code and configuration.',
    inputs: ['feature-set', 'data-splits'],
    outputs: ['model-candidate'],
    checks: [
      'The prediction target and the metric are written down',
      'A simple baseline (a heuristic or a linear model) has a score',
      'Each candidate is a model pipeline that can be fitted from its configuration alone',
      'Exploration runs are tracked, not only kept in a notebook',
    ],
    failureModes: [
      'No baseline, so nobody knows whether the model is any good',
      'Preprocessing is done by hand outside the model pipeline',
      'The winning candidate exists only in one person’s notebook state',
    ],
    notebook: {
      parameters: [
        { name: 'target_column', type: 'string', default: 'label', description: 'Column the model predicts.' },
        { name: 'metric', type: 'string', default: 'roc_auc', description: 'Metric candidates are compared on.' },
        { name: 'random_seed', type: 'integer', default: 42, description: 'Seed for every random choice in exploration.' },
      ],
      inputs: [
        { artifact: 'feature-set', path: 'data/features/', format: 'parquet' },
        { artifact: 'data-splits', path: 'data/splits/', format: 'parquet' },
      ],
      outputs: [{ artifact: 'model-candidate', path: 'models/candidate.yaml', format: 'yaml' }],
    },
  },
  'training-evaluation': {
    id: 'training-evaluation',
    name: 'Training & evaluation',
    summary: 'Fit, tune and compare candidates on held-out data against a baseline; register the winner.',
    purpose:
      'A model is only as trustworthy as its evaluation. This stage fits the candidate, tunes it, measures it on data it never saw and on slices of that data, and registers a version only when it beats the baseline.',
    inputs: ['model-candidate', 'data-splits'],
    outputs: ['trained-model', 'evaluation-report', 'registered-model-version'],
    checks: [
      'The test split is used once, after tuning, never for choosing',
      'Metrics beat the baseline and the model currently deployed',
      'Metrics hold on important slices, not only on average',
      'The registered version links to its run, code version and data snapshot',
    ],
    failureModes: [
      'Tuning on the test split, so the reported score is optimistic',
      'A good average hides a slice where the model fails badly',
      'The registered model cannot be traced back to the data that trained it',
    ],
    notebook: {
      parameters: [
        { name: 'max_trials', type: 'integer', default: 20, description: 'Hyperparameter combinations to try.' },
        { name: 'min_improvement', type: 'number', default: 0.01, description: 'Least gain over the baseline needed to register a version.' },
        { name: 'register_model', type: 'boolean', default: false, description: 'Register the winner in the model registry.' },
      ],
      inputs: [
        { artifact: 'model-candidate', path: 'models/candidate.yaml', format: 'yaml' },
        { artifact: 'data-splits', path: 'data/splits/', format: 'parquet' },
      ],
      outputs: [
        { artifact: 'trained-model', path: 'models/trained/', format: 'mlflow-model' },
        { artifact: 'evaluation-report', path: 'reports/evaluation.json', format: 'json' },
        { artifact: 'registered-model-version', path: 'models/registered-version.json', format: 'json' },
      ],
    },
  },
  'model-deployment': {
    id: 'model-deployment',
    name: 'Model deployment',
    summary: 'Release a registered model for online or batch predictions, versioned and monitored.',
    purpose:
      'A model helps nobody until it answers requests. This stage packages a registered version with its transform, rolls it out so it can be rolled back, and logs its predictions so monitoring can feed the next round of data collection.',
    inputs: ['registered-model-version', 'fitted-transform'],
    outputs: ['deployed-model-service', 'prediction-log'],
    checks: [
      'The service applies the same fitted transform as training',
      'The new version gets a share of traffic (canary or shadow) before all of it',
      'Rolling back to the previous version is one step',
      'Predictions are logged with the model version and a request key',
    ],
    failureModes: [
      'Training–serving skew: the service computes features differently',
      'A new version replaces the old one for every client at once',
      'Nobody watches the live model, so drift goes unnoticed until users complain',
    ],
    notebook: {
      parameters: [
        { name: 'model_version', type: 'string', default: 'latest', description: 'Registered model version or alias to deploy.' },
        { name: 'canary_fraction', type: 'number', default: 0.1, description: 'Share of traffic the new version gets first.' },
        { name: 'batch_mode', type: 'boolean', default: false, description: 'Run batch predictions instead of an online endpoint.' },
      ],
      inputs: [
        { artifact: 'registered-model-version', path: 'models/registered-version.json', format: 'json' },
        { artifact: 'fitted-transform', path: 'models/transform.joblib', format: 'joblib' },
      ],
      outputs: [
        { artifact: 'deployed-model-service', path: 'deploy/service.json', format: 'json' },
        { artifact: 'prediction-log', path: 'data/prediction-log/', format: 'parquet' },
      ],
    },
  },
} as const satisfies { [K in StageId]: Stage<K> };
