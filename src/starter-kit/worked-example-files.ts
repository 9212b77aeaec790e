import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StarterKitFile } from './files.ts';
import type { Model } from '../model/index.ts';
import { FRAMING_FILE, framingToMarkdown } from './framing-md.ts';
import type { StarterKitModel } from './notebook.ts';
import { pipelineFiles } from './pipeline-files.ts';
import { stagesToMarkdown } from './stages-md.ts';
import { workedExampleNotebooks } from './worked-example.ts';

/** Where the worked example's sources live, relative to the project root. */
export const WORKED_EXAMPLE_DIR = 'examples/worked-example';
export const WORKED_EXAMPLE_ZIP = 'worked-example.zip';

// Shipped as they are, beside the generated STAGES.md and notebooks.
const STATIC_FILES = [
  { name: 'README.md', contentType: 'text/markdown; charset=utf-8' },
  { name: 'requirements.txt', contentType: 'text/plain; charset=utf-8' },
  { name: 'run_pipeline.py', contentType: 'text/x-python; charset=utf-8' },
] as const;

/** Every file of the worked example: README, requirements, runner, STAGES.md, its filled-in FRAMING.md, the six filled-in notebooks and the project as each pipeline type. */
export function workedExampleFiles(model: StarterKitModel & Pick<Model, 'workedExampleFraming'>, root: string = process.cwd()): StarterKitFile[] {
  const read = (name: string) => readFileSync(join(root, WORKED_EXAMPLE_DIR, name), 'utf8');
  const notebooks = workedExampleNotebooks(model, (id) => ({ file: `${WORKED_EXAMPLE_DIR}/${id}.py`, text: read(`${id}.py`) }));
  return [
    ...STATIC_FILES.map((f) => ({ ...f, text: read(f.name) })),
    { name: 'STAGES.md', contentType: 'text/markdown; charset=utf-8', text: stagesToMarkdown(model) },
    { name: FRAMING_FILE, contentType: 'text/markdown; charset=utf-8', text: framingToMarkdown(model, model.workedExampleFraming) },
    ...notebooks.map((n) => ({ name: n.name, contentType: 'application/x-ipynb+json', text: `${JSON.stringify(n.notebook, null, 1)}\n` })),
    ...pipelineFiles(model).map((f) => ({ name: f.name, contentType: 'text/x-python; charset=utf-8', text: f.text })),
  ];
}
