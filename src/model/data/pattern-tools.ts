import type { PatternId, ToolId } from './ids.ts';

/** Marks a pattern–tool link that is the guide's own reading of a tool, not a feature its docs name for the pattern. */
export const GUIDE_READING = 'guide-reading';

/** One tool that carries out (or supports) a pattern. */
export interface PatternTool {
  tool: ToolId;
  /** One line: what in the tool does the pattern's work. */
  how: string;
  /** The tool's documentation page for that feature, or GUIDE_READING where the guide draws the link itself. */
  source: `https://${string}` | typeof GUIDE_READING;
}

/** The tools that implement one pattern. Patterns that are modelling choices made in code have no entry. */
export interface PatternTools<Id extends PatternId = PatternId> {
  pattern: Id;
  tools: readonly PatternTool[];
}

/**
 * Which tools of the guide implement or support each pattern, and how. Each link is either
 * checked against the tool's documentation (`source`) or marked as the guide's reading. A tool
 * is listed only where its own feature does the pattern's work, not wherever it could run code
 * that does.
 */
export const patternTools = {
  'hashed-feature': {
    pattern: 'hashed-feature',
    tools: [
      { tool: 'scikit-learn-pipeline', how: 'A FeatureHasher step hashes feature names into a fixed number of columns inside the pipeline.', source: 'https://scikit-learn.org/stable/modules/feature_extraction.html#feature-hashing' },
      { tool: 'spark-mllib-pipeline', how: 'The FeatureHasher transformer hashes columns into a fixed-size feature vector as a pipeline stage.', source: 'https://spark.apache.org/docs/latest/ml-features.html#featurehasher' },
    ],
  },
  cascade: {
    pattern: 'cascade',
    tools: [
      { tool: 'nvidia-triton', how: 'An ensemble model wires one model’s output tensors into the next model’s inputs inside the server.', source: 'https://docs.nvidia.com/deeplearning/triton-inference-server/user-guide/docs/user_guide/ensemble_models.html' },
      { tool: 'ray-serve', how: 'Deployments call each other through deployment handles, so one model can route a request to another.', source: 'https://docs.ray.io/en/latest/serve/model_composition.html' },
      { tool: 'seldon-core', how: 'Its inference pipelines join several deployed models into one graph.', source: GUIDE_READING },
    ],
  },
  checkpoints: {
    pattern: 'checkpoints',
    tools: [
      { tool: 'amazon-sagemaker', how: 'A training job syncs a local checkpoint folder to S3, and a new job with the same checkpoint URI resumes from it.', source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-checkpoints-resume.html' },
      { tool: 'mlflow-tracking', how: 'Checkpoint files can be logged as artifacts of the run, so the best epoch stays next to its metrics.', source: GUIDE_READING },
      { tool: 'weights-and-biases', how: 'Checkpoints logged as versioned artifacts can be pulled back to resume or compare runs.', source: GUIDE_READING },
    ],
  },
  'distribution-strategy': {
    pattern: 'distribution-strategy',
    tools: [
      { tool: 'vertex-ai', how: 'Custom training jobs take several worker pools, so one job trains on many machines.', source: 'https://cloud.google.com/vertex-ai/docs/training/distributed-training' },
      { tool: 'amazon-sagemaker', how: 'Training jobs run on several instances, with AWS’s data- and model-parallel libraries.', source: GUIDE_READING },
      { tool: 'azure-machine-learning', how: 'Command jobs run PyTorch or TensorFlow distributed training across the nodes of a compute cluster.', source: GUIDE_READING },
      { tool: 'databricks', how: 'Deep learning training is spread over the cluster’s workers (TorchDistributor, for PyTorch).', source: GUIDE_READING },
      { tool: 'spark-mllib-pipeline', how: 'Its estimators fit on a DataFrame partitioned across the cluster: data parallelism without writing any.', source: GUIDE_READING },
    ],
  },
  'hyperparameter-tuning': {
    pattern: 'hyperparameter-tuning',
    tools: [
      { tool: 'weights-and-biases', how: 'Sweeps run grid, random or Bayesian search, with agents on one or many machines.', source: 'https://docs.wandb.ai/guides/sweeps/' },
      { tool: 'amazon-sagemaker', how: 'A hyperparameter tuning job runs many training jobs over given ranges and keeps the best by an objective metric.', source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning.html' },
      { tool: 'vertex-ai', how: 'A hyperparameter tuning job runs trials of a custom training job in parallel and searches the space for the best metric.', source: 'https://cloud.google.com/vertex-ai/docs/training/hyperparameter-tuning-overview' },
      { tool: 'azure-machine-learning', how: 'A sweep job samples a search space, runs trials and stops poor ones early.', source: 'https://learn.microsoft.com/azure/machine-learning/how-to-tune-hyperparameters' },
      { tool: 'scikit-learn-pipeline', how: 'GridSearchCV or RandomizedSearchCV tunes every step of the pipeline at once (step__parameter).', source: 'https://scikit-learn.org/stable/modules/compose.html' },
      { tool: 'spark-mllib-pipeline', how: 'CrossValidator or TrainValidationSplit searches a ParamGridBuilder grid over a whole pipeline.', source: 'https://spark.apache.org/docs/latest/ml-tuning.html' },
      { tool: 'mlflow-tracking', how: 'Records each trial as a run, so the search can be compared and repeated; it does not search itself.', source: GUIDE_READING },
    ],
  },
  'stateless-serving-function': {
    pattern: 'stateless-serving-function',
    tools: [
      { tool: 'kserve', how: 'An InferenceService puts a model behind a standard inference protocol with autoscaling.', source: 'https://kserve.github.io/website/latest/' },
      { tool: 'bentoml', how: 'Packages the model and its pre- and post-processing as an API service in a container image.', source: 'https://docs.bentoml.com/en/latest/' },
      { tool: 'tensorflow-serving', how: 'Serves a SavedModel’s exported signature over gRPC and HTTP.', source: 'https://www.tensorflow.org/tfx/guide/serving' },
      { tool: 'nvidia-triton', how: 'Serves models from many frameworks over HTTP and gRPC, batching requests dynamically.', source: 'https://docs.nvidia.com/deeplearning/triton-inference-server/user-guide/docs/' },
      { tool: 'seldon-core', how: 'Deploys models on Kubernetes onto shared inference servers behind one protocol.', source: 'https://docs.seldon.ai/seldon-core-2/getting-started' },
      { tool: 'ray-serve', how: 'Turns a Python class into an autoscaled online inference API on a Ray cluster.', source: 'https://docs.ray.io/en/latest/serve/index.html' },
      { tool: 'torchserve', how: 'Served PyTorch model archives behind inference APIs; unmaintained, so only where it already runs.', source: 'https://pytorch.org/serve/README.html' },
      { tool: 'amazon-sagemaker', how: 'Real-time endpoints serve a registered model behind a managed, autoscaled HTTPS endpoint.', source: GUIDE_READING },
      { tool: 'vertex-ai', how: 'Online prediction endpoints serve a model from its registry.', source: GUIDE_READING },
      { tool: 'azure-machine-learning', how: 'Managed online endpoints serve a registered model.', source: GUIDE_READING },
      { tool: 'databricks', how: 'Mosaic AI Model Serving puts a registered model behind a REST endpoint.', source: GUIDE_READING },
    ],
  },
  'batch-serving': {
    pattern: 'batch-serving',
    tools: [
      { tool: 'amazon-sagemaker', how: 'Batch transform jobs run a model over a whole dataset in S3 without a standing endpoint.', source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html' },
      { tool: 'spark-mllib-pipeline', how: 'A fitted PipelineModel transforms a whole DataFrame across the cluster.', source: 'https://spark.apache.org/docs/latest/ml-pipeline.html' },
      { tool: 'feast', how: 'get_historical_features reads the same features offline for batch scoring as for training.', source: 'https://docs.feast.dev/getting-started/concepts/feature-retrieval' },
      { tool: 'vertex-ai', how: 'Batch prediction jobs score files or BigQuery tables with a registered model.', source: GUIDE_READING },
      { tool: 'azure-machine-learning', how: 'Batch endpoints run a registered model over large data as a job.', source: GUIDE_READING },
      { tool: 'apache-airflow', how: 'Schedules the scoring job and retries or backfills it; the scoring itself runs in the task.', source: GUIDE_READING },
    ],
  },
  'continued-model-evaluation': {
    pattern: 'continued-model-evaluation',
    tools: [
      { tool: 'evidently', how: 'Reports and tests compare production data and predictions with a reference: drift, data quality, model quality.', source: 'https://github.com/evidentlyai/evidently' },
      { tool: 'nannyml', how: 'Estimates performance before labels arrive and links drift to performance changes.', source: 'https://github.com/NannyML/nannyml' },
      { tool: 'whylogs', how: 'Logs statistical profiles of production data and predictions to compare over time.', source: 'https://pypi.org/project/whylogs/' },
      { tool: 'prometheus', how: 'Stores the scores a drift job exposes and fires alerting rules when they cross a threshold.', source: GUIDE_READING },
      { tool: 'grafana', how: 'Shows model scores beside service metrics and alerts on them.', source: GUIDE_READING },
    ],
  },
  'keyed-predictions': {
    pattern: 'keyed-predictions',
    tools: [
      { tool: 'amazon-sagemaker', how: 'Batch transform filters an ID column out of the model’s input and joins it back to each prediction (JoinSource).', source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform-data-processing.html' },
      { tool: 'vertex-ai', how: 'A batch prediction job’s instance config names a key field that is returned with each prediction.', source: 'https://cloud.google.com/php/docs/reference/cloud-ai-platform/latest/V1.BatchPredictionJob.InstanceConfig' },
    ],
  },
  transform: {
    pattern: 'transform',
    tools: [
      { tool: 'tfx', how: 'The Transform component exports its preprocessing as a TensorFlow graph used for both training and serving.', source: 'https://www.tensorflow.org/tfx/guide/transform' },
      { tool: 'scikit-learn-pipeline', how: 'Preprocessing is fitted on training data inside the pipeline and saved with the model as one object.', source: 'https://scikit-learn.org/stable/modules/compose.html' },
      { tool: 'spark-mllib-pipeline', how: 'The fitted PipelineModel holds its feature transformers, so serving applies the same steps.', source: 'https://spark.apache.org/docs/latest/ml-pipeline.html' },
    ],
  },
  'repeatable-splitting': {
    pattern: 'repeatable-splitting',
    tools: [
      { tool: 'tfx', how: 'ExampleGen splits by hash buckets, optionally hashing a chosen feature (partition_feature_name).', source: 'https://www.tensorflow.org/tfx/guide/examplegen' },
    ],
  },
  'workflow-pipeline': {
    pattern: 'workflow-pipeline',
    tools: [
      { tool: 'kubeflow-pipelines', how: 'Each step is a containerised component; the DAG runs on Kubernetes with artifacts and lineage recorded.', source: 'https://www.kubeflow.org/docs/components/pipelines/overview/' },
      { tool: 'tfx', how: 'Ready-made components from ingestion to push, handed to Kubeflow Pipelines to run.', source: 'https://www.tensorflow.org/tfx/guide' },
      { tool: 'vertex-ai-pipelines', how: 'Runs Kubeflow Pipelines or TFX pipelines serverless on Google Cloud.', source: 'https://cloud.google.com/vertex-ai/docs/pipelines/introduction' },
      { tool: 'sagemaker-pipelines', how: 'Chains processing, training, evaluation and registration steps on AWS.', source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/pipelines.html' },
      { tool: 'argo-workflows', how: 'Runs each step as a container in a Kubernetes-native DAG; the ML conventions are yours to add.', source: 'https://argo-workflows.readthedocs.io/en/latest/' },
      { tool: 'flyte', how: 'Typed, versioned Python tasks form workflows whose executions are recorded and cached.', source: 'https://docs.flyte.org/en/latest/' },
      { tool: 'metaflow', how: 'Steps of a Python class form the flow; every value a step stores is a versioned artifact of the run.', source: 'https://docs.metaflow.org/metaflow/basics' },
      { tool: 'zenml', how: 'One pipeline of Python steps runs on a swappable stack of orchestrator and artifact store.', source: 'https://docs.zenml.io/getting-started/core-concepts' },
      { tool: 'kedro', how: 'Nodes with named inputs and outputs form a pipeline, deployed to an orchestrator for production.', source: 'https://docs.kedro.org/en/stable/get_started/kedro_concepts.html' },
      { tool: 'azure-machine-learning', how: 'Pipelines of reusable components run in a workspace with its compute and data assets.', source: 'https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning' },
    ],
  },
  'feature-store': {
    pattern: 'feature-store',
    tools: [
      { tool: 'feast', how: 'One set of feature definitions is read offline for training (get_historical_features) and online for serving (get_online_features).', source: 'https://docs.feast.dev/getting-started/concepts/feature-retrieval' },
      { tool: 'databricks', how: 'Feature tables in Unity Catalog are looked up for training and served online beside the models.', source: 'https://docs.databricks.com/machine-learning/feature-store/workflow-overview-and-notebook' },
      { tool: 'vertex-ai', how: 'Vertex AI Feature Store serves features kept in BigQuery online.', source: GUIDE_READING },
      { tool: 'tecton', how: 'Features defined once as code are computed by Tecton and read offline, point in time correct, for training and online for inference from the same definitions.', source: 'https://docs.tecton.ai/overviews/feature_store.html' },
      { tool: 'hopsworks', how: 'Dataframes inserted into a feature group land in its offline store for training data and its online store for real-time feature vectors.', source: 'https://pypi.org/project/hopsworks/5.1.3/' },
      { tool: 'vertex-ai-feature-store', how: 'BigQuery tables or views are the offline store; online store and feature view resources serve their latest values for predictions.', source: 'https://cloud.google.com/vertex-ai/docs/featurestore/latest/overview' },
      { tool: 'amazon-sagemaker', how: 'SageMaker Feature Store keeps an offline and an online store of the same feature groups.', source: GUIDE_READING },
    ],
  },
  'model-versioning': {
    pattern: 'model-versioning',
    tools: [
      { tool: 'mlflow-model-registry', how: 'Numbered versions with aliases (champion, challenger) and lineage back to the run that made each.', source: 'https://mlflow.org/docs/latest/ml/model-registry/' },
      { tool: 'vertex-ai', how: 'Its Model Registry keeps versions of a model, each reachable through aliases such as default.', source: 'https://cloud.google.com/vertex-ai/docs/model-registry/model-alias' },
      { tool: 'kserve', how: 'A canary rollout sends a share of traffic to the new revision and keeps the last good one.', source: 'https://kserve.github.io/website/docs/model-serving/predictive-inference/rollout-strategies/canary' },
      { tool: 'tensorflow-serving', how: 'Serves several versions of one model at once, so consumers can pin a version.', source: 'https://www.tensorflow.org/tfx/guide/serving' },
      { tool: 'seldon-core', how: 'Runs experiments that split traffic between model versions.', source: 'https://docs.seldon.ai/seldon-core-2/getting-started' },
      { tool: 'weights-and-biases', how: 'Its registry links model versions to the runs that produced them.', source: GUIDE_READING },
      { tool: 'amazon-sagemaker', how: 'Its model registry keeps versioned model packages in groups, with an approval status each.', source: GUIDE_READING },
      { tool: 'azure-machine-learning', how: 'Its model registry numbers the versions of each registered model.', source: GUIDE_READING },
      { tool: 'databricks', how: 'Models in Unity Catalog are versioned, with aliases, next to the tables they were trained on.', source: GUIDE_READING },
    ],
  },
  'heuristic-benchmark': {
    pattern: 'heuristic-benchmark',
    tools: [
      { tool: 'mlflow-tracking', how: 'Log the rule of thumb as a run of its own, so every model is compared with it in the same table.', source: GUIDE_READING },
      { tool: 'weights-and-biases', how: 'Log the rule of thumb as a run, so dashboards show each model against it.', source: GUIDE_READING },
    ],
  },
  'explainable-predictions': {
    pattern: 'explainable-predictions',
    tools: [
      { tool: 'amazon-sagemaker', how: 'SageMaker Clarify computes SHAP feature attributions per prediction and overall (closed to new customers).', source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-processing-job-run.html' },
      { tool: 'vertex-ai', how: 'Vertex Explainable AI returns feature attributions with predictions.', source: GUIDE_READING },
      { tool: 'azure-machine-learning', how: 'The Responsible AI dashboard explains a model globally and for single predictions.', source: GUIDE_READING },
    ],
  },
  'fairness-lens': {
    pattern: 'fairness-lens',
    tools: [
      { tool: 'amazon-sagemaker', how: 'SageMaker Clarify computes bias metrics on the data before training and on predictions after (closed to new customers).', source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-processing-job-run.html' },
      { tool: 'tfx', how: 'The Evaluator computes metrics per slice of the data, so a model worse for one group is seen before it is pushed.', source: 'https://www.tensorflow.org/tfx/guide/evaluator' },
      { tool: 'azure-machine-learning', how: 'The Responsible AI dashboard compares error and performance across groups.', source: GUIDE_READING },
    ],
  },
} as const satisfies { readonly [K in PatternId]?: PatternTools<K> };
