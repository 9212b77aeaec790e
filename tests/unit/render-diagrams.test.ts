import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { modelToView, modelToViews } from '../../src/diagrams/index.ts';
import { DiagramRenderError, renderDiagrams } from '../../src/render/render-mermaid.ts';
import { model } from '../../src/model/index.ts';
import { hostileModel } from '../fixtures/models.ts';

// These tests start the build's real Chromium with the real Mermaid.
const freshCache = () => mkdtempSync(join(tmpdir(), 'diagram-cache-'));

describe('renderDiagrams', () => {
  test('renders every other layout of every view, labels broken over lines included, as well-formed SVG', async () => {
    const layouts = modelToViews(model).flatMap((v) =>
      Object.entries(v.alternates ?? {}).map(([layout, mermaid]) => ({ name: `${v.id} ${layout}`, prefix: `t-${v.id}--${layout}`, mermaid })),
    );
    expect(layouts.map((l) => l.name)).toEqual(expect.arrayContaining(['pipeline-flow phone', 'pipeline-flow landscape', 'pipeline-types landscape']));
    const rendered = await renderDiagrams(layouts, { cacheDir: freshCache() });
    for (const r of rendered) {
      // An XML parse error would come back as the page's error message instead of the diagram.
      expect(r.svg, r.name).not.toContain('parsererror');
      expect(r.svg, r.name).toMatch(/^<svg\b[^>]*class="field-guide-diagram"/);
    }
    // The landscape flow breaks its labels over lines, which Mermaid writes as HTML <br>.
    const landscape = rendered.find((r) => r.name === 'pipeline-flow landscape')?.svg ?? '';
    expect(landscape).toMatch(/<span class="nodeLabel">Data collection<br\s*\/>↓<br\s*\/>Raw data<br\s*\/>snapshot<\/span>/);
  });

  test('prefixes every id inside a diagram, so two diagrams on a page never share one', async () => {
    const flow = modelToView(hostileModel(), 'pipeline-flow');
    const rendered = await renderDiagrams(
      [
        { name: 'a', prefix: 'first', mermaid: flow.mermaid },
        { name: 'b', prefix: 'second', mermaid: flow.mermaid },
      ],
      { cacheDir: freshCache() },
    );
    const ids = rendered.flatMap((r) => [...r.svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rendered[0].svg.match(/\sid="([^"]+)"/g)?.every((a) => a.includes('"first'))).toBe(true);
    // References follow the renamed ids: arrowheads and the accessible name still resolve.
    expect(rendered[1].svg).toMatch(/marker-end="url\(#second[^"]*\)"/);
    expect(rendered[1].svg).toMatch(/aria-labelledby="second-title"/);
    expect(rendered[1].svg).toMatch(/<title id="second-title">/);
  });

  test('ships no arrowhead nothing points at, none of Mermaid\'s data-* bookkeeping and no six-decimal coordinates', async () => {
    const flow = modelToView(model, 'pipeline-flow');
    const [{ svg }] = await renderDiagrams([{ name: 'lean', prefix: 'lean', mermaid: flow.mermaid }], { cacheDir: freshCache() });
    const markers = [...svg.matchAll(/<marker id="([^"]+)"/g)].map((m) => m[1]);
    expect(markers.length).toBeGreaterThan(0);
    for (const id of markers) expect(svg, id).toContain(`url(#${id})`);
    expect(svg).not.toMatch(/ data-(points|edge|et|id|look)=/);
    expect(svg).not.toMatch(/\d\.\d{2,}/);
    // Every id left is the root's, a node's (for node links) or one that something refers to.
    for (const [, id] of svg.matchAll(/<\w+[^>]*?\sid="([^"]+)"/g)) {
      if (id === 'lean' || id.startsWith('lean-flowchart-')) continue;
      expect(svg, id).toMatch(new RegExp(`(#|aria-[a-z]+=")${id}[")\\s]`));
    }
  });

  test('reports every failing diagram by name, after trying them all', async () => {
    const attempt = renderDiagrams(
      [
        { name: 'src/diagrams/broken.ts › view "broken"', prefix: 'x1', mermaid: 'flowchart LR\n  a -->\n' },
        { name: 'fine', prefix: 'x2', mermaid: 'flowchart LR\n  a --> b\n' },
        { name: 'also broken', prefix: 'x3', mermaid: 'flowchart LR\n  a[unclosed\n' },
      ],
      { cacheDir: freshCache() },
    );
    await expect(attempt).rejects.toThrow(DiagramRenderError);
    const error: DiagramRenderError = await attempt.catch((e) => e);
    expect(error.failures.map((f) => f.name)).toEqual(['src/diagrams/broken.ts › view "broken"', 'also broken']);
    expect(error.message).toMatch(/src\/diagrams\/broken\.ts › view "broken": .*Parse error/s);
  });

  test('a second render with nothing changed comes from the cache', async () => {
    const cacheDir = freshCache();
    const request = [{ name: 'c', prefix: 'c', mermaid: 'flowchart LR\n  a --> b\n' }];
    const first = await renderDiagrams(request, { cacheDir });
    let stats = { rendered: -1, cached: -1 };
    const second = await renderDiagrams(request, { cacheDir, onStats: (s) => (stats = s) });
    expect(first[0].cached).toBe(false);
    expect(second[0].cached).toBe(true);
    expect(second[0].svg).toBe(first[0].svg);
    expect(stats).toMatchObject({ rendered: 0, cached: 1 });
  });

  test('refuses a text over Mermaid’s size limit instead of shipping Mermaid’s error picture', async () => {
    const huge = `flowchart LR\n${Array.from({ length: 3000 }, (_, i) => `  n${i}["Node ${i}"]`).join('\n')}\n`;
    const attempt = renderDiagrams(
      [
        { name: 'small', prefix: 's', mermaid: 'flowchart LR\n  a --> b\n' },
        { name: 'src/diagrams/huge.ts › view "huge"', prefix: 'h', mermaid: huge },
      ],
      { cacheDir: freshCache() },
    );
    await expect(attempt).rejects.toThrow(DiagramRenderError);
    await expect(attempt).rejects.toThrow(/src\/diagrams\/huge\.ts › view "huge": the Mermaid text is \d+ characters, over Mermaid's maxTextSize of 50000/);
  });
});
