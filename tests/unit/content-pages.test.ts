import { STAGE_DETAILS_PARTS } from '../../src/components/stage-details-sections.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GLOSSARY_TERM_IDS } from '../../src/model/guide.ts';
import { model, PIPELINE_TYPE_IDS, STAGE_IDS } from '../../src/model/index.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const pages = (readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ path: relative(CONTENT, join(CONTENT, f)), text: readFileSync(join(CONTENT, f), 'utf8') }));
const frontmatter = (text: string, key: string) => text.match(new RegExp(`^${key}: "?(.+?)"?$`, 'm'))?.[1];
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`content/${path} is missing`);
  return found;
};

describe('content pages', () => {
  test('every page has a title and a description', () => {
    expect(pages.length).toBeGreaterThan(15);
    for (const p of pages) {
      expect(frontmatter(p.text, 'title'), p.path).toBeTruthy();
      expect(frontmatter(p.text, 'description')?.length ?? 0, p.path).toBeGreaterThan(40);
    }
  });

  test.each(STAGE_IDS)('has a page for stage %s, titled with its model name, rendering every part of its details once', (id) => {
    const p = page(`pipeline/${id}.mdx`);
    expect(frontmatter(p.text, 'title')).toBe(model.stages[id].name);
    // Three groups, in reading order (the built check tests/built/stage-order.test.ts holds the whole order).
    const parts = [...p.text.matchAll(new RegExp(`<StageDetails stage="${id}" parts="([a-z ]+)" />`, 'g'))].flatMap((m) => m[1].split(' '));
    expect(parts).toEqual(['purpose', 'io', 'tools', 'types', 'checks', 'failures', 'contract']);
    expect([...parts].sort()).toEqual([...STAGE_DETAILS_PARTS].sort());
  });

  test.each(PIPELINE_TYPE_IDS)('has a page for pipeline type %s, titled with its model name, with a Python example', (id) => {
    const p = page(`pipeline-types/${id}.mdx`);
    expect(frontmatter(p.text, 'title')).toBe(model.pipelineTypes[id].name);
    expect(p.text).toContain(`<PipelineTypeDetails type="${id}" />`);
    expect(p.text).toContain(`<Example file="pipeline-types/${id.replaceAll('-', '_')}.py" />`);
  });

  test('links every glossary term from some page', () => {
    const used = new Set(pages.flatMap((p) => [...p.text.matchAll(/<Term id="([^"]+)">/g)].map((m) => m[1])));
    expect(GLOSSARY_TERM_IDS.filter((id) => !used.has(id))).toEqual([]);
  });

  test('has no Python code typed into a page: examples live in examples/, where they are compiled and run', () => {
    for (const p of pages) expect(p.text, p.path).not.toMatch(/^```python$/m);
  });
});
