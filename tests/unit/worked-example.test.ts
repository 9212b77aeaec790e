import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { model, STAGE_IDS } from '../../src/model/index.ts';
import { requirementsToPins } from '../../src/examples/catalog.ts';
import { stageChecks, stageToNotebook, type StarterKitModel } from '../../src/starter-kit/notebook.ts';
import { stageToWorkedNotebook, workedSourceToCells } from '../../src/starter-kit/worked-example.ts';
import { workedExampleFiles } from '../../src/starter-kit/worked-example-files.ts';
import { pipelineFiles } from '../../src/starter-kit/pipeline-files.ts';

const files = workedExampleFiles(model);
const notebookOf = (id: string) => JSON.parse(files.find((f) => f.name === `${id}.ipynb`)?.text ?? 'null');
const tagged = (nb: ReturnType<typeof stageToNotebook>, tag: string) => nb.cells.filter((c) => c.metadata.tags?.includes(tag));

describe('workedExampleFiles', () => {
  test('ships the README, the pinned requirements, the runner, STAGES.md, its FRAMING.md, one notebook per stage and one file per pipeline type', () => {
    expect(files.map((f) => f.name)).toEqual([
      'README.md',
      'requirements.txt',
      'run_pipeline.py',
      'STAGES.md',
      'FRAMING.md',
      ...STAGE_IDS.map((id) => `${id}.ipynb`),
      ...pipelineFiles(model).map((f) => f.name),
    ]);
  });

  test.each(STAGE_IDS)("%s: the parameters cell is the starter kit's, so the worked notebook keeps the stage's contract", (id) => {
    const worked = notebookOf(id);
    expect(tagged(worked, 'parameters')).toEqual(tagged(stageToNotebook(model, id), 'parameters').map((c) => ({ ...c, id: expect.any(String) })));
  });

  test.each(STAGE_IDS)('%s: every check of the stage is an assertion, in the order STAGES.md lists them, and no TODO is left', (id) => {
    const worked = notebookOf(id);
    const checks = tagged(worked, 'check');
    expect(checks.map((c) => c.source[0].replace(/^# Check: /, '').trimEnd())).toEqual(stageChecks(model, id));
    for (const c of checks) expect(c.source.join('')).toMatch(/\bassert\b/);
    expect(JSON.stringify(worked)).not.toMatch(/TODO/);
  });

  test('pins each requirement of the kit at the version the examples pin', () => {
    const kit = requirementsToPins(readFileSync('examples/worked-example/requirements.txt', 'utf8'));
    const all = requirementsToPins(readFileSync('examples/requirements.txt', 'utf8'));
    expect(kit.size).toBeGreaterThan(0);
    for (const [name, version] of kit) expect(all.get(name), name).toBe(version);
  });
});

describe('stageToWorkedNotebook', () => {
  const small: StarterKitModel = model;
  const source = (checks: readonly string[]) => ['# %% work', 'x = 1', ...checks.flatMap((c) => [`# %% check: ${c}`, 'assert x'])].join('\n');

  test('names the file and stage when a check of the model has no cell', () => {
    const [first, ...rest] = model.stages['data-validation'].checks;
    expect(() => stageToWorkedNotebook(small, 'data-validation', 'dv.py', source(rest))).toThrow(
      `dv.py (stage data-validation): checks with no "# %% check: …" cell: ${first}`,
    );
  });

  test('names a check the model does not list', () => {
    const checks = [...model.stages['data-validation'].checks, 'Looks fine'];
    expect(() => stageToWorkedNotebook(small, 'data-validation', 'dv.py', source(checks))).toThrow('checks not in src/model/data/stages.ts: Looks fine');
  });

  test('refuses code before the first marker, naming the line', () => {
    expect(() => workedSourceToCells('dv.py', 'import os\n# %% work\n')).toThrow('dv.py:1: code before the first');
  });
});
