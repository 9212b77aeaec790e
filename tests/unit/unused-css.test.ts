import { describe, expect, test } from 'vitest';
import { cssWithoutUnusedRules, linkedStylesheets, selectorWords } from '../../src/build/unused-css.ts';

// Rules as Starlight ships them (minified as the build writes them), and one of a component this page never renders.
const RESET = '[lang]:where(:lang(zh),:lang(ja)){text-autospace:normal}[lang]:where(:not(:lang(zh),:lang(ja))){text-autospace:initial}';
const LIST_SPACING =
  '.sl-markdown-content :is(ol,ul)>li>:is(:last-child:not(a,strong,:where(.not-content *)),:not(script):has(~script:last-child)){margin-bottom:1.25rem}';
const RESPONSIVE = '@media (min-width:50em){.md\\:sl-hidden{display:none}}';
const BADGE =
  '.sl-badge:where(.astro-f4zorn72){border:1px solid}.sidebar-content .sl-badge:where(.astro-f4zorn72){font-size:.75rem}.sl-badge:where(.astro-f4zorn72):hover{color:red}.sl-badge:after{content:"x"}';
const FIRST_OF_TYPE = '.sl-markdown-content :where(:first-of-type){margin-top:0}';
const MENU = '.sl-menu-button[aria-expanded=true] svg{rotate:90deg}';
const PAGE = '<html lang="en"><body><div class="sidebar-content"><button class="sl-menu-button md:sl-hidden"><svg></svg></button></div><main class="sl-markdown-content"><ul><li><p>a</p></li></ul></main></body></html>';
const SCRIPT = "button.setAttribute('aria-expanded', 'true')";

async function purged(css: string, scripts: readonly string[] = [SCRIPT]): Promise<string> {
  const [sheet] = await cssWithoutUnusedRules([css], [{ raw: PAGE, extension: 'html' }, ...scripts.map((raw) => ({ raw, extension: 'js' }))]);
  return sheet.css;
}

describe('cssWithoutUnusedRules', () => {
  test('drops the rules of a component no page renders', async () => {
    const css = await purged(RESET + BADGE);
    expect(css).not.toContain('sl-badge');
    expect(css).toContain('text-autospace');
  });

  test('keeps rules whose selectors are only pseudo-classes inside :where() and :is()', async () => {
    const css = await purged(RESET + LIST_SPACING + FIRST_OF_TYPE);
    expect(css).toContain('margin-top:0');
    expect(css).toContain(':not(:lang(zh),:lang(ja))');
    expect(css).toContain(':lang(zh)');
    expect(css).toContain('margin-bottom:1.25rem');
  });

  test('keeps a class with a colon (md:sl-hidden) that a page uses', async () => {
    expect(await purged(RESPONSIVE)).toContain('display:none');
  });

  test('keeps a state a script sets, and drops it when no script sets it', async () => {
    expect(await purged(MENU)).toContain('rotate:90deg');
    expect(await purged(MENU, [])).not.toContain('rotate');
  });
});

describe('selectorWords', () => {
  test('keeps a name with colons whole and in parts', () => {
    expect(selectorWords('class="sl-hidden md:sl-flex"')).toEqual(expect.arrayContaining(['sl-hidden', 'md:sl-flex', 'md', 'sl-flex']));
  });
});

describe('linkedStylesheets', () => {
  test('lists the site’s own stylesheets, print ones too, not icons or other sites', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="stylesheet" href="/_astro/main.css"><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="https://cdn.example/x.css">';
    expect(linkedStylesheets(html)).toEqual(['/_astro/print.css', '/_astro/main.css']);
  });
});
