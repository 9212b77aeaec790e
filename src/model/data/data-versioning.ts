import type { ToolId } from './ids.ts';
import type { IsoDate } from './tools.ts';

/** Tools that let a run name the exact data it read, and get that data back later. */
export const DATA_VERSIONING_IDS = ['dvc', 'lakefs', 'delta-lake', 'iceberg', 'mlmd', 'mlflow-datasets'] as const;
export type DataVersioningId = (typeof DATA_VERSIONING_IDS)[number];

/** What the tool keeps: the data itself (in versions), or records about data kept elsewhere. */
export const DATA_VERSIONING_KINDS = {
  'file-versions': 'Versions files beside the code',
  'lake-versions': 'Versions a whole object store',
  'table-versions': 'Versions a table (time travel)',
  'metadata': 'Records lineage, not the data',
} as const;
export type DataVersioningKind = keyof typeof DATA_VERSIONING_KINDS;

export interface DataVersioning<Id extends DataVersioningId = DataVersioningId> {
  id: Id;
  name: string;
  kind: DataVersioningKind;
  /** How it versions (or records) data, in one line. */
  how: string;
  /** What a training run records so that it can be reproduced. */
  runRecords: string;
  /** How the recorded data is read back. */
  readBack: string;
  /** What can still break reproduction. */
  caveat: string;
  /** The guide's tool entry, when the tool has one. */
  tool?: ToolId;
  /** Documentation the facts were checked against. */
  source: string;
  checked: IsoDate;
}

export const dataVersioning = {
  dvc: {
    id: 'dvc',
    name: 'DVC',
    kind: 'file-versions',
    how: 'dvc add moves a file or folder into a content-addressed cache and writes a small .dvc file holding its hash, which Git versions in place of the data.',
    runRecords: 'The Git commit: it pins the .dvc files (and dvc.lock for pipelines), and through them the exact data.',
    readBack: 'git checkout the commit, then dvc checkout (or dvc pull from the remote).',
    caveat: 'Data in the cache or remote must be kept; a garbage collection that drops an old version breaks every commit that pointed at it.',
    tool: 'dvc',
    source: 'https://dvc.org/doc/user-guide/project-structure/dvc-files',
    checked: '2026-11-30',
  },
  lakefs: {
    id: 'lakefs',
    name: 'lakeFS',
    kind: 'lake-versions',
    how: 'Git-like repositories, branches and immutable commits over an object store (S3, Azure Blob, GCS), without copying the data.',
    runRecords: 'The lakeFS commit id of the data the run read.',
    readBack: 'Read through the commit id wherever a branch name would go in the path.',
    caveat: 'Its garbage collection, once configured, removes objects that no retained commit needs.',
    source: 'https://docs.lakefs.io/understand/model',
    checked: '2026-11-30',
  },
  'delta-lake': {
    id: 'delta-lake',
    name: 'Delta Lake time travel',
    kind: 'table-versions',
    how: "Every write to a Delta table is a numbered version in the table's transaction log.",
    runRecords: 'The table path and its version number (or a timestamp).',
    readBack: 'versionAsOf / timestampAsOf when reading, or VERSION AS OF in SQL.',
    caveat: 'VACUUM deletes files older than the retention period, and with them the versions that needed them.',
    source: 'https://docs.delta.io/latest/delta-batch.html',
    checked: '2026-11-30',
  },
  iceberg: {
    id: 'iceberg',
    name: 'Apache Iceberg time travel',
    kind: 'table-versions',
    how: 'Every commit to an Iceberg table creates a snapshot with its own id; branches and tags can name snapshots.',
    runRecords: 'The table name and its snapshot id (or a tag).',
    readBack: 'VERSION AS OF <snapshot id> or TIMESTAMP AS OF in Spark SQL, or the snapshot-id read option.',
    caveat: 'Expiring snapshots removes the ones older than the retention you set.',
    source: 'https://iceberg.apache.org/docs/latest/spark-queries/',
    checked: '2026-11-30',
  },
  mlmd: {
    id: 'mlmd',
    name: 'ML Metadata (MLMD)',
    kind: 'metadata',
    how: 'A store of artifacts (datasets, models), executions (component runs) and the events that link them; TFX and Kubeflow Pipelines write to it on every run.',
    runRecords: 'Nothing by hand: the pipeline records each execution with its input and output artifacts and their URIs.',
    readBack: 'Follow the events from the model artifact back to the dataset artifacts, then read their URIs.',
    caveat: 'It records where data was, not the data: the URIs must point at storage that is itself versioned or never overwritten.',
    source: 'https://www.tensorflow.org/tfx/guide/mlmd',
    checked: '2026-11-30',
  },
  'mlflow-datasets': {
    id: 'mlflow-datasets',
    name: 'MLflow dataset tracking',
    kind: 'metadata',
    how: "mlflow.log_input records a dataset's name, digest (a hash), schema and source on the run; a registered model version links back to its run.",
    runRecords: 'The dataset digest and source, logged on the run beside its parameters and code version.',
    readBack: 'Load from the recorded source, and compare digests to prove it is the same data.',
    caveat: 'The digest detects a change but cannot undo it: the source must be versioned (a table version, a DVC or lakeFS commit) for the data to come back.',
    tool: 'mlflow-tracking',
    source: 'https://mlflow.org/docs/latest/ml/dataset',
    checked: '2026-11-30',
  },
} as const satisfies { [K in DataVersioningId]: DataVersioning<K> };
