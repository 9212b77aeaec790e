import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeAtomically } from './write-atomically.ts';

/** The build's caches of what is slow to make, each keyed by content: diagrams' SVGs, social cards, diagrams' PNG and PDF exports. */
export type CacheName = 'diagrams' | 'cards' | 'exports';

/**
 * node_modules/.cache/ of the installed packages: outside dist/ and the tracked files (`rm -rf
 * node_modules/.cache` empties it), and found from the packages, not the working directory, so a
 * copy of the project built inside it (tests/build/) reuses what the project's builds made.
 */
const CACHE_ROOT = join(dirname(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'))), '.cache');

/** The one place each cache lives: node_modules/.cache/field-guide-<name>/. */
export function cacheDir(name: CacheName): string {
  return join(CACHE_ROOT, `field-guide-${name}`);
}

/** A cache key for content: SHA-256 over the parts in order, 32 hex digits. Whatever makes the file belongs in the parts, so a change to it makes the file again. */
export function contentKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 32);
}

/** The cached file for a key, or undefined when there is none. */
export async function readCached(dir: string, key: string, ext: string): Promise<Buffer | undefined> {
  try {
    return await readFile(join(dir, `${key}.${ext}`));
  } catch {
    return undefined;
  }
}

/** Caches a file under its key, whole or not at all (two builds may share the cache). */
export async function writeCached(dir: string, key: string, ext: string, data: Uint8Array | string): Promise<void> {
  await writeAtomically(join(dir, `${key}.${ext}`), typeof data === 'string' ? Buffer.from(data) : data);
}

/** The cached file for a key, or `make`'s, cached on the way; `hit` says which. */
export async function cachedOrMade(dir: string, key: string, ext: string, make: () => Promise<Uint8Array>): Promise<{ data: Uint8Array; hit: boolean }> {
  const found = await readCached(dir, key, ext);
  if (found) return { data: found, hit: true };
  const data = await make();
  await writeCached(dir, key, ext, data);
  return { data, hit: false };
}
