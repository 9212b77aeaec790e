import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const copies: string[] = [];

/** A throwaway copy of the project (sharing node_modules) with one file edited. */
function projectWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'field-guide-broken-'));
  copies.push(dir);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, `the test's edit did not change ${file}`).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run build', () => {
  test('fails on an unknown stage id, naming the file, the entity and the field', () => {
    const dir = projectWith('src/model/pipeline-types.ts', (t) =>
      t.replace("{ stage: 'data-collection', role: 'primary' }", "{ stage: 'data-colection', role: 'primary' }"),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'src/model/pipeline-types.ts › pipeline type "data-pipeline" › covers[0].stage: unknown stage id "data-colection"',
    );
  });

  test('fails on a duplicate id, naming the file and the entity', () => {
    const dir = projectWith('src/model/ids.ts', (t) => t.replace("'data-processing',\n", "'data-processing',\n  'data-validation',\n"));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/model/stages.ts › stage "data-validation" › id: duplicate stage id "data-validation"');
  });

  test('fails on a Mermaid syntax error, naming the view and its file', () => {
    const dir = projectWith('src/diagrams/pipeline-flow.ts', (t) => t.replace('} --> ${', '} --> --> ${'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/diagrams/pipeline-flow.ts › view "pipeline-flow"');
    expect(output).toMatch(/Parse error/);
  });

  test('fails on a chooser rule whose tool implements none of its pipeline types, naming the rule', () => {
    const dir = projectWith('src/model/chooser.ts', (t) =>
      t.replace("tools: ['scikit-learn-pipeline', 'spark-mllib-pipeline']", "tools: ['scikit-learn-pipeline', 'mlflow-tracking']"),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'src/model/chooser.ts › rule "bundle-transforms-with-model" › tools[1]: "mlflow-tracking" implements none of the rule\'s pipeline types (model-pipeline)',
    );
  });
});

describe('npm run build on pattern pages', () => {
  test('fails on an unknown pattern id in frontmatter, naming the file, the field and the known ids', () => {
    const dir = projectWith('content/patterns/transform.mdx', (t) => t.replace('pattern: transform', 'pattern: transfrom'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('patterns/transform.mdx');
    expect(output).toMatch(/pattern\b.*unknown pattern id "transfrom"; use one of the ids in src\/model\/ids\.ts/);
  });

  test('fails on a related pattern recorded at one end only, naming the model file and the pattern', () => {
    const dir = projectWith('src/model/patterns.ts', (t) =>
      t.replace("      { kind: 'automates', pattern: 'transform' },\n", ''),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/model/patterns.ts › pattern "transform" › related[');
    expect(output).toContain('one-way link: "transform" is automated by "workflow-pipeline"');
  });
});
