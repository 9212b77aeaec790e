import type { PatternId, StageId } from './ids.ts';

/**
 * What a participant in a pattern is. Each kind has one shape in every pattern diagram
 * (src/diagrams/pattern-shapes.ts), so a reader who has learnt the shapes once reads them all.
 */
export const PARTICIPANT_KINDS = ['data', 'store', 'model', 'service', 'job', 'person'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** One thing that takes part in a pattern: a dataset, a model, a service, a step, a person… */
export interface Participant {
  kind: ParticipantKind;
  /** Short enough for a box on a phone: a few words. */
  label: string;
  /** The pipeline stage it belongs to, when it belongs to one; one of the pattern's own stages. */
  stage?: StageId;
  /** Part of the key idea: the diagram highlights it. */
  key?: true;
}

/** Something that passes from one participant to another, labelled with what it is or when it happens. */
export interface Flow<P extends string = string> {
  from: P;
  to: P;
  label: string;
  /** Part of the key idea: drawn as a thick line. */
  key?: true;
}

/** How a pattern works, as participants and flows: what its diagram draws. */
export interface PatternStructure<Id extends PatternId = PatternId, P extends string = string> {
  pattern: Id;
  /** Keyed by a kebab-case id local to the pattern; drawn in this order. */
  participants: { readonly [K in P]: Participant };
  flows: readonly Flow<NoInfer<P>>[];
  /** The one thing that makes the pattern work, in a sentence; the highlighted parts draw it. */
  keyIdea: string;
}

/** A structure whose flows can only name its own participants (a typo fails to compile). */
function drawn<Id extends PatternId, const P extends string>(structure: PatternStructure<Id, P>): PatternStructure<Id, P> {
  return structure;
}

export const patternStructures = {
  'hashed-feature': drawn({
    pattern: 'hashed-feature',
    participants: {
      seen: { kind: 'data', label: 'Category value seen in training', stage: 'data-processing' },
      unseen: { kind: 'data', label: 'New value at serving', stage: 'data-processing' },
      hash: { kind: 'job', label: 'Fingerprint hash, then modulo N', stage: 'data-processing', key: true },
      model: { kind: 'model', label: 'Model with N bucket inputs', stage: 'model-building' },
    },
    flows: [
      { from: 'seen', to: 'hash', label: 'training' },
      { from: 'unseen', to: 'hash', label: 'serving' },
      { from: 'hash', to: 'model', label: 'bucket index', key: true },
    ],
    keyIdea: 'A deterministic hash sends any value, seen in training or not, to one of a fixed number of buckets.',
  }),
  embeddings: drawn({
    pattern: 'embeddings',
    participants: {
      ids: { kind: 'data', label: 'High-cardinality input', stage: 'model-building' },
      layer: { kind: 'model', label: 'Embedding layer', stage: 'model-building', key: true },
      vectors: { kind: 'data', label: 'Dense vectors', stage: 'training-evaluation' },
      task: { kind: 'model', label: 'Rest of the model', stage: 'training-evaluation' },
      store: { kind: 'store', label: 'Feature store' },
    },
    flows: [
      { from: 'ids', to: 'layer', label: 'index' },
      { from: 'layer', to: 'vectors', label: 'learnt with the task', key: true },
      { from: 'vectors', to: 'task', label: 'input' },
      { from: 'vectors', to: 'store', label: 'reuse' },
    ],
    keyIdea: 'The vectors are learnt while training for the task, so items that behave alike end up close together.',
  }),
  'feature-cross': drawn({
    pattern: 'feature-cross',
    participants: {
      a: { kind: 'data', label: 'Feature A, bucketised', stage: 'data-processing' },
      b: { kind: 'data', label: 'Feature B, bucketised', stage: 'data-processing' },
      cross: { kind: 'job', label: 'Cross A × B', stage: 'data-processing', key: true },
      crossed: { kind: 'data', label: 'One feature per pair of values', stage: 'data-processing' },
      model: { kind: 'model', label: 'Simple model', stage: 'model-building' },
    },
    flows: [
      { from: 'a', to: 'cross', label: 'bucket' },
      { from: 'b', to: 'cross', label: 'bucket' },
      { from: 'cross', to: 'crossed', label: 'one-hot', key: true },
      { from: 'crossed', to: 'model', label: 'learns the interaction' },
    ],
    keyIdea: 'Every combination of two bucketised values becomes a feature of its own, so a simple model can learn their interaction.',
  }),
  'multimodal-input': drawn({
    pattern: 'multimodal-input',
    participants: {
      image: { kind: 'data', label: 'Image', stage: 'data-processing' },
      text: { kind: 'data', label: 'Text', stage: 'data-processing' },
      table: { kind: 'data', label: 'Tabular fields', stage: 'data-processing' },
      'image-encoder': { kind: 'model', label: 'Image encoder', stage: 'model-building' },
      'text-encoder': { kind: 'model', label: 'Text embedding', stage: 'model-building' },
      concat: { kind: 'job', label: 'Concatenate', stage: 'model-building', key: true },
      model: { kind: 'model', label: 'One model', stage: 'model-building' },
    },
    flows: [
      { from: 'image', to: 'image-encoder', label: 'pixels' },
      { from: 'text', to: 'text-encoder', label: 'tokens' },
      { from: 'image-encoder', to: 'concat', label: 'vector' },
      { from: 'text-encoder', to: 'concat', label: 'vector' },
      { from: 'table', to: 'concat', label: 'as numbers' },
      { from: 'concat', to: 'model', label: 'one input', key: true },
    ],
    keyIdea: 'Each kind of input gets its own representation, and the representations are joined into one input.',
  }),
  reframing: drawn({
    pattern: 'reframing',
    participants: {
      target: { kind: 'data', label: 'Numeric target', stage: 'model-building' },
      buckets: { kind: 'job', label: 'Bucketise the target', stage: 'model-building', key: true },
      model: { kind: 'model', label: 'Classifier over buckets', stage: 'model-building' },
      answer: { kind: 'data', label: 'Probability per bucket', stage: 'model-building' },
    },
    flows: [
      { from: 'target', to: 'buckets', label: 'regression label' },
      { from: 'buckets', to: 'model', label: 'class labels', key: true },
      { from: 'model', to: 'answer', label: 'softmax' },
    ],
    keyIdea: 'The output is recast, here from one number to a distribution over buckets, which also shows how sure the model is.',
  }),
  multilabel: drawn({
    pattern: 'multilabel',
    participants: {
      example: { kind: 'data', label: 'Example', stage: 'model-building' },
      model: { kind: 'model', label: 'One sigmoid per label', stage: 'model-building', key: true },
      scores: { kind: 'data', label: 'Independent score per label', stage: 'model-building' },
      thresholds: { kind: 'job', label: 'Threshold per label', stage: 'model-building' },
      labels: { kind: 'data', label: 'Every label above its threshold', stage: 'model-building' },
    },
    flows: [
      { from: 'example', to: 'model', label: 'input' },
      { from: 'model', to: 'scores', label: 'binary cross-entropy', key: true },
      { from: 'scores', to: 'thresholds', label: 'compare' },
      { from: 'thresholds', to: 'labels', label: 'zero, one or many' },
    ],
    keyIdea: 'A sigmoid per label instead of one softmax, so labels do not compete and an example can have several.',
  }),
  ensembles: drawn({
    pattern: 'ensembles',
    participants: {
      data: { kind: 'data', label: 'Training data', stage: 'model-building' },
      first: { kind: 'model', label: 'Model 1', stage: 'training-evaluation' },
      second: { kind: 'model', label: 'Model 2', stage: 'training-evaluation' },
      third: { kind: 'model', label: 'Model 3', stage: 'training-evaluation' },
      combine: { kind: 'job', label: 'Vote, average or stack', stage: 'training-evaluation', key: true },
      prediction: { kind: 'data', label: 'Ensemble prediction' },
    },
    flows: [
      { from: 'data', to: 'first', label: 'sample' },
      { from: 'data', to: 'second', label: 'sample' },
      { from: 'data', to: 'third', label: 'sample' },
      { from: 'first', to: 'combine', label: 'prediction' },
      { from: 'second', to: 'combine', label: 'prediction' },
      { from: 'third', to: 'combine', label: 'prediction' },
      { from: 'combine', to: 'prediction', label: 'combined', key: true },
    ],
    keyIdea: 'Several models that err differently are combined, so their errors partly cancel out.',
  }),
  cascade: drawn({
    pattern: 'cascade',
    participants: {
      input: { kind: 'data', label: 'Input' },
      router: { kind: 'model', label: 'Router model', stage: 'model-building', key: true },
      common: { kind: 'model', label: 'Model for the usual case', stage: 'training-evaluation' },
      rare: { kind: 'model', label: 'Specialist for the rare case', stage: 'training-evaluation' },
      prediction: { kind: 'data', label: 'Prediction', stage: 'model-deployment' },
    },
    flows: [
      { from: 'input', to: 'router', label: 'every example' },
      { from: 'router', to: 'common', label: 'usual' },
      { from: 'router', to: 'rare', label: 'rare', key: true },
      { from: 'common', to: 'prediction', label: 'answer' },
      { from: 'rare', to: 'prediction', label: 'answer' },
    ],
    keyIdea: "A first model's output decides which specialised model handles the example, and each specialist is trained on what the router sends it.",
  }),
  'neutral-class': drawn({
    pattern: 'neutral-class',
    participants: {
      raters: { kind: 'person', label: 'Labellers', stage: 'data-collection' },
      labels: { kind: 'data', label: 'Labels: yes, no or neutral', stage: 'data-collection', key: true },
      model: { kind: 'model', label: 'Three-class model', stage: 'model-building' },
      prediction: { kind: 'data', label: 'Yes, no, or neutral' },
    },
    flows: [
      { from: 'raters', to: 'labels', label: 'disagree: neutral', key: true },
      { from: 'labels', to: 'model', label: 'train' },
      { from: 'model', to: 'prediction', label: 'predict' },
    ],
    keyIdea: 'Ambiguous examples get a label of their own, so the model is not forced to guess between yes and no.',
  }),
  rebalancing: drawn({
    pattern: 'rebalancing',
    participants: {
      data: { kind: 'data', label: 'Imbalanced data', stage: 'data-processing' },
      rebalance: { kind: 'job', label: 'Down-sample, up-sample or weight', stage: 'data-processing', key: true },
      model: { kind: 'model', label: 'Model', stage: 'model-building' },
      evaluate: { kind: 'job', label: 'Evaluate with precision, recall, AUC', stage: 'training-evaluation' },
    },
    flows: [
      { from: 'data', to: 'rebalance', label: 'rare class' },
      { from: 'rebalance', to: 'model', label: 'balanced training set', key: true },
      { from: 'model', to: 'evaluate', label: 'on the real distribution' },
    ],
    keyIdea: 'The model trains on classes in a fairer proportion, and is judged by metrics that accuracy on the common class cannot fool.',
  }),
  'useful-overfitting': drawn({
    pattern: 'useful-overfitting',
    participants: {
      inputs: { kind: 'data', label: 'Every possible input', stage: 'training-evaluation' },
      system: { kind: 'job', label: 'Slow deterministic simulation', stage: 'training-evaluation' },
      model: { kind: 'model', label: 'Model fit exactly, no regularisation', stage: 'training-evaluation', key: true },
      answers: { kind: 'data', label: 'Fast answers' },
    },
    flows: [
      { from: 'inputs', to: 'system', label: 'compute' },
      { from: 'system', to: 'model', label: 'exact outputs, no hold-out', key: true },
      { from: 'inputs', to: 'model', label: 'features' },
      { from: 'model', to: 'answers', label: 'replaces the simulation' },
    ],
    keyIdea: 'With the whole input space known and no noise, fitting the training data exactly is the goal rather than a failure.',
  }),
  checkpoints: drawn({
    pattern: 'checkpoints',
    participants: {
      loop: { kind: 'job', label: 'Training loop', stage: 'training-evaluation' },
      store: { kind: 'store', label: 'Checkpoints: weights, optimiser, step', stage: 'training-evaluation', key: true },
      best: { kind: 'model', label: 'Best epoch', stage: 'training-evaluation' },
    },
    flows: [
      { from: 'loop', to: 'store', label: 'save every epoch', key: true },
      { from: 'store', to: 'loop', label: 'resume after a crash' },
      { from: 'store', to: 'best', label: 'choose' },
    ],
    keyIdea: 'The whole training state is saved regularly, so a run can resume where it stopped and any epoch can be picked later.',
  }),
  'transfer-learning': drawn({
    pattern: 'transfer-learning',
    participants: {
      large: { kind: 'data', label: 'Large related dataset' },
      base: { kind: 'model', label: 'Pre-trained model', stage: 'model-building' },
      frozen: { kind: 'model', label: 'Frozen layers', stage: 'model-building', key: true },
      small: { kind: 'data', label: 'Small labelled dataset', stage: 'training-evaluation' },
      head: { kind: 'model', label: 'New head', stage: 'training-evaluation' },
    },
    flows: [
      { from: 'large', to: 'base', label: 'pre-train' },
      { from: 'base', to: 'frozen', label: 'reuse layers', key: true },
      { from: 'frozen', to: 'head', label: 'features' },
      { from: 'small', to: 'head', label: 'train, then fine-tune' },
    ],
    keyIdea: 'Layers trained on a large dataset are reused as they are, so only a small new head has to learn from the little data there is.',
  }),
  'distribution-strategy': drawn({
    pattern: 'distribution-strategy',
    participants: {
      data: { kind: 'data', label: 'Training data', stage: 'training-evaluation' },
      first: { kind: 'job', label: 'Worker 1', stage: 'training-evaluation' },
      second: { kind: 'job', label: 'Worker 2', stage: 'training-evaluation' },
      last: { kind: 'job', label: 'Worker N', stage: 'training-evaluation' },
      sync: { kind: 'service', label: 'All-reduce or parameter server', stage: 'training-evaluation', key: true },
      model: { kind: 'model', label: 'Shared model', stage: 'training-evaluation' },
    },
    flows: [
      { from: 'data', to: 'first', label: 'shard' },
      { from: 'data', to: 'second', label: 'shard' },
      { from: 'data', to: 'last', label: 'shard' },
      { from: 'first', to: 'sync', label: 'gradients', key: true },
      { from: 'second', to: 'sync', label: 'gradients', key: true },
      { from: 'last', to: 'sync', label: 'gradients', key: true },
      { from: 'sync', to: 'model', label: 'update' },
    ],
    keyIdea: 'Workers each train on a share of the data and combine their gradients, so one model learns from all of it at once.',
  }),
  'hyperparameter-tuning': drawn({
    pattern: 'hyperparameter-tuning',
    participants: {
      tuner: { kind: 'service', label: 'Tuner: grid, random or Bayesian', stage: 'training-evaluation', key: true },
      trial: { kind: 'job', label: 'Training run', stage: 'training-evaluation' },
      metric: { kind: 'data', label: 'Validation metric', stage: 'training-evaluation' },
      best: { kind: 'model', label: 'Best model', stage: 'training-evaluation' },
    },
    flows: [
      { from: 'tuner', to: 'trial', label: 'hyperparameters', key: true },
      { from: 'trial', to: 'metric', label: 'evaluate' },
      { from: 'metric', to: 'tuner', label: 'next guess' },
      { from: 'tuner', to: 'best', label: 'keep the best' },
    ],
    keyIdea: 'Training becomes the inner loop of an optimisation that picks the next hyperparameters from the results so far.',
  }),
  'stateless-serving-function': drawn({
    pattern: 'stateless-serving-function',
    participants: {
      model: { kind: 'model', label: 'Trained model' },
      function: { kind: 'service', label: 'Stateless function, fixed signature', stage: 'model-deployment', key: true },
      endpoint: { kind: 'service', label: 'Autoscaling endpoint', stage: 'model-deployment' },
      clients: { kind: 'person', label: 'Clients' },
    },
    flows: [
      { from: 'model', to: 'function', label: 'export', key: true },
      { from: 'function', to: 'endpoint', label: 'deploy' },
      { from: 'clients', to: 'endpoint', label: 'request' },
      { from: 'endpoint', to: 'clients', label: 'prediction' },
    ],
    keyIdea: 'The model becomes a function with no state, so any number of copies can answer any request.',
  }),
  'batch-serving': drawn({
    pattern: 'batch-serving',
    participants: {
      warehouse: { kind: 'store', label: 'Data warehouse', stage: 'model-deployment' },
      model: { kind: 'model', label: 'Model', stage: 'model-deployment' },
      job: { kind: 'job', label: 'Distributed batch job', stage: 'model-deployment', key: true },
      predictions: { kind: 'store', label: 'Prediction table', stage: 'model-deployment' },
      apps: { kind: 'service', label: 'Applications' },
    },
    flows: [
      { from: 'warehouse', to: 'job', label: 'millions of rows' },
      { from: 'model', to: 'job', label: 'loaded by every worker' },
      { from: 'job', to: 'predictions', label: 'all at once', key: true },
      { from: 'predictions', to: 'apps', label: 'read later' },
    ],
    keyIdea: 'Predictions nobody waits for are computed in bulk on data-processing infrastructure, and read when needed.',
  }),
  'continued-model-evaluation': drawn({
    pattern: 'continued-model-evaluation',
    participants: {
      deployed: { kind: 'service', label: 'Deployed model', stage: 'model-deployment' },
      log: { kind: 'store', label: 'Prediction log', stage: 'model-deployment' },
      truth: { kind: 'data', label: 'Ground truth, later', stage: 'data-collection' },
      evaluate: { kind: 'job', label: 'Scheduled evaluation', stage: 'training-evaluation', key: true },
      retrain: { kind: 'job', label: 'Retraining pipeline', stage: 'training-evaluation' },
    },
    flows: [
      { from: 'deployed', to: 'log', label: 'log' },
      { from: 'log', to: 'evaluate', label: 'predictions' },
      { from: 'truth', to: 'evaluate', label: 'join' },
      { from: 'evaluate', to: 'retrain', label: 'metric drops', key: true },
      { from: 'retrain', to: 'deployed', label: 'new version' },
    ],
    keyIdea: 'The live model keeps being scored against fresh ground truth, and a decline triggers retraining.',
  }),
  'two-phase-predictions': drawn({
    pattern: 'two-phase-predictions',
    participants: {
      input: { kind: 'data', label: 'Input on the device', stage: 'model-deployment' },
      small: { kind: 'model', label: 'Small on-device model', stage: 'model-building', key: true },
      large: { kind: 'model', label: 'Large cloud model', stage: 'model-deployment' },
      result: { kind: 'data', label: 'Result' },
    },
    flows: [
      { from: 'input', to: 'small', label: 'every input' },
      { from: 'small', to: 'result', label: 'most cases, offline' },
      { from: 'small', to: 'large', label: 'only when needed', key: true },
      { from: 'large', to: 'result', label: 'hard cases' },
    ],
    keyIdea: 'A small model on the device answers first and hands over to a large model in the cloud only when it must.',
  }),
  'keyed-predictions': drawn({
    pattern: 'keyed-predictions',
    participants: {
      client: { kind: 'person', label: 'Client' },
      inputs: { kind: 'data', label: 'Inputs, each with a key', stage: 'model-deployment' },
      model: { kind: 'model', label: 'Model passes the key through', stage: 'model-deployment', key: true },
      outputs: { kind: 'data', label: 'Predictions, each with its key', stage: 'model-deployment' },
    },
    flows: [
      { from: 'client', to: 'inputs', label: 'attach keys' },
      { from: 'inputs', to: 'model', label: 'any order, in parallel' },
      { from: 'model', to: 'outputs', label: 'key + prediction', key: true },
      { from: 'outputs', to: 'client', label: 'match by key' },
    ],
    keyIdea: 'The client sends a key with each input and gets it back with the prediction, so answers can come back in any order.',
  }),
  transform: drawn({
    pattern: 'transform',
    participants: {
      raw: { kind: 'data', label: 'Raw inputs', stage: 'data-processing' },
      transform: { kind: 'job', label: 'Saved transform', stage: 'data-processing', key: true },
      model: { kind: 'model', label: 'Model' },
      serving: { kind: 'service', label: 'Serving graph', stage: 'model-deployment' },
      request: { kind: 'data', label: 'Raw request', stage: 'model-deployment' },
    },
    flows: [
      { from: 'raw', to: 'transform', label: 'training' },
      { from: 'transform', to: 'model', label: 'features' },
      { from: 'transform', to: 'serving', label: 'same transform', key: true },
      { from: 'model', to: 'serving', label: 'weights' },
      { from: 'request', to: 'serving', label: 'raw inputs' },
    ],
    keyIdea: 'The transform is saved with the model, so serving applies exactly the preprocessing training did.',
  }),
  'repeatable-splitting': drawn({
    pattern: 'repeatable-splitting',
    participants: {
      rows: { kind: 'data', label: 'All rows', stage: 'data-processing' },
      hash: { kind: 'job', label: 'Hash a chosen column, modulo 10', stage: 'data-processing', key: true },
      train: { kind: 'data', label: 'Training split', stage: 'data-processing' },
      validation: { kind: 'data', label: 'Validation split', stage: 'data-processing' },
      test: { kind: 'data', label: 'Test split', stage: 'data-processing' },
    },
    flows: [
      { from: 'rows', to: 'hash', label: 'e.g. by date', key: true },
      { from: 'hash', to: 'train', label: '0 to 7' },
      { from: 'hash', to: 'validation', label: '8' },
      { from: 'hash', to: 'test', label: '9' },
    ],
    keyIdea: 'A hash of a well-chosen column decides the split, so every run gets the same split and related rows stay together.',
  }),
  'bridged-schema': drawn({
    pattern: 'bridged-schema',
    participants: {
      old: { kind: 'data', label: 'Many examples, old schema', stage: 'data-validation' },
      fresh: { kind: 'data', label: 'Few examples, new schema', stage: 'data-validation' },
      bridge: { kind: 'job', label: 'Bridge: impute the new fields', stage: 'data-processing', key: true },
      combined: { kind: 'data', label: 'Training set, new schema', stage: 'data-processing' },
      model: { kind: 'model', label: 'Model' },
    },
    flows: [
      { from: 'old', to: 'bridge', label: 'convert', key: true },
      { from: 'bridge', to: 'combined', label: 'bridged' },
      { from: 'fresh', to: 'combined', label: 'as they are' },
      { from: 'combined', to: 'model', label: 'train' },
    ],
    keyIdea: 'Old examples are converted to the new schema, so they can still be trained on beside the few new ones.',
  }),
  'windowed-inference': drawn({
    pattern: 'windowed-inference',
    participants: {
      events: { kind: 'data', label: 'Event stream', stage: 'data-processing' },
      window: { kind: 'job', label: 'Stream pipeline: windowed aggregates', stage: 'data-processing', key: true },
      state: { kind: 'store', label: 'Window state', stage: 'data-processing' },
      model: { kind: 'service', label: 'Model', stage: 'model-deployment' },
      predictions: { kind: 'data', label: 'Predictions', stage: 'model-deployment' },
    },
    flows: [
      { from: 'events', to: 'window', label: 'each event' },
      { from: 'window', to: 'state', label: 'keeps' },
      { from: 'window', to: 'model', label: 'event + window features', key: true },
      { from: 'model', to: 'predictions', label: 'predict' },
    ],
    keyIdea: 'State lives outside the model: a stream pipeline computes the window features and calls the model with them.',
  }),
  'workflow-pipeline': drawn({
    pattern: 'workflow-pipeline',
    participants: {
      orchestrator: { kind: 'service', label: 'Orchestrator', key: true },
      ingest: { kind: 'job', label: 'Ingest', stage: 'data-collection' },
      validate: { kind: 'job', label: 'Validate', stage: 'data-validation' },
      transform: { kind: 'job', label: 'Transform', stage: 'data-processing' },
      train: { kind: 'job', label: 'Train and evaluate', stage: 'training-evaluation' },
      deploy: { kind: 'job', label: 'Deploy', stage: 'model-deployment' },
      metadata: { kind: 'store', label: 'Artifacts and lineage' },
    },
    flows: [
      { from: 'orchestrator', to: 'ingest', label: 'runs the DAG', key: true },
      { from: 'ingest', to: 'validate', label: 'data' },
      { from: 'validate', to: 'transform', label: 'checked data' },
      { from: 'transform', to: 'train', label: 'features' },
      { from: 'train', to: 'deploy', label: 'model' },
      { from: 'orchestrator', to: 'metadata', label: 'records every run' },
    ],
    keyIdea: 'Each step is an isolated, containerised component, and an orchestrator runs them as one DAG and records what each produced.',
  }),
  'feature-store': drawn({
    pattern: 'feature-store',
    participants: {
      sources: { kind: 'data', label: 'Raw data', stage: 'data-processing' },
      definitions: { kind: 'job', label: 'Feature definitions, computed once', stage: 'data-processing', key: true },
      offline: { kind: 'store', label: 'Offline store: history', stage: 'data-processing' },
      online: { kind: 'store', label: 'Online store: latest values', stage: 'model-deployment' },
      training: { kind: 'job', label: 'Training' },
      serving: { kind: 'service', label: 'Online serving', stage: 'model-deployment' },
    },
    flows: [
      { from: 'sources', to: 'definitions', label: 'ingest' },
      { from: 'definitions', to: 'offline', label: 'batch', key: true },
      { from: 'definitions', to: 'online', label: 'stream', key: true },
      { from: 'offline', to: 'training', label: 'point in time' },
      { from: 'online', to: 'serving', label: 'low-latency lookup' },
    ],
    keyIdea: 'Features are defined and computed once, then served from one place to training and to serving alike.',
  }),
  'model-versioning': drawn({
    pattern: 'model-versioning',
    participants: {
      registry: { kind: 'store', label: 'Model registry', stage: 'training-evaluation' },
      v1: { kind: 'service', label: 'Endpoint v1', stage: 'model-deployment' },
      v2: { kind: 'service', label: 'Endpoint v2', stage: 'model-deployment', key: true },
      current: { kind: 'person', label: 'Existing clients' },
      newer: { kind: 'person', label: 'New clients' },
    },
    flows: [
      { from: 'registry', to: 'v1', label: 'version 1' },
      { from: 'registry', to: 'v2', label: 'version 2', key: true },
      { from: 'current', to: 'v1', label: 'unchanged' },
      { from: 'newer', to: 'v2', label: 'opt in' },
    ],
    keyIdea: 'A changed model is deployed beside the old one as a new version, so existing clients keep working while new ones move over.',
  }),
  'heuristic-benchmark': drawn({
    pattern: 'heuristic-benchmark',
    participants: {
      data: { kind: 'data', label: 'Evaluation data', stage: 'training-evaluation' },
      rule: { kind: 'job', label: 'Rule of thumb', stage: 'model-building' },
      model: { kind: 'model', label: 'Model', stage: 'training-evaluation' },
      compare: { kind: 'job', label: 'Same metric, side by side', stage: 'training-evaluation', key: true },
      deciders: { kind: 'person', label: 'Decision makers' },
    },
    flows: [
      { from: 'data', to: 'rule', label: 'baseline' },
      { from: 'data', to: 'model', label: 'predict' },
      { from: 'rule', to: 'compare', label: 'score' },
      { from: 'model', to: 'compare', label: 'score' },
      { from: 'compare', to: 'deciders', label: 'how much better', key: true },
    ],
    keyIdea: 'The model is compared with a simple rule everybody understands, which turns its metric into a gain people can judge.',
  }),
  'explainable-predictions': drawn({
    pattern: 'explainable-predictions',
    participants: {
      input: { kind: 'data', label: 'Input', stage: 'model-deployment' },
      model: { kind: 'model', label: 'Model', stage: 'model-deployment' },
      explainer: { kind: 'job', label: 'Feature attribution', stage: 'training-evaluation', key: true },
      attributions: { kind: 'data', label: 'Why: weight of each feature', stage: 'model-deployment' },
      people: { kind: 'person', label: 'Stakeholders' },
    },
    flows: [
      { from: 'input', to: 'model', label: 'predict' },
      { from: 'model', to: 'explainer', label: 'probed around a baseline' },
      { from: 'explainer', to: 'attributions', label: 'per input and overall', key: true },
      { from: 'model', to: 'people', label: 'prediction' },
      { from: 'attributions', to: 'people', label: 'explanation' },
    ],
    keyIdea: 'Attribution methods measure how much each feature moved a prediction, for one input and across many.',
  }),
  'fairness-lens': drawn({
    pattern: 'fairness-lens',
    participants: {
      data: { kind: 'data', label: 'Training data', stage: 'data-validation' },
      'data-check': { kind: 'job', label: 'Check the data by group', stage: 'data-validation' },
      model: { kind: 'model', label: 'Model', stage: 'training-evaluation' },
      evaluate: { kind: 'job', label: 'Evaluate by slice', stage: 'training-evaluation', key: true },
      mitigate: { kind: 'job', label: 'Mitigate', stage: 'training-evaluation' },
    },
    flows: [
      { from: 'data', to: 'data-check', label: 'before training' },
      { from: 'data-check', to: 'model', label: 'train' },
      { from: 'model', to: 'evaluate', label: 'after training', key: true },
      { from: 'evaluate', to: 'mitigate', label: 'gap found' },
      { from: 'mitigate', to: 'data', label: 'rebalance, relabel' },
    ],
    keyIdea: 'Data and model are examined slice by slice, before and after training, so harm to one group is not hidden by the average.',
  }),
} as const satisfies { [K in PatternId]: PatternStructure<K> };
