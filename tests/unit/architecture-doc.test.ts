import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const DOC = 'docs/architecture.md';
/** Where a repository path starts: a top-level folder or file of this project. */
const TOP_LEVEL = /^(?:src|tests|content|examples|public|docs|\.ci)\/|^(?:astro\.config\.mjs|ec\.config\.mjs|package\.json|tsconfig\.json|README\.md|playwright\.config\.ts|vitest(?:\.built)?\.config\.ts)$/;
/** Never in a fresh clone: built, installed or cached. */
const GENERATED = /^(?:node_modules|dist|\.venv|bench-results)\//;

/** Every path the doc names: in backticks, and in the first column of its folder layout. */
function pathsNamedIn(markdown: string): string[] {
  const inBackticks = [...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
  const layout = /## Folder layout\n+```\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
  const inLayout = layout.split('\n').map((line) => /^(\S+)/.exec(line)?.[1] ?? '');
  return [...new Set([...inBackticks, ...inLayout])]
    .map((p) => p.replace(/[.,:;)]+$/, ''))
    .filter((p) => TOP_LEVEL.test(p) && !GENERATED.test(p));
}

/** Every file and folder of the repository, as `a/b/c` (folders end with `/`). */
function repoEntries(dir = '.', prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (['node_modules', 'dist', '.git', '.venv', '.astro'].includes(e.name)) return [];
    const path = `${prefix}${e.name}`;
    return e.isDirectory() ? [`${path}/`, ...repoEntries(join(dir, e.name), `${path}/`)] : [path];
  });
}

/** A named path as a pattern: `<stage>` and `*` stand for any part of a name. */
function pathPattern(named: string): RegExp {
  const source = named
    .split(/(<[^>]+>|\*)/)
    .map((part) => (part === '*' || /^<[^>]+>$/.test(part) ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}${named.endsWith('/') ? '' : '/?'}$`);
}

function missingPaths(named: readonly string[], entries: readonly string[]): string[] {
  return named.filter((p) => (/[<*]/.test(p) ? !entries.some((e) => pathPattern(p).test(e)) : !existsSync(p)));
}

describe('docs/architecture.md', () => {
  const doc = readFileSync(DOC, 'utf8');
  const named = pathsNamedIn(doc);

  test('names only paths that exist in the repository', () => {
    expect(named.length).toBeGreaterThan(50);
    expect(missingPaths(named, repoEntries())).toEqual([]);
  });

  test('keeps the table of where one stage lives', () => {
    expect(doc).toMatch(/### Where one stage lives\n[\s\S]*\| its id \(also its URL segment and anchor\) \|/);
  });

  test('a path that does not exist is named, placeholders included', () => {
    const entries = ['src/model/data/stages.ts', 'content/pipeline/data-validation.mdx', 'src/'];
    expect(missingPaths(['src/model/data/stages.ts', 'src/model/no-such.ts'], entries)).toEqual(['src/model/no-such.ts']);
    expect(missingPaths(['content/pipeline/<stage>.mdx', 'content/tools/<tool>.mdx'], entries)).toEqual(['content/tools/<tool>.mdx']);
    expect(pathsNamedIn('see `src/a.ts`, `/pipeline/` and `node_modules/.cache/x/`\n## Folder layout\n\n```\nsrc/b/   what\n```\n')).toEqual(['src/a.ts', 'src/b/']);
  });
});
