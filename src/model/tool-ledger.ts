import type { ToolId } from './ids.ts';
import type { IsoDate } from './tools.ts';

// The tool ledger: for each tool, the facts that go stale (its version line, whether it is still
// maintained, who owns it, its licence), each with the primary source it was compared with and
// the day it was compared. One place per fact: a page that states one of these reads it here.

/** A tool's standing, as its maintainers or vendor state it. */
export const TOOL_STATUSES = ['active', 'maintenance-only', 'archived', 'acquired', 'renamed', 'shutting-down'] as const;
export type ToolStatus = (typeof TOOL_STATUSES)[number];

/** How each status reads on a page. */
export const TOOL_STATUS_LABELS = {
  active: 'Active',
  'maintenance-only': 'Maintenance only',
  archived: 'Archived',
  acquired: 'Acquired',
  renamed: 'Renamed',
  'shutting-down': 'Shutting down',
} as const satisfies { [K in ToolStatus]: string };

/** A month, for release dates a source gives to the month: `2026-07`. */
export type YearMonth = `${number}-${number}`;
type HttpsUrl = `https://${string}`;

/** A fact compared with a primary source (release notes, the project's own announcement, its releases page). */
export interface Compared {
  /** Where the fact was compared: the project's or vendor's own page, never a third party's. */
  source: HttpsUrl;
  /** The day the fact was compared with `source`; set only when it was. */
  checked: IsoDate;
}

/** What could not be confirmed from a source, in one sentence: what was looked at and what it lacked. */
export interface Unconfirmed {
  unconfirmed: string;
}

/** The current release line and the month it came out, compared with a source. */
export interface ConfirmedVersion extends Compared {
  /** The release line a reader installs today: "Airflow 3.3". */
  line: string;
  /** Month the line's first release (x.y.0) came out. */
  released: YearMonth;
}

/**
 * A version only partly confirmed: the line as far as a source showed it (with the source and the
 * day, if one was compared), and why the rest is not confirmed. Never a guess presented as a fact.
 */
export interface PartlyConfirmedVersion extends Unconfirmed, Partial<Compared> {
  line?: string;
  released?: YearMonth;
}

export type VersionFact = ConfirmedVersion | PartlyConfirmedVersion;

/**
 * Whether the tool is maintained, and by whom. The source is always named; `checked` is set only
 * when the state was compared with it, and `unconfirmed` says what was not.
 */
export interface StatusFact extends Partial<Unconfirmed> {
  state: ToolStatus;
  source: HttpsUrl;
  /** The day the state was compared with `source`. */
  checked?: IsoDate;
  /** When the state began (a day or a month), as the source dates it; for an active tool, its latest release seen. */
  since?: IsoDate | YearMonth;
  /** One sentence a reader needs with the state: the new name, the new owner, what to use instead. */
  note?: string;
}

/** The licence in src/model/tools.ts (`Tool.licence`), compared with a source, or why it was not. */
export type LicenceFact = Compared | Unconfirmed;

export interface ToolLedgerEntry<Id extends ToolId = ToolId> {
  id: Id;
  version: VersionFact;
  status: StatusFact;
  licence: LicenceFact;
}

/** The facts of an entry a reader or `npm run facts:stale` can date, in page order. */
export const LEDGER_FACTS = ['version', 'status', 'licence'] as const;
export type LedgerFact = (typeof LEDGER_FACTS)[number];

/** The day a fact was compared with its source, or undefined when it never was. */
export function factChecked(entry: ToolLedgerEntry, fact: LedgerFact): Compared | undefined {
  const value: Partial<Compared> = entry[fact];
  return value.checked !== undefined && value.source !== undefined ? { checked: value.checked, source: value.source } : undefined;
}

/** What is unconfirmed about a fact, in its own words, or undefined when all of it was compared. */
export function factUnconfirmed(entry: ToolLedgerEntry, fact: LedgerFact): string | undefined {
  const value: Partial<Unconfirmed> = entry[fact];
  return value.unconfirmed;
}

// Facts compared on 6 December 2026. Where a source was found but did not settle a fact, the entry
// says so; where none was found, the fact is `unconfirmed`, never filled in from memory.
const TODAY = '2026-12-06';
const LICENCE_NOT_COMPARED = 'Not compared with a source on 6 December 2026; the licence shown is the one src/model/tools.ts records.';
const notCompared = (what: string) => `No primary source for ${what} was found on 6 December 2026.`;

export const toolLedger = {
  'apache-airflow': {
    id: 'apache-airflow',
    version: { line: 'Airflow 3.3', released: '2026-07', source: 'https://github.com/apache/airflow/pull/69480', checked: TODAY },
    status: { state: 'active', since: '2026-08', source: 'https://github.com/apache/airflow/releases/tag/3.3.1', checked: TODAY, note: '3.3.1, the latest release seen, came out in August 2026.' },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  dagster: {
    id: 'dagster',
    version: { line: 'Dagster 1.12', source: 'https://docs.dagster.io/api/libraries/dagster-pipes', checked: TODAY, unconfirmed: 'The documentation names 1.12.14 as the latest release but not when 1.12.0 came out.' },
    status: { state: 'active', source: 'https://docs.dagster.io/api/libraries/dagster-pipes', checked: TODAY, unconfirmed: 'The documentation lists current releases but dates none of them.' },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  prefect: {
    id: 'prefect',
    version: { line: 'Prefect 3', source: 'https://github.com/PrefectHQ/prefect/releases/tag/3.7.8.dev3', checked: TODAY, unconfirmed: 'Only a nightly build of the 3.7 line (3.7.8.dev3, dated 8 July without a year) was found; the 3.7.0 release month was not.' },
    status: { state: 'active', source: 'https://github.com/PrefectHQ/prefect/releases/tag/3.7.8.dev3', checked: TODAY, unconfirmed: 'Nightly builds are published, but the page gives no year.' },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'kubeflow-pipelines': {
    id: 'kubeflow-pipelines',
    version: { line: 'KFP 2.17', released: '2026-07', source: 'https://github.com/kubeflow/pipelines/pull/13665', checked: TODAY },
    status: { state: 'active', since: '2026-08-24', source: 'https://github.com/kubeflow/pipelines/pull/14141', checked: TODAY, note: 'The maintainers have announced that KFP 3.0 will drop support for Argo Workflows 3.x.' },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  tfx: {
    id: 'tfx',
    version: { line: 'TFX 1.17', source: 'https://github.com/tensorflow/tfx/pull/7806', checked: TODAY, unconfirmed: 'The release pull requests for 1.17.0 and 1.17.2 were found, but not the month 1.17.0 was published.' },
    status: { state: 'active', source: 'https://github.com/tensorflow/tfx/pull/7813', checked: TODAY, unconfirmed: 'Patch releases of 1.17 are being published; their dates were not found.' },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'argo-workflows': {
    id: 'argo-workflows',
    version: { line: 'Argo Workflows 4', released: '2026-02', source: 'https://github.com/argoproj/argo-workflows/pull/15475', checked: TODAY },
    status: { state: 'active', since: '2026-02', source: 'https://github.com/argoproj/argo-workflows/pull/15475', checked: TODAY, note: 'Version 4.0 came out in February 2026; Kubeflow Pipelines bundles 4.1 since August 2026.' },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'vertex-ai-pipelines': {
    id: 'vertex-ai-pipelines',
    version: { unconfirmed: 'A managed service with no release line of its own; pipelines are written with the KFP SDK (see Kubeflow Pipelines).' },
    status: { state: 'active', source: 'https://cloud.google.com/vertex-ai/docs/pipelines/introduction', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'sagemaker-pipelines': {
    id: 'sagemaker-pipelines',
    version: { unconfirmed: 'A managed service with no release line of its own.' },
    status: {
      state: 'renamed',
      since: '2024-12-03',
      source: 'https://docs.amazonaws.cn/sagemaker/latest/dg/sagemaker-dg.pdf',
      checked: TODAY,
      note: 'Part of Amazon SageMaker AI, the name Amazon SageMaker carried until 3 December 2024; “Amazon SageMaker” now names AWS’s wider data, analytics and AI platform.',
    },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'mlflow-tracking': {
    id: 'mlflow-tracking',
    version: { line: 'MLflow 3', unconfirmed: 'MLflow 3.16.0 appears in a third-party image’s update of September 2026 (burakince/mlflow#679); MLflow’s own release notes were not found.' },
    status: { state: 'active', source: 'https://github.com/burakince/mlflow/pull/679', unconfirmed: 'Only a third-party page shows recent releases.' },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'mlflow-model-registry': {
    id: 'mlflow-model-registry',
    version: { line: 'MLflow 3', unconfirmed: 'MLflow 3.16.0 appears in a third-party image’s update of September 2026 (burakince/mlflow#679); MLflow’s own release notes were not found.' },
    status: { state: 'active', source: 'https://github.com/burakince/mlflow/pull/679', unconfirmed: 'Only a third-party page shows recent releases.' },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'weights-and-biases': {
    id: 'weights-and-biases',
    version: { unconfirmed: 'A hosted service; the current major version of its wandb client was not found.' },
    status: {
      state: 'acquired',
      since: '2025-05-05',
      source: 'https://aiwiki.ai/wiki/wandb',
      note: 'Acquired by CoreWeave, a GPU cloud provider: announced in March 2025, closed on 5 May 2025.',
      unconfirmed: 'Found only in third-party accounts; CoreWeave’s own announcement was not found.',
    },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  dvc: {
    id: 'dvc',
    version: { line: 'DVC 3', unconfirmed: notCompared('the current DVC release') },
    status: {
      state: 'acquired',
      source: 'https://lakefs.io/blog/lakefs-file-representation',
      checked: TODAY,
      note: 'Acquired by lakeFS (Treeverse); the repository now lives at github.com/treeverse/dvc.',
      unconfirmed: 'lakeFS’s own site announces the acquisition but the page seen gives no date.',
    },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'scikit-learn-pipeline': {
    id: 'scikit-learn-pipeline',
    version: { line: 'scikit-learn 1.8', released: '2025-12', source: 'https://scikit-learn.org/stable/_sources/whats_new/v1.8.rst.txt', checked: TODAY },
    status: { state: 'active', since: '2025-12', source: 'https://scikit-learn.org/stable/_sources/whats_new/v1.8.rst.txt', checked: TODAY },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'spark-mllib-pipeline': {
    id: 'spark-mllib-pipeline',
    version: { line: 'Spark 4.1', released: '2025-12', source: 'https://index.scala-lang.org/apache/spark/artifacts/spark-core/4.1.0', checked: TODAY },
    status: { state: 'active', since: '2025-12-11', source: 'https://index.scala-lang.org/apache/spark/artifacts/spark-core/4.1.0', checked: TODAY },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'great-expectations': {
    id: 'great-expectations',
    version: { line: 'GX Core 1', source: 'https://github.com/great-expectations/cloud/pull/869', checked: TODAY, unconfirmed: 'GX Core 1.5.8 is the newest release seen; its month was not found.' },
    status: {
      state: 'renamed',
      source: 'https://github.com/great-expectations/cloud/pull/869',
      checked: TODAY,
      note: 'The open-source library is now called GX Core (the Python package is still great_expectations); GX Cloud is the company’s hosted product.',
      unconfirmed: 'The vendor’s own repositories use the new name, but the date of the rename was not found.',
    },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'tensorflow-data-validation': {
    id: 'tensorflow-data-validation',
    version: { unconfirmed: notCompared('the current TFDV release') },
    status: { state: 'active', source: 'https://www.tensorflow.org/tfx/guide/tfdv', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  pandera: {
    id: 'pandera',
    version: { unconfirmed: notCompared('the current Pandera release') },
    status: { state: 'active', source: 'https://pandera.readthedocs.io/en/stable/', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  feast: {
    id: 'feast',
    version: { unconfirmed: notCompared('the current Feast release') },
    status: { state: 'active', source: 'https://docs.feast.dev/getting-started/concepts/overview', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  bentoml: {
    id: 'bentoml',
    version: { unconfirmed: notCompared('the current BentoML release') },
    status: { state: 'active', source: 'https://docs.bentoml.com/en/latest/', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  kserve: {
    id: 'kserve',
    version: { line: 'KServe 0.17', released: '2026-03', source: 'https://github.com/kserve/kserve/issues/5163', checked: TODAY },
    status: { state: 'active', since: '2026-03', source: 'https://github.com/kserve/kserve/issues/5163', checked: TODAY, note: 'A third-party catalogue already lists 0.18.0; the project’s own notes for it were not found.' },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  flyte: {
    id: 'flyte',
    version: { line: 'Flyte 1.15', source: 'https://github.com/flyteorg/flyte/issues/6662', checked: TODAY, unconfirmed: 'An issue of October 2025 runs Flyte 1.15.3; no release notes or later line were found.' },
    status: { state: 'active', source: 'https://github.com/flyteorg/flyte/issues/6662', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  metaflow: {
    id: 'metaflow',
    version: { line: 'Metaflow 2', unconfirmed: notCompared('the current Metaflow release') },
    status: { state: 'active', source: 'https://docs.metaflow.org/metaflow/basics', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  zenml: {
    id: 'zenml',
    version: { unconfirmed: notCompared('the current ZenML release') },
    status: { state: 'active', source: 'https://docs.zenml.io/getting-started/core-concepts', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  kedro: {
    id: 'kedro',
    version: { line: 'Kedro 1.6', source: 'https://github.com/kedro-org/kedro/issues/5720', checked: TODAY, unconfirmed: 'The release issue for 1.6.0 was opened on 6 August 2026 and closed; the day of the release is not on it.' },
    status: { state: 'active', since: '2026-08', source: 'https://github.com/kedro-org/kedro/issues/5720', checked: TODAY, note: 'Kedro 1.0 came out in 2025; 1.5 and 1.6 followed in 2026.' },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'amazon-sagemaker': {
    id: 'amazon-sagemaker',
    version: { unconfirmed: 'A managed service with no release line of its own.' },
    status: {
      state: 'renamed',
      since: '2024-12-03',
      source: 'https://docs.amazonaws.cn/sagemaker/latest/dg/sagemaker-dg.pdf',
      checked: TODAY,
      note: 'Formerly Amazon SageMaker; since 3 December 2024 “Amazon SageMaker” names AWS’s wider data, analytics and AI platform, of which SageMaker AI is one part.',
    },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'vertex-ai': {
    id: 'vertex-ai',
    version: { unconfirmed: 'A managed service with no release line of its own.' },
    status: { state: 'active', source: 'https://cloud.google.com/vertex-ai', unconfirmed: notCompared('its current status or name') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'azure-machine-learning': {
    id: 'azure-machine-learning',
    version: { unconfirmed: 'A managed service with no release line of its own.' },
    status: { state: 'active', source: 'https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning', unconfirmed: notCompared('its current status or name') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  databricks: {
    id: 'databricks',
    version: { unconfirmed: 'A managed platform with no single release line.' },
    status: { state: 'active', source: 'https://www.databricks.com/', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'seldon-core': {
    id: 'seldon-core',
    version: { line: 'Seldon Core 2', unconfirmed: notCompared('the current Seldon Core 2 release') },
    status: { state: 'active', source: 'https://docs.seldon.ai/seldon-core-2/getting-started', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'nvidia-triton': {
    id: 'nvidia-triton',
    version: { unconfirmed: notCompared('the current Triton release') },
    status: {
      state: 'active',
      source: 'https://docs.nvidia.com/dynamo/knowledge-base/modular-components/backends/triton/overview',
      checked: TODAY,
      note: 'NVIDIA now also runs Triton inside its Dynamo inference framework, as “Dynamo Triton”.',
      unconfirmed: 'The Dynamo documentation shows Triton maintained, but no date for it.',
    },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  torchserve: {
    id: 'torchserve',
    version: { unconfirmed: 'No release is expected: the project is no longer maintained.' },
    status: {
      state: 'archived',
      source: 'https://github.com/pytorch/serve/issues/3396',
      checked: TODAY,
      note: 'Marked “Limited Maintenance” by March 2025; KServe is removing its TorchServe runtime as unmaintained upstream.',
      unconfirmed: 'The limited-maintenance notice was confirmed; the archiving date (August 2025) was not re-compared.',
    },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'ray-serve': {
    id: 'ray-serve',
    version: { unconfirmed: notCompared('the current Ray release') },
    status: { state: 'active', source: 'https://docs.ray.io/en/latest/serve/index.html', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'tensorflow-serving': {
    id: 'tensorflow-serving',
    version: { unconfirmed: notCompared('the current TensorFlow Serving release') },
    status: { state: 'active', source: 'https://www.tensorflow.org/tfx/guide/serving', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  evidently: {
    id: 'evidently',
    version: { unconfirmed: notCompared('the current Evidently release') },
    status: { state: 'active', source: 'https://github.com/evidentlyai/evidently', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  nannyml: {
    id: 'nannyml',
    version: { unconfirmed: notCompared('the current NannyML release') },
    status: { state: 'active', source: 'https://github.com/NannyML/nannyml', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  whylogs: {
    id: 'whylogs',
    version: { unconfirmed: notCompared('the current whylogs release') },
    status: {
      state: 'shutting-down',
      since: '2025-09',
      source: 'https://github.com/zenml-io/zenml/issues/3996',
      checked: TODAY,
      note: 'WhyLabs, the company behind whylogs and its hosted platform, was acquired by Apple and is discontinuing its operations: plan on the open-source library, not the platform.',
      unconfirmed: 'Reported by ZenML, which integrates whylogs; WhyLabs’ own notice was not found.',
    },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  prometheus: {
    id: 'prometheus',
    version: { unconfirmed: notCompared('the current Prometheus release') },
    status: { state: 'active', source: 'https://prometheus.io/docs/introduction/overview/', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  grafana: {
    id: 'grafana',
    version: { unconfirmed: notCompared('the current Grafana release') },
    status: { state: 'active', source: 'https://grafana.com/', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  lakefs: {
    id: 'lakefs',
    version: { unconfirmed: notCompared('the current lakeFS release') },
    status: {
      state: 'active',
      source: 'https://lakefs.io/blog/lakefs-file-representation',
      checked: TODAY,
      note: 'lakeFS has acquired DVC; both are now developed by Treeverse.',
      unconfirmed: 'The page announces the acquisition without a date.',
    },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
  'delta-lake': {
    id: 'delta-lake',
    version: { unconfirmed: 'Not compared on 6 December 2026. The documentation page this guide cited was that of Delta Lake 0.6.0, from 2020.' },
    status: { state: 'active', source: 'https://delta.io/', unconfirmed: notCompared('its current status') },
    licence: { unconfirmed: LICENCE_NOT_COMPARED },
  },
} as const satisfies { [K in ToolId]: ToolLedgerEntry<K> };
