/**
 * Every Python example the guide shows, and how it is checked. The file under `examples/` is
 * what the page shows (`<Example file=…>`), so page and test cannot drift apart.
 */

/** When the examples that cannot run here were last checked against their library's documentation. */
export const COMPILED_EXAMPLES_CHECKED = '2026-11-30';

/** An example run by `tests/python/` with the pinned libraries of `examples/requirements.txt`. */
export interface RunExample {
  check: 'runs';
  /** Packages from examples/requirements.txt it imports; the page shows their pinned versions. */
  libraries: readonly string[];
}

/**
 * An example whose library cannot be installed where the tests run: it is compiled, and its
 * imports and calls were read against the documentation of the version it was written for.
 */
export interface CompiledExample {
  check: 'compiled';
  /** Library and version line it was written for, as the page shows it, e.g. "Feast 0.66". */
  writtenFor: string;
  /** Documentation the imports and calls were checked against. */
  docs: string;
  /** Calls the example makes that were checked in `docs`; a test finds each in the file. */
  calls: readonly string[];
  /**
   * Whether a test in tests/python/ (test_orchestrated_examples.py, test_library_examples.py) runs the
   * example's own code (a component's body, a task's callable, the training and gate around tracking
   * calls, a metric by group, a point-in-time join, a serving signature's body, a Keras model's wiring)
   * with a stand-in for the library (tests/python/stand_ins.py).
   */
  standIn: boolean;
  /**
   * Where the stand-in run's data comes from: the guide's sample data (tests/python/guide_data.py) unless
   * 'made', small data of the example's own shape that the test makes (a Keras model whose layers the
   * stand-in wires, checking each one's shape and dtype).
   */
  standInData?: 'made';
}

export type ExampleCheck = RunExample | CompiledExample;

const sklearn = ['numpy', 'scikit-learn'] as const;
const sklearnPandas = ['pandas', 'scikit-learn'] as const;
const TF_DOCS = 'https://www.tensorflow.org/api_docs/python/tf';
/** A TensorFlow example: run with the Keras stand-in, on data the test makes unless `data` is 'guide'. */
const tf = (calls: readonly string[], docs = TF_DOCS, data: 'made' | 'guide' = 'made'): CompiledExample & { standIn: true } => ({
  check: 'compiled',
  writtenFor: 'TensorFlow 2 (Keras 3)',
  docs,
  calls,
  standIn: true,
  ...(data === 'made' && { standInData: data }),
});

/** Keyed by the path under `examples/`. */
export const EXAMPLES = {
  'patterns/batch_serving.py': {
    check: 'compiled',
    writtenFor: 'PySpark 4',
    docs: 'https://spark.apache.org/docs/latest/api/python/reference/pyspark.sql/api/pyspark.sql.DataFrame.mapInPandas.html',
    calls: ['mapInPandas'],
    standIn: true,
  },
  'patterns/bridged_schema.py': { check: 'runs', libraries: ['pandas', 'pyarrow'] },
  'patterns/cascade.py': { check: 'runs', libraries: sklearn },
  'patterns/checkpoints.py': tf(['BackupAndRestore', 'ModelCheckpoint'], 'https://www.tensorflow.org/api_docs/python/tf/keras/callbacks/BackupAndRestore'),
  'patterns/continued_model_evaluation.py': { check: 'runs', libraries: ['pandas', 'pyarrow', 'scikit-learn'] },
  'patterns/distribution_strategy.py': tf(['MirroredStrategy', 'strategy.scope'], 'https://www.tensorflow.org/api_docs/python/tf/distribute/MirroredStrategy'),
  'patterns/embeddings.py': tf(['layers.Embedding', 'get_weights']),
  'patterns/ensembles.py': { check: 'runs', libraries: ['scikit-learn'] },
  'patterns/explainable_predictions.py': { check: 'runs', libraries: ['numpy', 'pandas', 'scikit-learn', 'shap'] },
  'patterns/fairness_lens.py': {
    check: 'compiled',
    writtenFor: 'Fairlearn 0.13',
    docs: 'https://fairlearn.org/main/api_reference/generated/fairlearn.metrics.MetricFrame.html',
    calls: ['MetricFrame', 'by_group', 'difference'],
    standIn: true,
  },
  'patterns/feature_cross.py': { check: 'runs', libraries: sklearnPandas },
  'patterns/feature_store.py': {
    check: 'compiled',
    writtenFor: 'Feast 0.66',
    docs: 'https://docs.feast.dev/how-to-guides/feast-snowflake-gcp-aws/load-data-into-the-online-store',
    calls: ['store.apply', 'materialize_incremental', 'get_historical_features', 'get_online_features'],
    standIn: true,
  },
  'patterns/hashed_feature.py': { check: 'runs', libraries: sklearn },
  'patterns/heuristic_benchmark.py': { check: 'runs', libraries: ['pandas', 'pyarrow', 'scikit-learn'] },
  'patterns/hyperparameter_tuning.py': { check: 'runs', libraries: ['scikit-learn', 'scipy'] },
  'patterns/keyed_predictions.py': tf(['tf.saved_model.save', 'input_signature'], 'https://www.tensorflow.org/guide/saved_model'),
  'patterns/model_versioning.py': {
    check: 'compiled',
    writtenFor: 'MLflow 3',
    docs: 'https://mlflow.org/docs/latest/ml/model-registry/',
    calls: ['log_model(model, name=', 'register_model', 'set_registered_model_alias', 'models:/churn@champion'],
    standIn: true,
  },
  'patterns/multilabel.py': tf(['TextVectorization', 'AUC(multi_label=True)']),
  'patterns/multimodal_input.py': tf(['TextVectorization', 'Concatenate']),
  'patterns/neutral_class.py': { check: 'runs', libraries: sklearnPandas },
  'patterns/rebalancing.py': { check: 'runs', libraries: ['scikit-learn'] },
  'patterns/reframing.py': { check: 'runs', libraries: sklearn },
  'patterns/repeatable_splitting.py': { check: 'runs', libraries: ['pandas', 'pyarrow'] },
  'patterns/stateless_serving_function.py': tf(['tf.saved_model.save', 'input_signature', 'assert_all_finite'], 'https://www.tensorflow.org/guide/saved_model', 'guide'),
  'patterns/transfer_learning.py': tf(['MobileNetV2', 'image_dataset_from_directory'], 'https://www.tensorflow.org/tutorials/images/transfer_learning'),
  'patterns/transform.py': { check: 'runs', libraries: sklearnPandas },
  'patterns/two_phase_predictions.py': {
    check: 'compiled',
    writtenFor: 'TensorFlow 2 (converter) and LiteRT (ai-edge-litert, interpreter)',
    docs: 'https://ai.google.dev/edge/litert/migration',
    calls: ['TFLiteConverter.from_keras_model', 'ai_edge_litert.interpreter', 'allocate_tensors'],
    standIn: true,
    standInData: 'made',
  },
  'patterns/useful_overfitting.py': { check: 'runs', libraries: sklearn },
  'patterns/windowed_inference.py': { check: 'runs', libraries: ['numpy', 'pandas', 'scikit-learn'] },
  'patterns/workflow_pipeline.py': {
    check: 'compiled',
    writtenFor: 'Kubeflow Pipelines SDK 2 (kfp 2.15)',
    docs: 'https://www.kubeflow.org/docs/components/pipelines/getting-started/',
    calls: ['dsl.component', 'dsl.importer', 'compiler.Compiler().compile', 'create_run_from_pipeline_package'],
    standIn: true,
  },
  'pipeline/data_collection.py': { check: 'runs', libraries: ['pandas', 'pyarrow'] },
  'pipeline/data_validation.py': { check: 'runs', libraries: ['pandas', 'pandera', 'pyarrow'] },
  'pipeline/data_processing.py': { check: 'runs', libraries: ['pandas', 'pyarrow', 'scikit-learn', 'joblib'] },
  'pipeline/model_building.py': { check: 'runs', libraries: ['pandas', 'pyarrow', 'scikit-learn', 'joblib'] },
  'pipeline/training_evaluation.py': { check: 'runs', libraries: ['pandas', 'pyarrow', 'scikit-learn', 'scipy', 'joblib'] },
  'pipeline/model_deployment.py': { check: 'runs', libraries: ['pandas', 'pyarrow', 'scikit-learn', 'joblib'] },
  'pipeline-types/data_pipeline.py': {
    check: 'compiled',
    writtenFor: 'Apache Airflow 3',
    docs: 'https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/taskflow.html',
    calls: ['from airflow.sdk import dag, task', '@dag(schedule=', 'context["ds"]'],
    standIn: true,
  },
  'pipeline-types/ml_tracking_pipeline.py': {
    check: 'compiled',
    writtenFor: 'MLflow 3',
    docs: 'https://mlflow.org/docs/latest/ml/tracking/',
    calls: ['mlflow.start_run', 'log_params', 'log_model(model, name=', 'set_registered_model_alias'],
    standIn: true,
  },
  'pipeline-types/model_pipeline.py': { check: 'runs', libraries: ['pandas', 'pyarrow', 'scikit-learn'] },
  'pipeline-types/workflow_pipeline.py': {
    check: 'compiled',
    writtenFor: 'Kubeflow Pipelines SDK 2 (kfp 2.15)',
    docs: 'https://www.kubeflow.org/docs/components/pipelines/user-guides/components/lightweight-python-components/',
    calls: ['dsl.component', 'dsl.importer', 'compiler.Compiler().compile'],
    standIn: true,
  },
  'production/drift_statistics.py': { check: 'runs', libraries: ['numpy', 'scipy'] },
  'production/drift_metrics.py': { check: 'runs', libraries: ['numpy', 'pandas', 'prometheus-client', 'pyarrow', 'scipy'] },
  'production/test_model_behaviour.py': { check: 'runs', libraries: ['numpy', 'pandas', 'pytest', 'scikit-learn'] },
  'production/content_addressed_snapshots.py': { check: 'runs', libraries: ['pandas', 'pyarrow', 'scikit-learn'] },
  'production/model_files.py': { check: 'runs', libraries: ['numpy', 'pandas', 'scikit-learn'] },
  'production/llm_operations.py': { check: 'runs', libraries: ['numpy', 'pandas', 'scikit-learn'] },
  'production/ab_test_power.py': { check: 'runs', libraries: ['numpy', 'pandas', 'scipy'] },
  'production/peeking.py': { check: 'runs', libraries: ['numpy', 'scipy'] },
  'production/serving_cost.py': { check: 'runs', libraries: ['numpy', 'pandas'] },
  'production/label_quality.py': { check: 'runs', libraries: ['numpy', 'pandas', 'scikit-learn'] },
} as const satisfies Record<string, ExampleCheck>;

export type ExampleFile = keyof typeof EXAMPLES;

/** Where the site serves an example's file for download: `/examples/production/label_quality.py`. */
export function exampleHref(file: string): `/examples/${string}` {
  return `/examples/${file}`;
}

/** True when `file` is an example the catalogue knows (MDX props are not type-checked). */
export function isExampleFile(file: string): file is ExampleFile {
  return Object.hasOwn(EXAMPLES, file);
}

/** `name==version` pins of a requirements file, keyed by lower-case package name. */
export function requirementsToPins(text: string): Map<string, string> {
  const pins = new Map<string, string>();
  for (const line of text.split('\n')) {
    const pin = /^([A-Za-z0-9_.-]+)==([^\s;#]+)/.exec(line.trim());
    if (pin) pins.set(pin[1].toLowerCase(), pin[2]);
  }
  return pins;
}
