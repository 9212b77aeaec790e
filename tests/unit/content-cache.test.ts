import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cachedOrMade, cacheDir, contentKey, readCached } from '../../src/render/content-cache.ts';
import { DEFAULT_CACHE_DIR } from '../../src/render/svg-cache.ts';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the content-keyed caches', () => {
  test('all live in node_modules/.cache/ of the installed packages, one folder each', () => {
    const root = resolve('node_modules', '.cache');
    expect((['diagrams', 'cards', 'exports'] as const).map((name) => cacheDir(name))).toEqual(
      ['field-guide-diagrams', 'field-guide-cards', 'field-guide-exports'].map((folder) => join(root, folder)),
    );
    expect(DEFAULT_CACHE_DIR).toBe(cacheDir('diagrams'));
  });

  test('key content by every part, in order', () => {
    expect(contentKey('a', 'b')).toMatch(/^[0-9a-f]{32}$/);
    expect(contentKey('a', 'b')).toBe(contentKey('ab'));
    expect(contentKey('a', 'b')).not.toBe(contentKey('b', 'a'));
    expect(contentKey(new TextEncoder().encode('ab'))).toBe(contentKey('ab'));
  });

  test('make a file once, then read it back by its key, leaving no half-written file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-cache-'));
    folders.push(dir);
    let made = 0;
    const make = async () => {
      made += 1;
      return new TextEncoder().encode('png bytes');
    };
    const first = await cachedOrMade(dir, 'k1', 'png', make);
    const second = await cachedOrMade(dir, 'k1', 'png', make);
    expect([first.hit, second.hit, made]).toEqual([false, true, 1]);
    expect(Buffer.from(second.data).toString()).toBe('png bytes');
    expect(await readCached(dir, 'k2', 'png')).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['k1.png']);
  });
});
