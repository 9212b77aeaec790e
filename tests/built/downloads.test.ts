import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { modelToView, VIEW_IDS, type ViewId } from '../../src/diagrams/index.ts';
import { model } from '../../src/model/index.ts';

/*
 * The downloadable diagrams, opened where teams paste them: librsvg (GNOME, many wikis and
 * converters) and a PDF made from it, not a browser. Needs `rsvg-convert` (Debian's
 * librsvg2-bin) and `pdftotext` (poppler-utils); .ci/run installs them where missing.
 */

const FILES = VIEW_IDS.flatMap((view) => [
  { view, theme: 'light' as const, path: `dist/diagrams/${view}.svg` },
  { view, theme: 'dark' as const, path: `dist/diagrams/${view}.dark.svg` },
]);

/** Every node label of a view, read from its own Mermaid text (`id["…"]`, `id("…")`, …). */
function nodeLabels(view: ViewId): string[] {
  const labels = [...modelToView(model, view).mermaid.matchAll(/^\s*[\w-]+\s*[[(]{1,2}"([^"]*)"[\])]{1,2}/gm)].map((m) =>
    m[1].replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/\s+/g, ' ').trim(),
  );
  return labels.filter((label) => label !== '');
}

function tool(command: string, args: readonly string[]): Buffer {
  return execFileSync(command, args, { maxBuffer: 64 * 1024 * 1024 });
}

let work = '';
beforeAll(() => {
  for (const command of ['rsvg-convert', 'pdftotext']) {
    try {
      execFileSync(command, ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error(`${command} not found: install Debian's ${command === 'pdftotext' ? 'poppler-utils' : 'librsvg2-bin'} (bash .ci/run does).`);
    }
  }
  work = mkdtempSync(join(tmpdir(), 'diagram-downloads-'));
});

describe('downloadable diagram SVGs', () => {
  test('every view has a light and a dark file', () => {
    expect(FILES).toHaveLength(VIEW_IDS.length * 2);
    for (const file of FILES) expect(() => readFileSync(file.path), file.path).not.toThrow();
  });

  test.each(FILES)('$path needs nothing a browser alone provides', ({ path }) => {
    const svg = readFileSync(path, 'utf8');
    expect(svg, `${path}: HTML labels in foreignObject`).not.toMatch(/<foreignObject/i);
    expect(svg, `${path}: a CSS variable`).not.toMatch(/var\(--/);
    expect(svg, `${path}: an external reference`).not.toMatch(/(?:href|src)="(?!#)|url\((?!#)|@import/);
    expect(svg, `${path}: a label as HTML`).not.toMatch(/<(?:div|span|p)\b/);
  });

  test.each(FILES)('$path, rendered by librsvg to PDF, holds every node label of its view as text', ({ view, path }) => {
    const pdf = join(work, `${view}-${path.endsWith('.dark.svg') ? 'dark' : 'light'}.pdf`);
    tool('rsvg-convert', ['-f', 'pdf', '-o', pdf, path]);
    // -raw: text in the order it is drawn, so a label wrapped over two lines stays together.
    // Line breaks count as spaces, so a word broken over two lines ("(Reproducibilit" / "y)")
    // is missing: labels wrap at spaces, as on the page.
    const words = (text: string) => text.replace(/\s+/g, ' ');
    const text = words(tool('pdftotext', ['-raw', pdf, '-']).toString('utf8'));
    const labels = nodeLabels(view);
    expect(labels.length, `${view}: no node labels found in its Mermaid text`).toBeGreaterThan(0);
    const missing = labels.filter((label) => !text.includes(words(label)));
    expect(missing, `${path}: labels missing from the PDF's text`).toEqual([]);
  });

  test.each(FILES)('$path, rendered by librsvg to PNG, is on its theme\'s background', ({ path, theme }) => {
    const png = PNG.sync.read(tool('rsvg-convert', ['-f', 'png', path]));
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3] / 255;
      // Composited on white, as a viewer shows a transparent pixel.
      const [r, g, b] = [0, 1, 2].map((c) => png.data[i + c] * alpha + 255 * (1 - alpha));
      if (0.2126 * r + 0.7152 * g + 0.0722 * b < 128) dark += 1;
    }
    const darkShare = dark / (png.width * png.height);
    if (theme === 'light') expect(darkShare, `${path}: share of dark pixels`).toBeLessThan(0.1);
    else expect(darkShare, `${path}: share of dark pixels`).toBeGreaterThan(0.6);
  });
});
