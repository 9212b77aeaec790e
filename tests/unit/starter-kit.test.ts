import { execFileSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { model, STAGE_IDS } from '../../src/model/index.ts';
import { starterKitFiles, starterKitToZip } from '../../src/starter-kit/files.ts';
import { pathParameter, stageChecks, stageToNotebook } from '../../src/starter-kit/notebook.ts';
import { stagesToMarkdown } from '../../src/starter-kit/stages-md.ts';

const joinSource = (source: readonly string[]) => source.join('');

describe('stageToNotebook', () => {
  test.each(STAGE_IDS)('writes a valid nbformat 4 notebook for %s', (id) => {
    const nb = JSON.parse(JSON.stringify(stageToNotebook(model, id)));
    expect(nb.nbformat).toBe(4);
    expect(nb.nbformat_minor).toBeGreaterThanOrEqual(5);
    expect(nb.metadata.kernelspec.name).toBe('python3');
    const ids = nb.cells.map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of nb.cells) {
      expect(c.id).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
      expect(['markdown', 'code']).toContain(c.cell_type);
      expect(Array.isArray(c.source)).toBe(true);
      if (c.cell_type === 'code') {
        expect(c.execution_count).toBeNull();
        expect(c.outputs).toEqual([]);
      }
    }
  });

  test('puts every declared input and output in one cell tagged "parameters"', () => {
    const nb = stageToNotebook(model, 'data-validation');
    const params = nb.cells.filter((c) => c.metadata.tags?.includes('parameters'));
    expect(params).toHaveLength(1);
    const text = joinSource(params[0].source);
    expect(text).toContain('input_raw_data = ');
    expect(text).toContain('output_validation_report = ');
    expect(text).toContain('output_validated_data = ');
  });

  test.each(STAGE_IDS)("%s: the parameters cell declares the stage's notebook contract, read back by Python", (id) => {
    const contract = model.stages[id].notebook;
    const cell = stageToNotebook(model, id).cells.find((c) => c.metadata.tags?.includes('parameters'));
    const names = [
      ...contract.parameters.map((p) => p.name),
      ...contract.inputs.map((port) => pathParameter('input', port.artifact)),
      ...contract.outputs.map((port) => pathParameter('output', port.artifact)),
    ];
    const read = `${joinSource(cell?.source ?? [])}\nimport json\nprint(json.dumps({n: globals()[n] for n in ${JSON.stringify(names)}}))`;
    const values = JSON.parse(execFileSync('python3', ['-c', read], { encoding: 'utf8' }));
    expect(values).toEqual({
      ...Object.fromEntries(contract.parameters.map((p) => [p.name, p.default])),
      ...Object.fromEntries(contract.inputs.map((port) => [pathParameter('input', port.artifact), port.path])),
      ...Object.fromEntries(contract.outputs.map((port) => [pathParameter('output', port.artifact), port.path])),
    });
  });

  test("writes one TODO cell per check of the stage", () => {
    for (const id of STAGE_IDS) {
      const checks = stageChecks(model, id);
      const cells = stageToNotebook(model, id).cells.filter((c) => c.metadata.tags?.includes('check'));
      expect(checks.length).toBeGreaterThan(0);
      expect(cells.map((c) => joinSource(c.source))).toEqual(checks.map((c) => `# TODO check: ${c}`));
    }
  });

  test('adds an experiment-tracking cell to the stages the ML tracking pipeline covers, and only to them', () => {
    const tracked = model.pipelineTypes['ml-tracking-pipeline'].covers.map((c) => c.stage);
    for (const id of STAGE_IDS) {
      const cells = stageToNotebook(model, id).cells.filter((c) => c.metadata.tags?.includes('tracking'));
      expect(cells.length, id).toBe(tracked.some((s) => s === id) ? 1 : 0);
    }
    const tracking = stageToNotebook(model, 'training-evaluation').cells.find((c) => c.metadata.tags?.includes('tracking'));
    expect(joinSource(tracking?.source ?? [])).toMatch(/mlflow\.set_experiment\(experiment_name\)[\s\S]*mlflow\.start_run/);
  });

  test('contains only code cells that Python compiles', () => {
    const script = STAGE_IDS.map((id) =>
      stageToNotebook(model, id)
        .cells.filter((c) => c.cell_type === 'code')
        .map((c) => joinSource(c.source))
        .join('\n\n'),
    );
    for (const source of script) {
      expect(() => execFileSync('python3', ['-c', 'import sys; compile(sys.stdin.read(), "nb", "exec")'], { input: source })).not.toThrow();
    }
  });
});

describe('stagesToMarkdown', () => {
  test('lists every stage in order with its notebook, inputs, outputs and checks', () => {
    const md = stagesToMarkdown(model);
    const positions = STAGE_IDS.map((id) => md.indexOf(`## ${STAGE_IDS.indexOf(id) + 1}. ${model.stages[id].name}`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const id of STAGE_IDS) expect(md).toContain(`Notebook: \`${id}.ipynb\``);
    expect(md).toContain('`raw-data` (Raw data snapshot, from Data collection)');
    expect(md).toContain('  - [ ] ');
  });
});

describe('starterKitToZip', () => {
  test('holds the README, the pinned requirements, the runner, STAGES.md, FRAMING.md and every stage notebook, byte for byte', () => {
    const files = starterKitFiles(model);
    expect(files.map((f) => f.name)).toEqual(['README.md', 'requirements.txt', 'run_pipeline.py', 'STAGES.md', 'FRAMING.md', ...STAGE_IDS.map((id) => `${id}.ipynb`)]);
    const unzipped = unzipSync(starterKitToZip(files));
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => `starter-kit/${f.name}`).sort());
    for (const f of files) expect(strFromU8(unzipped[`starter-kit/${f.name}`])).toBe(f.text);
  });

  test('is the same bytes for the same model', () => {
    const files = starterKitFiles(model);
    expect(starterKitToZip(files)).toEqual(starterKitToZip(files));
  });
});

describe('stageChecks', () => {
  test("puts the stage's own checks, when the model lists them, before the output checks", () => {
    const withChecks = (checks: string[]) => ({
      ...model,
      stages: { ...model.stages, 'data-validation': { ...model.stages['data-validation'], checks } },
    });
    const checks = stageChecks(withChecks(['Schema matches the expected columns and types']), 'data-validation');
    expect(checks[0]).toBe('Schema matches the expected columns and types');
    expect(checks.slice(1)).toEqual(stageChecks(withChecks([]), 'data-validation'));
    expect(checks.slice(1).every((c) => c.endsWith('was written to its declared output path'))).toBe(true);
  });
});
