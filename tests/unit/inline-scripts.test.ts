import { describe, expect, test } from 'vitest';
import { htmlWithMinifiedInlineScripts } from '../../src/build/inline-scripts.ts';

const THEME = `<script>
\twindow.StarlightThemeProvider = (() => {
\t\t// The stored choice, else the system's.
\t\tconst storedTheme = typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');
\t\treturn { theme: storedTheme || 'dark' };
\t})();
</script>`;
const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('htmlWithMinifiedInlineScripts', () => {
  test('minifies an inline classic script, keeping the global it sets and what it does', () => {
    const html = htmlWithMinifiedInlineScripts(page(THEME));
    const code = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(code.length).toBeLessThan(THEME.length * 0.8);
    expect(code).not.toMatch(/\n|\t|stored choice/);
    expect(code).toContain('window.StarlightThemeProvider=');
    const window: { StarlightThemeProvider?: { theme: string } } = {};
    new Function('window', 'localStorage', code)(window, { getItem: () => 'light' });
    expect(window.StarlightThemeProvider).toEqual({ theme: 'light' });
  });

  test('leaves modules, scripts with a src, JSON and speculation rules as they are', () => {
    const others = [
      '<script type="module">let  a = 1;\n console.log(a)</script>',
      '<script type="module" src="/_astro/x.js"></script>',
      '<script type="application/json" id="r">{ "a" : 1 }</script>',
      '<script type="speculationrules">{ "prefetch" : [] }</script>',
    ].join('');
    expect(htmlWithMinifiedInlineScripts(page(others))).toBe(page(others));
  });

  test('a script that does not parse fails, naming the page', () => {
    expect(() => htmlWithMinifiedInlineScripts(page('<script>if (</script>'), 'pipeline/index.html')).toThrow(/^pipeline\/index\.html: the inline script/);
  });
});
