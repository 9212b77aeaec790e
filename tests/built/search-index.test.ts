import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, test } from 'vitest';
import { VOCABULARY_PAGE_PATHS } from '../../src/model/data/vocabulary.ts';

/** What Pagefind indexed of each page: its URL and its text as search sees it (and excerpts show it). */
async function indexedPages(): Promise<Map<string, string>> {
  const dir = 'dist/pagefind/fragment/';
  if (!existsSync(dir)) throw new Error('No dist/pagefind/: run `npm run build` before these checks.');
  const pages = new Map<string, string>();
  for (const file of await readdir(dir)) {
    // A fragment is gzipped: a short signature, then the page's JSON record.
    const raw = gunzipSync(await readFile(dir + file)).toString('utf8');
    const record: unknown = JSON.parse(raw.slice(raw.indexOf('{')));
    if (typeof record !== 'object' || record === null || !('url' in record) || !('content' in record)) throw new Error(`${dir}${file}: not a page record`);
    pages.set(String(record.url), String(record.content));
  }
  return pages;
}

const { findAll, textContent } = DomUtils;

/** A header cell of the table's head row (`thead > tr > th`), not a row header in the body. */
type Element = Parameters<Parameters<typeof findAll>[0]>[0];
const isInThead = (cell: Element) => {
  const section = cell.parent?.parent;
  return section !== null && section !== undefined && 'name' in section && section.name === 'thead';
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the search index', () => {
  let pages: Map<string, string>;
  beforeAll(async () => {
    pages = await indexedPages();
  });

  test('holds the guide’s pages but not the print sheets, which repeat them', () => {
    expect(pages.has('/pipeline/')).toBe(true);
    expect(pages.has('/reference/print/')).toBe(true);
    expect([...pages.keys()].filter((url) => url.startsWith('/reference/print/') && url !== '/reference/print/')).toEqual([]);
  });

  test('holds only the introduction of the explorer and the chooser, not the stage and tool facts they repeat', () => {
    for (const url of ['/explore/', '/choose/']) {
      const text = pages.get(url) ?? '';
      expect(text, url).toMatch(/\w/);
      // Every tool's role is on the explorer (stage details) and the chooser (recommendations).
      expect(text, url).not.toContain('Schedules and monitors DAGs of Python-defined tasks');
    }
  });

  test('has no matrix marks, which read as "●yes. no. no." in excerpts', () => {
    expect([...pages].filter(([, text]) => text.includes('●')).map(([url]) => url)).toEqual([]);
  });

  test('keeps a table’s caption and header cells apart, as words, not run together', async () => {
    const runTogether: string[] = [];
    for (const [url, text] of pages) {
      const doc = parseDocument(await readFile(`dist${url}index.html`, 'utf8'));
      for (const table of findAll((e) => e.name === 'table', doc.children)) {
        const heads = findAll((e) => e.name === 'caption' || (e.name === 'th' && isInThead(e)), [table])
          .map((e) => oneLine(textContent(e)));
        // Neighbours only: an empty corner cell keeps the caption away from the first column's header.
        for (const [i, head] of heads.entries()) {
          const next = heads[i + 1];
          if (head !== '' && next && text.includes(head + next)) runTogether.push(`${url}: "${head}${next}"`);
        }
      }
    }
    expect(runTogether).toEqual([]);
  });

  test('keeps a definition list’s terms and definitions, and list items, apart as words', async () => {
    const runTogether: string[] = [];
    for (const [url, text] of pages) {
      const doc = parseDocument(await readFile(`dist${url}index.html`, 'utf8'));
      // The page's content; the sidebar and the page's contents list are not indexed.
      const main = findAll((e) => e.name === 'main', doc.children);
      for (const list of findAll((e) => e.name === 'dl' || e.name === 'ul' || e.name === 'ol', main)) {
        const items = list.children.filter((c): c is Element => 'name' in c && ['dt', 'dd', 'li'].includes(c.name)).map((e) => oneLine(textContent(e)));
        for (const [i, item] of items.entries()) {
          const next = items[i + 1];
          // Ends in a letter and the next starts with one: glued, they make one word.
          if (next && /\p{L}$/u.test(item) && /^\p{L}/u.test(next) && text.includes(item + next)) runTogether.push(`${url}: "${item.slice(-20)}${next.slice(0, 20)}"`);
        }
      }
    }
    expect(runTogether).toEqual([]);
  });

  test('has no word glued to the next across elements (a table row’s note, a card’s count and blurb), which read as "driftEach" in excerpts', async () => {
    const glued: string[] = [];
    const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
    for (const [url, text] of pages) {
      const doc = parseDocument(await readFile(`dist${url}index.html`, 'utf8'));
      // Words as the HTML writes them: within one text node, or within code, whose highlighted tokens touch.
      const written = new Set<string>();
      for (const node of findAll(() => true, doc.children)) {
        for (const child of node.children) if (child.type === 'text') for (const w of wordsOf(child.data)) written.add(w);
        if (node.name === 'pre' || node.name === 'code') for (const w of wordsOf(textContent(node))) written.add(w);
      }
      for (const w of doc.children) if (w.type === 'text') for (const word of wordsOf(w.data)) written.add(word);
      for (const word of new Set(wordsOf(text))) {
        if (!written.has(word)) glued.push(`${url}: "${word}"`);
      }
    }
    expect(glued).toEqual([]);
  });

  test('leaves out diagram captions and their download links, which read as "Download SVGDark SVGPNG…" in excerpts', () => {
    expect([...pages].filter(([, text]) => /Download SVG|Mermaid source/.test(text)).map(([url]) => url).filter((url) => url !== '/diagrams/')).toEqual([]);
  });

  test('holds each page’s words from the vocabulary (src/model/data/vocabulary.ts), whose pages all exist', () => {
    expect(VOCABULARY_PAGE_PATHS.filter((path) => !pages.has(path))).toEqual([]);
    expect(pages.get('/tools/kubeflow-pipelines/')).toContain('KFP');
    expect(pages.get('/tools/feast/')).toContain('feature store');
    // A synonym (label shift's), and covariate shift, once a synonym of data drift and now a term of its own.
    expect(pages.get('/reference/glossary/')).toContain('prior probability shift');
    expect(pages.get('/reference/glossary/')).toContain('Covariate shift');
  });
});
