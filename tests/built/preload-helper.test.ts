import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { scriptsOf } from '../../tools/cli/bench-js.mjs';
import { htmlFilesUnder } from '../../src/html/html-files.ts';

// Vite wraps dynamic imports in its preload helper even with nothing to preload; the client
// build unwraps them and drops the helper's chunk (src/build/empty-preloads.ts). The helper's
// chunk is named after it, and its code dispatches this event when a preload fails.
const HELPER_FILE = 'preload-helper';
const HELPER_CODE = 'vite:preloadError';

test('no built script is, imports or calls Vite’s preload helper', async () => {
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?js$/.test(f));
  expect(files.filter((f) => f.includes('/_astro/') || f.startsWith('_astro/')).length).toBeGreaterThan(5);
  expect(files.filter((f) => f.includes(HELPER_FILE))).toEqual([]);
  const referring = files.filter((f) => {
    const code = readFileSync(`dist/${f}`, 'utf8');
    return code.includes(HELPER_FILE) || code.includes(HELPER_CODE) || code.includes('__vite__mapDeps');
  });
  expect(referring).toEqual([]);
  // Inline scripts too, with every page's module scripts and what they import.
  const pages = (await htmlFilesUnder('dist')).map((f) => f.slice('dist/'.length));
  expect(pages.length).toBeGreaterThan(100);
  const inPages = pages.filter((page) => scriptsOf('dist', page).some((s: { code: string }) => s.code.includes(HELPER_FILE) || s.code.includes(HELPER_CODE)));
  expect(inPages).toEqual([]);
});

test('the scripts that load others on demand still import them', () => {
  const chunks = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
  const importing = chunks.filter((f) => /\bimport\(`\.\/(?:link-tools|mount-pagefind-ui)\.[\w-]+\.js`\)/.test(readFileSync(`dist/_astro/${f}`, 'utf8')));
  expect(importing).toHaveLength(2);
});
