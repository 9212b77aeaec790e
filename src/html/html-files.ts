import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under a folder (a built site), as full paths, sorted: the one listing of dist/ the build, the bench and the tests share. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every `.html` file under a folder (a built site), as full paths, sorted. */
export async function htmlFilesUnder(dir: string): Promise<string[]> {
  return (await filesUnder(dir)).filter((file) => file.endsWith('.html'));
}

/** How many pages the build steps hold at once. */
export const PAGES_AT_ONCE = 16;

/**
 * Runs `work` on every item, at most `limit` at a time. The build steps that rewrite or read
 * every page use it: started all at once, they would hold every page in memory together, which
 * grows with the site (gigabytes of HTML at the scale run's 100×).
 */
export async function forEachAtMost<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
