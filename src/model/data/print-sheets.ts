/** The reference sheets at /reference/print/: each prints on one landscape page, A4 or US Letter. */
export const SHEET_IDS = ['six-stage-pipeline', 'pipeline-types-by-stage', 'tools-by-stage', 'pattern-catalogue'] as const;
export type SheetId = (typeof SHEET_IDS)[number];

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export interface Sheet<Id extends SheetId = SheetId> {
  id: Id;
  title: string;
  description: string;
}

export const sheets = {
  'six-stage-pipeline': {
    id: 'six-stage-pipeline',
    title: 'The six-stage ML pipeline',
    description: 'The six stages of an ML pipeline in order, on one landscape page.',
  },
  'pipeline-types-by-stage': {
    id: 'pipeline-types-by-stage',
    title: 'Four pipeline types × six stages',
    description: 'Which of the four pipeline types leads or supports each of the six stages, on one landscape page.',
  },
  'tools-by-stage': {
    id: 'tools-by-stage',
    title: 'Tools by stage',
    description: 'Which tools serve each of the six stages, and which kind of pipeline each tool is, on one landscape page.',
  },
  'pattern-catalogue': {
    id: 'pattern-catalogue',
    title: 'The pattern catalogue at a glance',
    description: 'The thirty ML design patterns by category, each with the problem it answers, on one landscape page.',
  },
} as const satisfies { [K in SheetId]: Sheet<K> };

/** Paper sizes as Playwright's page.pdf names them, and as readers know them. */
export const papers = {
  a4: { id: 'a4', label: 'A4', format: 'A4' },
  letter: { id: 'letter', label: 'US Letter', format: 'Letter' },
} as const satisfies { [K in PaperSize]: { id: K; label: string; format: string } };

/** `/reference/print/tools-by-stage/` */
export function sheetToPath(id: SheetId): string {
  return `/reference/print/${id}/`;
}

/** `/reference/print/tools-by-stage/tools-by-stage-a4.pdf`: the file name says what it is once downloaded. */
export function sheetToPdfPath(id: SheetId, paper: PaperSize): string {
  return `${sheetToPath(id)}${id}-${paper}.pdf`;
}

/** The PDFs' margin on every side, in millimetres. */
export const SHEET_MARGIN_MM = 10;

const MM_TO_CSS_PX = 96 / 25.4;

/**
 * What an A4 landscape PDF prints a sheet's page into, in CSS pixels: the paper (297 × 210 mm)
 * less its margins. The preview is drawn at this size in print layout, so it shows the first page
 * as the A4 PDF lays it out (US Letter is 3% narrower and 3% taller).
 */
export const SHEET_PRINTABLE_AREA = {
  width: Math.round((297 - 2 * SHEET_MARGIN_MM) * MM_TO_CSS_PX),
  height: Math.round((210 - 2 * SHEET_MARGIN_MM) * MM_TO_CSS_PX),
} as const;

/** The size /reference/print/ shows a sheet's preview at, in CSS pixels; its PNG has twice as many pixels each way. */
export const SHEET_PREVIEW = {
  width: 300,
  height: Math.round((300 * SHEET_PRINTABLE_AREA.height) / SHEET_PRINTABLE_AREA.width),
} as const;

/** `/reference/print/tools-by-stage/tools-by-stage-preview.png`: the sheet's first page, small. */
export function sheetToPreviewPath(id: SheetId): string {
  return `${sheetToPath(id)}${id}-preview.png`;
}
