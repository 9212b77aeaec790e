import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { model, PATTERN_IDS } from '../../src/model/index.ts';
import { PATTERN_PAGE_SECTIONS } from '../fixtures/pattern-page.ts';

const DIR = resolve(import.meta.dirname, '../../content/patterns');

interface Page {
  file: string;
  frontmatter: Map<string, string>;
  /** Section heading → its body, in page order. */
  sections: [string, string][];
}

function readPage(file: string): Page {
  const text = readFileSync(join(DIR, file), 'utf8');
  const [, head = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const frontmatter = new Map(
    head.split('\n').flatMap((line) => {
      const match = /^(\w+):\s*(.*)$/.exec(line);
      return match ? [[match[1], match[2].trim()] as [string, string]] : [];
    }),
  );
  // Split on level-2 headings outside code fences (Python comments also start with #).
  const sections: [string, string][] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = !inFence && /^## (.+)$/.exec(line);
    if (heading) sections.push([heading[1], '']);
    else if (sections.length > 0) sections[sections.length - 1][1] += `${line}\n`;
  }
  return { file, frontmatter, sections };
}

/** The catalogue and its relation maps: pages of the section that describe no single pattern. */
const NOT_PATTERN_PAGES = ['index.mdx', 'maps.mdx'];

const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx') && !NOT_PATTERN_PAGES.includes(f))
  .map(readPage);

describe('pattern pages', () => {
  test('exist for every pattern id in the model, and for nothing else', () => {
    expect(pages.map((p) => p.file).sort()).toEqual(PATTERN_IDS.map((id) => `${id}.mdx`).sort());
    for (const page of pages) expect(page.frontmatter.get('pattern'), page.file).toBe(page.file.replace(/\.mdx$/, ''));
  });

  test('are titled with the model’s name for the pattern and have a description', () => {
    for (const page of pages) {
      const id = PATTERN_IDS.find((p) => `${p}.mdx` === page.file);
      expect(id, page.file).toBeDefined();
      if (id) expect(page.frontmatter.get('title'), page.file).toBe(model.patterns[id].name);
      expect(page.frontmatter.get('description')?.length ?? 0, page.file).toBeGreaterThan(60);
    }
  });

  test('have every section, in the fixed order, with prose in each written section', () => {
    const fromModel = new Set(['At a glance', 'Where it sits', 'Tools that implement it', 'Related patterns']);
    for (const page of pages) {
      expect(page.sections.map(([h]) => h), page.file).toEqual(PATTERN_PAGE_SECTIONS);
      for (const [heading, body] of page.sections.filter(([h]) => !fromModel.has(h))) {
        expect(body.replace(/\s+/g, ' ').trim().length, `${page.file} › ${heading}`).toBeGreaterThan(80);
      }
    }
  });

  test('take placement and relations from the model, never from prose', () => {
    for (const page of pages) {
      const bodies = new Map(page.sections);
      expect(bodies.get('Where it sits')?.trim(), page.file).toBe('<PatternPlacement />');
      expect(bodies.get('Tools that implement it')?.trim(), page.file).toBe('<PatternTools />');
      expect(bodies.get('Related patterns')?.trim(), page.file).toBe('<RelatedPatterns />');
      expect(bodies.get('At a glance')?.trim(), page.file).toBe('<PatternAtAGlance />');
    }
  });

  test('draw the pattern from the model first thing under "How it works"', () => {
    for (const page of pages) {
      expect(new Map(page.sections).get('How it works')?.trimStart(), page.file).toMatch(/^<PatternDiagram \/>\n/);
    }
  });

  test('show their own Python example from examples/patterns/', () => {
    for (const page of pages) {
      const file = `patterns/${page.file.replace('.mdx', '').replaceAll('-', '_')}.py`;
      expect(new Map(page.sections).get('Example'), page.file).toContain(`<Example file="${file}" />`);
    }
  });
});
