import type { ToolId } from './ids.ts';

// Comparisons of the tools readers weigh against each other. The facts on a comparison page
// (what each tool does and is not, when to choose it, stages, pipeline types, patterns, version,
// status, licence) come from the tool records and the ledger; only the question and the guide's
// judgement are written here, and the page marks the judgement as opinion.

export const COMPARISON_IDS = ['orchestrators', 'experiment-trackers', 'model-servers', 'monitoring', 'data-versioning', 'feature-stores'] as const;
export type ComparisonId = (typeof COMPARISON_IDS)[number];

export interface Comparison<Id extends ComparisonId = ComparisonId> {
  id: Id;
  /** Page title, as a reader would search it. */
  title: string;
  /** The tools compared, in the order the page shows them; two to five. */
  tools: readonly ToolId[];
  /** The question the page answers, in one sentence. */
  question: string;
  /** The guide's judgement, in two to four sentences: opinion, and marked so on the page. */
  judgement: string;
}

export const comparisons = {
  orchestrators: {
    id: 'orchestrators',
    title: 'Airflow, Kubeflow Pipelines, Dagster and Prefect compared',
    tools: ['apache-airflow', 'kubeflow-pipelines', 'dagster', 'prefect'],
    question: 'Which orchestrator should run our ML work: the data team’s scheduler or an ML workflow engine?',
    judgement:
      'Pick by what the steps are. If they are data jobs on a schedule, use the scheduler your data team already runs (Airflow, or Dagster when the team thinks in tables rather than tasks; Prefect when it wants plain Python with little ceremony). If they are containerised ML steps that pass datasets and models between them on Kubernetes, use Kubeflow Pipelines. Many teams run both: a data pipeline that lands the data and a workflow pipeline that trains on it.',
  },
  'experiment-trackers': {
    id: 'experiment-trackers',
    title: 'MLflow and Weights & Biases compared',
    tools: ['mlflow-tracking', 'weights-and-biases'],
    question: 'Where should runs, metrics and models be recorded?',
    judgement:
      'MLflow when you want an open-source tracker and registry you can host yourself, or already have through Databricks or a cloud platform. Weights & Biases, now part of CoreWeave, when the team values its hosted dashboards, reports and sweeps enough to pay for them. Both record what a run needs; the difference is who runs the server.',
  },
  'model-servers': {
    id: 'model-servers',
    title: 'KServe, Seldon Core, BentoML and Ray Serve compared',
    tools: ['kserve', 'seldon-core', 'bentoml', 'ray-serve'],
    question: 'What should serve our models online?',
    judgement:
      'On a Kubernetes platform team, KServe is the default: a standard inference protocol, autoscaling and canaries as resources. BentoML when a team of ML engineers wants to package a model as a service without owning Kubernetes. Ray Serve when serving is Python composition of several models, or the team already runs Ray. Seldon Core when its licence terms suit you and you want its inference graphs.',
  },
  monitoring: {
    id: 'monitoring',
    title: 'Evidently, NannyML and whylogs compared',
    tools: ['evidently', 'nannyml', 'whylogs'],
    question: 'Which library should watch a deployed model for drift and falling performance?',
    judgement:
      'Evidently for drift and data-quality reports and tests across many columns, the broadest start. NannyML when labels arrive late and you need an estimate of performance before they do. whylogs when you want lightweight statistical profiles of large data streams; with WhyLabs gone, plan to store and compare the profiles yourself.',
  },
  'data-versioning': {
    id: 'data-versioning',
    title: 'DVC, lakeFS and Delta Lake compared',
    tools: ['dvc', 'lakefs', 'delta-lake'],
    question: 'How should a training run name the exact data it read?',
    judgement:
      'DVC when data is files next to code in Git and the team is small. lakeFS when many jobs share an object store and you want branches and commits over all of it. Delta Lake when training data is tables in a lake: time travel names the table version a run read. DVC and lakeFS now come from one company, Treeverse, and lakeFS is source-available rather than open source from 1.87.0: read its licence before you offer it to others as a service. They also combine: a Delta table in a lakeFS repository is common.',
  },
  'feature-stores': {
    id: 'feature-stores',
    title: 'Feast, Tecton, Hopsworks and Vertex AI Feature Store compared',
    tools: ['feast', 'tecton', 'hopsworks', 'vertex-ai-feature-store'],
    question: 'Which feature store should serve the same features to training and to online predictions?',
    judgement:
      'Start from where the features are computed. If your own pipelines compute them, Feast is the open-source registry and serving layer over the stores you already run; if they sit in BigQuery, Vertex AI Feature Store (Google now calls it Agent Platform Feature Store) serves them online with nothing more to operate. Hopsworks when you want a whole platform (storage, a model registry and serving) that you can host yourself. Tecton when streaming and real-time features should be computed for you and you will pay for that, but ask what its reported acquisition by Databricks means for it first.',
  },
} as const satisfies { [K in ComparisonId]: Comparison<K> };

/** Where a comparison's page lives. */
export const comparisonHref = (id: ComparisonId): string => `/tools/compare/${id}/`;

/** The comparisons a tool appears in, in the guide's order. */
export function comparisonsOfTool(tool: ToolId): Comparison[] {
  return COMPARISON_IDS.map((id): Comparison => comparisons[id]).filter((c) => c.tools.includes(tool));
}
