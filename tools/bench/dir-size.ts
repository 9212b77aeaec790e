import { readFile, stat } from 'node:fs/promises';
import { filesUnder, htmlFilesUnder } from '../../src/html/html-files.ts';
import { gzipSync } from 'node:zlib';

/** Total bytes of every file under `dir`. */
export async function dirSize(dir: string): Promise<number> {
  const sizes = await Promise.all((await filesUnder(dir)).map(async (file) => (await stat(file)).size));
  return sizes.reduce((a, b) => a + b, 0);
}

/** The HTML pages under `dist`: how many, all their bytes, and the largest with its gzip size. */
export async function htmlPageSizes(dist: string): Promise<{ path: string; bytes: number; gzipBytes: number; pages: number; totalBytes: number }> {
  const html = await htmlFilesUnder(dist);
  let largest = { path: '', bytes: 0, gzipBytes: 0 };
  let totalBytes = 0;
  for (const file of html) {
    const body = await readFile(file);
    totalBytes += body.length;
    if (body.length > largest.bytes) largest = { path: file.slice(dist.length), bytes: body.length, gzipBytes: gzipSync(body, { level: 6 }).length };
  }
  return { ...largest, pages: html.length, totalBytes };
}
