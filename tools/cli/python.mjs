// The Python that runs the guide's examples: $PYTHON if set, else the project's .venv (made by
// .ci/run from examples/requirements.txt), else python3 on PATH.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Path or name of the Python interpreter for the examples. */
export function examplesPython() {
  if (process.env.PYTHON) return process.env.PYTHON;
  const venv = resolve(import.meta.dirname, '../../.venv/bin/python');
  return existsSync(venv) ? venv : 'python3';
}
