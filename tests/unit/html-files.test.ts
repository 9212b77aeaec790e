import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesUnder, forEachAtMost, htmlFilesUnder } from '../../src/html/html-files.ts';

describe('filesUnder and htmlFilesUnder', () => {
  test('list every file of a built site, or its pages, as full paths in sorted order, without folders', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'html-files-'));
    try {
      for (const file of ['tools/mlflow/index.html', 'index.html', '_astro/a.css', 'pipeline/index.html', '404.html']) {
        mkdirSync(join(dist, file, '..'), { recursive: true });
        writeFileSync(join(dist, file), '');
      }
      mkdirSync(join(dist, 'empty.html'));
      expect(await filesUnder(dist)).toEqual(['404.html', '_astro/a.css', 'index.html', 'pipeline/index.html', 'tools/mlflow/index.html'].map((f) => join(dist, f)));
      expect(await htmlFilesUnder(dist)).toEqual(['404.html', 'index.html', 'pipeline/index.html', 'tools/mlflow/index.html'].map((f) => join(dist, f)));
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  test('are the one listing of a built site\'s pages: no other module of the build or the tools lists .html files itself', () => {
    const modules = ['src', 'tools'].flatMap((root) => readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mjs|astro)$/.test(f)).map((f) => join(root, f)));
    const listing = modules.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /\breaddir(Sync)?\(/.test(text) && /endsWith\(['"]\.html['"]\)/.test(text);
    });
    expect(listing).toEqual([join('src', 'html', 'html-files.ts')]);
  });
});

describe('forEachAtMost', () => {
  test('runs the work on every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await forEachAtMost(Array.from({ length: 50 }, (_, i) => i), 4, async (i) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, (i * 7) % 5));
      done.push(i);
      running -= 1;
    });
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(most).toBe(4);
  });

  test('passes on the first failure', async () => {
    await expect(forEachAtMost([1, 2, 3], 2, async (i) => {
      if (i === 2) throw new Error('page 2');
    })).rejects.toThrow('page 2');
  });

  test('does nothing for no items', async () => {
    await expect(forEachAtMost([], 4, async () => undefined)).resolves.toBeUndefined();
  });
});
