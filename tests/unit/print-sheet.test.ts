import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cssWithPrintSheetFirst, foldPrintSheets, htmlWithPrintSheetFolded, printSheetFold } from '../../src/build/print-sheet.ts';
import { parsePage } from '../../src/html/page-document.ts';

const PRINT = '<link rel="stylesheet" href="/_astro/print.css" media="print">';
const MAIN = '<link rel="stylesheet" href="/_astro/main.css">';
const POLICY = `<meta http-equiv="content-security-policy" content="style-src 'self'">`;
const page = (head: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><p>x</p></body></html>`;

describe('printSheetFold', () => {
  test('finds the print sheet and the stylesheet after it, across other tags such as the policy', () => {
    expect(printSheetFold(parsePage(page(PRINT + POLICY + MAIN)))).toMatchObject({ print: '/_astro/print.css', into: '/_astro/main.css' });
  });

  test('leaves a print sheet alone when a <style> or another print sheet comes first, or nothing follows it', () => {
    expect(printSheetFold(parsePage(page(PRINT + '<style>p{color:red}</style>' + MAIN)))).toBeUndefined();
    expect(printSheetFold(parsePage(page(PRINT + PRINT.replace('print.css', 'other.css'))))).toBeUndefined();
    expect(printSheetFold(parsePage(page(MAIN + PRINT)))).toBeUndefined();
  });

  test('the page loses only the print sheet’s link', () => {
    expect(htmlWithPrintSheetFolded(page(PRINT + POLICY + MAIN))).toBe(page(POLICY + MAIN));
    expect(htmlWithPrintSheetFolded(page(MAIN))).toBe(page(MAIN));
  });
});

describe('foldPrintSheets', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const dist = () => {
    const root = mkdtempSync(join(tmpdir(), 'print-sheet-'));
    folders.push(root);
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, '_astro/print.css'), '.nav{display:none}');
    writeFileSync(join(root, '_astro/main.css'), '.nav{display:flex}');
    return root;
  };

  test('puts the print rules first in the main sheet, for print only, and removes the print file', async () => {
    const root = dist();
    await foldPrintSheets(root, [{ print: '/_astro/print.css', into: '/_astro/main.css' }], new Set());
    expect(readFileSync(join(root, '_astro/main.css'), 'utf8')).toBe(cssWithPrintSheetFirst('.nav{display:none}', '.nav{display:flex}'));
    expect(cssWithPrintSheetFirst('a{}', 'b{}')).toBe('@media print{a{}}b{}');
    expect(existsSync(join(root, '_astro/print.css'))).toBe(false);
  });

  test('keeps the print file a page still links, and refuses one print sheet before two sheets', async () => {
    const root = dist();
    await foldPrintSheets(root, [{ print: '/_astro/print.css', into: '/_astro/main.css' }], new Set(['/_astro/print.css']));
    expect(existsSync(join(root, '_astro/print.css'))).toBe(true);
    const twice = [
      { print: '/_astro/print.css', into: '/_astro/main.css' },
      { print: '/_astro/print.css', into: '/_astro/other.css' },
    ];
    await expect(foldPrintSheets(root, twice, new Set())).rejects.toThrow(/print\.css stands before/);
  });
});
