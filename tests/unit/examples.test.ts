import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, isExampleFile, requirementsToPins } from '../../src/examples/catalog.ts';
import { model, STAGE_IDS } from '../../src/model/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES_DIR = join(ROOT, 'examples');
// The worked example is not a page's example but a downloadable kit of notebooks built from its
// sources; tests/unit/worked-example.test.ts and tests/python/test_worked_example.py check it.
const files = readdirSync(EXAMPLES_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.py') && !f.startsWith('worked-example/'))
  .sort();
const source = (file: string) => readFileSync(join(EXAMPLES_DIR, file), 'utf8');
const pages = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ path: f, text: readFileSync(join(ROOT, 'content', f), 'utf8') }));
const pythonTests = readdirSync(join(ROOT, 'tests/python'))
  .filter((f) => /^test_.*\.py$/.test(f))
  .map((f) => readFileSync(join(ROOT, 'tests/python', f), 'utf8'))
  .join('\n');
const pins = requirementsToPins(readFileSync(join(EXAMPLES_DIR, 'requirements.txt'), 'utf8'));
const entries = Object.entries(EXAMPLES);

describe('examples', () => {
  test('every file in examples/ is in the catalogue, and every catalogue entry is a file', () => {
    expect(files).toEqual(Object.keys(EXAMPLES).sort());
    expect(isExampleFile('patterns/not_there.py')).toBe(false);
  });

  test.each(files)('%s is shown by exactly one page, whole or in parts', (file) => {
    const showing = pages.filter((p) => p.text.includes(`<Example file="${file}"`));
    expect(showing.map((p) => p.path)).toHaveLength(1);
  });

  test.each(files)('%s compiles', (file) => {
    expect(() => execFileSync('python3', ['-m', 'py_compile', join(EXAMPLES_DIR, file)], { stdio: 'pipe' })).not.toThrow();
  });

  test.each(entries.filter(([, e]) => e.check === 'runs'))('%s is run by tests/python with pinned libraries', (file, entry) => {
    expect(pythonTests, `no test in tests/python/test_*.py runs ${file}`).toContain(`"${file}"`);
    if (entry.check !== 'runs') throw new Error('unreachable');
    for (const library of entry.libraries) expect(pins.has(library), `${file}: ${library} not pinned`).toBe(true);
  });

  test.each(entries.filter(([, e]) => e.check === 'compiled'))('%s names the version it was written for, its docs and calls it makes', (file, entry) => {
    if (entry.check !== 'compiled') throw new Error('unreachable');
    expect(entry.writtenFor).toMatch(/\d/);
    expect(entry.docs).toMatch(/^https:\/\//);
    for (const call of entry.calls) expect(source(file), `${file} no longer calls ${call}`).toContain(call);
  });

  test.each(entries.filter(([, e]) => e.check === 'compiled'))('%s is run with a stand-in exactly when the catalogue says so', (file, entry) => {
    if (entry.check !== 'compiled') throw new Error('unreachable');
    // Its library is not installed where the tests run, so a test that runs it runs it with a stand-in.
    expect(pythonTests.includes(`run_example("${file}")`), `${file}: standIn is ${entry.standIn} in src/examples/catalog.ts`).toBe(entry.standIn);
  });

  test('the Kubeflow example installs the versions the runnable examples are tested with', () => {
    const installed = [...source('pipeline-types/workflow_pipeline.py').matchAll(/"([a-z-]+)==([^"]+)"/g)];
    expect(installed.length).toBeGreaterThan(0);
    for (const [, name, version] of installed) expect(`${name}==${version}`).toBe(`${name}==${pins.get(name)}`);
  });
});

describe("examples use the stages' notebook contracts", () => {
  const contracts = STAGE_IDS.map((id) => model.stages[id].notebook);
  const paths = contracts.flatMap((c) => [...c.inputs, ...c.outputs].map((port) => port.path));
  const parameters = new Set(contracts.flatMap((c) => c.parameters.map((p) => p.name)));
  const pipelineExamples = files.filter((f) => f.startsWith('pipeline-types/') || f.startsWith('pipeline/'));

  test.each(pipelineExamples)('%s reads and writes only paths the contracts declare', (file) => {
    const used = [...source(file).matchAll(/"((?:data|models|reports|deploy)\/[^"]*)"/g)].map((m) => m[1]);
    for (const path of used) expect(paths.some((p) => path.startsWith(p)), `${file}: "${path}" is not under ${paths.join(', ')}`).toBe(true);
  });

  // Pattern and production examples illustrate one idea on a small problem of their own (payments,
  // flights, loans, a customer table), so their files are their own; none may pass for one of the
  // project's artifacts.
  test.each(files.filter((f) => f.startsWith('patterns/') || f.startsWith('production/')))('%s keeps its own files out of the paths the contracts declare', (file) => {
    const used = [...source(file).matchAll(/"((?:data|models|reports|deploy)\/[^"]*)"/g)].map((m) => m[1]);
    for (const path of used) expect(paths.some((p) => path.startsWith(p) || p.startsWith(path)), `${file}: "${path}" is a contract path`).toBe(false);
  });

  test('the Kubeflow example names its parameters as the contracts do', () => {
    const pipeline = /def churn_training\(([^)]*)\)/.exec(source('pipeline-types/workflow_pipeline.py'))?.[1] ?? '';
    const names = [...pipeline.matchAll(/(\w+):/g)].map((m) => m[1]).filter((n) => n !== 'raw_uri');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(parameters, `${name} is not a notebook parameter in src/model/data/stages.ts`).toContain(name);
  });
});
