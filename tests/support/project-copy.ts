import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

/** Builds of throwaway copies of the project, for tests/build/. */

const ROOT = resolve(import.meta.dirname, '../..');
const copies: string[] = [];

/**
 * A throwaway copy of the project with one file edited. By default it lives in the system's temp
 * folder with node_modules linked in, which is enough for builds that must fail early. A build
 * that must succeed cannot bundle through that link, so `inTree` puts the copy in the project's
 * ignored .cache/ folder, where Node and Vite find node_modules by walking up.
 */
export function projectWith(file: string, edit: (text: string) => string, { inTree = false } = {}): string {
  const dir = projectCopy({ inTree });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, `the test's edit did not change ${file}`).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

/** A throwaway copy of the project as it is (see projectWith). */
export function projectCopy({ inTree = false } = {}): string {
  const parent = inTree ? join(ROOT, '.cache', 'build-copies') : tmpdir();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'field-guide-copy-'));
  copies.push(dir);
  for (const entry of ['src', 'content', 'examples', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  // In the tree or linked, the copy finds the project's node_modules, and with it the project's
  // caches of diagrams, cards and exports (src/render/content-cache.ts), filled by its builds
  // (`npm test` builds before it runs these): keyed by content, so the copy renders only what it
  // changed, in seconds instead of minutes.
  if (!inTree) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** What Vitest adds to the environment: NODE_ENV=test, and Vite's own (DEV=1 and BASE_URL among them). */
const TEST_RUNNER_VARIABLES = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * `astro build` in a copy, with its exit status and everything it printed. Without the variables
 * Vitest sets, so that the copy builds as `npm run build` does (with them, a copy built in a test
 * lost its pages' "Sources" and its search box).
 */
export function build(dir: string, env: Readonly<Record<string, string | undefined>> = process.env): { status: number | null; output: string } {
  const buildEnv = Object.fromEntries(Object.entries(env).filter(([name]) => !TEST_RUNNER_VARIABLES.has(name) && !name.startsWith('VITEST')));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnv, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Deletes the copies made so far (call it in afterEach or afterAll). */
export function removeProjectCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
