import { describe, expect, test } from 'vitest';
import { pathToCardPath } from '../../src/render/social-card-path.ts';
import { PAPER_SIZES, SHEET_IDS, sheetToPdfPath } from '../../src/model/data/print-sheets.ts';
import { readFileSync } from 'node:fs';
import { CARD, CARD_DIAGRAM_BOX, cardToHtml, htmlToCardContent, svgToCardDiagram, svgToSmallestFontPx } from '../../src/render/social-card.ts';

const DIAGRAM_CSS = readFileSync('src/styles/diagrams.css', 'utf8');
/** A diagram of the given size, its labels set by the stylesheet. */
const diagram = (width: number, height: number, extra = '') => `<svg class="field-guide-diagram" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${extra}><text>Label</text></svg>`;

const page = `<html><head><meta property="og:title" content="Data &amp; models"><meta name="description" content="Six stages.">
<meta property="og:site_name" content="Guide"><meta property="og:url" content="https://g.example/pipeline/"></head>
<body><svg class="icon"></svg><figure><svg id="d" class="field-guide-diagram"><g><text>Data validation</text></g></svg></figure>
<figure><svg id="e" class="field-guide-diagram"></svg></figure></body></html>`;

describe('htmlToCardContent', () => {
  test('takes the title, description, site, path and only the first diagram', () => {
    const card = htmlToCardContent(page);
    expect(card).toMatchObject({ title: 'Data & models', description: 'Six stages.', site: 'Guide', path: '/pipeline/' });
    expect(card.svg).toBe('<svg id="d" class="field-guide-diagram"><g><text>Data validation</text></g></svg>');
  });
});

describe('cardToHtml', () => {
  test('shows the guide\'s name, the escaped title and the description, with or without a diagram', () => {
    for (const svg of ['', diagram(300, 200)]) {
      const html = cardToHtml({ title: '<b>x</b>', description: 'A & B', site: 'S & T', path: '/', svg }, DIAGRAM_CSS);
      expect(html).toContain('<p class="site">S &amp; T</p>');
      expect(html).toContain('<h1>&lt;b&gt;x&lt;/b&gt;</h1>');
      expect(html).toContain('<p class="description">A &amp; B</p>');
    }
  });

  test('draws a diagram only where its labels are legible on the card', () => {
    const card = { title: 'T', description: 'D', site: 'S', path: '/', svg: '' };
    expect(cardToHtml({ ...card, svg: diagram(300, 200) }, DIAGRAM_CSS)).toContain('<div class="diagram"><svg');
    expect(cardToHtml({ ...card, svg: diagram(600, 1000) }, DIAGRAM_CSS)).not.toContain('<svg');
  });

  test('sets no text under 30 px on the 1200 × 630 card', () => {
    const css = '.field-guide-diagram { font-size: 16px; }';
    // The card's own rules: the diagram's stylesheet comes first, and is judged by svgToCardDiagram.
    const html = cardToHtml({ title: 'T', description: 'D', site: 'S', path: '/', svg: diagram(300, 200) }, css).replace(css, '');
    const sizes = [...html.matchAll(/font-size: ([0-9.]+)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(30);
  });
});

describe('svgToSmallestFontPx', () => {
  test('reads the label size the diagram stylesheet gives every diagram', () => {
    expect(svgToSmallestFontPx(diagram(100, 100), DIAGRAM_CSS)).toBe(16);
  });

  test('takes a smaller size the SVG sets itself, as an attribute or a declaration', () => {
    expect(svgToSmallestFontPx(diagram(100, 100, ' font-size="12"'), DIAGRAM_CSS)).toBe(12);
    expect(svgToSmallestFontPx(diagram(100, 100, ' style="font-size: 10px"'), DIAGRAM_CSS)).toBe(10);
  });

  test('ignores sizes for other elements and for @media blocks, and fails when no size is known', () => {
    const css = '.field-guide-diagram { font-size: 18px; } .diagram--fence { font-size: 4px; } @media print { .field-guide-diagram { font-size: 8px; } }';
    expect(svgToSmallestFontPx(diagram(100, 100), css)).toBe(18);
    expect(() => svgToSmallestFontPx(diagram(100, 100), '.other { color: red; }')).toThrow(/font-size/);
    expect(() => svgToSmallestFontPx(diagram(100, 100), '.field-guide-diagram { font-size: var(--x); }')).toThrow(/not in px/);
  });
});

describe('svgToCardDiagram', () => {
  const css = '.field-guide-diagram { font-size: 16px; }';
  const minScale = CARD.minLabelPx / 16;

  test('keeps a diagram that fits the box at its own size', () => {
    expect(svgToCardDiagram(diagram(300, 200), css)).toMatchObject({ width: 300, height: 200, labelPx: 16 });
  });

  test('scales a larger diagram down while its labels stay at least 14 px, and drops it below that', () => {
    const tallest = Math.floor(CARD_DIAGRAM_BOX.height / minScale);
    expect(svgToCardDiagram(diagram(200, tallest), css)?.labelPx).toBeGreaterThanOrEqual(CARD.minLabelPx);
    expect(svgToCardDiagram(diagram(200, tallest + 2), css)).toBeUndefined();
    const widest = Math.floor(CARD_DIAGRAM_BOX.width / minScale);
    expect(svgToCardDiagram(diagram(widest, 100), css)?.labelPx).toBeGreaterThanOrEqual(CARD.minLabelPx);
    expect(svgToCardDiagram(diagram(widest + 2, 100), css)).toBeUndefined();
  });

  test('judges by the smallest label: a diagram that fits is dropped when its labels are already small', () => {
    expect(svgToCardDiagram(diagram(300, 200, ' font-size="13"'), css)).toBeUndefined();
  });

  test('gives no diagram for a page without one', () => {
    expect(svgToCardDiagram('', css)).toBeUndefined();
  });
});

describe('card and PDF paths', () => {
  test('one card file per page path', () => {
    expect(pathToCardPath('/')).toBe('/og/index.png');
    expect(pathToCardPath('/pipeline/data-validation/')).toBe('/og/pipeline--data-validation.png');
  });

  test('every sheet has a distinct PDF per paper size, inside its own folder', () => {
    const paths = SHEET_IDS.flatMap((s) => PAPER_SIZES.map((p) => sheetToPdfPath(s, p)));
    expect(new Set(paths).size).toBe(SHEET_IDS.length * PAPER_SIZES.length);
    expect(sheetToPdfPath('tools-by-stage', 'letter')).toBe('/reference/print/tools-by-stage/tools-by-stage-letter.pdf');
  });
});
