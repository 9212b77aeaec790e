import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every `.html` file under a folder (a built site), as full paths. */
export async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
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
