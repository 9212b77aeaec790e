import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, test } from 'vitest';
import { model, PATTERN_IDS, PIPELINE_TYPE_IDS, STAGE_IDS, TOOL_IDS } from '../../src/model/index.ts';
import { PAPER_SIZES, SHEET_IDS, sheetToPdfPath, type PaperSize, type SheetId } from '../../src/print/sheets.ts';

/** Landscape page sizes in PDF points (1/72 in), with a point of slack for rounding. */
const LANDSCAPE_POINTS = { a4: [842, 595], letter: [792, 612] } as const satisfies Record<PaperSize, readonly [number, number]>;

/** Labels each sheet must carry as searchable text: straight from the model. */
const LABELS = {
  'six-stage-pipeline': STAGE_IDS.map((id) => model.stages[id].name),
  'pipeline-types-by-stage': [...PIPELINE_TYPE_IDS.map((id) => model.pipelineTypes[id].name), ...STAGE_IDS.map((id) => model.stages[id].name)],
  'tools-by-stage': [...STAGE_IDS.map((id) => model.stages[id].name), ...TOOL_IDS.map((id) => model.tools[id].name)],
  'pattern-catalogue': PATTERN_IDS.map((id) => model.patterns[id].name),
} as const satisfies Record<SheetId, readonly string[]>;

/** PDF text breaks lines and spaces wherever the layout did: compare on letters alone. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('reference sheet PDFs', () => {
  for (const sheet of SHEET_IDS) {
    for (const paper of PAPER_SIZES) {
      test(`${sheet} on ${paper} is one landscape page whose labels are real text`, async () => {
        const pdf = await getDocumentProxy(new Uint8Array(await readFile(`dist${sheetToPdfPath(sheet, paper)}`)));
        const { totalPages, text } = await extractText(pdf, { mergePages: true });
        expect(totalPages).toBe(1);
        const [, , width, height] = (await pdf.getPage(1)).view;
        const [w, h] = LANDSCAPE_POINTS[paper];
        expect(Math.abs(width - w)).toBeLessThan(2);
        expect(Math.abs(height - h)).toBeLessThan(2);
        for (const label of LABELS[sheet]) expect(squash(text), `"${label}" in ${sheet}-${paper}.pdf`).toContain(squash(label));
      });
    }
  }
});
