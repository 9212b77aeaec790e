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
  unconfirmed?: never;
  noReleaseLine?: never;
}

/**
 * A version only partly confirmed: the line as far as a source showed it (with the source and the
 * day, if one was compared), and why the rest is not confirmed. Never a guess presented as a fact.
 */
export interface PartlyConfirmedVersion extends Unconfirmed, Partial<Compared> {
  line?: string;
  released?: YearMonth;
  noReleaseLine?: never;
}

/**
 * A managed service with no release line of its own, by its vendor's design: what the vendor
 * versions instead (the SDK a reader pins, the images it publishes), compared with the vendor's
 * page that says so. A fact, not a gap: it is neither a line nor `unconfirmed`.
 */
export interface NoReleaseLine extends Compared {
  /** One sentence: what is versioned instead, as the vendor's page states it. */
  noReleaseLine: string;
  line?: never;
  released?: never;
  unconfirmed?: never;
}

export type VersionFact = ConfirmedVersion | PartlyConfirmedVersion | NoReleaseLine;

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

/**
 * The licence in src/model/data/tools.ts (`Tool.licence`), compared with a source, or why it was not.
 * A compared licence may carry a `note`: one sentence a reader needs with it, as its source states it
 * (parts under another licence, a grant that widens the terms, a client licensed apart from its service).
 */
export type LicenceFact = (Compared & { note?: string; unconfirmed?: never }) | (Unconfirmed & { source?: never; checked?: never; note?: never });

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
  const value: VersionFact | StatusFact | LicenceFact = entry[fact];
  return value.checked !== undefined && value.source !== undefined ? { checked: value.checked, source: value.source } : undefined;
}

/** What is unconfirmed about a fact, in its own words, or undefined when all of it was compared. */
export function factUnconfirmed(entry: ToolLedgerEntry, fact: LedgerFact): string | undefined {
  const value: VersionFact | StatusFact | LicenceFact = entry[fact];
  return value.unconfirmed;
}

// Facts compared on 6 December 2026. Where a source was found but did not settle a fact, the entry
// says so; where none was found, the fact is `unconfirmed`, never filled in from memory.
const TODAY = '2026-12-06';
// Facts compared again, or for the first time, on 7 December 2026; the others keep the day they were compared.
const RECHECKED = '2026-12-07';
// The licence value stays in tools.ts (Tool.licence); here only whether it was compared, and with what.
// Sources pin the commit or tag that was read. The vendors' terms pages are stored copies, dated where they date themselves.

// MLflow Tracking and the Model Registry are one project, released together.
// MLflow's own changelog (CHANGELOG.md on its default branch, as stored), whose newest entry is 3.17.0 of 6 October 2026.
const MLFLOW_VERSION = {
  line: 'MLflow 3.17',
  released: '2026-10',
  source: 'https://raw.githubusercontent.com/mlflow/mlflow/master/CHANGELOG.md',
  checked: RECHECKED,
} as const;
const MLFLOW_STATUS = {
  state: 'active',
  since: '2026-10-06',
  source: 'https://raw.githubusercontent.com/mlflow/mlflow/master/CHANGELOG.md',
  checked: RECHECKED,
  note: 'A minor release about every month or two: 3.15.0 on 31 July, 3.16.0 in early September and 3.17.0 on 6 October 2026, by MLflow’s changelog and its version bump for 3.16.0 (pull request 25558, 3 September).',
} as const;

// Google Cloud's terms for Vertex AI and its parts. Google's page of security controls for the platform (Vertex AI, now
// Gemini Enterprise Agent Platform) names the platform and its Feature Store and sends readers to the General Service
// Terms of Google Cloud's Service Specific Terms for where their data is kept; the terms themselves were not stored.
const GOOGLE_CLOUD_LICENCE = {
  source: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/machine-learning/security-controls',
  checked: RECHECKED,
  note: 'A Google Cloud service under Google Cloud’s terms; Google’s own page of its security controls sends readers to the Service Specific Terms for where its data is kept.',
} as const satisfies LicenceFact;

// AWS Service Terms, "Last Updated: October 22, 2025" (a stored copy, in English under aws.amazon.com/it/): section 1,
// the universal terms, applies to every AWS service; 1.1 forbids taking software obtained with the Services outside them.
const AWS_LICENCE = {
  source: 'https://aws.amazon.com/it/serviceterms',
  checked: TODAY,
  note: 'Used under the AWS Service Terms, whose universal terms (last updated 22 October 2025) forbid taking software obtained with the services outside them.',
} as const satisfies LicenceFact;

// MLflow's release metadata (pyproject.release.toml: the Apache Software License classifier, LICENSE.txt as the
// licence file) as stored in the index; the stored LICENSE.txt itself dates from MLflow 0.1.0 and the snapshot was too large to fetch.
const MLFLOW_LICENCE = {
  source: 'https://github.com/mlflow/mlflow/blob/3bf8ec00d6e5615ff6b456a61b618a01da87d5b6/pyproject.release.toml',
  checked: TODAY,
  note: 'Compared with MLflow’s release metadata from its 2.21 development line, the newest copy that could be read.',
} as const satisfies LicenceFact;

export const toolLedger = {
  'apache-airflow': {
    id: 'apache-airflow',
    version: { line: 'Airflow 3.3', released: '2026-07', source: 'https://github.com/apache/airflow/pull/69480', checked: TODAY },
    // Airflow's website repository announces each release: 3.3.0 on 6 July 2026 (pull request 1590), 3.3.2 on 17 September (1661).
    status: { state: 'active', since: '2026-09-17', source: 'https://github.com/apache/airflow-site/pull/1661', checked: RECHECKED, note: '3.3.2, the latest release seen, was announced on 17 September 2026; 3.4 is in development.' },
    // Airflow's package metadata at the 3.1.5 tag: license = "Apache-2.0", with LICENSE and NOTICE as its licence files.
    licence: { source: 'https://github.com/apache/airflow/blob/3.1.5/pyproject.toml', checked: TODAY },
  },
  dagster: {
    id: 'dagster',
    // Dagster Labs' own dagster-cloud repository pins each core release as it ships: "Release 1.13.0", 9 April 2026, moves
    // its dependency from dagster==1.12.22 to dagster==1.13.0. Dagster's API docs list 1.13.25 as the latest, with no 1.14.
    version: {
      line: 'Dagster 1.13',
      released: '2026-04',
      source: 'https://github.com/dagster-io/dagster-cloud/commit/834b40f7758fc39f1064f803fbae22982a02a519',
      checked: RECHECKED,
    },
    status: {
      state: 'active',
      since: '2026-09-21',
      source: 'https://pypi.org/rss/project/dagster-prefect/releases.xml',
      checked: TODAY,
      note: 'Dagster Labs published its dagster-prefect integration 0.29.24 on PyPI on 21 September 2026, the latest release seen; the core’s 1.13.3 came out on 30 April 2026.',
    },
    // The dagster package's own metadata (Dagster Labs, Python 3.10 to 3.14): license = "Apache-2.0". The copy of the repository's root LICENSE in the stored index is an early MIT text from 2018 and was not taken as current.
    licence: { source: 'https://github.com/dagster-io/dagster/blob/007afda122cc3f637aefc479a17a3444092f8f5e/python_modules/dagster/pyproject.toml', checked: TODAY },
  },
  prefect: {
    id: 'prefect',
    version: { line: 'Prefect 3.9', released: '2026-10', source: 'https://docs.prefect.io/v3/release-notes/oss/version-3-9', checked: TODAY },
    status: {
      state: 'active',
      since: '2026-11-19',
      source: 'https://raw.githubusercontent.com/PrefectHQ/prefect/main/docs/v3/release-notes/oss/version-3-9.mdx',
      checked: TODAY,
      // GitHub also has a 3.9.5 release, undated in the copy seen.
      note: '3.9.0 came out on 21 October 2026 and dropped support for Python 3.10; 3.9.4, the latest release its notes date, on 19 November 2026.',
    },
    // Repository snapshot of 21 August 2026: Apache License 2.0; no enterprise folder under another licence.
    licence: { source: 'https://github.com/PrefectHQ/prefect/blob/ce79dd3d6cfa2b7337265498210dbc4d25bcdc98/LICENSE', checked: TODAY },
  },
  'kubeflow-pipelines': {
    id: 'kubeflow-pipelines',
    version: { line: 'KFP 2.17', released: '2026-07', source: 'https://github.com/kubeflow/pipelines/pull/13665', checked: TODAY },
    status: { state: 'active', since: '2026-08-24', source: 'https://github.com/kubeflow/pipelines/pull/14141', checked: TODAY, note: 'The maintainers have announced that KFP 3.0 will drop support for Argo Workflows 3.x.' },
    // Repository snapshot of 21 August 2026.
    licence: { source: 'https://github.com/kubeflow/pipelines/blob/7b70c7b95f6832772efd6fd0029a4024491a0f44/LICENSE', checked: TODAY },
  },
  tfx: {
    id: 'tfx',
    version: { line: 'TFX 1.21', released: '2026-06', source: 'https://github.com/tensorflow/tfx/blob/v1.21.0/RELEASE.md', checked: TODAY },
    status: { state: 'active', since: '2026-06-17', source: 'https://github.com/tensorflow/tfx/blob/v1.21.0/RELEASE.md', checked: TODAY, note: 'Version 1.21.0, tagged on 17 June 2026, follows 1.17 (March 2026) and supports TensorFlow 2.21.' },
    // Repository snapshot of 25 June 2026.
    licence: { source: 'https://github.com/tensorflow/tfx/blob/58435d68d561e9ba6c657a0ec111adba5176ee98/LICENSE', checked: TODAY },
  },
  'argo-workflows': {
    id: 'argo-workflows',
    version: { line: 'Argo Workflows 4.1', released: '2026-08', source: 'https://github.com/argoproj/argo-workflows/releases/tag/v4.1.0', checked: TODAY },
    status: { state: 'active', since: '2026-02', source: 'https://github.com/argoproj/argo-workflows/pull/15475', checked: TODAY, note: 'Version 4.0 came out in February 2026.' },
    // Repository snapshot of 21 August 2026.
    licence: { source: 'https://github.com/argoproj/argo-workflows/blob/f016ad89eb269d282aec06dc491c29f396a38df4/LICENSE', checked: TODAY },
  },
  'vertex-ai-pipelines': {
    id: 'vertex-ai-pipelines',
    version: {
      noReleaseLine: 'Pipelines are written with SDKs that are versioned instead: Vertex AI Pipelines runs pipelines built with the Kubeflow Pipelines SDK (version 2 for its documentation’s samples) or the TFX SDK 0.30.0 or later.',
      source: 'https://cloud.google.com/vertex-ai/docs/pipelines/interfaces',
      checked: TODAY,
    },
    status: {
      state: 'renamed',
      source: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/machine-learning/pipelines/interfaces',
      checked: RECHECKED,
      note: 'Google now calls it Agent Platform Pipelines, part of Gemini Enterprise Agent Platform (formerly Vertex AI); it still runs pipelines written with the Kubeflow Pipelines SDK 2.0 or later or the TFX SDK 0.30.0 or later.',
      unconfirmed: 'Google’s pages give the new name without the day it took effect; press reports date the announcement to Google Cloud Next on 22 April 2026, but Google’s own announcement was not found.',
    },
    licence: GOOGLE_CLOUD_LICENCE,
  },
  'sagemaker-pipelines': {
    id: 'sagemaker-pipelines',
    version: {
      noReleaseLine: 'Pipelines are defined with the SageMaker Python SDK, which AWS versions: its release 3.17.0 was merged on 24 July 2026.',
      source: 'https://github.com/aws/sagemaker-python-sdk/pull/6099',
      checked: TODAY,
    },
    status: {
      state: 'renamed',
      since: '2024-12-03',
      source: 'https://docs.amazonaws.cn/sagemaker/latest/dg/sagemaker-dg.pdf',
      checked: TODAY,
      note: 'Part of Amazon SageMaker AI, the name Amazon SageMaker carried until 3 December 2024; “Amazon SageMaker” now names AWS’s wider data, analytics and AI platform.',
    },
    licence: AWS_LICENCE,
  },
  'mlflow-tracking': {
    id: 'mlflow-tracking',
    version: MLFLOW_VERSION,
    status: MLFLOW_STATUS,
    licence: MLFLOW_LICENCE,
  },
  'mlflow-model-registry': {
    id: 'mlflow-model-registry',
    version: MLFLOW_VERSION,
    status: MLFLOW_STATUS,
    licence: MLFLOW_LICENCE,
  },
  'weights-and-biases': {
    id: 'weights-and-biases',
    version: { line: 'wandb Python SDK 0.30 (the client; the service has no release line)', released: '2026-09', source: 'https://github.com/wandb/docs/pull/3207', checked: TODAY },
    status: {
      state: 'acquired',
      since: '2025-05',
      source: 'https://docs.coreweave.com/fr/forge-docs-whats-moved.md',
      checked: TODAY,
      note: 'Part of CoreWeave, a GPU cloud provider: its documentation now lives in CoreWeave’s, under the Forge product family.',
      unconfirmed: 'CoreWeave’s own documentation confirms the ownership; the month the acquisition closed (May 2025) comes from third-party accounts.',
    },
    licence: {
      source: 'https://wandb.ai/site/terms',
      checked: TODAY,
      note: 'The hosted service is used under W&B’s Master Service Agreement (last updated 23 October 2024); the client library’s LICENSE is MIT (github.com/wandb/wandb, snapshot of 21 August 2026).',
    },
  },
  dvc: {
    id: 'dvc',
    version: { line: 'DVC 3.67', released: '2026-02', source: 'https://github.com/treeverse/dvc/releases/tag/3.67.0', checked: TODAY },
    status: {
      state: 'acquired',
      source: 'https://lakefs.io/blog/lakefs-file-representation',
      checked: TODAY,
      note: 'Acquired by lakeFS (Treeverse); the repository now lives at github.com/treeverse/dvc, where 3.67.1 (31 March 2026) was the latest release on 2 June 2026.',
      unconfirmed: 'lakeFS’s own site announces the acquisition but the page seen gives no date.',
    },
    // Repository snapshot of 2 June 2026 (the repository now lives under treeverse/).
    licence: { source: 'https://github.com/treeverse/dvc/blob/8131c32c336b2f0cb47cb8782141d899a4876b8e/LICENSE', checked: TODAY },
  },
  'scikit-learn-pipeline': {
    id: 'scikit-learn-pipeline',
    version: { line: 'scikit-learn 1.9', released: '2026-06', source: 'https://sourceforge.net/projects/scikit-learn.mirror/files/1.9.0/', checked: TODAY },
    status: { state: 'active', since: '2026-06-02', source: 'https://scikit-learn.org/stable/auto_examples/release_highlights/plot_release_highlights_1_9_0.html', checked: TODAY, note: '1.9.0 came out on 2 June 2026 (the release’s own notes, mirrored); 1.8 in December 2025.' },
    // Read from the scikit-learn 1.9.1 release itself (its COPYING and License-Expression: BSD-3-Clause), the version installed for the guide's examples.
    licence: { source: 'https://github.com/scikit-learn/scikit-learn/blob/1.9.1/COPYING', checked: TODAY },
  },
  'spark-mllib-pipeline': {
    id: 'spark-mllib-pipeline',
    // Maven Central's release dates for spark-core, as the Scaladex index shows them; no 4.3.0 beyond a release candidate was seen.
    version: { line: 'Spark 4.2', released: '2026-07', source: 'https://index.scala-lang.org/apache/spark/artifacts/spark-core/4.2.0', checked: RECHECKED },
    status: { state: 'active', since: '2026-07-11', source: 'https://index.scala-lang.org/apache/spark/artifacts/spark-core/4.2.0', checked: RECHECKED, note: 'Spark 4.2.0 was published on 11 July 2026; 4.1 came out in December 2025.' },
    // PySpark's package definition in the Spark 4 line: Apache License 2.0; the newest copy of Spark's root LICENSE in the stored index was too old to date the fact.
    licence: { source: 'https://github.com/apache/spark/blob/2c8ba25d54a6757632b8e9bd9570b9493cd8a52d/python/packaging/classic/setup.py', checked: TODAY },
  },
  'great-expectations': {
    id: 'great-expectations',
    version: {
      line: 'GX Core 1.24',
      source: 'https://pypi.org/project/great-expectations/',
      checked: RECHECKED,
      unconfirmed:
        'PyPI, where GX publishes, lists 1.24.0 as its latest release but the stored copy shows no date; GX’s release pull requests date 1.21.0 on 19 August, 1.22.0 on 31 August and 1.23.0 on 10 September 2026, and others report 1.24.0, which adds Python 3.14, in October 2026.',
    },
    status: {
      state: 'acquired',
      since: '2026-08',
      source: 'https://github.com/fivetran/great_expectations/discussions/12072',
      checked: TODAY,
      note: 'dbt Labs/Fivetran has taken over stewardship of the library, with full-time maintainers; it was renamed GX Core with version 1.0 in August 2024 (the Python package is still great_expectations).',
      unconfirmed: 'The announcement is not dated on the page; the releases it lists (1.20.0 on 7 August) place it in August 2026.',
    },
    // The newest repository snapshot that could be read is of 24 October 2024.
    licence: {
      source: 'https://github.com/great-expectations/great_expectations/blob/ce78204d6d659caf676ccdcaec0a3184bb95445f/LICENSE',
      checked: TODAY,
      note: 'Compared with the repository as of 24 October 2024, the newest copy that could be read.',
    },
  },
  'tensorflow-data-validation': {
    id: 'tensorflow-data-validation',
    version: { line: 'TFDV 1.21', released: '2026-06', source: 'https://github.com/tensorflow/data-validation/blob/v1.21.0/RELEASE.md', checked: TODAY },
    status: { state: 'active', since: '2026-06-11', source: 'https://github.com/tensorflow/data-validation/blob/v1.21.0/RELEASE.md', checked: TODAY, note: 'Version 1.21.0 was tagged on 11 June 2026, in step with TFX 1.21; the line before it was 1.17 (June 2025).' },
    // Repository snapshot of 11 June 2026.
    licence: { source: 'https://github.com/tensorflow/data-validation/blob/710b32fae04f78c24591e34e872cda9634d4882f/LICENSE', checked: TODAY },
  },
  pandera: {
    id: 'pandera',
    // The wheel PyPI distributes for 0.33.1 (the version the guide's examples pin) carries its own metadata; its files are
    // stamped 1 September 2026. The repository as stored (21 August 2026) ends at 0.32.1.
    version: {
      line: 'Pandera 0.34',
      released: '2026-10',
      source: 'https://pypi.org/project/pandera/0.34.0/',
      checked: RECHECKED,
      unconfirmed:
        'PyPI lists pandera 0.34.0 but the stored copy shows no date; the package of 0.33.1 before it was built on 1 September 2026, and others date 0.34.0, which adds a PyTorch TensorDict backend, and 0.34.1 to 6 and 7 October 2026.',
    },
    status: { state: 'active', since: '2026-09-01', source: 'https://pypi.org/project/pandera/0.33.1/', checked: RECHECKED, note: 'A minor release every two months or so: 0.32.0 on 18 June 2026 (its tag), 0.33 at the end of August and 0.34 in October.' },
    licence: { source: 'https://github.com/unionai-oss/pandera/blob/main/LICENSE.txt', checked: TODAY },
  },
  feast: {
    id: 'feast',
    version: { line: 'Feast 0.66', released: '2026-08', source: 'https://github.com/feast-dev/feast/releases/tag/v0.66.0', checked: TODAY },
    status: { state: 'active', since: '2026-08-21', source: 'https://github.com/feast-dev/feast/releases/tag/v0.66.0', checked: TODAY, note: 'Releases come about monthly: 0.64 in June, 0.65 in July and 0.66 on 21 August 2026; development builds of 0.67 are on PyPI.' },
    // Repository snapshot of 21 August 2026.
    licence: { source: 'https://github.com/feast-dev/feast/blob/f0bc0700be7029166e6605e407de6d229cd1e93e/LICENSE', checked: TODAY },
  },
  bentoml: {
    id: 'bentoml',
    version: { line: 'BentoML 1.4', released: '2025-02', source: 'https://github.com/bentoml/BentoML/releases/tag/v1.4.0', checked: TODAY },
    status: { state: 'active', since: '2026-04-02', source: 'https://github.com/bentoml/BentoML/releases/tag/v1.4.38', checked: TODAY, note: '1.4.0 was tagged on 20 February 2025; 1.4.38, of 2 April 2026, is the latest release in the repository as stored on 30 April 2026.' },
    // Repository snapshot of 30 April 2026.
    licence: { source: 'https://github.com/bentoml/BentoML/blob/32230a5276a8da8b23c4a06a9ec6272c1993451a/LICENSE', checked: TODAY },
  },
  kserve: {
    id: 'kserve',
    version: {
      line: 'KServe 0.21',
      released: '2026-09',
      source: 'https://github.com/kserve/kserve/pull/6211',
      checked: RECHECKED,
      unconfirmed:
        'KServe’s pull requests moved its version to 0.21.0-rc0 on 8 September and to rc1 on 15 September 2026, and its repository now holds the install manifests of the final 0.21.0, which others date to 25 September 2026; no page of KServe’s own dates the final release. 0.22 is at a release candidate on PyPI.',
    },
    // The repository's tags as stored on 21 August 2026: 0.18.0 on 29 April, 0.19.0 on 12 June, 0.20.0 on 6 August 2026.
    status: { state: 'active', since: '2026-08-06', source: 'https://github.com/kserve/kserve/releases/tag/v0.20.0', checked: RECHECKED, note: 'A minor release about every two months: 0.18.0 in April, 0.19.0 in June and 0.20.0 on 6 August 2026, with 0.21 in release candidates in September.' },
    // Repository snapshot of 21 August 2026.
    licence: { source: 'https://github.com/kserve/kserve/blob/aaac4e294dae2c7b1aa1886447793f3aa1c30912/LICENSE', checked: TODAY },
  },
  flyte: {
    id: 'flyte',
    // The repository's tag v2.0.0, of 22 December 2025, after sixteen alphas from August 2025.
    version: { line: 'Flyte 2', released: '2025-12', source: 'https://github.com/flyteorg/flyte/releases/tag/v2.0.0', checked: TODAY },
    status: {
      state: 'active',
      source: 'https://raw.githubusercontent.com/flyteorg/flyte/cafacafc25c234c53417bea54aa3779b66d52e1c/README.md',
      checked: TODAY,
      note: 'Flyte 2, a new Python SDK (flyte) and backend, is generally available; Flyte 1 (flytekit), which this page describes, is maintained on the master branch.',
      unconfirmed:
        'The README gives no date for either; the repository’s tags, as stored on 21 August 2026, date v2.0.0 on 22 December 2025, v2.0.43 on 21 August 2026, and Flyte 1’s latest, v1.16.8, on 9 July 2026.',
    },
    // Repository snapshot of 21 August 2026.
    licence: { source: 'https://github.com/flyteorg/flyte/blob/6fadb90d65af26f4db908ec1c5f5af546a3e4299/LICENSE', checked: TODAY },
  },
  metaflow: {
    id: 'metaflow',
    version: { line: 'Metaflow 2.19', released: '2025-10', source: 'https://github.com/Netflix/metaflow/releases/tag/2.19.0', checked: TODAY },
    status: { state: 'active', since: '2026-08-17', source: 'https://github.com/Netflix/metaflow/releases/tag/2.19.38', checked: TODAY, note: '2.19.0 was tagged on 22 October 2025; 38 patch releases followed, up to 2.19.38 on 17 August 2026.' },
    // Repository snapshot of 22 August 2026.
    licence: { source: 'https://github.com/Netflix/metaflow/blob/d2dd7f953574369d5b4715822b12377d44ba1cf8/LICENSE', checked: TODAY },
  },
  zenml: {
    id: 'zenml',
    // ZenML's GitHub releases as stored: 0.98.0 "released this 14 Oct" (no year: GitHub omits the current one; 0.97.0's
    // migration is dated 21 September 2026 and 0.98.1 came on 4 November), and 0.99.0, whose stored page shows no date.
    version: {
      line: 'ZenML 0.99',
      source: 'https://github.com/zenml-io/zenml/releases/tag/0.99.0',
      checked: RECHECKED,
      unconfirmed:
        'The stored copy of ZenML’s 0.99.0 release page shows no date; it requires a certifi release of 19 October 2026, so it came out after that day. The line before it, 0.98, came out on 14 October 2026.',
    },
    status: {
      state: 'active',
      since: '2026-11-04',
      source: 'https://github.com/zenml-io/zenml/releases/tag/0.98.1',
      checked: RECHECKED,
      note: 'Releases come every few weeks: 0.97.0 in late September, 0.98.0 on 14 October and 0.98.1 on 4 November 2026, by ZenML’s GitHub releases and its database migration for 0.97.0.',
    },
    // ZenML's package metadata at 0.66.0 (2024), the newest copy that could be read: license = "Apache-2.0"; the repository's LICENSE file was not in the stored index and its snapshot was too large to fetch.
    licence: {
      source: 'https://github.com/zenml-io/zenml/blob/530544ced15013315e6bbeb93857ec9cb6eb3367/pyproject.toml',
      checked: TODAY,
      note: 'Compared with ZenML 0.66.0’s package metadata, the newest copy that could be read.',
    },
  },
  kedro: {
    id: 'kedro',
    // Kedro's GitHub release 1.6.0, marked Latest on the copy read: released on 9 September, a day GitHub gives without the
    // year, as it does for the current one; the 1.5.0 tag of 29 June 2026 and 1.6.0's release issue, opened on 6 August 2026,
    // place it in 2026.
    version: {
      line: 'Kedro 1.7',
      unconfirmed:
        'Kedro 1.6.0 came out on 9 September 2026 (its GitHub release); 1.7.0 was in use by 8 October 2026, as projects generated with it and a Kedro plugin’s measurements of that day show, but no release, tag or issue of Kedro’s own for 1.7.0 was found, so its month (September or October 2026) is not confirmed.',
    },
    status: {
      state: 'active',
      since: '2026-09-09',
      source: 'https://github.com/kedro-org/kedro/releases/tag/1.6.0',
      checked: RECHECKED,
      note: 'Kedro 1.0 came out in 2025; 1.6.0, released on 9 September 2026, lets a catalog entry declare a validator that is checked on every load and save, with Pandera built in.',
    },
    // Repository snapshot of 20 August 2026.
    licence: { source: 'https://github.com/kedro-org/kedro/blob/d58a0b140250ced1917f2c54888b594995594be0/LICENSE.md', checked: TODAY },
  },
  'amazon-sagemaker': {
    id: 'amazon-sagemaker',
    version: {
      noReleaseLine: 'What a reader pins is the SageMaker Python SDK, which AWS versions: release 3.17.0 (sagemaker-core 2.17.0; sagemaker-train, -serve and -mlops 1.17.0) was merged on 24 July 2026.',
      source: 'https://github.com/aws/sagemaker-python-sdk/pull/6099',
      checked: TODAY,
    },
    status: {
      state: 'renamed',
      since: '2024-12-03',
      source: 'https://docs.amazonaws.cn/sagemaker/latest/dg/sagemaker-dg.pdf',
      checked: TODAY,
      note: 'Formerly Amazon SageMaker; since 3 December 2024 “Amazon SageMaker” names AWS’s wider data, analytics and AI platform, of which SageMaker AI is one part.',
    },
    licence: AWS_LICENCE,
  },
  'vertex-ai': {
    id: 'vertex-ai',
    version: {
      noReleaseLine: 'Google versions the containers and images it publishes for Vertex AI, each supporting one minor version of an ML framework, and announces new ones on the Vertex AI release notes page.',
      source: 'https://cloud.google.com/vertex-ai/docs/framework-support-policy',
      checked: TODAY,
    },
    status: {
      state: 'renamed',
      source: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/vertex-ai-name-changes',
      checked: TODAY,
      note: 'Google has renamed Vertex AI Platform Gemini Enterprise Agent Platform; its documentation says Vertex AI is becoming part of it.',
      unconfirmed: 'Google’s table of name changes gives the new names but not the date of the change.',
    },
    licence: GOOGLE_CLOUD_LICENCE,
  },
  'azure-machine-learning': {
    id: 'azure-machine-learning',
    version: {
      noReleaseLine: 'What a reader pins is the Azure Machine Learning CLI and Python SDK (azure-ai-ml), which Microsoft versions; v2 of both is generally available and current.',
      source: 'https://learn.microsoft.com/en-us/python/api/overview/azure/ai-ml-readme',
      checked: TODAY,
    },
    status: {
      state: 'active',
      since: '2026-06-30',
      source: 'https://learn.microsoft.com/en-us/Azure/machine-Learning/concept-train-machine-learning-model?view=azureml-api-1',
      checked: TODAY,
      note: 'Support for SDK v1 ended on 30 June 2026 and for CLI v1 on 30 September 2025: code written against azureml-core needs moving to v2.',
    },
    // Microsoft's repository of Azure Machine Learning's built-in assets, its LICENSE.txt (unchanged from 8 September 2022
    // to the snapshot of 23 July 2026); the Python SDK's own metadata (azure-ai-ml setup.py) says MIT License.
    licence: {
      source: 'https://github.com/Azure/azureml-assets/blob/4b41f8ccbc01cf492767adc586ce1661c54c340a/LICENSE.txt',
      checked: RECHECKED,
      note: 'Microsoft’s repository of Azure Machine Learning’s built-in assets says that using them to reach Azure services is subject to Azure’s service terms; the Python SDK, azure-ai-ml, is MIT-licensed, the service is not.',
    },
  },
  databricks: {
    id: 'databricks',
    // The platform's versioned part is Databricks Runtime, the image a cluster runs.
    // Databricks' own release notes as Microsoft publishes them for Azure Databricks (a newer copy than docs.databricks.com's stored one).
    version: { line: 'Databricks Runtime 19 (what a cluster runs)', released: '2026-06', source: 'https://learn.microsoft.com/hi-in/azure/databricks/release-notes/runtime/', checked: RECHECKED },
    status: {
      state: 'active',
      since: '2026-07-23',
      source: 'https://learn.microsoft.com/ko-kr/azure/databricks/release-notes/runtime/19',
      checked: RECHECKED,
      note: 'Databricks Runtime 19 (Apache Spark 4.2.0) is listed from 15 June 2026 and generally available from 23 July 2026; 18 LTS (Spark 4.1.0, 10 June 2026, supported until 10 June 2029) is the latest long-term-support release.',
    },
    // Databricks' Master Cloud Services Agreement governs the Databricks Services, among them its "Platform Services".
    licence: { source: 'https://www.databricks.com/legal/mcsa', checked: TODAY },
  },
  'seldon-core': {
    id: 'seldon-core',
    version: { line: 'Seldon Core 2.10', released: '2025-10', source: 'https://github.com/SeldonIO/seldon-core/releases/tag/v2.10.0', checked: TODAY, unconfirmed: 'Tagged on 8 October 2025 (2.10.2 on 18 December 2025); Seldon’s upgrade guide names 2.11 only as the next release. No 2.11 tag, notes or release pull request was found: the repository as stored dates from 8 January 2026, and the stored issues and documentation pages name none.' },
    status: { state: 'active', since: '2025-12-18', source: 'https://github.com/SeldonIO/seldon-core/releases/tag/v2.10.2', checked: TODAY, note: '2.10.2 was tagged on 18 December 2025.' },
    // Repository snapshot of 8 January 2026 (Seldon Core 2).
    licence: {
      source: 'https://github.com/SeldonIO/seldon-core/blob/7b77f8b78e87f6d03030174570707eee00d5202e/LICENSE',
      checked: TODAY,
      note: 'Non-profit educational institutions may also use it in production; each version becomes Apache-2.0 four years after its release.',
    },
  },
  'nvidia-triton': {
    id: 'nvidia-triton',
    // Triton's release pages give the day without the year ("released this 17 Nov"); the container's YY.MM name gives it.
    version: { line: 'Triton 2.75 (container 26.11)', released: '2026-11', source: 'https://github.com/triton-inference-server/server/releases/tag/v2.75.0', checked: RECHECKED },
    status: {
      state: 'active',
      since: '2026-11-17',
      source: 'https://github.com/triton-inference-server/server/releases/tag/v2.75.0',
      checked: RECHECKED,
      note: 'Released monthly as NGC containers (YY.MM); NVIDIA also runs Triton inside its Dynamo inference framework, as “Dynamo Triton”.',
    },
    // Repository snapshot of 19 August 2026: the three-clause BSD text, NVIDIA CORPORATION.
    licence: { source: 'https://github.com/triton-inference-server/server/blob/e1db8a603d863b1317ee859bdeea2be19959462e/LICENSE', checked: TODAY },
  },
  torchserve: {
    id: 'torchserve',
    // The last release line: the repository's last tag, v0.12.0 of 24 September 2024; no release is expected.
    version: { line: 'TorchServe 0.12 (the last release)', released: '2024-09', source: 'https://github.com/pytorch/serve/releases/tag/v0.12.0', checked: TODAY },
    // GitHub's banner on the repository's pages (here its issue 3396): "archived by the owner on Aug 7, 2025".
    status: {
      state: 'archived',
      since: '2025-08-07',
      source: 'https://github.com/pytorch/serve/issues/3396',
      checked: RECHECKED,
      note: 'Marked “Limited Maintenance” by March 2025 (its last commit is of 17 March 2025) and archived, read-only, on 7 August 2025; KServe is removing its TorchServe runtime as unmaintained upstream.',
    },
    // Repository snapshot of 17 March 2025, before the repository was archived.
    licence: { source: 'https://github.com/pytorch/serve/blob/62c4d6a1fdc1d071dbcf758ebd756029af20bd5e/LICENSE', checked: TODAY },
  },
  'ray-serve': {
    id: 'ray-serve',
    // Ray's release page for 2.59.0 reads "released this 02 Oct" without the year, as GitHub gives the current one; 2.58.0's
    // version change (pull request 65252) is of 6 August 2026 and its release of 23 August, so 2.59.0 is of 2 October 2026.
    version: { line: 'Ray 2.59', released: '2026-10', source: 'https://github.com/ray-project/ray/releases/tag/ray-2.59.0', checked: RECHECKED },
    status: { state: 'active', since: '2026-10-02', source: 'https://github.com/ray-project/ray/releases/tag/ray-2.59.0', checked: RECHECKED, note: 'Ray Serve ships with Ray, which puts out a minor release about every month or two: 2.58.0 in August and 2.59.0 on 2 October 2026, when Ray Serve LLM became generally available.' },
    // Ray's root LICENSE as stored in the index (the snapshot was too large to fetch); the commit's date was not seen.
    licence: {
      source: 'https://github.com/ray-project/ray/blob/072d96df4829c5a6556687120c940dbcb327be5d/LICENSE',
      checked: TODAY,
      note: 'Compared with Ray’s LICENSE as stored in a public code index; the date of that copy was not seen.',
    },
  },
  'tensorflow-serving': {
    id: 'tensorflow-serving',
    version: {
      line: 'TensorFlow Serving 2.21',
      source: 'https://github.com/tensorflow/serving/releases/tag/2.22.0-rc0',
      checked: RECHECKED,
      unconfirmed:
        'The project’s 2.22.0-rc0 pre-release of 24 November 2026 carries the release notes of 2.21.0, and PyPI lists tensorflow-serving-api 2.21.0, undated; on 12 August 2026 the project still called 2.20.0 its latest release (issue 4130), so 2.21.0 came out between those days, in a month not seen.',
    },
    status: { state: 'active', since: '2026-11-24', source: 'https://github.com/tensorflow/serving/releases/tag/2.22.0-rc0', checked: RECHECKED, note: 'It follows TensorFlow’s releases: 2.20.0 was tagged on 23 April 2026, 2.21.0 followed, and a release candidate for 2.22.0 came out on 24 November 2026.' },
    // Repository snapshot of 30 July 2026.
    licence: { source: 'https://github.com/tensorflow/serving/blob/9d981c5c2708d23c5407c7c1e30309e6f9798874/LICENSE', checked: TODAY },
  },
  evidently: {
    id: 'evidently',
    version: { line: 'Evidently 0.7', released: '2025-04', source: 'https://github.com/evidentlyai/evidently/releases/tag/v0.7.0', checked: TODAY },
    status: { state: 'active', since: '2026-03-10', source: 'https://github.com/evidentlyai/evidently/releases/tag/v0.7.21', checked: TODAY, note: '0.7.0 was tagged on 10 April 2025; 0.7.21, of 10 March 2026, is the latest release in the repository as stored on 2 May 2026.' },
    // Repository snapshot of 2 May 2026.
    licence: { source: 'https://github.com/evidentlyai/evidently/blob/a4aa4c2b37fe7a4344cc5031f566deccf3d69e4f/LICENSE', checked: TODAY },
  },
  nannyml: {
    id: 'nannyml',
    version: { line: 'NannyML 0.13', released: '2025-01', source: 'https://github.com/NannyML/nannyml/releases/tag/v0.13.0', checked: TODAY },
    status: {
      state: 'acquired',
      since: '2025-06',
      source: 'https://github.com/NannyML/nannyml/issues/444',
      checked: TODAY,
      note: 'NannyML, the company, was acquired by Soda in June 2025; the library’s last release, 0.13.1, came out on 12 July 2025, and in 2026 users ask in its tracker whether it is still maintained, without an answer.',
      unconfirmed: 'The acquisition is reported in the project’s own tracker with a link to the press; no statement from NannyML or Soda was found.',
    },
    // Repository snapshot of 12 July 2025.
    licence: { source: 'https://github.com/NannyML/nannyml/blob/4c86ee350dc541cb244f965cf555b4b2a004ae99/LICENSE', checked: TODAY },
  },
  whylogs: {
    id: 'whylogs',
    version: {
      line: 'whylogs 1.6',
      released: '2024-10',
      // The project's own commit bumping the version to 1.6.0, of 22 October 2024; a mirror of its releases (not a
      // primary source) shows 1.6.3, of 21 November 2024, as the last.
      source: 'https://github.com/whylabs/whylogs/commit/b364445afe3279bd59b91d13a035bf13cf3cc25e',
      checked: TODAY,
    },
    status: {
      state: 'shutting-down',
      since: '2025-09',
      source: 'https://github.com/zenml-io/zenml/issues/3996',
      checked: TODAY,
      note: 'WhyLabs, the company behind whylogs and its hosted platform, was acquired by Apple and is discontinuing its operations: plan on the open-source library, not the platform.',
      unconfirmed: 'Reported by ZenML, which integrates whylogs; WhyLabs’ own notice was not found.',
    },
    // Repository snapshot of 23 October 2024, its newest.
    licence: {
      source: 'https://github.com/whylabs/whylogs/blob/c9b9b8b15a0a5df8e2001c1b4194b0dc4ad34496/LICENSE',
      checked: TODAY,
      note: 'Compared with the repository as of 23 October 2024, its newest copy.',
    },
  },
  prometheus: {
    id: 'prometheus',
    // The LTS table is in prometheus/docs (release-cycle.md, commit of 6 August 2026), not in RELEASE.md, which lists only
    // the release shepherds; prometheus/docs pull request 3097 (September 2026) moves 3.5 to end of life.
    version: {
      line: 'Prometheus 3.15',
      released: '2026-09',
      source: 'https://github.com/prometheus/prometheus/pull/19790',
      checked: RECHECKED,
      unconfirmed:
        'The project merged its pull request preparing 3.15.0-rc.1 on 21 September 2026 (pull request 19790), and its release schedule (RELEASE.md) had planned 3.15 for 9 September; the final release’s own page was not read here: its title, “3.15.0 / 2026-09-24”, published on 25 September 2026, is quoted only by third-party release digests, and the repository as stored (21 August 2026) ends at v3.14.0 (17 August 2026). The schedule planned 3.16 for 21 October 2026; no 3.16.0 release was found.',
    },
    status: {
      state: 'active',
      since: '2026-08-17',
      source: 'https://github.com/prometheus/docs/blob/c105550aad07161f62d02e305ed09799ec6025fa/docs/introduction/release-cycle.md',
      checked: RECHECKED,
      note: 'A new minor release about every six weeks; the long-term-support line is 3.13 (released 1 July 2026, supported until 31 July 2027), and 3.5’s support ended on 31 July 2026.',
    },
    // Repository snapshot of 21 August 2026.
    licence: { source: 'https://github.com/prometheus/prometheus/blob/d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86/LICENSE', checked: TODAY },
  },
  grafana: {
    id: 'grafana',
    // The npm registry's record of @grafana/data, which Grafana Labs builds from the Grafana repository and publishes with
    // each release under the release's version: 13.2.0 on 18 August 2026 (as the anchor of Grafana's changelog entry,
    // "1320-2026-08-18", quoted in third-party update requests, also dates it). Its dates for older releases match
    // Grafana's (12.0.0 on 5 May 2025, 13.0.0 on 14 April 2026, 13.1.0 on 23 June 2026).
    version: {
      line: 'Grafana 13.2',
      released: '2026-08',
      source: 'https://registry.npmjs.org/@grafana/data',
      checked: RECHECKED,
      unconfirmed:
        'Whether 13.3 has come out is not confirmed: Grafana’s release schedule planned it for 20 October 2026 (pull request 131155), and its repository has a “What’s new in Grafana v13.3” page, with items dated up to 6 October 2026 and an upgrade guide to v13.3, and grafana.com has a v13.3 documentation tree, but no 13.3.0 release, tag or date was seen, and the npm record of @grafana/data stops at 13.2.3 (29 September 2026).',
    },
    status: {
      state: 'active',
      since: '2026-09-29',
      source: 'https://registry.npmjs.org/@grafana/data',
      checked: RECHECKED,
      note: 'Grafana 13 followed the 12.x series in 2026: by the npm packages Grafana Labs publishes with each release, 13.0.0 came out on 14 April, 13.1.0 on 23 June, 13.2.0 on 18 August and 13.2.3, the latest seen, on 29 September 2026.',
    },
    licence: {
      source: 'https://github.com/grafana/grafana/blob/49399ad3c3a15981f251c3713d0f40f7481e5a8c/LICENSING.md',
      checked: TODAY,
      note: 'AGPL-3.0-only is the project’s default licence; a few directories, among them the grafana-data, grafana-runtime and grafana-ui packages, are under Apache-2.0.',
    },
  },
  lakefs: {
    id: 'lakefs',
    version: { line: 'lakeFS 1.87', released: '2026-09', source: 'https://github.com/treeverse/lakeFS/pull/10536', checked: RECHECKED },
    status: {
      state: 'active',
      source: 'https://lakefs.io/blog/lakefs-file-representation',
      checked: TODAY,
      note: 'lakeFS has acquired DVC; both are now developed by Treeverse. lakeFS 1.87.0, the first under its new licence, came out in September 2026.',
      unconfirmed: 'The page announces the acquisition without a date.',
    },
    // lakeFS's pull request 10536 (22 September 2026) replaced LICENSE with the BUSL-1.1 text; the Apache-2.0 LICENSE of the
    // 23 July 2026 snapshot still covers the versions before 1.87.0.
    licence: {
      source: 'https://github.com/treeverse/lakeFS/pull/10536',
      checked: RECHECKED,
      note: 'Changed on 22 September 2026 for the server and all its clients; each version turns into Apache-2.0 four years after its release.',
    },
  },
  'delta-lake': {
    id: 'delta-lake',
    version: { line: 'Delta Lake 4.4', released: '2026-08', source: 'https://github.com/delta-io/delta/releases/tag/v4.4.0', checked: TODAY },
    status: { state: 'active', since: '2026-08-19', source: 'https://github.com/delta-io/delta/releases/tag/v4.4.0', checked: TODAY, note: '4.4.0 was tagged on 19 August 2026, two months after 4.3.0 (17 June).' },
    // Repository snapshot of 22 August 2026.
    licence: { source: 'https://github.com/delta-io/delta/blob/bb1057f4367f555b01e299fd1690d85aafc0ac4c/LICENSE.txt', checked: TODAY },
  },
  tecton: {
    id: 'tecton',
    version: {
      noReleaseLine: 'A fully managed feature platform: what a reader pins is its Python SDK, the tecton package on PyPI, whose 1.2 line had reached a 1.2.14b0 pre-release on the copy seen.',
      source: 'https://pypi.org/project/tecton/1.2.14b0/',
      checked: TODAY,
    },
    status: {
      state: 'acquired',
      source: 'https://www.tecton.ai/',
      note: 'Reported in 2025 to have been acquired by Databricks: ask about the product’s future before adopting it.',
      unconfirmed:
        'Reported by a former Tecton engineer and in the press (a newsletter, thedataexec.io, is the clearest account seen); neither Databricks’ nor Tecton’s own announcement was found on 6 December 2026 (searched: stored copies of databricks.com, tecton.ai and docs.tecton.ai, PyPI’s pages and feeds, and the stored web pages and issue threads; Tecton’s repositories are not stored). A third-party API catalogue dates the acquisition to August 2025.',
    },
    licence: { source: 'https://pypi.org/project/tecton/', checked: TODAY },
  },
  hopsworks: {
    id: 'hopsworks',
    // Hopsworks numbers a release by its Helm chart (X.Y.Z); its docs' release table pairs each with the Python client it ships.
    version: { line: 'Hopsworks 5.2', released: '2026-10', source: 'https://docs.hopsworks.ai/5.0/releases/', checked: RECHECKED },
    status: {
      state: 'active',
      since: '2026-11-17',
      source: 'https://docs.hopsworks.ai/dev/releases/5.2/',
      checked: RECHECKED,
      note: 'Hopsworks 5.2.0 came out on 15 October 2026 and 5.2.5 on 17 November 2026, by its own release notes; the Python client (hopsworks on PyPI) follows the same 5.2 line.',
    },
    licence: { source: 'https://github.com/logicalclocks/hopsworks', checked: TODAY },
  },
  'vertex-ai-feature-store': {
    id: 'vertex-ai-feature-store',
    version: {
      noReleaseLine: 'A managed service reached through the Vertex AI API, whose v1 version defines its FeatureOnlineStore resource; what a reader pins is one of Google’s client libraries for that API, each versioned on its own (the .NET one, Google.Cloud.AIPlatform.V1, at 3.76.0 on the page seen).',
      source: 'https://docs.cloud.google.com/dotnet/docs/reference/Google.Cloud.AIPlatform.V1/latest/Google.Cloud.AIPlatform.V1.FeatureOnlineStore',
      checked: TODAY,
    },
    // The legacy service's dates are from https://docs.cloud.google.com/vertex-ai/docs/featurestore/managing-featurestores, compared on 6 December 2026.
    status: {
      state: 'renamed',
      source: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/machine-learning/featurestore/latest/overview',
      checked: RECHECKED,
      note: 'Google now calls it Agent Platform Feature Store, part of Gemini Enterprise Agent Platform (formerly Vertex AI). Its predecessor, Vertex AI Feature Store (Legacy), gets only critical patches from 17 May 2026, and its APIs go on 17 February 2027.',
      unconfirmed: 'Google’s pages give the new name without the day it took effect; press reports date the announcement to Google Cloud Next on 22 April 2026, but Google’s own announcement was not found.',
    },
    licence: GOOGLE_CLOUD_LICENCE,
  },
  langfuse: {
    id: 'langfuse',
    // The server (this repository's tags), not the JavaScript SDK (npm "langfuse", 3.x) nor the Python SDK.
    version: { line: 'Langfuse 4 (the server; its SDKs are versioned apart)', released: '2026-07', source: 'https://github.com/langfuse/langfuse/tree/v4.0.0', checked: TODAY },
    // The note's latest release: Langfuse's own Helm chart, release langfuse-2.2.6 ("released this 23 Nov", the year from
    // its 2.0.0 of August 2026), https://github.com/langfuse/langfuse-k8s/releases/tag/langfuse-2.2.6, read on 7 December 2026.
    status: {
      state: 'acquired',
      since: '2026-01',
      source: 'https://github.com/langfuse/langfuse/blob/62751446149b702b419a9292ddfc2280cdf74b8c/README.md',
      checked: TODAY,
      note: 'Part of ClickHouse since January 2026, by the project’s own README; it stays open source and self-hostable, and releases go on: its own Helm chart moved to server 4.83.0 on 23 November 2026.',
    },
    licence: { source: 'https://github.com/langfuse/langfuse/blob/62751446149b702b419a9292ddfc2280cdf74b8c/LICENSE', checked: TODAY },
  },
  ragas: {
    id: 'ragas',
    version: { line: 'Ragas 0.4', released: '2025-12', source: 'https://github.com/vibrantlabsai/ragas/releases/tag/v0.4.0', checked: TODAY },
    // The tags in the note are the repository's (vibrantlabsai/ragas), read on 7 December 2026.
    status: { state: 'active', source: 'https://pypi.org/project/ragas/', checked: TODAY, note: 'The project’s PyPI page now points its source at vibrantlabsai/ragas rather than explodinggradients/ragas; its latest tag there is 0.4.3, of 13 January 2026.', unconfirmed: 'No release since January 2026 was found; 0.4.4 was seen only as development builds, so whether the project is still maintained is not confirmed.' },
    licence: { source: 'https://pypi.org/project/ragas/', checked: TODAY },
  },
  promptfoo: {
    id: 'promptfoo',
    // The npm registry is where promptfoo is published: its record dates each version.
    // The npm registry this was compared with stops at 0.123.1 (22 September 2026), behind promptfoo's own repository.
    version: {
      line: 'promptfoo 0.124',
      released: '2026-10',
      source: 'https://registry.npmjs.org/promptfoo',
      checked: RECHECKED,
      unconfirmed:
        'The copy of the npm registry read here lists 0.123.1 (22 September 2026) as the latest version; promptfoo’s own repository already runs promptfoo@0.124.1 in an example, and others date 0.124.0 to early October 2026, but no release page of promptfoo’s own for it was seen.',
    },
    status: { state: 'acquired', since: '2026-03', source: 'https://github.com/promptfoo/promptfoo/pull/8193', checked: TODAY, note: 'Promptfoo joined OpenAI in March 2026, as the project’s own README and site now say; the repository stays public and keeps releasing.' },
    licence: { source: 'https://github.com/promptfoo/promptfoo/blob/main/LICENSE', checked: TODAY },
  },
  vllm: {
    id: 'vllm',
    // The vLLM project's platform plugins (vllm-torchtpu, vllm-metal) each move to a vLLM release within days and say which
    // in their own release notes and pull requests; vLLM's own repository is too large to copy here.
    version: {
      line: 'vLLM 0.33',
      source: 'https://github.com/vllm-project/vllm-torchtpu/releases',
      checked: RECHECKED,
      unconfirmed:
        'vllm-torchtpu, in the vLLM project, released its v0.33.0 on 17 November 2026, which moves the plugin from vLLM 0.32.0 to 0.33.0, so vLLM 0.33.0 came out by then; its own day was not seen in a source of the project’s own (others’ builds carried it by 5 November 2026). Others also report a 0.34.0, undated; no source of the project’s own was found for it. Minor lines come every two to four weeks: 0.27.0 in August, 0.31.0 on 5 October 2026, by others’ reports.',
    },
    status: {
      state: 'active',
      since: '2026-11-17',
      source: 'https://github.com/vllm-project/vllm-torchtpu/releases',
      checked: RECHECKED,
      note: 'A minor release every few weeks; the project’s TPU plugin moved to vLLM 0.33.0 in its release of 17 November 2026.',
    },
    licence: { source: 'https://github.com/vllm-project/vllm/blob/main/LICENSE', checked: TODAY },
  },
  'arize-phoenix': {
    id: 'arize-phoenix',
    // The server package (arize-phoenix); its client, evals and otel packages are tagged apart in the same repository.
    // Phoenix's CHANGELOG.md on its default branch, as stored: "[21.0.0] (2026-10-30)", with a breaking change.
    version: { line: 'Phoenix 21 (the arize-phoenix server)', released: '2026-10', source: 'https://raw.githubusercontent.com/arize-ai/phoenix/main/CHANGELOG.md', checked: RECHECKED },
    status: {
      state: 'active',
      since: '2026-11-20',
      source: 'https://github.com/Arize-ai/phoenix/releases/tag/arize-phoenix-v21.3.0',
      checked: RECHECKED,
      note: 'Developed by Arize AI; 20.0.0 came out on 11 August 2026, 21.0.0 on 30 October and 21.3.0 on 20 November, several releases a week.',
    },
    licence: { source: 'https://github.com/Arize-ai/phoenix/blob/9478f954bbc6175a0eaef398d0a92c1d967c3bfe/LICENSE', checked: TODAY },
  },
  opentelemetry: {
    id: 'opentelemetry',
    // OpenTelemetry has no single version: each SDK, the Collector and the specification have their own. The line named is
    // the semantic conventions', the part this guide cites.
    // The release page of v1.45.0 gives "02 Nov" without the year, as GitHub does for the current one; v1.44.0 was tagged in
    // August 2026, and the npm package @opentelemetry/semantic-conventions, generated from each release, is at 1.45.0.
    version: { line: 'Semantic conventions 1.45 (SDKs and the Collector are versioned apart)', released: '2026-11', source: 'https://github.com/open-telemetry/semantic-conventions/releases/tag/v1.45.0', checked: RECHECKED },
    status: {
      state: 'active',
      since: '2026-08-04',
      source: 'https://raw.githubusercontent.com/open-telemetry/semantic-conventions-genai/67dff024110be5bd9f318006e733f4078e0f4c97/model/manifest.yaml',
      checked: TODAY,
      note: 'Its generative-AI conventions moved to a repository of their own (open-telemetry/semantic-conventions-genai) with semantic conventions 1.42 in June 2026; there they are still marked Development.',
    },
    licence: { source: 'https://github.com/open-telemetry/semantic-conventions/blob/v1.44.0/LICENSE', checked: TODAY },
  },
} as const satisfies { [K in ToolId]: ToolLedgerEntry<K> };
