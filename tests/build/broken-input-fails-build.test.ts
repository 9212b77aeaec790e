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
    const dir = projectWith('src/diagrams/pipeline-flow.ts', (t) => t.replace("f.loop ? '-.->' : '-->'", "f.loop ? '-.->' : '--> -->'"));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/diagrams/pipeline-flow.ts › view "pipeline-flow"');
    expect(output).toMatch(/Parse error/);
  });

  test('fails on a missing required field, naming the file, the entity and the field', () => {
    const dir = projectWith('src/model/stages.ts', (t) =>
      t.replace(/(id: 'model-building',[\s\S]*?)\n {4}purpose:[^\n]*\n[^\n]*\n/, '$1\n'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/model/stages.ts › stage "model-building" › purpose: purpose is missing or empty');
  });
});
