import type { PipelineTypeId, StageId, ToolId } from './ids.ts';

/** A dated ISO day: tool facts go stale (MLflow Pipelines became Recipes, then went away in MLflow 3). */
export type IsoDate = `${number}-${number}-${number}`;

export interface Tool<Id extends ToolId = ToolId> {
  id: Id;
  name: string;
  /** The project's own home page or documentation. */
  homepage: `https://${string}`;
  /** SPDX id for open source; otherwise what kind of product it is. */
  licence: string;
  /** Pipeline types it implements; empty for tools that serve a stage without being a pipeline (e.g. model servers). */
  pipelineTypes: readonly PipelineTypeId[];
  /** Stages it is used in; at least one. */
  stages: readonly StageId[];
  /** One line: the job it does in an ML system. */
  role: string;
  /** When these facts were last checked against the tool's own documentation. */
  checked: IsoDate;
}

export const tools = {
  'apache-airflow': {
    id: 'apache-airflow',
    name: 'Apache Airflow',
    homepage: 'https://airflow.apache.org/',
    licence: 'Apache-2.0',
    pipelineTypes: ['data-pipeline'],
    stages: ['data-collection', 'data-validation', 'data-processing'],
    role: 'Schedules and monitors DAGs of Python-defined tasks; the usual home of batch data pipelines.',
    checked: '2026-11-26',
  },
  dagster: {
    id: 'dagster',
    name: 'Dagster',
    homepage: 'https://dagster.io/',
    licence: 'Apache-2.0',
    pipelineTypes: ['data-pipeline'],
    stages: ['data-collection', 'data-validation', 'data-processing'],
    role: 'Orchestrates software-defined assets: the data a pipeline should produce, and how fresh it is.',
    checked: '2026-11-26',
  },
  prefect: {
    id: 'prefect',
    name: 'Prefect',
    homepage: 'https://www.prefect.io/',
    licence: 'Apache-2.0',
    pipelineTypes: ['data-pipeline'],
    stages: ['data-collection', 'data-processing'],
    role: 'Turns Python functions into scheduled, retried and observable flows.',
    checked: '2026-11-26',
  },
  'kubeflow-pipelines': {
    id: 'kubeflow-pipelines',
    name: 'Kubeflow Pipelines',
    homepage: 'https://www.kubeflow.org/docs/components/pipelines/',
    licence: 'Apache-2.0',
    pipelineTypes: ['workflow-pipeline'],
    stages: ['data-collection', 'data-validation', 'data-processing', 'training-evaluation', 'model-deployment'],
    role: 'Runs DAGs of containerised components on Kubernetes and records their artifacts and lineage.',
    checked: '2026-11-26',
  },
  tfx: {
    id: 'tfx',
    name: 'TFX (TensorFlow Extended)',
    homepage: 'https://www.tensorflow.org/tfx',
    licence: 'Apache-2.0',
    pipelineTypes: ['workflow-pipeline'],
    stages: ['data-collection', 'data-validation', 'data-processing', 'training-evaluation', 'model-deployment'],
    role: 'Ready-made pipeline components from ingestion to push, run by an orchestrator such as Kubeflow Pipelines or Airflow.',
    checked: '2026-11-26',
  },
  'argo-workflows': {
    id: 'argo-workflows',
    name: 'Argo Workflows',
    homepage: 'https://argoproj.github.io/workflows/',
    licence: 'Apache-2.0',
    pipelineTypes: ['workflow-pipeline'],
    stages: ['data-processing', 'training-evaluation'],
    role: 'A Kubernetes-native engine that runs every step of a workflow as a container.',
    checked: '2026-11-26',
  },
  'vertex-ai-pipelines': {
    id: 'vertex-ai-pipelines',
    name: 'Vertex AI Pipelines',
    homepage: 'https://cloud.google.com/vertex-ai/docs/pipelines/introduction',
    licence: 'Proprietary managed service',
    pipelineTypes: ['workflow-pipeline'],
    stages: ['data-validation', 'data-processing', 'training-evaluation', 'model-deployment'],
    role: 'Google Cloud’s serverless runner for pipelines written with the Kubeflow Pipelines SDK or TFX.',
    checked: '2026-11-26',
  },
  'sagemaker-pipelines': {
    id: 'sagemaker-pipelines',
    name: 'Amazon SageMaker Pipelines',
    homepage: 'https://docs.aws.amazon.com/sagemaker/latest/dg/pipelines.html',
    licence: 'Proprietary managed service',
    pipelineTypes: ['workflow-pipeline'],
    stages: ['data-processing', 'training-evaluation', 'model-deployment'],
    role: 'AWS’s managed workflow service for processing, training, evaluation and registration steps.',
    checked: '2026-11-26',
  },
  'mlflow-tracking': {
    id: 'mlflow-tracking',
    name: 'MLflow Tracking',
    homepage: 'https://mlflow.org/docs/latest/ml/tracking/',
    licence: 'Apache-2.0',
    pipelineTypes: ['ml-tracking-pipeline'],
    stages: ['model-building', 'training-evaluation'],
    role: 'Records each run’s parameters, metrics, artifacts and code version, and compares runs.',
    checked: '2026-11-26',
  },
  'mlflow-model-registry': {
    id: 'mlflow-model-registry',
    name: 'MLflow Model Registry',
    homepage: 'https://mlflow.org/docs/latest/ml/model-registry/',
    licence: 'Apache-2.0',
    pipelineTypes: ['ml-tracking-pipeline'],
    stages: ['training-evaluation', 'model-deployment'],
    role: 'Keeps numbered model versions with aliases and lineage back to the run that produced them.',
    checked: '2026-11-26',
  },
  'weights-and-biases': {
    id: 'weights-and-biases',
    name: 'Weights & Biases',
    homepage: 'https://wandb.ai/site/',
    licence: 'Proprietary service (MIT-licensed client)',
    pipelineTypes: ['ml-tracking-pipeline'],
    stages: ['model-building', 'training-evaluation'],
    role: 'Hosted experiment tracking, sweeps and model registry.',
    checked: '2026-11-26',
  },
  dvc: {
    id: 'dvc',
    name: 'DVC',
    homepage: 'https://dvc.org/',
    licence: 'Apache-2.0',
    pipelineTypes: ['ml-tracking-pipeline'],
    stages: ['data-collection', 'data-processing', 'training-evaluation'],
    role: 'Versions data and models next to Git and tracks experiments run from dvc.yaml stages.',
    checked: '2026-11-26',
  },
  'scikit-learn-pipeline': {
    id: 'scikit-learn-pipeline',
    name: 'scikit-learn Pipeline',
    homepage: 'https://scikit-learn.org/stable/modules/compose.html',
    licence: 'BSD-3-Clause',
    pipelineTypes: ['model-pipeline'],
    stages: ['data-processing', 'model-building', 'training-evaluation'],
    role: 'Chains transformers and a final estimator into one object that is fitted, cross-validated and saved as one.',
    checked: '2026-11-26',
  },
  'spark-mllib-pipeline': {
    id: 'spark-mllib-pipeline',
    name: 'Spark MLlib Pipeline',
    homepage: 'https://spark.apache.org/docs/latest/ml-pipeline.html',
    licence: 'Apache-2.0',
    pipelineTypes: ['model-pipeline'],
    stages: ['data-processing', 'model-building', 'training-evaluation'],
    role: 'The same idea on Spark DataFrames: transformers and estimators fitted into a PipelineModel.',
    checked: '2026-11-26',
  },
  'great-expectations': {
    id: 'great-expectations',
    name: 'Great Expectations',
    homepage: 'https://greatexpectations.io/',
    licence: 'Apache-2.0',
    pipelineTypes: ['data-pipeline'],
    stages: ['data-validation'],
    role: 'Declarative expectations about data, checked in a pipeline run, with human-readable reports.',
    checked: '2026-11-26',
  },
  'tensorflow-data-validation': {
    id: 'tensorflow-data-validation',
    name: 'TensorFlow Data Validation',
    homepage: 'https://www.tensorflow.org/tfx/guide/tfdv',
    licence: 'Apache-2.0',
    pipelineTypes: ['data-pipeline', 'workflow-pipeline'],
    stages: ['data-validation'],
    role: 'Computes statistics, infers a schema and flags anomalies and skew; used by TFX’s validation components.',
    checked: '2026-11-26',
  },
  pandera: {
    id: 'pandera',
    name: 'Pandera',
    homepage: 'https://pandera.readthedocs.io/',
    licence: 'MIT',
    pipelineTypes: ['data-pipeline'],
    stages: ['data-validation', 'data-processing'],
    role: 'Schemas for dataframes, checked in code and tests, with type hints for functions that take them.',
    checked: '2026-11-26',
  },
  feast: {
    id: 'feast',
    name: 'Feast',
    homepage: 'https://feast.dev/',
    licence: 'Apache-2.0',
    pipelineTypes: ['data-pipeline'],
    stages: ['data-processing', 'model-deployment'],
    role: 'A feature store: the same feature definitions served offline for training and online for predictions.',
    checked: '2026-11-26',
  },
  bentoml: {
    id: 'bentoml',
    name: 'BentoML',
    homepage: 'https://www.bentoml.com/',
    licence: 'Apache-2.0',
    pipelineTypes: [],
    stages: ['model-deployment'],
    role: 'Packages a model and its serving code into a service and a container image.',
    checked: '2026-11-26',
  },
  kserve: {
    id: 'kserve',
    name: 'KServe',
    homepage: 'https://kserve.github.io/website/',
    licence: 'Apache-2.0',
    pipelineTypes: [],
    stages: ['model-deployment'],
    role: 'Serves models on Kubernetes behind a standard inference protocol, with autoscaling and canary rollouts.',
    checked: '2026-11-26',
  },
} as const satisfies { [K in ToolId]: Tool<K> };
