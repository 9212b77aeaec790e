import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readSectionPages, type ContentPage } from '../../src/navigation/content-pages.ts';
import { printSheetsSidebar } from '../../src/navigation/print-sidebar.ts';
import { modelSectionSidebar, SIDEBAR_SECTION_PAGE_LIMIT, sectionItems, sectionSidebar } from '../../src/navigation/section-sidebar.ts';
import { SHEET_IDS } from '../../src/model/data/print-sheets.ts';
import { compactSidebar, hasClosedGroup } from '../../src/navigation/compact-sidebar.ts';

const page = (slug: string, order?: number, hidden = false): ContentPage => ({ file: `content/${slug || 'index'}.mdx`, slug, order, hidden });

/** A throwaway content/ folder holding the given files. */
function contentFolder(files: Record<string, string>): URL {
  const root = mkdtempSync(join(tmpdir(), 'sidebar-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'content', path, '..'), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return pathToFileURL(join(root, 'content') + '/');
}

describe('readSectionPages', () => {
  test('reads each page of a folder with its slug and sidebar frontmatter, skipping files the collection skips', () => {
    const dir = contentFolder({
      'practices/index.mdx': '---\ntitle: Practices\n---\n',
      'practices/notebooks.mdx': '---\ntitle: Notebooks\nsidebar:\n  order: 2\n---\n',
      'practices/draft.md': '---\ntitle: Draft\nsidebar:\n  hidden: true\n---\n',
      'practices/_partial.mdx': 'not a page',
      'practices/notes.txt': 'not a page',
      'reference/glossary.mdx': '---\ntitle: Glossary\n---\n',
    });
    expect(readSectionPages(dir, 'practices')).toEqual([
      { file: 'content/practices/draft.md', slug: 'practices/draft', order: undefined, hidden: true },
      { file: 'content/practices/index.mdx', slug: 'practices', order: undefined, hidden: false },
      { file: 'content/practices/notebooks.mdx', slug: 'practices/notebooks', order: 2, hidden: false },
    ]);
  });

  test('gives no pages for a folder that does not exist', () => {
    expect(readSectionPages(contentFolder({}), 'practices')).toEqual([]);
  });

  test('fails naming both files when two pages of a section share a sidebar.order', () => {
    const dir = contentFolder({
      'practices/notebooks.mdx': '---\ntitle: Notebooks\nsidebar:\n  order: 2\n---\n',
      'practices/reproducibility.mdx': '---\ntitle: Reproducibility\nsidebar:\n  order: 2\n---\n',
    });
    expect(() => readSectionPages(dir, 'practices')).toThrow('content/practices/reproducibility.mdx: frontmatter field "sidebar.order" is 2, the same as content/practices/notebooks.mdx');
  });

  test('fails naming the file and the field when sidebar.order is not a number', () => {
    const dir = contentFolder({ 'practices/notebooks.mdx': '---\ntitle: Notebooks\nsidebar:\n  order: first\n---\n' });
    expect(() => readSectionPages(dir, 'practices')).toThrow('content/practices/notebooks.mdx: frontmatter field "sidebar.order" must be a number, got "first"');
  });
});

describe('sectionSidebar', () => {
  test('lists the index first, then by sidebar.order, then pages without one by path, leaving hidden pages out', () => {
    const group = sectionSidebar('Practices', 'practices', [
      page('practices/zebra'),
      page('practices/b', 2),
      page('practices/hidden', 0, true),
      page('practices/a', 1),
      page('practices', 9),
      page('practices/apple'),
    ]);
    expect(group).toEqual({
      label: 'Practices',
      items: [{ slug: 'practices' }, { slug: 'practices/a' }, { slug: 'practices/b' }, { slug: 'practices/apple' }, { slug: 'practices/zebra' }],
    });
  });

  test('is a single link, with the section label, when the folder holds only its index', () => {
    expect(sectionSidebar('Tools', 'tools', [page('tools')])).toEqual({ slug: 'tools', label: 'Tools' });
  });

  test('fails the build for a folder with no page to list, naming the folder and the group', () => {
    expect(() => sectionSidebar('Practices', 'practices', [])).toThrow(/content\/practices\/ has no pages to list, so the sidebar group "Practices" would be empty/);
    expect(() => sectionItems('explore', [page('explore', undefined, true)])).toThrow(/content\/explore\/ has no pages to list/);
  });

  test(`fails the build for a folder listing more than ${SIDEBAR_SECTION_PAGE_LIMIT} pages, and counts only the listed ones`, () => {
    const pages = (n: number, hidden = false) => Array.from({ length: n }, (_, i) => page(`practices/p${i}`, undefined, hidden));
    const atLimit = [page('practices'), ...pages(SIDEBAR_SECTION_PAGE_LIMIT - 1)];
    expect(sectionItems('practices', [...atLimit, ...pages(500, true).map((p) => ({ ...p, slug: `${p.slug}-hidden` }))])).toHaveLength(SIDEBAR_SECTION_PAGE_LIMIT);
    const over = [...atLimit, page('practices/one-more')];
    expect(() => sectionSidebar('Practices', 'practices', over)).toThrow(
      `content/practices/ lists ${SIDEBAR_SECTION_PAGE_LIMIT + 1} pages in the sidebar group "Practices", more than ${SIDEBAR_SECTION_PAGE_LIMIT}`,
    );
    expect(() => modelSectionSidebar('The pipeline', 'practices', over, [], 'stage')).toThrow(/Move some into a new section: a folder of content\/ with its own line in the sidebar of astro.config.mjs/);
  });
});

describe('modelSectionSidebar', () => {
  const stages = [
    { id: 'second', name: 'Second stage' },
    { id: 'first', name: 'First stage' },
  ];

  test("puts the overview first, then one page per entity in the model's order with the model's name, then the folder's other pages", () => {
    const group = modelSectionSidebar('The pipeline', 'pipeline', [page('pipeline/first'), page('pipeline/extra'), page('pipeline/second'), page('pipeline', 0)], stages, 'stage');
    expect(group).toEqual({
      label: 'The pipeline',
      items: [
        { slug: 'pipeline' },
        { slug: 'pipeline/second', label: 'Second stage' },
        { slug: 'pipeline/first', label: 'First stage' },
        { slug: 'pipeline/extra' },
      ],
    });
  });

  test('fails the build naming the entity and the file to create when an entity has no page', () => {
    expect(() => modelSectionSidebar('The pipeline', 'pipeline', [page('pipeline'), page('pipeline/first')], stages, 'stage')).toThrow(
      'src/model: stage "second" (Second stage) has no page in the sidebar group "The pipeline": create content/pipeline/second.mdx',
    );
  });
});

describe('printSheetsSidebar', () => {
  test('links the list of sheets, then every sheet in its order', () => {
    expect(printSheetsSidebar().items.map((i) => ('link' in i ? i.link : ''))).toEqual(['/reference/print/', ...SHEET_IDS.map((id) => `/reference/print/${id}/`)]);
  });
});

describe('compactSidebar', () => {
  const link = (label: string, href: string, isCurrent = false) => ({ type: 'link' as const, label, href, isCurrent, badge: undefined, attrs: {} });
  type Entry = Parameters<typeof compactSidebar>[0][number];
  const group = (label: string, entries: Entry[], collapsed = false): Entry => ({ type: 'group', label, entries, collapsed, badge: undefined });
  const tools = group('Tools', [link('Which tool', '/tools/'), group('Orchestrators', [link('Airflow', '/tools/airflow/'), link('Dagster', '/tools/dagster/')], true)]);
  const pipeline = (current: boolean) => group('The pipeline', [link('Overview', '/pipeline/'), link('Data collection', '/pipeline/data-collection/', current)]);

  test("keeps the reader's section whole and turns every other section with an overview into one link to it", () => {
    const compacted = compactSidebar([link('Start here', '/'), pipeline(true), tools]);
    expect(compacted).toEqual([link('Start here', '/'), pipeline(true), link('Tools', '/tools/')]);
  });

  test('has closed groups to remember only where the reader is in a section with collapsed groups', () => {
    expect(hasClosedGroup(compactSidebar([pipeline(true), tools]))).toBe(false);
    const inTools = group('Tools', [link('Which tool', '/tools/', true), group('Orchestrators', [link('Airflow', '/tools/airflow/'), link('Dagster', '/tools/dagster/')], true)]);
    expect(hasClosedGroup(compactSidebar([pipeline(false), inTools]))).toBe(true);
  });

  test('keeps whole a group whose first page does not hold the others, and compacts the groups inside it', () => {
    const print = group('Print sheets', [link('All sheets', '/reference/print/'), link('Stages', '/reference/print/stages/')], true);
    const reference = group('Reference', [link('Glossary', '/reference/glossary/'), link('Diagrams', '/diagrams/'), print]);
    expect(compactSidebar([pipeline(true), reference])).toEqual([pipeline(true), group('Reference', [link('Glossary', '/reference/glossary/'), link('Diagrams', '/diagrams/'), link('Print sheets', '/reference/print/')])]);
  });
});
