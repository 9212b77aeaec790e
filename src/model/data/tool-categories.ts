import type { ToolCategoryId } from './ids.ts';

export interface ToolCategory<Id extends ToolCategoryId = ToolCategoryId> {
  id: Id;
  /** Plural, as a sidebar group and a filter: "Model servers". */
  name: string;
  /** One or two sentences: what tools of this kind do, and where they stop. */
  summary: string;
}

export const toolCategories = {
  'data-orchestration': {
    id: 'data-orchestration',
    name: 'Data orchestrators',
    summary: 'Schedule and retry the jobs that move and transform data. They run ML steps when asked, but know nothing of models.',
  },
  'ml-workflow': {
    id: 'ml-workflow',
    name: 'ML workflow engines',
    summary: 'Run the steps of training as a graph of isolated tasks with declared inputs and outputs, recording what each run produced.',
  },
  platform: {
    id: 'platform',
    name: 'Cloud ML platforms',
    summary: 'Families of managed services that cover training, registry and serving in one account; each also has a workflow part.',
  },
  'tracking-registry': {
    id: 'tracking-registry',
    name: 'Tracking and registries',
    summary: 'Record what each run did and keep named model versions; they start nothing themselves.',
  },
  'data-validation': {
    id: 'data-validation',
    name: 'Data validation',
    summary: 'Check data against a schema or rules and say pass or fail; a pipeline decides what happens next.',
  },
  'data-versioning': {
    id: 'data-versioning',
    name: 'Data versioning',
    summary: 'Pin the exact data a run read, so that it can be read again: pointers in Git, branches over a bucket, or versioned tables.',
  },
  'feature-store': {
    id: 'feature-store',
    name: 'Feature stores',
    summary: 'Register feature definitions once and serve their values both to training and to live predictions.',
  },
  'model-pipeline-library': {
    id: 'model-pipeline-library',
    name: 'Model pipeline libraries',
    summary: 'Chain preprocessing and a model into one object, fitted and saved together, inside one process.',
  },
  serving: {
    id: 'serving',
    name: 'Model servers',
    summary: 'Answer prediction requests from a trained model: packaging, inference servers, autoscaling and rollouts.',
  },
  monitoring: {
    id: 'monitoring',
    name: 'Monitoring',
    summary:
      'Watch a deployed model and its data. The six stages end at deployment, so the guide files these tools under Model deployment; what they find feeds Data collection and retraining.',
  },
  'llm-ops': {
    id: 'llm-ops',
    name: 'LLM evaluation and tracing',
    summary: 'Run evaluation sets against prompts, models and retrievers, grade answers (often with a judge model), and trace each request through its steps; they neither train nor serve a model.',
  },
} as const satisfies { [K in ToolCategoryId]: ToolCategory<K> };
