import type { StageId } from './ids.ts';

/** What a deployed model is watched for, in the order an incident usually shows itself. */
export const MONITORING_SIGNAL_IDS = ['service-health', 'data-quality', 'data-drift', 'prediction-drift', 'model-performance'] as const;
export type MonitoringSignalId = (typeof MONITORING_SIGNAL_IDS)[number];

/** What a signal is computed from. */
export const MONITORING_INPUT_IDS = ['service-metrics', 'prediction-log', 'reference-data', 'ground-truth'] as const;
export type MonitoringInputId = (typeof MONITORING_INPUT_IDS)[number];

/** Who an alert goes to: the person who can act on it, not everyone. */
export const MONITORING_RESPONDER_IDS = ['on-call-engineer', 'data-owner', 'model-owner'] as const;
export type MonitoringResponderId = (typeof MONITORING_RESPONDER_IDS)[number];

export interface MonitoringInput<Id extends MonitoringInputId = MonitoringInputId> {
  id: Id;
  /** Name shown in the loop diagram and the signals table. */
  name: string;
  /** One line: where it comes from. */
  summary: string;
}

export interface MonitoringResponder<Id extends MonitoringResponderId = MonitoringResponderId> {
  id: Id;
  name: string;
}

export interface MonitoringSignal<Id extends MonitoringSignalId = MonitoringSignalId> {
  id: Id;
  /** Name shown in the loop diagram and the signals table. */
  name: string;
  /** What is compared with what. */
  watches: string;
  /** What it is computed from; an unknown input does not compile. */
  needs: readonly MonitoringInputId[];
  /** The statistics or metrics that usually measure it. */
  measuredBy: string;
  /** How soon after a change it can fire: what the window has to wait for. */
  firesAfter: string;
  /** Who its alert goes to. */
  alerts: MonitoringResponderId;
  /** The stage of the pipeline its alert sends work back to. */
  feedsBack: StageId;
  /** What happens there. */
  response: string;
}

export const monitoringInputs = {
  'service-metrics': { id: 'service-metrics', name: 'Service metrics', summary: 'Latency, errors, throughput and resource use, from the serving platform.' },
  'prediction-log': { id: 'prediction-log', name: 'Prediction log', summary: 'Each request’s features and the prediction made, with a key and a timestamp.' },
  'reference-data': { id: 'reference-data', name: 'Reference data', summary: 'The training data (or its statistics and schema), and predictions on held-out data.' },
  'ground-truth': { id: 'ground-truth', name: 'Ground-truth labels', summary: 'What actually happened, joined to the logged prediction by its key; often days or months late.' },
} as const satisfies { [K in MonitoringInputId]: MonitoringInput<K> };

export const monitoringResponders = {
  'on-call-engineer': { id: 'on-call-engineer', name: 'On-call engineer' },
  'data-owner': { id: 'data-owner', name: 'Owner of the upstream data' },
  'model-owner': { id: 'model-owner', name: 'Model owner' },
} as const satisfies { [K in MonitoringResponderId]: MonitoringResponder<K> };

export const monitoringSignals = {
  'service-health': {
    id: 'service-health',
    name: 'Service health',
    watches: 'The prediction service as software: is it up, fast enough and within its error budget?',
    needs: ['service-metrics'],
    measuredBy: 'Latency percentiles (p50, p99), error rate and throughput against service-level objectives',
    firesAfter: 'Minutes',
    alerts: 'on-call-engineer',
    feedsBack: 'model-deployment',
    response: 'Roll back to the previous version or scale the service; retraining would not help.',
  },
  'data-quality': {
    id: 'data-quality',
    name: 'Input data quality',
    watches: 'Live requests against the training schema: missing columns, wrong types, nulls, values out of range.',
    needs: ['prediction-log', 'reference-data'],
    measuredBy: 'Share of nulls and of schema or range violations per feature',
    firesAfter: 'Hours: one window of requests',
    alerts: 'data-owner',
    feedsBack: 'data-validation',
    response: 'Fix the upstream producer, and add the check that would have stopped it to data validation.',
  },
  'data-drift': {
    id: 'data-drift',
    name: 'Data drift',
    watches: 'Each input feature’s distribution in a recent window against the training data.',
    needs: ['prediction-log', 'reference-data'],
    measuredBy: 'PSI, Kolmogorov–Smirnov or Jensen–Shannon per feature; chi-squared for categories',
    firesAfter: 'Days: a window large enough to compare',
    alerts: 'model-owner',
    feedsBack: 'data-collection',
    response: 'Find out what changed; collect and label recent data so the next training run learns the new world.',
  },
  'prediction-drift': {
    id: 'prediction-drift',
    name: 'Prediction drift',
    watches: 'The distribution of the model’s scores or classes against its predictions on held-out data.',
    needs: ['prediction-log', 'reference-data'],
    measuredBy: 'PSI or Jensen–Shannon on scores; the share of each predicted class',
    firesAfter: 'Days, before any label arrives',
    alerts: 'model-owner',
    feedsBack: 'training-evaluation',
    response: 'An early warning while labels are late: check the cause, then retrain on recent data if it holds.',
  },
  'model-performance': {
    id: 'model-performance',
    name: 'Model performance',
    watches: 'The quality of past predictions once their labels are known, overall and per slice.',
    needs: ['prediction-log', 'ground-truth'],
    measuredBy: 'The evaluation metric of training (AUC, error, precision at k) and the business metric it stands for',
    firesAfter: 'When labels arrive: days to months',
    alerts: 'model-owner',
    feedsBack: 'training-evaluation',
    response: 'Retrain through the pipeline; its validation gate decides whether the new model replaces the old.',
  },
} as const satisfies { [K in MonitoringSignalId]: MonitoringSignal<K> };
