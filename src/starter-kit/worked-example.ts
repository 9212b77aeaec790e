import { STAGE_IDS, type StageId } from '../model/index.ts';
import {
  notebookFileName,
  pathParameter,
  stageChecks,
  stageToNotebook,
  type Notebook,
  type NotebookCell,
  type StarterKitModel,
} from './notebook.ts';

/** One cell of a worked stage's source (`examples/worked-example/<stage>.py`), split at its `# %%` markers. */
export type WorkedCell = { kind: 'work'; code: string } | { kind: 'check'; check: string; code: string };

const MARKER = /^# %% (work|check: (.+))$/;

/**
 * Splits a worked stage's Python source into its cells: `# %% work` starts a cell of the stage's
 * work, `# %% check: <check>` a cell asserting one of the stage's checks, word for word.
 */
export function workedSourceToCells(file: string, source: string): WorkedCell[] {
  const cells: WorkedCell[] = [];
  let current: { header: RegExpExecArray; lines: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const code = current.lines.join('\n').trim();
    const check = current.header[2];
    cells.push(check === undefined ? { kind: 'work', code } : { kind: 'check', check, code });
  };
  source.split('\n').forEach((line, i) => {
    const header = MARKER.exec(line);
    if (header) {
      close();
      current = { header, lines: [] };
    } else if (current) current.lines.push(line);
    else if (line.trim() !== '') throw new Error(`${file}:${i + 1}: code before the first "# %% work" or "# %% check: …" marker`);
  });
  close();
  return cells;
}

/**
 * A stage's worked notebook: the starter-kit template (same title, parameters cell and contract),
 * its TODO work cell replaced by the worked cells, and every check an assertion. The stage's own
 * checks come from the source; the contract checks (each output was written) are generated.
 * Fails, naming the file, when a check is missing, unknown or repeated.
 */
export function stageToWorkedNotebook(model: StarterKitModel, stageId: StageId, file: string, source: string): Notebook {
  const template = stageToNotebook(model, stageId);
  const worked = workedSourceToCells(file, source);
  const stage = model.stages[stageId];
  const own = new Set(stage.checks);
  const checked = worked.flatMap((c) => (c.kind === 'check' ? [c.check] : []));
  const unknown = checked.filter((c) => !own.has(c));
  const missing = stage.checks.filter((c) => !checked.includes(c));
  const repeated = checked.filter((c, i) => checked.indexOf(c) !== i);
  if (unknown.length + missing.length + repeated.length > 0) {
    throw new Error(
      `${file} (stage ${stageId}): ` +
        [
          unknown.length ? `checks not in src/model/data/stages.ts: ${unknown.join(' | ')}` : '',
          missing.length ? `checks with no "# %% check: …" cell: ${missing.join(' | ')}` : '',
          repeated.length ? `checks asserted twice: ${repeated.join(' | ')}` : '',
        ]
          .filter(Boolean)
          .join('; '),
    );
  }
  const cells: NotebookCell[] = [];
  const push = (c: Omit<NotebookCell, 'id'>) => cells.push({ ...c, id: `${stageId}-${cells.length}` });
  for (const c of template.cells) {
    const tags = c.metadata.tags ?? [];
    // Tracking is the tracking pipeline's job; the worked example runs without a tracking server.
    if (tags.includes('todo') || tags.includes('tracking') || c.source.join('').startsWith('## Experiment tracking')) continue;
    if (c.source.join('').startsWith('## Checks')) {
      push(markdownCell('## Checks\n\nEach check is an `assert`: a failing one stops the run and says what did not hold.'));
      for (const check of stageChecks(model, stageId)) {
        const own = worked.find((w) => w.kind === 'check' && w.check === check);
        const output = stage.outputs.find((o) => check.endsWith(`(${o}) was written to its declared output path`));
        const code = own
          ? own.code
          : output
            ? `assert Path(${pathParameter('output', output)}).exists(), f"{${pathParameter('output', output)}} was not written"`
            : undefined;
        if (code === undefined) throw new Error(`${file} (stage ${stageId}): no assertion for the check "${check}"`);
        // The runner (and a reader) can see which checks ran: each prints its name once its assertion held.
        push(codeCell(`# Check: ${check}\n${code}\nprint(${JSON.stringify(`checked: ${check}`)})`, ['check']));
      }
      continue;
    }
    push(c);
    if (c.source.join('').startsWith('## The work')) {
      for (const w of worked) if (w.kind === 'work') push(codeCell(w.code, ['work']));
    }
  }
  return { ...template, cells };
}

/** The worked example's notebooks in stage order, from each stage's source text. */
export function workedExampleNotebooks(model: StarterKitModel, sources: (id: StageId) => { file: string; text: string }): { name: string; notebook: Notebook }[] {
  return STAGE_IDS.map((id) => {
    const { file, text } = sources(id);
    return { name: notebookFileName(id), notebook: stageToWorkedNotebook(model, id, file, text) };
  });
}

function lines(text: string): string[] {
  const all = text.split('\n');
  return all.map((line, i) => (i < all.length - 1 ? `${line}\n` : line));
}

function codeCell(text: string, tags: readonly string[]): Omit<NotebookCell, 'id'> {
  return { cell_type: 'code', metadata: { tags }, source: lines(text), execution_count: null, outputs: [] };
}

function markdownCell(text: string): Omit<NotebookCell, 'id'> {
  return { cell_type: 'markdown', metadata: {}, source: lines(text) };
}
