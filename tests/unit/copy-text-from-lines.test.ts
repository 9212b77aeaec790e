import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { select, toHtml } from '@astrojs/starlight/expressive-code/hast';
import { describe, expect, test } from 'vitest';
import { copyTextFromLines, textOfLines } from '../../src/components/copy-text-from-lines.ts';

const ec = new ExpressiveCode({ plugins: [copyTextFromLines()], defaultProps: { wrap: true } });
const plainEc = new ExpressiveCode({ defaultProps: { wrap: true } });
const render = async (code: string, language: string, engine = ec) => (await engine.render({ code, language })).renderedGroupAst;

describe('copyTextFromLines', () => {
  test('reads back the block text from its lines, blank lines and indents included', async () => {
    const code = 'def f(x):\n\n    """Doc."""\n\t\treturn x  # two spaces\n\n';
    const block = await render(code, 'python', plainEc);
    const figure = select('figure', block);
    const button = select('.copy button', block);
    // What Expressive Code itself would copy: its attribute, newlines as U+007F.
    expect(typeof button?.properties.dataCode).toBe('string');
    expect(figure && textOfLines(figure)).toBe(String(button?.properties.dataCode).replaceAll('\x7f', '\n'));
    expect(figure && textOfLines(figure)).toContain('\n\n    """Doc."""\n\t\treturn');
  });

  test('drops the copy button’s second copy of the text when the lines give it back', async () => {
    const block = await render('import pandas as pd\n\nframe = pd.DataFrame()', 'python');
    expect(select('.copy button', block)).toBeDefined();
    expect(toHtml(block)).not.toContain('data-code');
  });

  test('keeps it where the copied text differs from the lines (a terminal block leaves out comments)', async () => {
    const block = await render('# set up\npip install -r requirements.txt', 'sh');
    expect(toHtml(block)).toContain('data-code="pip install -r requirements.txt"');
  });

  test('puts the text back, from the lines, before Expressive Code’s click handler reads it', () => {
    const [script] = copyTextFromLines().jsModules as string[];
    expect(script).toContain("document.addEventListener('click'");
    expect(script).toMatch(/,true\);$/);
  });
});
