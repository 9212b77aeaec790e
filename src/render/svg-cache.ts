import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, contentKey, readCached, writeCached } from './content-cache.ts';
import { MERMAID_CONFIG, MERMAID_VERSION } from './mermaid-config.ts';

/**
 * The post-processing code is part of the key, so editing it re-renders everything. Read from
 * the source file, not Function#toString(): the build bundles this module, which changes the
 * function's text but must not change the key.
 */
const POSTPROCESS_SOURCE = readFileSync(join(process.cwd(), 'src', 'render', 'render-in-page.ts'), 'utf8');

/** Where rendered diagrams are kept (src/render/content-cache.ts). */
export const DEFAULT_CACHE_DIR = cacheDir('diagrams');

/** Cache key: the Mermaid text, the config, the Mermaid version and our post-processing. */
export function svgCacheKey(request: { mermaid: string; prefix: string; title?: string; description?: string; labels?: 'html' | 'svg' }): string {
  return contentKey(JSON.stringify([request.mermaid, request.prefix, request.title ?? null, request.description ?? null, request.labels ?? 'html', MERMAID_CONFIG, MERMAID_VERSION, POSTPROCESS_SOURCE]));
}

export async function readCachedSvg(dir: string, key: string): Promise<string | undefined> {
  return (await readCached(dir, key, 'svg'))?.toString('utf8');
}

export async function writeCachedSvg(dir: string, key: string, svg: string): Promise<void> {
  await writeCached(dir, key, 'svg', svg);
}
