import type { PipelineTypeId, StageId, ToolId } from './ids.ts';

/** The chooser's questions, in the order a reader sees them. Ids are URL parameter names. */
export const CHOOSER_QUESTION_IDS = [
  'scheduled-data',
  'data-checks',
  'bundled-transforms',
  'experiments',
  'containerised-steps',
  'infrastructure',
] as const;
export type ChooserQuestionId = (typeof CHOOSER_QUESTION_IDS)[number];

/** The answers each question allows. Ids are URL parameter values. */
export const CHOOSER_ANSWER_IDS = {
  'scheduled-data': ['yes', 'no'],
  'data-checks': ['yes', 'no'],
  'bundled-transforms': ['yes', 'no'],
  experiments: ['yes', 'no'],
  'containerised-steps': ['yes', 'no'],
  infrastructure: ['single-machine', 'kubernetes', 'managed-cloud'],
} as const satisfies { [Q in ChooserQuestionId]: readonly string[] };
export type ChooserAnswerId<Q extends ChooserQuestionId = ChooserQuestionId> = (typeof CHOOSER_ANSWER_IDS)[Q][number];

/** One answer per answered question; an unanswered question is absent. */
export type ChooserAnswers = { readonly [Q in ChooserQuestionId]?: ChooserAnswerId<Q> };

export interface ChooserQuestion<Id extends ChooserQuestionId = ChooserQuestionId> {
  id: Id;
  /** The question as the reader sees it. */
  text: string;
  /** Label of each answer. */
  answers: { readonly [A in ChooserAnswerId<Id>]: string };
  /** How a rule's condition on this question reads in a sentence, per answer ("you move data on a schedule"). */
  inWords: { readonly [A in ChooserAnswerId<Id>]: string };
  /**
   * Platforms an answer stands for, by tool id: the form names them after the answer's label, and
   * a rule that applies to the answer must recommend each of them (validate() fails otherwise).
   */
  platforms?: { readonly [A in ChooserAnswerId<Id>]?: readonly ToolId[] };
}

/** A rule matches when every listed question has one of the listed answers; unlisted questions do not matter. */
export type ChooserCondition = { readonly [Q in ChooserQuestionId]?: readonly ChooserAnswerId<Q>[] };

export const CHOOSER_RULE_IDS = [
  'schedule-data-movement',
  'gate-on-data-checks',
  'bundle-transforms-with-model',
  'track-experiments-and-versions',
  'workflow-on-kubernetes',
  'workflow-on-managed-cloud',
  'use-your-managed-platform',
  'workflow-on-one-machine',
  'data-pipeline-feeds-workflow',
  'start-small',
] as const;
export type ChooserRuleId = (typeof CHOOSER_RULE_IDS)[number];

/** `recommend`: adds pipeline types and tools. `caution`: the answers pull two ways; says which way to lean. */
export const CHOOSER_RULE_KINDS = ['recommend', 'caution'] as const;
export type ChooserRuleKind = (typeof CHOOSER_RULE_KINDS)[number];

export interface ChooserRule<Id extends ChooserRuleId = ChooserRuleId> {
  id: Id;
  kind: ChooserRuleKind;
  /** Short heading for the recommendation. */
  title: string;
  /** When it applies; at least one question. */
  when: ChooserCondition;
  pipelineTypes: readonly PipelineTypeId[];
  /** Tools to look at; each implements one of the rule's pipeline types. */
  tools: readonly ToolId[];
  /** Stages the advice is about, linked for further reading. */
  stages: readonly StageId[];
  /** Why. Opinion is marked as such. */
  reason: string;
}

export interface Chooser {
  questions: { readonly [Q in ChooserQuestionId]: ChooserQuestion<Q> };
  rules: { readonly [R in ChooserRuleId]: ChooserRule<R> };
}

const YES_NO = { yes: 'Yes', no: 'No' } as const;

export const chooserQuestions = {
  'scheduled-data': {
    id: 'scheduled-data',
    text: 'Does data have to be moved or refreshed on a schedule, or whenever an upstream source changes?',
    answers: YES_NO,
    inWords: { yes: 'data moves on a schedule or on upstream changes', no: 'no data moves on a schedule' },
  },
  'data-checks': {
    id: 'data-checks',
    text: 'Must the data be checked (schema, ranges, missing values, drift) before anything uses it?',
    answers: YES_NO,
    inWords: { yes: 'data must be checked before use', no: 'data needs no checks of its own' },
  },
  'bundled-transforms': {
    id: 'bundled-transforms',
    text: 'Must the feature transforms travel with the model, so that serving applies exactly what training did?',
    answers: YES_NO,
    inWords: { yes: 'transforms must travel with the model', no: 'transforms need not travel with the model' },
  },
  experiments: {
    id: 'experiments',
    text: 'Do you need to compare experiment results and keep numbered versions of models?',
    answers: YES_NO,
    inWords: { yes: 'experiments and model versions must be kept', no: 'experiments and model versions need not be kept' },
  },
  'containerised-steps': {
    id: 'containerised-steps',
    text: 'Should every step, from data to deployment, run as a containerised step of one end-to-end run?',
    answers: YES_NO,
    inWords: { yes: 'every step should run in a container, end to end', no: 'steps need not run as containers end to end' },
  },
  infrastructure: {
    id: 'infrastructure',
    text: 'What can your team run pipelines on?',
    answers: {
      'single-machine': 'One machine or a few servers, no platform team',
      kubernetes: 'A Kubernetes cluster we operate',
      'managed-cloud': 'A managed ML platform',
    },
    platforms: { 'managed-cloud': ['vertex-ai', 'amazon-sagemaker', 'azure-machine-learning', 'databricks'] },
    inWords: {
      'single-machine': 'the team runs on one machine or a few servers',
      kubernetes: 'the team operates a Kubernetes cluster',
      'managed-cloud': 'the team uses a managed ML platform',
    },
  },
} as const satisfies { [Q in ChooserQuestionId]: ChooserQuestion<Q> };

// Order matters: recommendations list pipeline types and tools in the order rules name them.
export const chooserRules = {
  'schedule-data-movement': {
    id: 'schedule-data-movement',
    kind: 'recommend',
    title: 'Schedule data movement with a data pipeline',
    when: { 'scheduled-data': ['yes'] },
    pipelineTypes: ['data-pipeline'],
    tools: ['apache-airflow', 'dagster', 'prefect'],
    stages: ['data-collection', 'data-processing'],
    reason:
      'Moving data on a schedule or when a source changes is what data pipelines are built around: they know about time intervals, retries and backfills, and they record which run produced which data.',
  },
  'gate-on-data-checks': {
    id: 'gate-on-data-checks',
    kind: 'recommend',
    title: 'Run data checks as a gate in the data pipeline',
    when: { 'data-checks': ['yes'] },
    pipelineTypes: ['data-pipeline'],
    tools: ['great-expectations', 'pandera', 'tensorflow-data-validation'],
    stages: ['data-validation'],
    reason:
      'Checks belong where the data arrives, as a step that can stop the run: bad data caught there never reaches a feature table or a training job.',
  },
  'bundle-transforms-with-model': {
    id: 'bundle-transforms-with-model',
    kind: 'recommend',
    title: 'Keep transforms and model together in a model pipeline',
    when: { 'bundled-transforms': ['yes'] },
    pipelineTypes: ['model-pipeline'],
    tools: ['scikit-learn-pipeline', 'spark-mllib-pipeline'],
    stages: ['data-processing', 'model-building', 'model-deployment'],
    reason:
      'A model pipeline fits the preprocessing and the estimator as one object and saves them together, so serving cannot apply a different transform than training did (the Transform pattern).',
  },
  'track-experiments-and-versions': {
    id: 'track-experiments-and-versions',
    kind: 'recommend',
    title: 'Record experiments and model versions with a tracking pipeline',
    when: { experiments: ['yes'] },
    pipelineTypes: ['ml-tracking-pipeline'],
    tools: ['mlflow-tracking', 'mlflow-model-registry', 'weights-and-biases', 'dvc'],
    stages: ['model-building', 'training-evaluation', 'model-deployment'],
    reason:
      'A tracker records the parameters, metrics and artifacts of every run and a registry numbers the model versions; neither schedules anything, so they sit beside whatever runs the training.',
  },
  'workflow-on-kubernetes': {
    id: 'workflow-on-kubernetes',
    kind: 'recommend',
    title: 'Run the end-to-end workflow on your Kubernetes cluster',
    when: { 'containerised-steps': ['yes'], infrastructure: ['kubernetes'] },
    pipelineTypes: ['workflow-pipeline'],
    tools: ['kubeflow-pipelines', 'tfx', 'argo-workflows'],
    stages: ['data-validation', 'data-processing', 'training-evaluation', 'model-deployment'],
    reason:
      'A workflow pipeline runs each step as a container with declared inputs and outputs and keeps the lineage of every artifact; on a cluster you operate, Kubeflow Pipelines or Argo Workflows run it, and TFX supplies ready-made components.',
  },
  'workflow-on-managed-cloud': {
    id: 'workflow-on-managed-cloud',
    kind: 'recommend',
    title: 'Run the end-to-end workflow on your cloud’s managed pipelines',
    when: { 'containerised-steps': ['yes'], infrastructure: ['managed-cloud'] },
    pipelineTypes: ['workflow-pipeline'],
    tools: ['vertex-ai-pipelines', 'sagemaker-pipelines', 'azure-machine-learning'],
    stages: ['data-validation', 'data-processing', 'training-evaluation', 'model-deployment'],
    reason:
      'A managed service runs the containerised steps and stores their lineage without a cluster to look after; pick the one of the cloud you already use.',
  },
  'use-your-managed-platform': {
    id: 'use-your-managed-platform',
    kind: 'recommend',
    title: 'Start from what your managed platform already offers',
    when: { infrastructure: ['managed-cloud'] },
    pipelineTypes: ['workflow-pipeline', 'ml-tracking-pipeline'],
    tools: ['vertex-ai', 'amazon-sagemaker', 'azure-machine-learning', 'databricks'],
    stages: ['training-evaluation', 'model-deployment'],
    reason:
      'Each of these platforms already holds a place to run training, a tracker or registry for runs and model versions, and a way to serve the model (Databricks tracks with a hosted MLflow). In our view, use the parts of the platform you already pay for first, and add a separate tool only where it falls short.',
  },
  'workflow-on-one-machine': {
    id: 'workflow-on-one-machine',
    kind: 'caution',
    title: 'Containerised end-to-end runs without a platform: start lighter',
    when: { 'containerised-steps': ['yes'], infrastructure: ['single-machine'] },
    pipelineTypes: ['data-pipeline', 'ml-tracking-pipeline'],
    tools: ['dagster', 'prefect', 'dvc'],
    stages: ['data-collection', 'training-evaluation'],
    reason:
      'These answers pull two ways: in production, workflow pipelines run their containers on a cluster or a managed service (Kubeflow Pipelines’ local runners, kfp.local, run a pipeline on one machine, but for development: without caching or retries). In our view, a small team is better served by a data orchestrator that runs on one machine plus DVC stages for the training steps, and moves to a workflow pipeline once a platform exists.',
  },
  'data-pipeline-feeds-workflow': {
    id: 'data-pipeline-feeds-workflow',
    kind: 'caution',
    title: 'Let the data pipeline feed the workflow pipeline',
    when: { 'scheduled-data': ['yes'], 'containerised-steps': ['yes'] },
    pipelineTypes: ['data-pipeline', 'workflow-pipeline'],
    tools: [],
    stages: ['data-collection', 'data-processing'],
    reason:
      'When both are wanted, split by responsibility: the data pipeline keeps the data fresh and the workflow pipeline starts from its output. In our experience, making one of them do the other’s job is where these setups get hard to maintain.',
  },
  'start-small': {
    id: 'start-small',
    kind: 'recommend',
    title: 'No orchestration needed yet: start with a model pipeline',
    when: {
      'scheduled-data': ['no'],
      'data-checks': ['no'],
      'bundled-transforms': ['no'],
      experiments: ['no'],
      'containerised-steps': ['no'],
    },
    pipelineTypes: ['model-pipeline'],
    tools: ['scikit-learn-pipeline'],
    stages: ['model-building'],
    reason:
      'Nothing here needs a scheduler, a tracker or containers. In our view, a model pipeline still pays for itself from the first notebook: it costs a few lines and keeps preprocessing from leaking between training and test data.',
  },
} as const satisfies { [R in ChooserRuleId]: ChooserRule<R> };

/** The chooser's questions and rules. Checked by validate() when the site builds. */
export const chooser = { questions: chooserQuestions, rules: chooserRules } as const satisfies Chooser;
