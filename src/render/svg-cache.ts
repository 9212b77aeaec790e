import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MERMAID_CONFIG, MERMAID_VERSION } from './mermaid-config.ts';

/**
 * The post-processing code is part of the key, so editing it re-renders everything. Read from
 * the source file, not Function#toString(): the build bundles this module, which changes the
 * function's text but must not change the key.
 */
const POSTPROCESS_SOURCE = readFileSync(join(process.cwd(), 'src', 'render', 'render-in-page.ts'), 'utf8');

/** Outside dist/ and the repo's tracked files; `rm -rf node_modules/.cache` empties it. */
export const DEFAULT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'field-guide-diagrams');

/** Cache key: the Mermaid text, the config, the Mermaid version and our post-processing. */
export function svgCacheKey(request: { mermaid: string; prefix: string; title?: string; description?: string; labels?: 'html' | 'svg' }): string {
  return createHash('sha256')
    .update(JSON.stringify([request.mermaid, request.prefix, request.title ?? null, request.description ?? null, request.labels ?? 'html', MERMAID_CONFIG, MERMAID_VERSION, POSTPROCESS_SOURCE]))
    .digest('hex')
    .slice(0, 32);
}

export async function readCachedSvg(dir: string, key: string): Promise<string | undefined> {
  try {
    return await readFile(join(dir, `${key}.svg`), 'utf8');
  } catch {
    return undefined;
  }
}

export async function writeCachedSvg(dir: string, key: string, svg: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Write then rename, so a build killed half-way never leaves a truncated SVG to be reused.
  const tmp = join(dir, `${key}.${process.pid}.tmp`);
  await writeFile(tmp, svg);
  await rename(tmp, join(dir, `${key}.svg`));
}
