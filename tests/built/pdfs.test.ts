import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, test } from 'vitest';
import { pathToPrintedAddress } from '../../src/links/site-url.ts';
import { model, PATTERN_CATEGORY_IDS, PATTERN_IDS, PIPELINE_TYPE_IDS, STAGE_IDS, TOOL_IDS } from '../../src/model/index.ts';
import { PAPER_SIZES, SHEET_IDS, sheets, sheetToPath, sheetToPdfPath, type PaperSize, type SheetId } from '../../src/model/data/print-sheets.ts';

/** Landscape page sizes in PDF points (1/72 in), with a point of slack for rounding. */
const LANDSCAPE_POINTS = { a4: [842, 595], letter: [792, 612] } as const satisfies Record<PaperSize, readonly [number, number]>;

/** The PDFs' margin (src/render/print-outputs.ts), in points. */
const MARGIN_POINTS = (10 / 25.4) * 72;

/** Nothing on paper is smaller than this. */
const MIN_POINTS = 8;
/** Chromium writes sizes through its 96-dpi pixel grid: 8 pt comes out as 7.995 pt. */
const ROUNDING_POINTS = 0.01;

/** Labels each sheet must carry as searchable text: straight from the model. */
const LABELS = {
  'six-stage-pipeline': STAGE_IDS.map((id) => model.stages[id].name),
  'pipeline-types-by-stage': [...PIPELINE_TYPE_IDS.map((id) => model.pipelineTypes[id].name), ...STAGE_IDS.map((id) => model.stages[id].name)],
  'tools-by-stage': [...STAGE_IDS.map((id) => model.stages[id].name), ...TOOL_IDS.map((id) => model.tools[id].name)],
  'pattern-catalogue': PATTERN_IDS.map((id) => model.patterns[id].name),
} as const satisfies Record<SheetId, readonly string[]>;

/** The headings each sheet's PDF outline holds: the sheet's title, then its sections. */
const OUTLINES = {
  'six-stage-pipeline': [sheets['six-stage-pipeline'].title],
  'pipeline-types-by-stage': [sheets['pipeline-types-by-stage'].title],
  'tools-by-stage': [sheets['tools-by-stage'].title],
  'pattern-catalogue': [sheets['pattern-catalogue'].title, ...PATTERN_CATEGORY_IDS.map((id) => model.patternCategories[id].name)],
} as const satisfies Record<SheetId, readonly string[]>;

/**
 * Sheets whose text is laid out by the sheet stylesheet (tables and lists; on the six-stage
 * sheet, the checks under its diagram): their text runs down to the last fifth of the page
 * instead of leaving part of it empty.
 */
const TEXT_SHEETS: readonly SheetId[] = ['six-stage-pipeline', 'tools-by-stage', 'pattern-catalogue'];

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

/** PDF text breaks lines and spaces wherever the layout did: compare on letters alone. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function openSheet(sheet: SheetId, paper: PaperSize): Promise<PDFDocumentProxy> {
  return getDocumentProxy(new Uint8Array(await readFile(`dist${sheetToPdfPath(sheet, paper)}`)));
}

/** Every run of text on the first page, with its size in points and its baseline above the page's foot. */
async function textRuns(pdf: PDFDocumentProxy): Promise<{ text: string; points: number; y: number }[]> {
  const { items } = await (await pdf.getPage(1)).getTextContent();
  return items.flatMap((item) =>
    'str' in item && item.str.trim() ? [{ text: item.str, points: Math.hypot(item.transform[2], item.transform[3]), y: item.transform[5] }] : [],
  );
}

type OutlineNode = { title: string; items: OutlineNode[] };
const outlineTitles = (nodes: OutlineNode[]): string[] => nodes.flatMap((n) => [n.title, ...outlineTitles(n.items)]);

describe('reference sheet PDFs', () => {
  for (const sheet of SHEET_IDS) {
    for (const paper of PAPER_SIZES) {
      const file = `${sheet}-${paper}.pdf`;

      test(`${file} is one landscape page whose labels are real text`, async () => {
        const pdf = await openSheet(sheet, paper);
        const { totalPages, text } = await extractText(pdf, { mergePages: true });
        expect(totalPages).toBe(1);
        const [, , width, height] = (await pdf.getPage(1)).view;
        const [w, h] = LANDSCAPE_POINTS[paper];
        expect(Math.abs(width - w)).toBeLessThan(2);
        expect(Math.abs(height - h)).toBeLessThan(2);
        for (const label of LABELS[sheet]) expect(squash(text), `"${label}" in ${file}`).toContain(squash(label));
      });

      test(`${file} prints no text under ${MIN_POINTS} pt`, async () => {
        const runs = await textRuns(await openSheet(sheet, paper));
        const small = runs.filter((r) => r.points < MIN_POINTS - ROUNDING_POINTS).map((r) => `"${r.text}" at ${r.points.toFixed(1)} pt`);
        expect(small, `text under ${MIN_POINTS} pt in ${file}`).toEqual([]);
      });

      test(`${file} prints the sheet's address, never a localhost URL`, async () => {
        const { text } = await extractText(await openSheet(sheet, paper), { mergePages: true });
        expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
        expect(squash(text)).toContain(squash(pathToPrintedAddress(sheetToPath(sheet))));
      });

      test(`${file} is tagged, with its headings as the outline`, async () => {
        const pdf = await openSheet(sheet, paper);
        expect((await pdf.getMarkInfo())?.Marked, `${file} is not marked as tagged`).toBe(true);
        expect(await (await pdf.getPage(1)).getStructTree(), `${file} has no structure tree`).not.toBeNull();
        expect(outlineTitles((await pdf.getOutline()) ?? [])).toEqual(OUTLINES[sheet]);
      });

      if (TEXT_SHEETS.includes(sheet)) {
        test(`${file} fills its page down to the last fifth`, async () => {
          const pdf = await openSheet(sheet, paper);
          const runs = await textRuns(pdf);
          const [, , , height] = (await pdf.getPage(1)).view;
          const printable = height - 2 * MARGIN_POINTS;
          const emptyBelow = Math.min(...runs.map((r) => r.y)) - MARGIN_POINTS;
          expect(emptyBelow / printable, `${file} leaves ${Math.round((100 * emptyBelow) / printable)}% of its page empty below the text`).toBeLessThan(0.2);
        });
      }
    }
  }
});
