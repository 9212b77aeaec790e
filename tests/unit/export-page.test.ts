import { describe, expect, test } from 'vitest';
import { EXPORT_FRAME, exportFrameMinExtraHeight, exportFrameToHtml, exportFrameWidth, type ExportFrame } from '../../src/render/export-page.ts';
import { legendToItemsHtml } from '../../src/render/legend-html.ts';
import { PALETTES } from '../../src/render/standalone-svg.ts';

const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="640" height="120" viewBox="4 4 640 120" class="field-guide-diagram"><g/></svg>\n';
const frame: ExportFrame = {
  svg,
  title: 'Pipelines <over> stages',
  legend: [{ shape: 'box', className: 'uncovered', meaning: 'has no part in the stage' }],
  guide: 'Field & Guide',
  address: 'https://guide.example/pipeline-types/#diagram-x',
  theme: 'light',
};

describe('exportFrameToHtml', () => {
  test('frames the diagram with its escaped title first and a footer naming the guide and the address last', () => {
    const html = exportFrameToHtml(frame);
    expect(html).toContain('<title>Pipelines &lt;over&gt; stages</title>');
    const body = html.slice(html.indexOf('<body>'));
    expect(body.indexOf('<h1>Pipelines &lt;over&gt; stages</h1>')).toBe('<body>'.length);
    expect(body).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="640"');
    expect(body).not.toContain('<?xml');
    expect(body).toMatch(/<footer><p>Field &amp; Guide · https:\/\/guide\.example\/pipeline-types\/#diagram-x<\/p><\/footer><\/body><\/html>$/);
  });

  test('shows the key the page shows, after the diagram, only when the view has one', () => {
    const html = exportFrameToHtml(frame);
    expect(html).toContain(`</svg><ul class="diagram-legend field-guide-diagram" aria-label="Key">${legendToItemsHtml(frame.legend)}</ul><footer>`);
    expect(exportFrameToHtml({ ...frame, legend: [] })).not.toContain('<ul');
  });

  test('uses the theme\'s literal colours for the frame and the key, and no variable', () => {
    for (const theme of ['light', 'dark'] as const) {
      const html = exportFrameToHtml({ ...frame, theme });
      expect(html).toContain(`background: ${PALETTES[theme].bg}; color: ${PALETTES[theme].fg};`);
      expect(html).not.toMatch(/var\(--/);
    }
  });

  test('is as wide as the diagram plus its padding, and never narrower than the minimum', () => {
    expect(exportFrameWidth(svg)).toBe(640 + 2 * EXPORT_FRAME.padding);
    expect(exportFrameToHtml(frame)).toContain(`width: ${640 + 2 * EXPORT_FRAME.padding}px;`);
    const narrow = svg.replace('width="640"', 'width="200"');
    expect(exportFrameWidth(narrow)).toBe(EXPORT_FRAME.minContentWidth + 2 * EXPORT_FRAME.padding);
  });

  test('adds at least a title line, a footer line, the gaps and the padding to the height', () => {
    expect(exportFrameMinExtraHeight()).toBe(2 * 24 + 26 + 16 + 2 * 16);
  });
});
