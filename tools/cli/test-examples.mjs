// `npm run test:examples`: runs every runnable example (tests/python/) with the pinned libraries.
import { spawnSync } from 'node:child_process';
import { examplesPython } from './python.mjs';

const python = examplesPython();
const probe = spawnSync(python, ['-c', 'import pytest, xdist, sklearn, pandas, shap, nbclient, ipykernel'], { stdio: 'ignore' });
if (probe.status !== 0) {
  console.error(
    `The examples need Python 3 with the libraries of examples/requirements.txt (tried ${python}). ` +
      'Run `bash .ci/run`, which sets them up, or: python3 -m venv .venv && .venv/bin/pip install -r examples/requirements.txt',
  );
  process.exit(1);
}
// tests/python/test_worked_example.py builds the worked example with this same Node.
const env = { ...process.env, NODE: process.execPath };
// One pytest worker per core (pytest-xdist); a file whose module fixtures are costly keeps to one
// worker (its xdist_group mark); every other test goes to whichever worker is free.
const run = spawnSync(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '-n', 'auto', '--dist', 'loadgroup', 'tests/python'], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
