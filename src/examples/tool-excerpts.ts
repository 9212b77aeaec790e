import type { ToolId } from '../model/data/ids.ts';
import { EXAMPLES, type ExampleFile } from './catalog.ts';

/**
 * How the guide's own examples use a tool: a few lines of one example, shown on the tool's page
 * with a link to the page that shows the whole file. The lines are read from the file at build
 * time between two marker lines, so the excerpt cannot drift from what the tests run. A tool no
 * example uses has no entry, and its page says nothing rather than invent one.
 */

/** An example the guide's tests run, or run with a stand-in for the library (`standIn`). */
export type TestedExampleFile = {
  [F in ExampleFile]: (typeof EXAMPLES)[F] extends { check: 'runs' } | { standIn: true } ? F : never;
}[ExampleFile];

export interface ToolExcerpt {
  file: TestedExampleFile;
  /** The excerpt's first line, as it stands in the file (indentation aside); it occurs once. */
  from: string;
  /** The excerpt's last line, as it stands in the file: the first such line from `from` on. */
  to: string;
  /** The page that shows the whole example (its MDX has `<Example file=…>` for `file`). */
  page: `/${string}/`;
  /** What the lines show, in one sentence. */
  shows: string;
}

export const TOOL_EXCERPTS = {
  'apache-airflow': {
    file: 'pipeline-types/data_pipeline.py',
    from: '@dag(schedule="@daily", start_date=datetime(2026, 1, 1), catchup=False, tags=["churn"])',
    to: 'return target',
    page: '/pipeline-types/data-pipeline/',
    shows: 'A daily DAG whose first task copies one day of events into a dated folder, retried three times.',
  },
  'kubeflow-pipelines': {
    file: 'pipeline-types/workflow_pipeline.py',
    from: '@dsl.pipeline(name="churn-training")',
    to: 'train_model(train=splits.outputs["train"], test=splits.outputs["test"])',
    page: '/pipeline-types/workflow-pipeline/',
    shows: 'The pipeline wires containerised components by their typed outputs: a dataset in, validated, split, trained.',
  },
  'mlflow-tracking': {
    file: 'pipeline-types/ml_tracking_pipeline.py',
    from: 'mlflow.set_experiment("churn")',
    to: 'info = mlflow.sklearn.log_model(model, name="model", input_example=train[features].head(5))',
    page: '/pipeline-types/ml-tracking-pipeline/',
    shows: 'One run records its parameters, the data’s hash, the Git commit, its metric and the model.',
  },
  'mlflow-model-registry': {
    file: 'patterns/model_versioning.py',
    from: '# Every version is kept, with the run (model_uri) and the data it came from.',
    to: 'champion = mlflow.pyfunc.load_model("models:/churn@champion")',
    page: '/patterns/model-versioning/',
    shows: 'Each model is registered as a new version; the champion alias moves only when the new version scores at least as well.',
  },
  'scikit-learn-pipeline': {
    file: 'pipeline-types/model_pipeline.py',
    from: '# One call fits the imputer, scaler, encoder and classifier, on training rows only.',
    to: 'print(churn_model.predict(X_test.head(3)))',
    page: '/pipeline-types/model-pipeline/',
    shows: 'One fit covers preprocessing and classifier, and the fitted object predicts on raw rows.',
  },
  feast: {
    file: 'patterns/feature_store.py',
    from: '# Training: feature values as they were at each label\'s timestamp.',
    to: 'online = store.get_online_features(features=features, entity_rows=[{"customer_id": 1001}]).to_dict()',
    page: '/patterns/feature-store/',
    shows: 'The same feature view serves training, joined at each label’s time, and serving, looked up by key.',
  },
  'tensorflow-serving': {
    file: 'patterns/stateless_serving_function.py',
    from: '@tf.function(input_signature=[',
    to: 'tf.saved_model.save(model, "export/churn/1", signatures={"serving_default": serve})',
    page: '/patterns/stateless-serving-function/',
    shows: 'A serving function with typed inputs, saved as version 1 of a SavedModel in the numbered folder layout TensorFlow Serving loads and serves.',
  },
  prometheus: {
    file: 'production/drift_metrics.py',
    from: 'registry = CollectorRegistry()',
    to: 'write_to_textfile(str(textfile), registry)',
    page: '/production/monitoring/',
    shows: 'A batch drift job sets one gauge per feature and writes them to a file the node exporter serves, for an alerting rule to read.',
  },
  pandera: {
    file: 'pipeline/data_validation.py',
    from: 'SCHEMA = pa.DataFrameSchema(',
    to: 'strict=True,  # a column the schema does not name fails too',
    page: '/pipeline/data-validation/',
    shows: 'The expected schema kept in code: types, ranges, allowed values, and how much missing data is tolerated.',
  },
} as const satisfies { readonly [K in ToolId]?: ToolExcerpt };

/** The excerpt of `tool`, or undefined when no example of the guide uses it. */
export function toolExcerpt(tool: ToolId): ToolExcerpt | undefined {
  const byTool: { readonly [K in ToolId]?: ToolExcerpt } = TOOL_EXCERPTS;
  return Object.hasOwn(byTool, tool) ? byTool[tool] : undefined;
}

/** Where an excerpt's lines stand in its file: 1-based first and last line, and the lines, dedented. */
export interface ExcerptLines {
  first: number;
  last: number;
  code: string;
}

/**
 * The lines of `source` from the excerpt's `from` line to its `to` line, with their common
 * indentation removed. Throws, naming file › tool › field, when a marker is missing or `from`
 * occurs more than once: the excerpt must be changed with the example.
 */
export function excerptFromSource(tool: ToolId, excerpt: ToolExcerpt, source: string): ExcerptLines {
  return linesBetween(`src/examples/tool-excerpts.ts › ${tool}`, excerpt.file, excerpt.from, excerpt.to, source);
}

/**
 * The lines of an example's `source` from the line reading `from` to the first line reading `to`
 * after it (indentation aside), dedented. Throws, naming `where` and the field, when a marker is
 * missing or `from` occurs more than once.
 */
export function linesBetween(where: string, file: string, from: string, to: string, source: string): ExcerptLines {
  const lines = source.replace(/\n$/, '').split('\n');
  const starts = lines.flatMap((line, i) => (line.trim() === from.trim() ? [i] : []));
  if (starts.length !== 1) {
    throw new Error(`${where} › from: ${starts.length === 0 ? 'no' : `${starts.length}`} line of examples/${file} reads ${JSON.stringify(from)}; it must occur once. Change the excerpt with the example.`);
  }
  const start = starts[0];
  const end = lines.findIndex((line, i) => i >= start && line.trim() === to.trim());
  if (end === -1) throw new Error(`${where} › to: no line of examples/${file} after line ${start + 1} reads ${JSON.stringify(to)}. Change the excerpt with the example.`);
  const picked = lines.slice(start, end + 1);
  const indent = Math.min(...picked.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return { first: start + 1, last: end + 1, code: picked.map((l) => l.slice(indent)).join('\n') };
}
