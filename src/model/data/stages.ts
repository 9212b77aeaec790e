import type { FramingFieldId } from './framing.ts';
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

/** One answer a team can give to a stage's decision, with when it fits and what it costs. */
export interface DecisionOption {
  /** The choice, in a few words: "Hash a stable key". */
  choice: string;
  /** When this is the right answer. */
  when: string;
  /** What it costs or risks, so the trade-off is explicit. */
  cost: string;
}

/** A question every team answers in this stage; a decision has at least two options. */
export interface StageDecision {
  /** Kebab-case, unique within the stage; part of its published anchor `#<stage>-decision-<id>`. */
  id: string;
  /** The question as a team would ask it. */
  question: string;
  /** The framing fields whose answers decide it (src/model/data/framing.ts); at least one. */
  decidedBy: readonly [FramingFieldId, ...FramingFieldId[]];
  options: readonly [DecisionOption, DecisionOption, ...DecisionOption[]];
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
  /** The decisions a team makes in this stage and their trade-offs; at least one. */
  decisions: readonly [StageDecision, ...StageDecision[]];
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
    decisions: [
      {
        id: 'snapshot-or-increment',
        question: 'Copy everything on each run, or only what changed?',
        decidedBy: ['freshness', 'compute-budget'],
        options: [
          { choice: 'A full snapshot each run', when: 'Sources are small enough to copy in minutes, or have no column you can trust to say what changed.', cost: 'Storage and transfer grow with every run; keep a fixed number of snapshots, or store only those whose content hash is new.' },
          { choice: 'New partitions by date', when: 'Sources are large and mostly append, with a reliable event or update time.', cost: 'Late and corrected rows need a reprocessing window and backfills, and a snapshot becomes a named set of partitions rather than one folder.' },
          { choice: 'Change data capture', when: 'A busy database with updates and deletes, where you need its state as it was on a given day.', cost: 'A stream to run and watch, and the state at a date has to be rebuilt by replaying changes.' },
        ],
      },
      {
        id: 'versioning',
        question: 'How does a run name the data it read?',
        decidedBy: ['audit-needs'],
        options: [
          { choice: 'Dated write-once folders with a manifest', when: 'One team, files on object storage, and a pipeline that always reads through the manifest.', cost: 'Immutability is a convention: only storage permissions stop an overwrite, and nothing checks that a file still matches its hash.' },
          { choice: 'A data versioning tool such as DVC', when: 'Several people and pipelines share data and must pin the exact version a run used, next to the code version in Git.', cost: 'Another tool to learn and run in every pipeline step; DVC versions files, which suits exports better than tables that change in place.' },
          { choice: 'A table format with time travel', when: 'The data already lives in a lakehouse table (Delta Lake, Apache Iceberg) queried with Spark or SQL.', cost: 'Old versions are kept only as long as retention allows; once old files are vacuumed, older runs can no longer be repeated.' },
        ],
      },
      {
        id: 'labels',
        question: 'Where do the labels come from?',
        decidedBy: ['ml-objective', 'freshness'],
        options: [
          { choice: 'Outcomes the product records', when: 'The thing you predict happens anyway and is logged: a cancellation, a chargeback, a click.', cost: 'Labels arrive late (a chargeback can take weeks), and only for what the current system let happen, which biases the next model.' },
          { choice: 'People who label examples', when: 'Nothing records the answer, as with images, documents or support tickets.', cost: 'Money and time; it needs written guidelines, a measure of how often labellers agree, and a record of who labelled what.' },
          { choice: 'Rules that label in bulk', when: 'Rules of thumb are right most of the time and there are far more examples than people could label.', cost: 'Labels are noisy, and the rules’ systematic mistakes become the model’s.' },
        ],
      },
    ],
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
    decisions: [
      {
        id: 'schema-source',
        question: 'Where does the expected schema come from?',
        decidedBy: ['error-costs'],
        options: [
          { choice: 'Written by hand, in code', when: 'Tens of columns whose meaning the team knows; the schema is reviewed like any other code.', cost: 'Someone writes every range and category, and must change them when the data legitimately changes.' },
          { choice: 'Inferred once, reviewed, then frozen', when: 'Wide data with hundreds of columns, where TensorFlow Data Validation or Pandera can infer a first schema from a sample.', cost: 'Inferred ranges are only what the sample held: a person has to tighten or widen them before the schema is trusted.' },
        ],
      },
      {
        id: 'what-stops-the-run',
        question: 'Which failed checks stop the run?',
        decidedBy: ['error-costs', 'freshness'],
        options: [
          { choice: 'Every failed check', when: 'A small pipeline whose output drives decisions, where a wrong model is worse than a late one.', cost: 'A noisy check stops training for a harmless change, and people learn to switch checks off.' },
          { choice: 'Schema and range errors stop it; distribution changes only warn', when: 'Most pipelines: broken data must not pass, while a shifted distribution needs a person to judge.', cost: 'Warnings need an owner who reads them; without one they are a log nobody opens.' },
          { choice: 'Bad rows are set aside, the rest goes on', when: 'A small share of bad rows is normal, as with data people type in, and the rest is sound.', cost: 'The set-aside share can grow unnoticed; cap it and stop the run above the cap.' },
        ],
      },
      {
        id: 'drift-reference',
        question: 'Which data is the reference for distribution checks?',
        decidedBy: ['freshness'],
        options: [
          { choice: 'The data the deployed model was trained on', when: 'You want to know whether the model still sees what it learnt from.', cost: 'With seasonal data every season looks like a shift, so thresholds must allow for it.' },
          { choice: 'The previous snapshot', when: 'You want to catch a feed that breaks suddenly.', cost: 'A slow change passes unnoticed, because each step is small.' },
          { choice: 'The same period a year earlier', when: 'Behaviour follows the calendar: retail, travel, energy.', cost: 'It needs a year of history, and a changed product makes last year a poor guide.' },
        ],
      },
    ],
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
    decisions: [
      {
        id: 'split-method',
        question: 'How are rows assigned to training, validation and test?',
        decidedBy: ['ml-objective', 'offline-metric'],
        options: [
          { choice: 'A random draw with a fixed seed', when: 'Rows are independent and the data set is fixed, as in a one-off study.', cost: 'Adding rows reshuffles every split, and rows that belong together (one user’s sessions) land on both sides.' },
          { choice: 'A hash of a key column', when: 'Rows group by an entity (a customer, a device, a day) or the data keeps growing; the Repeatable Splitting pattern.', cost: 'Split shares are only approximate, and a key with few distinct values gives lumpy splits.' },
          { choice: 'By time: train on the past, test on the latest period', when: 'The model will predict the future from the past, as most production models do.', cost: 'The latest period may be unusual, and the oldest data may no longer resemble today.' },
        ],
      },
      {
        id: 'where-features-live',
        question: 'Where does the feature engineering code live?',
        decidedBy: ['latency', 'freshness'],
        options: [
          { choice: 'In the model pipeline', when: 'Features are computed from one request’s own fields (scaling, encoding) and belong to one model; a scikit-learn Pipeline saves them with it.', cost: 'Not shared between models, and aggregates over history do not fit inside a request.' },
          { choice: 'In the data pipeline, written to a table', when: 'Joins and aggregates over large data, used by several models in batch.', cost: 'An online service must read the same table or re-implement the logic, which is where training/serving skew starts.' },
          { choice: 'In a feature store such as Feast', when: 'Several models need the same features both for training and at request time, correct as of each example’s timestamp.', cost: 'A service to run; every feature is registered and materialised into the online store before it can be served.' },
        ],
      },
      {
        id: 'missing-values',
        question: 'What happens to missing values?',
        decidedBy: ['ml-objective', 'error-costs'],
        options: [
          { choice: 'Drop the rows', when: 'Few rows are missing, at random, and serving never sees missing values.', cost: 'Serving cannot drop a request, and if missingness depends on the outcome the training data is biased.' },
          { choice: 'Impute in the fitted transform, with an indicator', when: 'Serving will also meet missing values.', cost: 'One column more per imputed feature, and the imputation value is learnt from the training split and saved with the transform.' },
        ],
      },
    ],
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
    decisions: [
      {
        id: 'baseline',
        question: 'What must a model beat?',
        decidedBy: ['decision-informed', 'minimum-gain'],
        options: [
          { choice: 'The most frequent class, or the mean', when: 'Always, as the floor.', cost: 'Easy to beat, so beating it says little on its own.' },
          { choice: 'A rule of thumb people already use', when: 'The business already acts on a rule (“no login for 30 days means likely to leave”); the Heuristic Benchmark pattern.', cost: 'The rule has to be written down and agreed, and it is often harder to beat than expected.' },
          { choice: 'The model in production', when: 'A model is being replaced.', cost: 'It must be scored on the same splits as the candidates, so its pipeline must still run.' },
        ],
      },
      {
        id: 'model-family',
        question: 'Which kind of model first?',
        decidedBy: ['audit-needs', 'latency', 'compute-budget'],
        options: [
          { choice: 'A linear or logistic model', when: 'Tabular data, a need to explain predictions, or little data.', cost: 'Misses interactions between features unless they are built by hand (the Feature Cross pattern).' },
          { choice: 'Gradient-boosted trees', when: 'Most tabular problems with mixed types and interactions.', cost: 'More hyperparameters to tune, larger model files and explanations that need attribution methods such as SHAP.' },
          { choice: 'A neural network, usually pre-trained', when: 'Images, text or audio, ideally starting from a pre-trained model (the Transfer Learning pattern).', cost: 'Accelerators, longer iterations and more to version: weights, tokenizers, the base model.' },
        ],
      },
      {
        id: 'metric',
        question: 'Which metric chooses between candidates?',
        decidedBy: ['offline-metric', 'error-costs', 'metric-gap'],
        options: [
          { choice: 'A threshold-free ranking metric (ROC AUC, PR AUC)', when: 'The decision threshold is set later, or by someone else; PR AUC when positives are rare.', cost: 'Says nothing about how the model does at the threshold that will be used.' },
          { choice: 'A metric at the operating point', when: 'Capacity is fixed: a team can call 200 customers a week, so precision among the top 200 matters.', cost: 'Tied to a threshold or capacity that may change.' },
          { choice: 'An estimate of cost or value', when: 'Errors have known, unequal costs, such as a missed fraud against a blocked customer.', cost: 'The costs must be agreed and kept current, or the metric optimises an old guess.' },
        ],
      },
    ],
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
    decisions: [
      {
        id: 'tuning',
        question: 'How much hyperparameter search?',
        decidedBy: ['minimum-gain', 'compute-budget'],
        options: [
          { choice: 'None: library defaults', when: 'The first version, or a comparison with the baseline.', cost: 'Leaves accuracy unclaimed, and defaults change between library versions.' },
          { choice: 'A small random or grid search with cross-validation', when: 'A fit takes seconds to minutes on one machine.', cost: 'Compute multiplies by folds times trials, and the search itself must be tracked to be repeated.' },
          { choice: 'An adaptive search that stops bad trials early', when: 'Each fit is expensive; the Hyperparameter Tuning pattern with a Bayesian or bandit search.', cost: 'Another library and its settings to version, and results vary with the search budget and seed.' },
        ],
      },
      {
        id: 'promotion-gate',
        question: 'What gate must a model pass to be promoted?',
        decidedBy: ['offline-metric', 'minimum-gain', 'error-costs', 'audit-needs'],
        options: [
          { choice: 'Beat the baseline and the current model by a margin', when: 'Always: the margin separates a real gain from noise.', cost: 'Too small a margin lets noise through; too large and nothing ever ships.' },
          { choice: 'Also, no important slice gets worse', when: 'Users fall into groups (regions, plans, languages) and harm to one group matters; the Fairness Lens pattern.', cost: 'Slices must be named in advance and hold enough rows; small slices give noisy scores.' },
          { choice: 'Also, a person signs off on the report', when: 'Regulated or high-stakes decisions.', cost: 'Slower, and sign-off becomes a formality unless the report is short and readable.' },
        ],
      },
      {
        id: 'where-training-runs',
        question: 'Where does training run?',
        decidedBy: ['compute-budget', 'freshness'],
        options: [
          { choice: 'A step on one machine, started by the workflow', when: 'A fit takes minutes to an hour and the data fits in memory.', cost: 'Nothing to scale beyond one machine; a bigger model means a bigger machine.' },
          { choice: 'Distributed or managed training jobs', when: 'The data or the model does not fit one machine (the Distribution Strategy pattern), or a platform such as Vertex AI or SageMaker already runs the pipeline.', cost: 'Cost and setup, and runs on many workers are harder to make bit-for-bit repeatable.' },
        ],
      },
    ],
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
    decisions: [
      {
        id: 'serving-mode',
        question: 'Predict in batch, online, or both?',
        decidedBy: ['freshness', 'latency'],
        options: [
          { choice: 'Batch, on a schedule', when: 'Predictions are needed for known entities at known times, such as a nightly score for every customer; the Batch Serving pattern.', cost: 'Scores are as old as the last run, and an entity created since has none.' },
          { choice: 'Online, per request', when: 'The prediction depends on the request itself (a payment, a search) and is needed in milliseconds; the Stateless Serving Function pattern.', cost: 'A service to keep up and scale, a latency budget, and every feature must be available at request time.' },
          { choice: 'Batch scores, with an online fallback', when: 'Most requests are for known entities, a few are for new ones.', cost: 'Two paths that must use the same model version and transform.' },
        ],
      },
      {
        id: 'rollout',
        question: 'How does a new version meet real traffic?',
        decidedBy: ['success-metric', 'guardrail-metrics', 'error-costs'],
        options: [
          { choice: 'Shadow: it scores requests but nobody sees its answers', when: 'A wrong answer is expensive and the model can only be judged on live data.', cost: 'Double the compute, and it shows what the model would say, not what users would do.' },
          { choice: 'Canary: a small share of traffic first', when: 'Live metrics show a difference within hours or days.', cost: 'The share must stick to a key, so one customer does not flip between versions; a small share takes long to show small differences.' },
          { choice: 'All at once, with one-step rollback', when: 'Batch jobs, or low-risk models whose output people review anyway.', cost: 'Everyone meets a bad version until someone notices and rolls back.' },
        ],
      },
      {
        id: 'packaging',
        question: 'How is the model packaged for serving?',
        decidedBy: ['latency'],
        options: [
          { choice: 'A model file served by a standard runtime', when: 'The framework is common and the model needs little custom code: MLflow Model Registry with KServe or BentoML, for example.', cost: 'Bound to what the runtime supports; custom pre- and post-processing has to fit its extension points.' },
          { choice: 'Your own container and API', when: 'Unusual dependencies, or logic around the model that no runtime covers.', cost: 'You own the server code, health checks, scaling and security updates.' },
        ],
      },
    ],
  },
} as const satisfies { [K in StageId]: Stage<K> };
