import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { STAGE_IDS } from '../model/index.ts';
import { notebookFileName, stageToNotebook, type StarterKitModel } from './notebook.ts';
import { FRAMING_FILE, framingToMarkdown } from './framing-md.ts';
import { stagesToMarkdown } from './stages-md.ts';

export interface StarterKitFile {
  /** File name, also the URL segment under /starter-kit/. */
  name: string;
  contentType: string;
  text: string;
}

export const STARTER_KIT_ZIP = 'starter-kit.zip';

// One runner and one set of pins for both kits: the worked example's, which the tests run.
const RUNNER_DIR = 'examples/worked-example';

/** The template kit's README: what it holds and the two commands that run it. */
export function starterKitReadme(model: StarterKitModel): string {
  return `# Starter kit: one notebook per stage

The ML Pipeline Field Guide's starter kit, generated from the guide's model: \`FRAMING.md\` asks what the
project is for (fill it in first), \`STAGES.md\` lists the
${STAGE_IDS.length} stages with what each reads, writes and checks, and each stage has its notebook template
(${STAGE_IDS.map((id) => `\`${notebookFileName(id)}\``).join(', ')}). Each notebook declares its
parameters and every path it reads and writes in its \`parameters\` cell.

Run it (Python 3.11 or later):

\`\`\`sh
python3 -m venv .venv && .venv/bin/pip install -r requirements.txt
.venv/bin/python run_pipeline.py
\`\`\`

\`run_pipeline.py\` runs the notebooks in a Jupyter kernel in the order \`STAGES.md\` lists them,
injecting parameters after each \`parameters\` cell as papermill does
(\`--set ${STAGE_IDS[0]}.${model.stages[STAGE_IDS[0]].notebook.parameters[0]?.name ?? 'name'}=...\`), and saves each executed notebook in
\`runs/\`. It reads \`FRAMING.md\` first: a missing field stops it before any notebook runs, and a
field's \`Value\` (the gate's metric and margin, the number of tuning trials) overrides that parameter's
default. Out of the box every cell of work and every check is a TODO, so a run proves only that
the notebooks execute in order with their parameters. Fill in each stage's work, reading only the
paths its parameters cell declares, and turn each check into an \`assert\` that prints
\`checked: <the check>\` once it holds; the runner lists the checks that ran.

The worked example (worked-example.zip, on the guide's notebooks page) is the same kit filled in
for one small problem.
`;
}

/** Every file of the starter kit: README, requirements, runner, STAGES.md, FRAMING.md (prompts), then one notebook per stage in stage order. */
export function starterKitFiles(model: StarterKitModel, root: string = process.cwd()): StarterKitFile[] {
  const read = (name: string) => readFileSync(join(root, RUNNER_DIR, name), 'utf8');
  return [
    { name: 'README.md', contentType: 'text/markdown; charset=utf-8', text: starterKitReadme(model) },
    { name: 'requirements.txt', contentType: 'text/plain; charset=utf-8', text: read('requirements.txt') },
    { name: 'run_pipeline.py', contentType: 'text/x-python; charset=utf-8', text: read('run_pipeline.py') },
    { name: 'STAGES.md', contentType: 'text/markdown; charset=utf-8', text: stagesToMarkdown(model) },
    { name: FRAMING_FILE, contentType: 'text/markdown; charset=utf-8', text: framingToMarkdown(model) },
    ...STAGE_IDS.map((id) => ({
      name: notebookFileName(id),
      contentType: 'application/x-ipynb+json',
      text: `${JSON.stringify(stageToNotebook(model, id), null, 1)}\n`,
    })),
  ];
}

// A fixed timestamp keeps the archive byte-identical between builds of the same model.
const ZIP_MTIME = new Date('2026-01-01T00:00:00Z');

/** A kit as one zip archive, every file inside one folder (`starter-kit/` unless named). */
export function starterKitToZip(files: readonly StarterKitFile[], folder = 'starter-kit'): Uint8Array<ArrayBuffer> {
  const entries = Object.fromEntries(files.map((f) => [`${folder}/${f.name}`, strToU8(f.text)]));
  // Copied into a plain ArrayBuffer so that it is a valid Response body.
  return new Uint8Array(zipSync(entries, { level: 6, mtime: ZIP_MTIME }));
}
