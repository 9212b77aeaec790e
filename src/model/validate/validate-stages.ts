import { asArray, field, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';

/**
 * Stages read and write artifacts of this model, each artifact has exactly one producer, and a
 * stage's notebook declares exactly the stage's inputs and outputs, reading each input where and
 * in the format its producer writes it. Field shapes (types, formats, paths) are the schema's.
 */
export function validateStages(stages: LooseRecord, artifacts: LooseRecord | undefined, files: { stages: string; artifacts: string }, report: Report): void {
  if (artifacts) checkArtifacts(stages, new Set(Object.keys(artifacts)), files, report);
  for (const [key, stage] of Object.entries(stages)) checkNotebookPorts(report, files.stages, `stage "${key}"`, stage);
  checkNotebookPaths(report, files.stages, stages);
}

function checkArtifacts(stages: LooseRecord, known: ReadonlySet<string>, files: { stages: string; artifacts: string }, report: Report): void {
  const producers = new Map<string, string[]>();
  for (const [key, stage] of Object.entries(stages)) {
    for (const list of ['inputs', 'outputs'] as const) {
      asArray(field(stage, list)).forEach((a, i) => {
        if (typeof a !== 'string' || !known.has(a)) {
          report(files.stages, `stage "${key}"`, `${list}[${i}]`, unknownId('artifact', a, known));
        } else if (list === 'outputs') {
          producers.set(a, [...(producers.get(a) ?? []), key]);
        }
      });
    }
  }
  for (const id of known) {
    const by = producers.get(id) ?? [];
    if (by.length === 0) report(files.artifacts, `artifact "${id}"`, 'producer', 'no stage lists it in outputs; every artifact needs a producer');
    if (by.length > 1) report(files.artifacts, `artifact "${id}"`, 'producer', `produced by more than one stage: ${by.join(', ')}`);
  }
}

/** Parameter names are unique; the ports are exactly the stage's inputs and outputs. */
function checkNotebookPorts(report: Report, file: string, entity: string, stage: unknown): void {
  const notebook = field(stage, 'notebook');
  const names = new Set<unknown>();
  asArray(field(notebook, 'parameters')).forEach((p, i) => {
    const name = field(p, 'name');
    if (names.has(name)) report(file, entity, `notebook.parameters[${i}].name`, `parameter "${String(name)}" is declared twice`);
    names.add(name);
  });
  for (const list of ['inputs', 'outputs'] as const) {
    const declared = asArray(field(stage, list));
    const seen = new Set<unknown>();
    asArray(field(notebook, list)).forEach((port, i) => {
      const artifact = field(port, 'artifact');
      const at = `notebook.${list}[${i}].artifact`;
      if (!declared.includes(artifact)) report(file, entity, at, `${JSON.stringify(artifact)} is not in the stage's ${list} (${declared.join(', ')})`);
      else if (seen.has(artifact)) report(file, entity, at, `"${String(artifact)}" is declared twice`);
      seen.add(artifact);
    });
    for (const artifact of declared) {
      if (!seen.has(artifact)) report(file, entity, `notebook.${list}`, `does not declare "${String(artifact)}", which the stage lists in ${list}`);
    }
  }
}

/** A consumer reads an artifact from the path and in the format its producer writes it. */
function checkNotebookPaths(report: Report, file: string, stages: LooseRecord): void {
  const written = new Map<unknown, { stage: string; path: unknown; format: unknown }>();
  for (const [key, stage] of Object.entries(stages)) {
    for (const port of asArray(field(field(stage, 'notebook'), 'outputs'))) {
      written.set(field(port, 'artifact'), { stage: key, path: field(port, 'path'), format: field(port, 'format') });
    }
  }
  for (const [key, stage] of Object.entries(stages)) {
    asArray(field(field(stage, 'notebook'), 'inputs')).forEach((port, i) => {
      const producer = written.get(field(port, 'artifact'));
      if (!producer) return;
      for (const name of ['path', 'format'] as const) {
        const value = field(port, name);
        if (value !== producer[name]) {
          report(
            file,
            `stage "${key}"`,
            `notebook.inputs[${i}].${name}`,
            `${JSON.stringify(value)} differs from ${JSON.stringify(producer[name])}, where stage "${producer.stage}" writes it`,
          );
        }
      }
    });
  }
}
