import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { writeSyntheticPages } from '../../tools/bench/scale.ts';
import { readSectionPages } from '../../src/navigation/content-pages.ts';
import { sectionItems, SIDEBAR_SECTION_PAGE_LIMIT } from '../../src/navigation/section-sidebar.ts';
import { copyId, scaleIds, scalePatternStructures, scalePatterns, scaleToolLedger, scaleTools } from '../../tools/bench/synthetic-model.ts';
import { DRAWN_LIMITS, itemsToDraw, namesInWords } from '../../src/diagrams/drawn-limits.ts';
import { modelToView, VIEW_IDS } from '../../src/diagrams/index.ts';
import { model, PATTERN_CATEGORY_IDS, PATTERN_IDS, STAGE_IDS, TOOL_CATEGORY_IDS, TOOL_IDS, toolCategories, type Model } from '../../src/model/index.ts';
import { mermaidLabel } from '../../src/diagrams/mermaid-text.ts';
import { patternSidebar, SIDEBAR_PATTERN_LIMIT } from '../../src/navigation/pattern-sidebar.ts';
import { SIDEBAR_TOOL_LIMIT, toolSidebar } from '../../src/navigation/tool-sidebar.ts';
import { MERMAID_CONFIG } from '../../src/render/mermaid-config.ts';

/** The real model with its patterns and tools copied up to `factor`×, as the scale benchmark builds it. */
function scaled(factor: number): Model {
  const copy = structuredClone({ patterns: model.patterns, patternStructures: model.patternStructures, tools: model.tools, toolLedger: model.toolLedger }) as unknown as Pick<
    Model,
    'patterns' | 'patternStructures' | 'tools' | 'toolLedger'
  >;
  scalePatterns(copy.patterns as never, factor);
  scalePatternStructures(copy.patternStructures as never, factor);
  scaleTools(copy.tools as never, factor);
  scaleToolLedger(copy.toolLedger as never, factor);
  return { ...model, ...copy };
}

describe('the synthetic model the scale benchmark builds', () => {
  const big = scaled(10);

  test('has factor × the patterns and tools, numbered on from the book', () => {
    expect(Object.keys(big.patterns)).toHaveLength(PATTERN_IDS.length * 10);
    expect(Object.keys(big.tools)).toHaveLength(Object.keys(model.tools).length * 10);
    expect(Object.keys(big.toolLedger)).toEqual(Object.keys(big.tools));
    const last = Object.values(big.patterns).sort((a, b) => a.number - b.number).at(-1);
    expect(last?.number).toBe(PATTERN_IDS.length * 10);
  });

  test('relates each copy only to existing patterns of the same copy, at both ends', () => {
    for (const p of Object.values(big.patterns)) {
      for (const r of p.related) {
        const other = big.patterns[r.pattern];
        expect(other, `${p.id} → ${r.pattern}`).toBeDefined();
        expect(other.related.some((back) => back.pattern === p.id)).toBe(true);
      }
    }
  });

  test('extends an id list in the order the numbers follow', () => {
    const ids = ['a', 'b'];
    scaleIds(ids, 3);
    expect(ids).toEqual(['a', 'b', copyId('a', 1), copyId('b', 1), copyId('a', 2), copyId('b', 2)]);
  });
});

describe('diagrams stay the same size as the model grows', () => {
  const ten = scaled(10);
  const hundred = scaled(100);
  const twoHundred = scaled(200);

  test.each(VIEW_IDS.map((id) => [id]))('%s at 100× fits Mermaid, and at 200× is the same size give or take digits', (id) => {
    const at100 = modelToView(hundred, id).mermaid.length;
    const at200 = modelToView(twoHundred, id).mermaid.length;
    expect(at100).toBeLessThan(MERMAID_CONFIG.maxTextSize);
    expect(at200 - at100).toBeLessThan(100);
  });

  test('the real model\'s pattern maps are drawn in full: no "more" box and every pattern in its category\'s map', () => {
    for (const id of VIEW_IDS.filter((v) => v.startsWith('pattern-map'))) expect(modelToView(model, id).mermaid, id).not.toContain('more (see the table)');
    for (const id of PATTERN_IDS) expect(modelToView(model, `pattern-map-${model.patterns[id].category}`).mermaid).toContain(`\n  ${id}["`);
  });

  test('the real model\'s tools are drawn in full: every tool in tools-by-stage and in each stage view, in every layout', () => {
    const ids = ['tools-by-stage', ...VIEW_IDS.filter((v) => v.startsWith('stage-'))] as const;
    for (const id of ids) {
      const view = modelToView(model, id);
      for (const text of [view.mermaid, ...Object.values(view.alternates ?? {})]) {
        const flat = text.replaceAll('<br>', ' ');
        expect(flat, id).not.toContain('more (see the table)');
        const stages = id === 'tools-by-stage' ? STAGE_IDS : STAGE_IDS.filter((s) => id === `stage-${s}`);
        for (const tool of Object.values(model.tools).filter((t) => t.stages.some((s) => stages.includes(s)))) expect(flat, `${tool.id} in ${id}`).toContain(mermaidLabel(tool.name));
      }
    }
  });

  test('a kind of tool past the limit names its first tools and says how many more', () => {
    for (const id of ['tools-by-stage', 'stage-model-deployment'] as const) {
      const boxes = modelToView(hundred, id).mermaid.split('\n').filter((l) => l.endsWith(':::tool'));
      expect(boxes.length, id).toBeGreaterThan(0);
      for (const box of boxes) expect(box.replaceAll('<br>', ' ').split(', ').length, `${id}: ${box}`).toBeLessThanOrEqual(DRAWN_LIMITS.itemsPerBox + 1);
      expect(boxes.join('\n').replaceAll('<br>', ' '), id).toMatch(/and \d+ more \(see the table\)"\]:::tool/);
    }
  });

  test('the text alternative still lists every tool and every pattern', () => {
    const tools = modelToView(hundred, 'tools-by-stage').textAlternative.rows.map((r) => r[1]).join(', ');
    for (const t of Object.values(hundred.tools)) expect(tools).toContain(t.name);
    const relations = PATTERN_CATEGORY_IDS.flatMap((id) => modelToView(hundred, `pattern-map-${id}`).textAlternative.rows);
    const patterns = new Set(relations.flatMap((r) => [r[0], r[2]]));
    for (const p of Object.values(hundred.patterns)) expect(patterns.has(p.name), p.id).toBe(true);
  });

  test("a category's map past the limit draws its first patterns and says how many more", () => {
    const map = modelToView(ten, 'pattern-map-model-training');
    const drawn = map.mermaid.split('\n').filter((l) => l.endsWith(':::focus'));
    expect(drawn).toHaveLength(DRAWN_LIMITS.itemsPerBox);
    expect(map.mermaid).not.toContain(`${copyId('checkpoints', 3)}["`);
    expect(map.mermaid).toMatch(/"and \d+ more \(see the table\)"\]:::empty/);
  });

  test('the overview draws the six categories, with the numbers of the whole catalogue', () => {
    const map = modelToView(ten, 'pattern-map');
    for (const id of PATTERN_CATEGORY_IDS) expect(map.mermaid).toContain(`category__${id}["`);
    expect(map.description).toContain(`${PATTERN_IDS.length * 10} patterns in 6 categories`);
  });
});

describe('drawn limits', () => {
  test('never leave out a single item: its "1 more" box takes the same room', () => {
    const limit = 3;
    expect(itemsToDraw([1, 2, 3, 4], limit)).toEqual({ shown: [1, 2, 3, 4], hidden: 0 });
    expect(itemsToDraw([1, 2, 3, 4, 5], limit)).toEqual({ shown: [1, 2, 3], hidden: 2 });
  });

  test('spell out a short list in full and cut a long one', () => {
    expect(namesInWords(['A', 'B'])).toBe('A and B');
    const names = Array.from({ length: 40 }, (_, i) => `T${i}`);
    expect(namesInWords(names)).toBe(`${names.slice(0, DRAWN_LIMITS.namesInDescription).join(', ')} and ${40 - DRAWN_LIMITS.namesInDescription} more`);
  });
});

describe('the patterns sidebar', () => {
  test('lists every pattern under its category for the real catalogue', () => {
    const group = patternSidebar(model, PATTERN_CATEGORY_IDS);
    const links = group.items.flatMap((item) => ('items' in item ? item.items : []));
    expect(links).toHaveLength(PATTERN_IDS.length);
    expect(links[0]).toEqual({ label: model.patterns[PATTERN_IDS[0]].name, link: `/patterns/${PATTERN_IDS[0]}/` });
  });

  test(`lists the categories, each linking to the filtered catalogue, past ${SIDEBAR_PATTERN_LIMIT} patterns`, () => {
    const group = patternSidebar(scaled(3), PATTERN_CATEGORY_IDS);
    expect(group.items.every((item) => !('items' in item))).toBe(true);
    expect(group.items).toContainEqual({ label: model.patternCategories['model-training'].name, link: '/patterns/?category=model-training' });
    // The catalogue and the page of maps, then one link per category.
    expect(group.items).toContainEqual({ label: 'How the patterns connect', link: '/patterns/maps/' });
    expect(group.items).toHaveLength(2 + PATTERN_CATEGORY_IDS.length);
  });
});

describe('the tools sidebar', () => {
  const sectionPages = [{ label: 'Which tool for which stage', link: '/tools/' }];
  test('lists every tool under its kind for the real model', () => {
    const group = toolSidebar(model, toolCategories, TOOL_CATEGORY_IDS, sectionPages);
    const links = group.items.flatMap((item) => ('items' in item ? item.items : []));
    expect(links).toHaveLength(TOOL_IDS.length);
    expect(links).toContainEqual({ label: model.tools['evidently'].name, link: '/tools/evidently/' });
  });

  test(`lists the kinds, each linking to the filtered tools page, past ${SIDEBAR_TOOL_LIMIT} tools`, () => {
    const big = scaled(3);
    expect(Object.keys(big.tools).length).toBeGreaterThan(SIDEBAR_TOOL_LIMIT);
    const group = toolSidebar(big, toolCategories, TOOL_CATEGORY_IDS, sectionPages);
    expect(group.items.every((item) => !('items' in item))).toBe(true);
    expect(group.items).toContainEqual({ label: toolCategories.monitoring.name, link: '/tools/?category=monitoring' });
    const kindsWithTools = new Set(Object.values(big.tools).map((t) => t.category));
    expect(group.items).toHaveLength(sectionPages.length + kindsWithTools.size);
  });
});

describe("the scale benchmark's prose pages", () => {
  test('are the count asked for, list one overview in the sidebar, and each is linked from a page that is listed or linked', async () => {
    const root = mkdtempSync(join(tmpdir(), 'scale-pages-'));
    await writeSyntheticPages(root, 1234);
    const pages = readSectionPages(pathToFileURL(join(root, 'content') + '/'), 'pipeline');
    expect(pages).toHaveLength(1234);
    expect(sectionItems('pipeline', pages).map((p) => p.slug)).toEqual(['pipeline/synthetic']);
    expect(pages.filter((p) => !p.hidden).length).toBeLessThanOrEqual(SIDEBAR_SECTION_PAGE_LIMIT);

    const folder = join(root, 'content', 'pipeline', 'synthetic');
    const linked = new Set<string>(['pipeline/synthetic']);
    for (const file of [join(folder, 'index.mdx'), ...readdirSync(folder).filter((d) => d.startsWith('chapter-')).map((d) => join(folder, d, 'index.mdx'))]) {
      for (const [, href] of readFileSync(file, 'utf8').matchAll(/\]\((\/[^)]+)\/\)/g)) linked.add(href.slice(1));
    }
    expect(pages.map((p) => p.slug).filter((slug) => !linked.has(slug))).toEqual([]);
    expect([...linked].filter((slug) => !pages.some((p) => p.slug === slug))).toEqual([]);
  });
});
