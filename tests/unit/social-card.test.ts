import { describe, expect, test } from 'vitest';
import { pathToCardPath } from '../../src/previews/social-card-path.ts';
import { PAPER_SIZES, SHEET_IDS, sheetToPdfPath } from '../../src/print/sheets.ts';
import { cardToHtml, htmlToCardContent } from '../../src/previews/social-card.ts';

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
  test('escapes the title and shows the description when there is no diagram', () => {
    const html = cardToHtml({ title: '<b>x</b>', description: 'A & B', site: 'S', path: '/', svg: '' }, '');
    expect(html).toContain('<h1>&lt;b&gt;x&lt;/b&gt;</h1>');
    expect(html).toContain('<p class="description">A &amp; B</p>');
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
