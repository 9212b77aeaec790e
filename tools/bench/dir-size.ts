import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Total bytes of every file under `dir`. */
export async function dirSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const sizes = await Promise.all(entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(e.parentPath, e.name))).size));
  return sizes.reduce((a, b) => a + b, 0);
}

/** The HTML pages under `dist`: how many, all their bytes, and the largest with its gzip size. */
export async function htmlPageSizes(dist: string): Promise<{ path: string; bytes: number; gzipBytes: number; pages: number; totalBytes: number }> {
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  const html = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
  let largest = { path: '', bytes: 0, gzipBytes: 0 };
  let totalBytes = 0;
  for (const file of html) {
    const body = await readFile(file);
    totalBytes += body.length;
    if (body.length > largest.bytes) largest = { path: file.slice(dist.length), bytes: body.length, gzipBytes: gzipSync(body, { level: 6 }).length };
  }
  return { ...largest, pages: html.length, totalBytes };
}
