import { PIPELINE_TYPE_IDS, producerOf, STAGE_IDS, type ArtifactId, type FileFormat, type NotebookParameterType, type PipelineTypeId, type StageId } from '../model/index.ts';
import { pythonLiteral, type StarterKitModel } from './notebook.ts';

/** One generated pipeline file of the worked example: the same six stages as one pipeline type. */
export interface PipelineFile {
  type: PipelineTypeId;
  /** File name in the kit (Python). */
  name: string;
  /** The library it is written for, as the page names it. */
  library: string;
  /** The stages it runs or records, in stage order. */
  stages: StageId[];
  /** How the guide's tests hold it to the model: run with the notebooks, parsed, or run against a recording stand-in. */
  checked: 'runs' | 'parsed' | 'stand-in';
  /** The documentation its calls were checked against, on PIPELINE_FILES_CHECKED. */
  docs: string;
  text: string;
}

/** Python identifier for a stage or an artifact id: hyphens become underscores. */
export function pythonName(id: StageId | ArtifactId): string {
  return id.replaceAll('-', '_');
}

const PYTHON_TYPES = { string: 'str', integer: 'int', number: 'float', boolean: 'bool' } as const satisfies Record<NotebookParameterType, string>;

function kfpArtifactClass(format: FileFormat): 'Dataset' | 'Model' | 'Artifact' {
  switch (format) {
    case 'parquet':
      return 'Dataset';
    case 'joblib':
    case 'mlflow-model':
      return 'Model';
    case 'json':
    case 'yaml':
      return 'Artifact';
    default: {
      const unknown: never = format;
      throw new Error(`no KFP artifact class for the format ${String(unknown)}`);
    }
  }
}

/** The stages a pipeline type covers, in stage order; `primary` keeps only its home ground. */
function coveredStages(model: StarterKitModel, type: PipelineTypeId, primaryOnly = false): StageId[] {
  const covers = model.pipelineTypes[type].covers.filter((c) => !primaryOnly || c.role === 'primary');
  return STAGE_IDS.filter((id) => covers.some((c) => c.stage === id));
}

/** An input handed over inside the run: its producer is an earlier stage among `stages`. */
function upstreamOf(model: StarterKitModel, stages: readonly StageId[], consumer: StageId, artifact: ArtifactId): StageId | undefined {
  const producer = producerOf(model, artifact);
  return producer && stages.includes(producer) && stages.indexOf(producer) < stages.indexOf(consumer) ? producer : undefined;
}

/** A function's docstring at `indent`: one line when it fits, else wrapped with the quotes on their own line. */
function docstring(text: string, indent = ''): string {
  const one = `${indent}"""${text}"""`;
  if (one.length <= LINE) return one;
  return [`${indent}"""`, ...wrap(text, LINE - indent.length).map((l) => `${indent}${l}`), `${indent}"""`].join('\n');
}

// Generated files are read on the guide's pages as well as in an editor: lines stay short.
const LINE = 79;

/** Greedy word wrap of one paragraph to `width` columns. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A module docstring: the summary line, then paragraphs wrapped; lines indented by four spaces are kept as they are. */
function moduleDocstring(summary: string, ...paragraphs: string[]): string {
  const body = paragraphs.map((p) => (p.startsWith('    ') ? p : wrap(p, LINE - 3).join('\n')));
  return `"""${summary}\n\n${body.join('\n\n')}\n"""`;
}

/** `target = fn(a, b)` on one line when it fits, else one argument per line. */
function pythonCall(indent: string, target: string, fn: string, args: readonly string[]): string {
  const line = `${indent}${target} = ${fn}(${args.join(', ')})`;
  if (line.length <= LINE) return line;
  return [`${indent}${target} = ${fn}(`, ...args.map((a) => `${indent}    ${a},`), `${indent})`].join('\n');
}

/** The model pipeline: the transform and the estimator as one scikit-learn object, imported by the worked notebooks. */
export function modelPipelineToPython(model: StarterKitModel): string {
  const processing = model.stages['data-processing'];
  const building = model.stages['model-building'];
  const saved = processing.notebook.outputs.filter((o) => o.artifact === 'fitted-transform').map((o) => o.path);
  return `${moduleDocstring(
    'Model pipeline: the transform and the estimator as one scikit-learn object.',
    `Generated from the ML Pipeline Field Guide's model. ${processing.name} fits the transform on the training split and saves it (${saved.join(', ')}); ${building.name.toLowerCase()} and training wrap the same transform and an estimator in one Pipeline, so the model that is deployed computes its features exactly as training did. The worked example's notebooks import this file; it runs wherever scikit-learn is installed.`,
  )}

from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# The Pipeline's steps, in the order they run.
STEPS = ("transform", "estimator")


def make_transform():
    """${processing.name}'s transform: numbers standardised, the rest one-hot."""
    return make_column_transformer(
        (StandardScaler(), make_column_selector(dtype_include="number")),
        (OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_exclude="number")),
        sparse_threshold=0,
        verbose_feature_names_out=False,
    )


def make_model_pipeline(estimator) -> Pipeline:
    """${building.name}'s candidate: the transform, then the estimator."""
    return Pipeline(list(zip(STEPS, (make_transform(), estimator))))
`;
}

/** The data pipeline: an Airflow 3 DAG with one task per stage it covers, each running that stage's notebook. */
export function dataPipelineToAirflow(model: StarterKitModel): string {
  const stages = coveredStages(model, 'data-pipeline');
  const names = stages.map((id) => model.stages[id].name);
  const tasks = stages.map((id) => {
    const stage = model.stages[id];
    const handed = stage.inputs.flatMap((a) => (upstreamOf(model, stages, id, a) ? [a] : []));
    // Airflow's logical date is the day a scheduled run collects.
    const dated = stage.notebook.parameters.some((p) => p.name === 'snapshot_date');
    const args = [...handed.map((a) => `${pythonName(a)}: str`), '**context'].join(', ');
    const inputs = handed.map((a) => `"${pythonName(a)}": ${pythonName(a)}`);
    const params = dated ? ['"snapshot_date": context["ds"]'] : [];
    return [
      '    @task(multiple_outputs=True)',
      `    def ${pythonName(id)}(${args}) -> dict[str, str]:`,
      docstring(stage.summary, '        '),
      `        return run_on_worker("${id}", {${inputs.join(', ')}}, {${params.join(', ')}}, context)`,
    ].join('\n');
  });
  const calls = stages.map((id) => {
    const handed = model.stages[id].inputs.flatMap((a) => {
      const from = upstreamOf(model, stages, id, a);
      return from ? [`${pythonName(a)}=${pythonName(from)}_outputs["${pythonName(a)}"]`] : [];
    });
    return pythonCall('    ', `${pythonName(id)}_outputs`, pythonName(id), handed);
  });
  return `${moduleDocstring(
    `Data pipeline: ${names[0].toLowerCase()} to ${names.at(-1)?.toLowerCase()}, as an Airflow DAG.`,
    "Generated from the ML Pipeline Field Guide's model: one task per stage the data pipeline covers, each running that stage's notebook (run_pipeline.run_stage), and one dependency per artifact a task hands to the next. Tasks run on any worker, so no task hands on a local path: each copies its inputs from STORE (storage every worker reads) into an empty folder, runs the notebook and hands on the URIs of its outputs in STORE. Written for Airflow 3 (airflow.sdk); put this folder where Airflow's DAG processor reads DAG files and set CHURN_STORE. Training is not its job.",
  )}

import os
import tempfile
from datetime import datetime
from pathlib import Path

from airflow.sdk import dag, task
from pyarrow import fs

from run_pipeline import run_stage

KIT = Path(__file__).resolve().parent
# Storage every worker reads and writes (s3://, gs://, a shared file://).
STORE = os.environ.get("CHURN_STORE", "s3://churn-worked-example")


def copy(source: str, destination: str) -> None:
    """Copies a file or folder between a URI and this worker's disk."""
    # No deep hanging indents: the guide shows this file on a phone's width.
    src, dst = (u if "://" in u else Path(u).resolve().as_uri()
                for u in (source, destination))
    src_fs, src_path = fs.FileSystem.from_uri(src)
    dst_fs, dst_path = fs.FileSystem.from_uri(dst)
    folder = src_fs.get_file_info(src_path).type == fs.FileType.Directory
    dst_fs.create_dir(dst_path if folder else dst_path.rsplit("/", 1)[0])
    fs.copy_files(src, dst)


def run_on_worker(stage: str, inputs: dict, parameters: dict, context) -> dict:
    """Runs a stage in an empty folder; returns its outputs' URIs in STORE."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        local = {}
        for artifact, uri in inputs.items():
            target = work / "inputs" / artifact / uri.rsplit("/", 1)[-1]
            copy(uri, str(target))
            local[f"input_{artifact}"] = str(target)
        written = run_stage(stage, {**parameters, **local}, KIT, work)
        uris = {}
        for artifact, path in written.items():
            uri = f"{STORE}/{context['ds']}/{artifact}/{Path(path).name}"
            copy(str(work / path), uri)
            uris[artifact] = uri
        return uris


@dag(
    schedule="@daily",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    tags=["churn", "data-pipeline"],
)
def churn_data_pipeline():
${tasks.join('\n\n')}

${calls.join('\n')}


churn_data_pipeline()
`;
}

/** The workflow pipeline: a KFP v2 pipeline with one component per stage, artifacts passed between them. */
export function workflowPipelineToKfp(model: StarterKitModel): string {
  const stages = coveredStages(model, 'workflow-pipeline');
  // Inputs made outside this run (the previous run's prediction log) come in through an importer.
  const imported = [...new Set(stages.flatMap((id) => model.stages[id].inputs.filter((a) => !upstreamOf(model, stages, id, a))))];
  const formatOf = (a: ArtifactId) =>
    stages.flatMap((id) => [...model.stages[id].notebook.inputs, ...model.stages[id].notebook.outputs]).find((p) => p.artifact === a)?.format ?? 'parquet';
  const components = stages.map((id) => {
    const { summary, notebook } = model.stages[id];
    const args = [
      ...notebook.inputs.map((p) => `${pythonName(p.artifact)}: Input[${kfpArtifactClass(p.format)}]`),
      ...notebook.outputs.map((p) => `${pythonName(p.artifact)}: Output[${kfpArtifactClass(p.format)}]`),
      ...notebook.parameters.map((p) => `${p.name}: ${PYTHON_TYPES[p.type]} = ${pythonLiteral(p.default)}`),
    ];
    const params = [
      ...notebook.inputs.map((p) => `"input_${pythonName(p.artifact)}": ${pythonName(p.artifact)}.path`),
      ...notebook.outputs.map((p) => `"output_${pythonName(p.artifact)}": ${pythonName(p.artifact)}.path`),
      ...notebook.parameters.map((p) => `"${p.name}": ${p.name}`),
    ];
    return [
      '@dsl.component(base_image=IMAGE)',
      `def ${pythonName(id)}(`,
      ...args.map((a) => `    ${a},`),
      '):',
      docstring(summary, '    '),
      '    from run_pipeline import run_stage',
      '',
      `    run_stage("${id}", {`,
      ...params.map((p) => `        ${p},`),
      '    })',
    ].join('\n');
  });
  const importers = imported.map((a) =>
    pythonCall('    ', pythonName(a), 'dsl.importer', [`artifact_uri=${pythonName(a)}_uri`, `artifact_class=${kfpArtifactClass(formatOf(a))}`]),
  );
  const calls = stages.map((id) => {
    const handed = model.stages[id].inputs.map((a) => {
      const from = upstreamOf(model, stages, id, a);
      return from ? `${pythonName(a)}=${pythonName(from)}_task.outputs["${pythonName(a)}"]` : `${pythonName(a)}=${pythonName(a)}.output`;
    });
    return pythonCall('    ', `${pythonName(id)}_task`, pythonName(id), handed);
  });
  return `${moduleDocstring(
    'Workflow pipeline: one component per stage, in Kubeflow Pipelines (KFP v2).',
    "Generated from the ML Pipeline Field Guide's model: one component per stage, each running that stage's notebook in a container (run_pipeline.run_stage) with KFP's artifact paths in place of the contract's local paths, and one data dependency per artifact a stage hands to the next, so KFP records the lineage of every artifact.",
    'IMAGE must hold this folder and its requirements, for example:',
    '    FROM python:3.11-slim\n    COPY . /kit\n    RUN pip install -r /kit/requirements.txt\n    ENV PYTHONPATH=/kit',
    'Compile it where kfp is installed: python workflow_pipeline_kfp.py',
  )}

from kfp import compiler, dsl
from kfp.dsl import Artifact, Dataset, Input, Model, Output

IMAGE = "churn-worked-example:latest"


${components.join('\n\n\n')}


@dsl.pipeline(name="churn-worked-example")
def churn_workflow(${imported.map((a) => `${pythonName(a)}_uri: str`).join(', ')}):
${docstring(`One run of the six stages; ${imported.map((a) => `${pythonName(a)}_uri points at the ${model.artifacts[a].name.toLowerCase()} of an earlier run`).join('; ')}.`, '    ')}
${importers.join('\n')}
${calls.join('\n')}


if __name__ == "__main__":
    compiler.Compiler().compile(churn_workflow, package_path="churn_workflow.yaml")
`;
}

/** The tracking pipeline: MLflow runs around the stages it leads, logging what each notebook ran with and wrote. */
export function trackingToMlflow(model: StarterKitModel): string {
  const stages = coveredStages(model, 'ml-tracking-pipeline', true);
  const runs = stages.map((id) => {
    const { notebook } = model.stages[id];
    // The registration record is MLflow's own job here (registered_model_name), not a report.
    const registers = model.stages[id].outputs.some((a) => a === 'registered-model-version');
    const reports = notebook.outputs.filter((o) => (o.format === 'json' || o.format === 'yaml') && o.artifact !== 'registered-model-version');
    const models = notebook.outputs.filter((o) => o.format === 'mlflow-model');
    const registry = notebook.outputs.find((o) => o.artifact === 'registered-model-version');
    const report = reports[0];
    // MLflow registers the model only if the notebook's gate registered it; the data version is the registry entry's content hash.
    const gated = registers && registry !== undefined && report !== undefined;
    return [
      `    with mlflow.start_run(run_name="${id}"):`,
      ...(gated
        ? [
            `        report = json.loads((workdir / "${report.path}").read_text())`,
            `        entry = json.loads((workdir / "${registry.path}").read_text())`,
            '        # The registry entry is this run\'s only if it holds these bytes.',
            '        registered = entry["registered"] and entry["model_sha256"] == report["model_sha256"]',
            `        mlflow.log_params({**parameters_of(workdir, "${id}"), "data_snapshot": report["data_snapshot"]})`,
          ]
        : [`        mlflow.log_params(parameters_of(workdir, "${id}"))`]),
      ...reports.flatMap((o) => [
        `        mlflow.log_metrics(numbers(json.loads((workdir / "${o.path}").read_text())))`,
        `        mlflow.log_artifact(str(workdir / "${o.path}"))`,
      ]),
      ...models.map((o) =>
        [
          '        mlflow.sklearn.log_model(',
          `            load_model(workdir / "${o.path}", ${gated ? 'report["model_sha256"]' : 'None'}),`,
          `            name="${pythonName(o.artifact)}",`,
          ...(gated ? ['            registered_model_name=REGISTERED_MODEL if registered else None,'] : []),
          '        )',
        ].join('\n'),
      ),
    ].join('\n');
  });
  return `${moduleDocstring(
    'Tracking: an MLflow run per stage it leads, and the model registered.',
    `Generated from the ML Pipeline Field Guide's model: one MLflow run for each of ${stages.map((id) => model.stages[id].name.toLowerCase()).join(' and ')}, logging the parameters the notebook ran with, the numbers in its reports and the reports themselves, and, from training, the model with the content hash of its data, registered under REGISTERED_MODEL only if the notebook's gate registered it. It orchestrates nothing: run it after run_pipeline.py, where MLflow 3 is installed (pip install mlflow):`,
    '    python tracking_mlflow.py    # logs to ./mlruns or $MLFLOW_TRACKING_URI',
  )}

import hashlib
import json
import pickle
from pathlib import Path

import mlflow
import mlflow.sklearn
import nbformat

from run_pipeline import parameters_of_notebook

REGISTERED_MODEL = "churn"


def parameters_of(workdir: Path, stage: str) -> dict:
    """What runs/<stage>.ipynb ran with: its defaults, then injected values."""
    return parameters_of_notebook(nbformat.read(workdir / "runs" / f"{stage}.ipynb", as_version=4))


def numbers(report: dict, prefix: str = "") -> dict:
    """Every number in a report, keyed by its path joined with dots."""
    found = {}
    for key, value in report.items():
        if isinstance(value, dict):
            found.update(numbers(value, f"{prefix}{key}."))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            found[f"{prefix}{key}"] = value
    return found


def load_model(path: Path, sha256: str | None):
    """Unpickling runs code: only our own model, with the recorded SHA-256."""
    data = (path / "model.pkl").read_bytes()
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        raise ValueError(f"{path}/model.pkl changed after training recorded it")
    return pickle.loads(data)


def track(workdir: Path = Path(".")) -> None:
    mlflow.set_experiment("churn-worked-example")
${runs.join('\n')}


if __name__ == "__main__":
    track()
`;
}

/** When the generated files' calls were last checked against their libraries' documentation. */
export const PIPELINE_FILES_CHECKED = '2026-11-30';

// A missing or extra pipeline type is a compile error.
const GENERATORS = {
  'workflow-pipeline': {
    name: 'workflow_pipeline_kfp.py',
    library: 'Kubeflow Pipelines v2',
    primaryOnly: false,
    checked: 'parsed',
    docs: 'https://kubeflow.org/docs/components/pipelines/user-guides/components/importer-component/',
    generate: workflowPipelineToKfp,
  },
  'data-pipeline': {
    name: 'data_pipeline_airflow.py',
    library: 'Airflow 3',
    primaryOnly: false,
    checked: 'stand-in',
    docs: 'https://airflow.apache.org/docs/task-sdk/1.2.1/examples.html',
    generate: dataPipelineToAirflow,
  },
  'model-pipeline': {
    name: 'model_pipeline.py',
    library: 'scikit-learn',
    primaryOnly: false,
    checked: 'runs',
    docs: 'https://scikit-learn.org/stable/modules/compose.html',
    generate: modelPipelineToPython,
  },
  'ml-tracking-pipeline': {
    name: 'tracking_mlflow.py',
    library: 'MLflow 3',
    primaryOnly: true,
    checked: 'stand-in',
    docs: 'https://mlflow.org/docs/3.3.2/ml/getting-started/registering-first-model/step1-register-model',
    generate: trackingToMlflow,
  },
} as const satisfies Record<
  PipelineTypeId,
  { name: string; library: string; primaryOnly: boolean; checked: PipelineFile['checked']; docs: string; generate: (model: StarterKitModel) => string }
>;

/** The worked example as each of the four pipeline types, in the model's order of types. */
export function pipelineFiles(model: StarterKitModel): PipelineFile[] {
  return PIPELINE_TYPE_IDS.map((type) => {
    const { name, library, primaryOnly, checked, docs, generate } = GENERATORS[type];
    return { type, name, library, stages: coveredStages(model, type, primaryOnly), checked, docs, text: generate(model) };
  });
}

/** The heading a page gives a pipeline file: its anchor and its text. */
export function pipelineFileHeading(model: StarterKitModel, file: Pick<PipelineFile, 'type' | 'name'>): { id: string; text: string } {
  return { id: `pipeline-file-${file.type}`, text: `${model.pipelineTypes[file.type].name}: ${file.name}` };
}
