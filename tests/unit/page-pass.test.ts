import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runPagePass, type PageIo } from '../../src/build/page-pass.ts';
import { htmlWithPrintSheetFolded } from '../../src/build/print-sheet.ts';
import { htmlWithMinifiedInlineScripts } from '../../src/build/inline-scripts.ts';
import { pageToHtml } from '../../src/html/page-document.ts';
import { htmlWithCodeBlockScriptOnIntent } from '../../src/build/code-block-script.ts';
import { applyTransforms, PAGE_TRANSFORMS, POLICY_TRANSFORMS, type PageContext } from '../../src/build/page-transforms.ts';
import { htmlWithBase } from '../../src/links/base-path-html.ts';
import { entityNames, htmlWithFirstMentionsLinked } from '../../src/links/first-mentions.ts';
import { model } from '../../src/model/index.ts';
import { htmlWithSeparatedTableHeads } from '../../src/search/table-cell-spacing.ts';
import { htmlWithOneHeadStyle } from '../../src/security/one-head-style.ts';
import { htmlWithCompletePolicy } from '../../src/security/page-policy.ts';
import { htmlWithStyleClasses } from '../../src/security/style-attributes-to-classes.ts';

const NAMES = entityNames(model);
const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self';">`;
const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8">${POLICY}<title>t</title></head><body><main class="sl-markdown-content"><table><tr><th>Stage</th></tr></table><p>${body}</p><span style="--depth: 1">x</span></main></body></html>`;

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small built site: three pages and an Astro redirect page the build replaces. */
function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'page-pass-'));
  folders.push(root);
  const files: Record<string, string> = {
    'index.html': page('Start with data validation.'),
    'pipeline/index.html': page('Data validation comes second.'),
    'tools/mlflow/index.html': page('MLflow tracks runs.'),
    'stages/index.html': '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/pipeline/">',
  };
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), html);
  }
  return root;
}

/** node:fs-like reads and writes in memory over the real files, counted per file. */
function countingIo(): { io: PageIo; reads: Map<string, number>; writes: Map<string, string[]> } {
  const reads = new Map<string, number>();
  const writes = new Map<string, string[]>();
  const io: PageIo = {
    readFile: async (file) => {
      reads.set(file, (reads.get(file) ?? 0) + 1);
      const { readFileSync } = await import('node:fs');
      return readFileSync(file, 'utf8');
    },
    writeFile: async (file, text) => {
      writes.set(file, [...(writes.get(file) ?? []), text]);
    },
  };
  return { io, reads, writes };
}

describe('the pass over the built pages', () => {
  test('reads each page once and writes it once; a page the build writes itself is written once and never read', async () => {
    const root = site();
    const { io, reads, writes } = countingIo();
    const report = await runPagePass(root, {
      base: '/',
      names: NAMES,
      written: [{ file: 'stages/index.html', html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><noscript><meta http-equiv="refresh" content="0; url=/pipeline/"></noscript></head><body></body></html>' }],
      io,
    });
    const pages = ['index.html', 'pipeline/index.html', 'tools/mlflow/index.html'].map((f) => join(root, f));
    expect(Object.fromEntries(reads)).toEqual(Object.fromEntries(pages.map((p) => [p, 1])));
    expect([...writes].map(([file, texts]) => [file, texts.length]).sort()).toEqual([...pages, join(root, 'stages/index.html')].map((f) => [f, 1]).sort());
    expect(report).toEqual({ pages: 3, written: 1, reads: 3, parses: 4, writes: 4 });
  });

  test('parses each page once: every step and every reader works on the one parsed page', async () => {
    const root = site();
    // A whole-page parse ends the parser once, whoever runs it (htmlparser2's Parser, parseDocument, …).
    const parses = vi.spyOn(Parser.prototype, 'end');
    const perPage = new Map<string, { reads: number; parses: number; writes: number }>();
    let parsesSoFar = 0;
    const { io } = countingIo();
    const counting: PageIo = {
      readFile: async (file) => {
        perPage.set(file, { reads: (perPage.get(file)?.reads ?? 0) + 1, parses: 0, writes: 0 });
        return io.readFile(file);
      },
      // A page's parse, steps, readers and write run together, with no other page in between.
      writeFile: async (file, text) => {
        const counts = perPage.get(file) ?? { reads: 0, parses: 0, writes: 0 };
        perPage.set(file, { ...counts, parses: counts.parses + parses.mock.calls.length - parsesSoFar, writes: counts.writes + 1 });
        parsesSoFar = parses.mock.calls.length;
        return io.writeFile(file, text);
      },
    };
    try {
      await runPagePass(root, { base: '/ml-guide/', names: NAMES, io: counting, readers: [() => undefined] });
    } finally {
      parses.mockRestore();
    }
    const pages = ['index.html', 'pipeline/index.html', 'stages/index.html', 'tools/mlflow/index.html'].map((f) => join(root, f));
    expect(Object.fromEntries(perPage)).toEqual(Object.fromEntries(pages.map((p) => [p, { reads: 1, parses: 1, writes: 1 }])));
  });

  test('writes each page as the ordered steps leave it, hands the text as read to the sources and the final text to the readers', async () => {
    const root = site();
    const { io, writes } = countingIo();
    const seen: [string, string][] = [];
    const read: [string, string][] = [];
    await runPagePass(root, {
      base: '/',
      names: NAMES,
      io,
      sources: [(document, p) => read.push([p.path, pageToHtml(document)])],
      readers: [(document, p, html) => seen.push([p.path, html]), (document, p) => seen.push([`${p.path} parsed`, pageToHtml(document)])],
    });
    expect(new Map(read).get('/pipeline/')).toBe(page('Data validation comes second.'));
    const file = join(root, 'pipeline/index.html');
    const context: PageContext = { file: 'pipeline/index.html', path: '/pipeline/', base: '/', names: NAMES };
    const final = applyTransforms(page('Data validation comes second.'), context);
    expect(writes.get(file)).toEqual([final]);
    expect(new Map(seen).get('/pipeline/')).toBe(final);
    expect(new Map(seen).get('/pipeline/ parsed')).toBe(final);
    // It changed what each step changes: a linked first mention, a spaced header, a class for the style, the policy.
    expect(final).toContain('<a href="/pipeline/data-validation/"');
    expect(final).toContain('<th>Stage </th>');
    expect(final).not.toContain('style="');
    expect(final).toContain('style-src-attr');
  });

  test('under a base path that is one of the guide\'s own paths, stops before touching a page', async () => {
    const root = site();
    const { io, reads, writes } = countingIo();
    await expect(runPagePass(root, { base: '/pipeline/', names: NAMES, io })).rejects.toThrow('BASE_PATH: "/pipeline/" starts with /pipeline/');
    expect(reads.size + writes.size).toBe(0);
  });
});

describe('the steps, in order', () => {
  const context: PageContext = { file: 'pipeline/index.html', path: '/pipeline/', base: '/ml-guide/', names: NAMES };
  const codeBlock = '<div class="expressive-code"><script type="module" src="/ml-guide/_astro/ec.abc12.js"></script><pre>x</pre></div>';
  const html = page('Data validation comes second.').replace('</main>', `${codeBlock}</main>`);

  test('are the search text, first mentions, print sheet, base path, code blocks\' script, idle sidebar state, inline scripts, then the policy\'s three, last', () => {
    expect(PAGE_TRANSFORMS.map((t) => t.name)).toEqual(['search text', 'first mentions', 'print sheet', 'base path', 'code blocks\' script', 'idle sidebar state', 'inline scripts', 'style attributes to classes', 'one head style', 'complete policy']);
    expect(PAGE_TRANSFORMS.slice(-POLICY_TRANSFORMS.length)).toEqual(POLICY_TRANSFORMS);
  });

  test('each is a thin wrapper around its tested function, applied in that order', () => {
    const byHand = htmlWithCompletePolicy(
      htmlWithOneHeadStyle(
        htmlWithStyleClasses(
          htmlWithMinifiedInlineScripts(
            htmlWithCodeBlockScriptOnIntent(htmlWithBase(htmlWithPrintSheetFolded(htmlWithFirstMentionsLinked(htmlWithSeparatedTableHeads(html), '/pipeline/', NAMES).html), '/ml-guide/')),
          ),
        ),
      ),
      'pipeline/index.html',
    );
    expect(applyTransforms(html, context)).toBe(byHand);
    expect(byHand).toContain('href="/ml-guide/pipeline/data-validation/"');
    expect(byHand).toContain('<div class="expressive-code" data-script-on-intent="/ml-guide/_astro/ec.abc12.js"><pre>');
  });

  test('the base path step leaves a page alone when the guide is served at the root', () => {
    const steps = PAGE_TRANSFORMS.filter((t) => t.name === 'base path');
    const linked = htmlWithFirstMentionsLinked(html, '/pipeline/', NAMES).html;
    expect(steps).toHaveLength(1);
    expect(applyTransforms(linked, { ...context, base: '/' }, steps)).toBe(linked);
    expect(applyTransforms(linked, context, steps)).not.toBe(linked);
  });
});
