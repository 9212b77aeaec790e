import { framingBindings, producerOf, STAGE_IDS, trackedStages, type ArtifactId, type Model, type NotebookParameterValue, type StageId } from '../model/index.ts';

/** The nbformat 4.5 shapes the starter kit writes (a subset of the schema). */
export interface NotebookCell {
  id: string;
  cell_type: 'markdown' | 'code';
  metadata: { tags?: readonly string[] };
  source: readonly string[];
  execution_count?: null;
  outputs?: readonly never[];
}

export interface Notebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: {
    kernelspec: { name: 'python3'; display_name: 'Python 3'; language: 'python' };
    language_info: { name: 'python' };
  };
  cells: readonly NotebookCell[];
}

export type StarterKitModel = Pick<Model, 'stages' | 'artifacts' | 'pipelineTypes' | 'framingFields'>;

// Kept importable from here for code that asked the starter kit; the model answers them.

/**
 * The checks a stage's notebook must run: the stage's own checks from the model, then the
 * contract checks every stage shares (each declared output was written).
 */
export function stageChecks(model: StarterKitModel, stageId: StageId): string[] {
  const stage = model.stages[stageId];
  const written = stage.outputs.map((o) => `${model.artifacts[o].name} (${o}) was written to its declared output path`);
  return [...stage.checks, ...written];
}

/** Python variable name for an artifact path parameter. */
export function pathParameter(direction: 'input' | 'output', artifact: ArtifactId): string {
  return `${direction}_${artifact.replaceAll('-', '_')}`;
}

/** File name of a stage's notebook in the starter kit. */
export function notebookFileName(stageId: StageId): string {
  return `${stageId}.ipynb`;
}

/** A parameter's default as Python source: JSON for strings and numbers, True/False for booleans. */
export function pythonLiteral(value: NotebookParameterValue): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return JSON.stringify(value);
}

/** A Jupyter notebook template for one stage: parameters, declared inputs and outputs, checks as TODO cells, tracking where it belongs. */
export function stageToNotebook(model: StarterKitModel, stageId: StageId): Notebook {
  const stage = model.stages[stageId];
  const number = STAGE_IDS.indexOf(stageId) + 1;
  const tracked = trackedStages(model).has(stageId);
  const framedBy = (parameter: string) => framingBindings(model).find((b) => b.stage === stageId && b.parameter === parameter);
  const framingNote = (parameter: string) => {
    const binding = framedBy(parameter);
    return binding ? ` The runner sets it from FRAMING.md (${model.framingFields[binding.field].name}).` : '';
  };
  const cells: NotebookCell[] = [];
  const markdown = (text: string, tags?: readonly string[]) => cells.push(cell(stageId, cells.length, 'markdown', text, tags));
  const code = (text: string, tags?: readonly string[]) => cells.push(cell(stageId, cells.length, 'code', text, tags));
  const artifactLine = (a: ArtifactId, from: 'input' | 'output') => {
    const producer = producerOf(model, a);
    const origin = from === 'input' && producer ? `, from ${model.stages[producer].name}` : '';
    return `- \`${pathParameter(from, a)}\`: ${model.artifacts[a].name}${origin}. ${model.artifacts[a].summary}`;
  };

  markdown(
    [
      `# Stage ${number} of ${STAGE_IDS.length}: ${stage.name}`,
      '',
      stage.summary,
      '',
      'This notebook does one stage\'s work and nothing else. Everything it reads and writes is declared in the',
      'parameters cell below, so a runner (or, later, a pipeline step) can call it with other values.',
    ].join('\n'),
  );
  code(
    [
      '# Parameters: plain assignments only, so a notebook runner can override them.',
      `stage = "${stageId}"`,
      // The stage's notebook contract (src/model/data/stages.ts): its parameters with their defaults, and
      // the paths where it reads and writes each artifact, so the notebooks connect into a pipeline.
      ...stage.notebook.parameters.map((p) => `${p.name} = ${pythonLiteral(p.default)}  # ${p.description}${framingNote(p.name)}`),
      ...stage.notebook.inputs.map((port) => `${pathParameter('input', port.artifact)} = ${pythonLiteral(port.path)}`),
      ...stage.notebook.outputs.map((port) => `${pathParameter('output', port.artifact)} = ${pythonLiteral(port.path)}`),
      ...(tracked ? ['experiment_name = "' + stageId + '"', 'tracking_uri = ""  # empty: the tracker\'s default'] : []),
    ].join('\n'),
    ['parameters'],
  );
  markdown(
    [
      '## Declared inputs and outputs',
      '',
      '**Inputs**',
      '',
      ...(stage.inputs.length > 0 ? stage.inputs.map((a) => artifactLine(a, 'input')) : ['- none']),
      '',
      '**Outputs**',
      '',
      ...stage.outputs.map((a) => artifactLine(a, 'output')),
    ].join('\n'),
  );
  code(
    [
      'from pathlib import Path',
      '',
      `INPUTS = {${stage.inputs.map((a) => `"${a}": ${pathParameter('input', a)}`).join(', ')}}`,
      `OUTPUTS = {${stage.outputs.map((a) => `"${a}": ${pathParameter('output', a)}`).join(', ')}}`,
      '',
      'missing = [name for name, path in INPUTS.items() if not Path(path).exists()]',
      'print("missing inputs:", missing or "none")',
    ].join('\n'),
    ['contract'],
  );
  markdown(`## The work\n\nWrite ${stage.name.toLowerCase()} here. Read only from \`INPUTS\`, write only to \`OUTPUTS\`.`);
  code('# TODO: the stage\'s work, reading INPUTS and writing OUTPUTS', ['todo']);
  if (tracked) {
    markdown('## Experiment tracking\n\nLog this run so it can be compared and traced: parameters, metrics, the code version and the model.');
    code(
      [
        'from datetime import date',
        '',
        'try:',
        '    import mlflow',
        'except ModuleNotFoundError:',
        '    # The kit runs before a tracker is set up; say so rather than stop.',
        '    mlflow = None',
        '    print("MLflow is not installed, so this run is not tracked: pip install mlflow")',
        '',
        'if mlflow is not None:',
        '    run_date = date.today().isoformat()',
        '    if tracking_uri:',
        '        mlflow.set_tracking_uri(tracking_uri)',
        '    mlflow.set_experiment(experiment_name)',
        '    with mlflow.start_run(run_name=f"{stage}-{run_date}"):',
        '        mlflow.log_params({"stage": stage, "run_date": run_date, **INPUTS})',
        '        # TODO: mlflow.log_metrics({...}) and log the model with its flavour, e.g. mlflow.sklearn.log_model(...)',
      ].join('\n'),
      ['tracking'],
    );
  }
  markdown('## Checks\n\nEach check below is a TODO: make it fail loudly (an `assert`) when the check does not hold.');
  for (const check of stageChecks(model, stageId)) code(`# TODO check: ${check}`, ['check', 'todo']);

  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    cells,
  };
}

function cell(stageId: StageId, index: number, type: 'markdown' | 'code', text: string, tags?: readonly string[]): NotebookCell {
  // nbformat stores source as lines that keep their newline, except the last.
  const lines = text.split('\n');
  const source = lines.map((line, i) => (i < lines.length - 1 ? `${line}\n` : line));
  const metadata = tags ? { tags } : {};
  const id = `${stageId}-${index}`;
  return type === 'code'
    ? { id, cell_type: 'code', metadata, source, execution_count: null, outputs: [] }
    : { id, cell_type: 'markdown', metadata, source };
}
