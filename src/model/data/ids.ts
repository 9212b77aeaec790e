/** Ids are slugs and are forever: each is also a URL segment and an anchor. */
export const STAGE_IDS = [
  'data-collection',
  'data-validation',
  'data-processing',
  'model-building',
  'training-evaluation',
  'model-deployment',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const PIPELINE_TYPE_IDS = [
  'workflow-pipeline',
  'data-pipeline',
  'model-pipeline',
  'ml-tracking-pipeline',
] as const;
export type PipelineTypeId = (typeof PIPELINE_TYPE_IDS)[number];

/** How much of a stage a pipeline type takes on. */
export const COVERAGE_ROLES = ['primary', 'supporting'] as const;
export type CoverageRole = (typeof COVERAGE_ROLES)[number];

/** What flows between stages. Each is produced by exactly one stage. */
export const ARTIFACT_IDS = [
  'raw-data',
  'validation-report',
  'validated-data',
  'feature-set',
  'data-splits',
  'fitted-transform',
  'model-candidate',
  'trained-model',
  'evaluation-report',
  'registered-model-version',
  'deployed-model-service',
  'prediction-log',
] as const;
export type ArtifactId = (typeof ARTIFACT_IDS)[number];

/** How a notebook stores an artifact on disk. */
export const FILE_FORMATS = ['parquet', 'json', 'yaml', 'joblib', 'mlflow-model'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** Types a stage notebook's parameters can have: JSON's scalars, which every notebook runner can pass. */
export const NOTEBOOK_PARAMETER_TYPES = ['string', 'integer', 'number', 'boolean'] as const;
export type NotebookParameterType = (typeof NOTEBOOK_PARAMETER_TYPES)[number];

export const TOOL_IDS = [
  'apache-airflow',
  'dagster',
  'prefect',
  'kubeflow-pipelines',
  'tfx',
  'argo-workflows',
  'vertex-ai-pipelines',
  'sagemaker-pipelines',
  'mlflow-tracking',
  'mlflow-model-registry',
  'weights-and-biases',
  'dvc',
  'scikit-learn-pipeline',
  'spark-mllib-pipeline',
  'great-expectations',
  'tensorflow-data-validation',
  'pandera',
  'feast',
  'bentoml',
  'kserve',
  'flyte',
  'metaflow',
  'zenml',
  'kedro',
  'amazon-sagemaker',
  'vertex-ai',
  'azure-machine-learning',
  'databricks',
  'seldon-core',
  'nvidia-triton',
  'torchserve',
  'ray-serve',
  'tensorflow-serving',
  'evidently',
  'nannyml',
  'whylogs',
  'prometheus',
  'grafana',
  'lakefs',
  'delta-lake',
  'tecton',
  'hopsworks',
  'vertex-ai-feature-store',
  'langfuse',
  'ragas',
  'promptfoo',
  'vllm',
  'arize-phoenix',
  'opentelemetry',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** What kind of tool it is: one sidebar group and one filter value each, in this order. */
export const TOOL_CATEGORY_IDS = [
  'data-orchestration',
  'ml-workflow',
  'platform',
  'tracking-registry',
  'data-validation',
  'data-versioning',
  'feature-store',
  'model-pipeline-library',
  'serving',
  'monitoring',
  'llm-ops',
] as const;
export type ToolCategoryId = (typeof TOOL_CATEGORY_IDS)[number];

/** The six chapters of patterns in Machine Learning Design Patterns (Lakshmanan, Robinson, Munn). */
export const PATTERN_CATEGORY_IDS = [
  'data-representation',
  'problem-representation',
  'model-training',
  'resilient-serving',
  'reproducibility',
  'responsible-ai',
] as const;
export type PatternCategoryId = (typeof PATTERN_CATEGORY_IDS)[number];

/** The book's thirty patterns, in its order (pattern n is PATTERN_IDS[n - 1]). */
export const PATTERN_IDS = [
  'hashed-feature',
  'embeddings',
  'feature-cross',
  'multimodal-input',
  'reframing',
  'multilabel',
  'ensembles',
  'cascade',
  'neutral-class',
  'rebalancing',
  'useful-overfitting',
  'checkpoints',
  'transfer-learning',
  'distribution-strategy',
  'hyperparameter-tuning',
  'stateless-serving-function',
  'batch-serving',
  'continued-model-evaluation',
  'two-phase-predictions',
  'keyed-predictions',
  'transform',
  'repeatable-splitting',
  'bridged-schema',
  'windowed-inference',
  'workflow-pipeline',
  'feature-store',
  'model-versioning',
  'heuristic-benchmark',
  'explainable-predictions',
  'fairness-lens',
] as const;
export type PatternId = (typeof PATTERN_IDS)[number];
