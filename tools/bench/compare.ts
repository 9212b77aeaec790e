import { readFile } from 'node:fs/promises';

interface Comparable {
  warmBuildMs?: number;
  pages?: { path: string; weight?: { gzipBytes?: { total?: number } } }[];
}

function isComparable(value: unknown): value is Comparable {
  return typeof value === 'object' && value !== null;
}

/** Lines comparing this run with the report at `previousFile`, or nothing when there is none. */
export async function compareWithPrevious(previousFile: string, current: Comparable): Promise<string[]> {
  let previous: unknown;
  try {
    previous = JSON.parse(await readFile(previousFile, 'utf8'));
  } catch {
    return [];
  }
  if (!isComparable(previous)) return [];
  const lines: string[] = [];
  const delta = (now: number, before: number, unit: string) => `${now - before >= 0 ? '+' : ''}${(now - before).toFixed(1)} ${unit}`;
  if (previous.warmBuildMs !== undefined && current.warmBuildMs !== undefined) {
    lines.push(`warm build: ${delta(current.warmBuildMs / 1000, previous.warmBuildMs / 1000, 's')}`);
  }
  for (const page of current.pages ?? []) {
    const before = previous.pages?.find((p) => p.path === page.path)?.weight?.gzipBytes?.total;
    const now = page.weight?.gzipBytes?.total;
    if (before !== undefined && now !== undefined) lines.push(`${page.path}: ${delta(now / 1024, before / 1024, 'KB gzip')}`);
  }
  return lines;
}
