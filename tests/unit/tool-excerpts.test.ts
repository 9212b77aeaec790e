import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXAMPLES } from '../../src/examples/catalog.ts';
import { excerptFromSource, TOOL_EXCERPTS, toolExcerpt, type TestedExampleFile, type ToolExcerpt } from '../../src/examples/tool-excerpts.ts';
import { TOOL_IDS, type ToolId } from '../../src/model/index.ts';

const entries = TOOL_IDS.flatMap((id): [ToolId, ToolExcerpt][] => {
  const excerpt = toolExcerpt(id);
  return excerpt === undefined ? [] : [[id, excerpt]];
});

describe('tool excerpts', () => {
  test('there are excerpts, and each belongs to a tool of the model', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBe(Object.keys(TOOL_EXCERPTS).length);
  });

  test.each(entries)('%s: the excerpt’s lines stand in its example file, a few of them, from marker to marker', (tool, excerpt) => {
    const source = readFileSync(`examples/${excerpt.file}`, 'utf8');
    const { first, last, code } = excerptFromSource(tool, excerpt, source);
    const fileLines = source.split('\n');
    expect(fileLines[first - 1].trim()).toBe(excerpt.from.trim());
    expect(fileLines[last - 1].trim()).toBe(excerpt.to.trim());
    expect(last - first + 1).toBeGreaterThanOrEqual(3);
    expect(last - first + 1).toBeLessThanOrEqual(15);
    // Every excerpt line is a line of the file (dedented), in order.
    for (const [i, line] of code.split('\n').entries()) expect(fileLines[first - 1 + i].endsWith(line)).toBe(true);
  });

  test.each(entries)('%s: the example is one the tests run, or run with a stand-in for the library', (_tool, excerpt) => {
    const check = EXAMPLES[excerpt.file];
    expect(check.check === 'runs' || check.standIn).toBe(true);
  });

  test.each(entries)('%s: the linked page shows the whole example', (_tool, excerpt) => {
    const mdx = `content${excerpt.page.slice(0, -1)}.mdx`;
    expect(existsSync(mdx), mdx).toBe(true);
    expect(readFileSync(mdx, 'utf8')).toContain(`<Example file="${excerpt.file}"`);
  });

  test('a marker the file no longer has, or has twice, fails naming file › tool › field', () => {
    const excerpt: ToolExcerpt = { file: 'pipeline/data_validation.py', from: 'a = 1', to: 'c = 3', page: '/pipeline/data-validation/', shows: 'x' };
    expect(() => excerptFromSource('pandera', excerpt, 'b = 2\nc = 3\n')).toThrow('src/examples/tool-excerpts.ts › pandera › from: no line of examples/pipeline/data_validation.py reads "a = 1"');
    expect(() => excerptFromSource('pandera', excerpt, 'a = 1\nc = 3\na = 1\n')).toThrow('› pandera › from: 2 line');
    expect(() => excerptFromSource('pandera', excerpt, 'a = 1\nb = 2\n')).toThrow('src/examples/tool-excerpts.ts › pandera › to: no line of examples/pipeline/data_validation.py after line 1 reads "c = 3"');
    expect(excerptFromSource('pandera', excerpt, 'x = 0\n    a = 1\n        b = 2\n    c = 3\n')).toEqual({ first: 2, last: 4, code: 'a = 1\n    b = 2\nc = 3' });
  });

  // The type admits only files that CI runs or stand-in-runs; today that is every example, so an
  // excerpt may come from any of them, and a new compiled-only example would leave the type.
  test('every example an excerpt may come from is one CI runs or stand-in-runs', () => {
    const files = Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[];
    const tested: TestedExampleFile[] = files.filter((f): f is TestedExampleFile => EXAMPLES[f].check === 'runs' || ('standIn' in EXAMPLES[f] && EXAMPLES[f].standIn === true));
    expect(tested).toEqual(files);
  });
});
