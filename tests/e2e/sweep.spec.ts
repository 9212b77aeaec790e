import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { PATTERN_IDS, patternHref, TOOL_IDS, toolHref } from '../../src/model/index.ts';
import { axeOn } from './support/axe.ts';
import { contrastRatio, diagramLabelColours } from './support/contrast.ts';
import { layoutProblems, measurePageLayout } from './support/diagram-layout.ts';
import { guardPage } from './support/page-guards.ts';
import { sitemapPaths } from './support/site-pages.ts';

// One pass over the built site: each page of the sitemap is loaded once per view (theme × width)
// and every per-page check runs on that load. What reads the static HTML alone (privacy, the
// policy's directives, "On this page" listing every h2, the sidebar and previous/next) is in
// tests/built/ instead; interactions (search, the chooser, the keyboard…) have their own specs.

/** Widths a reader uses, and the smallest diagram label each must show (docs/quality.md: ≥ 12 px on a laptop, ≥ 11 px on a phone). */
const WIDTHS = {
  phone: { width: 390, height: 844, minimumLabel: 11 },
  desktop: { width: 1280, height: 800, minimumLabel: 12 },
} as const;
type Width = keyof typeof WIDTHS;
type Theme = 'light' | 'dark';

interface View {
  theme: Theme;
  width: Width;
}

// Why these views. The theme changes colours (axe's contrast, the diagram labels' contrast);
// the width changes layout (the phone menu, the mobile contents, each diagram's phone layout,
// sideways scrolling, label sizes). A page written by hand is unique, so it is checked at all
// four combinations. Tool pages (one Astro route) and pattern pages (one layout and the same
// components around each pattern's prose) share their markup and styles: each is checked at two
// views that between them show both themes and both widths (phone light, desktop dark), with
// axe at both, so every page's own content still meets every check at each width and in each
// theme; every tenth of them (first, eleventh, …, in sitemap order) also gets the other two
// combinations, which is where a template's own problems (its CSS in one theme at one width) show.
const ALL_VIEWS: readonly View[] = [
  { theme: 'light', width: 'phone' },
  { theme: 'dark', width: 'phone' },
  { theme: 'light', width: 'desktop' },
  { theme: 'dark', width: 'desktop' },
];
const TEMPLATE_VIEWS: readonly View[] = [
  { theme: 'light', width: 'phone' },
  { theme: 'dark', width: 'desktop' },
];
const TEMPLATES = [TOOL_IDS.map(toolHref), PATTERN_IDS.map(patternHref)].map((hrefs) => new Set<string>(hrefs));
const SAMPLE_EVERY = 10;

/** The views a page is checked at (see above). */
function viewsOf(path: string, pages: readonly string[]): readonly View[] {
  const template = TEMPLATES.find((t) => t.has(path));
  if (!template) return ALL_VIEWS;
  const index = pages.filter((p) => template.has(p)).indexOf(path);
  return index % SAMPLE_EVERY === 0 ? ALL_VIEWS : TEMPLATE_VIEWS;
}

const viewName = (view: View) => `${view.theme}, ${view.width}`;

/**
 * The axe rules whose outcome depends on colour. A theme changes colours only: the DOM, the ARIA,
 * the layout and what is visible are the same in both (the theme select's icons aside, which are
 * aria-hidden), so every other rule gives the same answer in either theme at one width.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Which axe rules a view runs: all of WCAG 2.2 A and AA at the two views that between them show
 * both themes and both widths (phone light, desktop dark, the views every page has), and the
 * colour rules at the other two (all rules there would repeat the same checks on the same
 * markup, and axe is most of the sweep's time).
 */
type AxeScope = 'all' | 'colour';

/** Every axe violation on the page, one line per element. No finding is exempt. */
async function axeViolations(page: Page, scope: AxeScope = 'all'): Promise<string[]> {
  const results = await (scope === 'all' ? axeOn(page) : axeOn(page).withRules(COLOUR_RULES)).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `axe ${v.id} (${v.impact}) ${n.target.join(' ')}: ${v.help}. ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`),
  );
}

/** Diagram labels under 4.5:1 against what is behind them (axe does not look inside role="img"). */
async function faintLabels(page: Page): Promise<string[]> {
  return (await diagramLabelColours(page)).flatMap((c) => {
    const ratio = contrastRatio(c.text, c.behind);
    return ratio < 4.5 ? [`diagram label "${c.label}": ${c.text} on ${c.behind} is ${ratio.toFixed(2)}:1 (at least 4.5:1)`] : [];
  });
}

/** Every diagram the width shows is a picture (or a group of links) with an accessible name and description. */
async function checkDiagramNames(page: Page, where: string): Promise<void> {
  // The layouts a width does not show are display: none, out of everyone's way.
  for (const diagram of await page.locator('svg.field-guide-diagram').filter({ visible: true }).all()) {
    const id = (await diagram.getAttribute('id')) ?? 'a diagram';
    expect.soft(['img', 'group'], `${where}: role of ${id}`).toContain(await diagram.getAttribute('role'));
    await expect.soft(diagram, `${where}: accessible name of ${id}`).toHaveAccessibleName(/\S/);
    await expect.soft(diagram, `${where}: accessible description of ${id}`).toHaveAccessibleDescription(/\S{3}/);
  }
}

interface HeadingSeen {
  id: string;
  text: string;
  /** Font size, weight and the space above its block (the anchor wrapper, as Starlight renders Markdown headings). */
  look: string;
  /** Has Starlight's anchor link, as every Markdown heading has. */
  anchored: boolean;
}

/** On a page with "On this page" (desktop): every h2 of the text looks like the others and has its anchor link. */
async function unlikeHeadings(page: Page): Promise<string[]> {
  if ((await page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true }).count()) === 0) return [];
  const headings: HeadingSeen[] = await page.locator('main .sl-markdown-content h2[id]').evaluateAll((els) =>
    els.filter((h) => !h.id.startsWith('starlight__')).map((h) => {
      const block = h.closest('.sl-heading-wrapper') ?? h;
      const style = getComputedStyle(h);
      return {
        id: h.id,
        text: (h.textContent ?? '').trim(),
        look: `${style.fontSize} ${style.fontWeight} ${style.lineHeight}, ${getComputedStyle(block).marginTop} above`,
        anchored: block.querySelector(':scope > a.sl-anchor-link') !== null,
      };
    }),
  );
  // The first h2 may open the page with no space above it; every later one is spaced like the rest.
  const [first, ...rest] = headings;
  const usual = rest.map((h) => h.look).sort((a, b) => rest.filter((h) => h.look === b).length - rest.filter((h) => h.look === a).length)[0];
  return [
    ...rest.filter((h) => h.look !== usual).map((h) => `h2 #${h.id} "${h.text}": ${h.look}, most h2s here: ${usual}`),
    ...headings.filter((h) => !h.anchored).map((h) => `h2 #${h.id} "${h.text}": no anchor link`),
    ...(first && rest.length > 0 && first.look.split(',')[0] !== usual.split(',')[0] ? [`h2 #${first.id} "${first.text}": ${first.look}`] : []),
  ];
}

/** The page's theme switch works under its policy: the other theme and back. */
async function themeSwitchProblems(page: Page, theme: Theme): Promise<string[]> {
  const picker = page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true }).first();
  const problems: string[] = [];
  for (const t of [theme === 'light' ? 'dark' : 'light', theme]) {
    await picker.selectOption(t);
    const now = await page.locator('html').getAttribute('data-theme');
    if (now !== t) problems.push(`the theme picker set "${t}", the page shows "${now}"`);
  }
  return problems;
}

/** The axe scope of each view of a page (see AxeScope). */
function axeScopes(views: readonly View[]): Map<string, AxeScope> {
  const everyRule = new Set(TEMPLATE_VIEWS.map(viewName));
  return new Map(views.map((view) => [viewName(view), everyRule.has(viewName(view)) ? 'all' : 'colour']));
}

/**
 * One browser context per theme for each worker, which stores that theme as the reader's choice
 * and is kept from page to page: a page of the sweep opens in a warm context (its stylesheets,
 * scripts and fonts cached, as for a reader moving through the guide), and each page still gets a
 * page, a document and guards of its own.
 */
const test = base.extend<object, { themeContexts: Record<Theme, BrowserContext> }>({
  themeContexts: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL ?? '';
      const origin = new URL(baseURL).origin;
      const contextOf = (theme: Theme) =>
        browser.newContext({
          baseURL,
          // Starlight keeps the reader's choice here and applies it before first paint.
          storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'starlight-theme', value: theme }] }] },
        });
      const contexts = { light: await contextOf('light'), dark: await contextOf('dark') };
      await use(contexts);
      await Promise.all([contexts.light.close(), contexts.dark.close()]);
    },
    { scope: 'worker' },
  ],
});

/** Loads `path` at each view of one theme, in a new page of the worker's context for that theme. */
async function sweepTheme(context: BrowserContext, baseURL: string, path: string, theme: Theme, widths: readonly Width[], last: boolean, scopes: Map<string, AxeScope>): Promise<string[]> {
  const origin = new URL(baseURL).origin;
  const problems: string[] = [];
  const page = await context.newPage();
  try {
    const guards = await guardPage(page, origin);
    for (const width of widths) {
      const view = { theme, width };
      const at = (p: string) => `[${viewName(view)}] ${p}`;
      const { minimumLabel, ...size } = WIDTHS[width];
      await page.setViewportSize(size);
      await page.goto(path);
      const shown = await page.locator('html').getAttribute('data-theme');
      if (shown !== theme) problems.push(at(`the page shows the "${shown}" theme`));
      problems.push(...layoutProblems(await measurePageLayout(page), size.width, minimumLabel).map(at));
      await checkDiagramNames(page, `${path} [${viewName(view)}]`);
      problems.push(...(await faintLabels(page)).map(at));
      if (width === 'desktop') problems.push(...(await unlikeHeadings(page)).map(at));
      problems.push(...(await axeViolations(page, scopes.get(viewName(view)) ?? 'all')).map(at));
      if (last && width === widths.at(-1)) {
        problems.push(...(await themeSwitchProblems(page, theme)).map(at));
        await page.waitForLoadState('networkidle');
      }
      // What this document's policy blocked (the list starts empty with each document).
      problems.push(...(await page.evaluate(() => window.__cspViolations ?? [])).map((v) => at(`CSP violation ${v}`)));
    }
    problems.push(...guards.violations.map((v) => `[${theme}] CSP ${v}`), ...guards.offSite.map((url) => `[${theme}] off-site request: ${url}`));
  } finally {
    await page.close();
  }
  return problems;
}

const PAGES = sitemapPaths();

test.describe('every page, at each of its views', () => {
  for (const path of PAGES) {
    const views = viewsOf(path, PAGES);
    test(`${path} passes every per-page check (${views.map(viewName).join('; ')})`, async ({ themeContexts, baseURL }) => {
      // Up to four axe runs: on the largest pages (/patterns/, 2,600 elements with its linked
      // maps) they take close to Playwright's default 30 s each on two busy cores.
      test.setTimeout(180_000);
      const problems: string[] = [];
      const themes = [...new Set(views.map((v) => v.theme))];
      const scopes = axeScopes(views);
      for (const [i, theme] of themes.entries()) {
        const widths = views.filter((v) => v.theme === theme).map((v) => v.width);
        problems.push(...(await sweepTheme(themeContexts[theme], baseURL ?? '', path, theme, widths, i === themes.length - 1, scopes)));
      }
      expect(problems, `${path}:\n${problems.join('\n')}`).toEqual([]);
    });
  }
});

test.describe('the sweep itself', () => {
  test('checks every page, each at both widths and in both themes, and the templates at every view on a sample', () => {
    const seen = PAGES.map((path) => viewsOf(path, PAGES));
    for (const views of seen) {
      expect(new Set(views.map((v) => v.theme))).toEqual(new Set(['light', 'dark']));
      expect(new Set(views.map((v) => v.width))).toEqual(new Set(['phone', 'desktop']));
    }
    for (const template of TEMPLATES) {
      const pages = PAGES.filter((p) => template.has(p));
      expect(pages.length).toBe(template.size);
      expect(pages.filter((p) => viewsOf(p, PAGES).length === ALL_VIEWS.length).length).toBeGreaterThanOrEqual(3);
    }
  });

  test('runs every axe rule once in each theme and at each width, and the colour rules at every view', () => {
    for (const path of PAGES) {
      const views = viewsOf(path, PAGES);
      const scopes = axeScopes(views);
      const everyRule = views.filter((v) => scopes.get(viewName(v)) === 'all');
      expect(everyRule.map((v) => v.width).sort(), path).toEqual(['desktop', 'phone']);
      expect(everyRule.map((v) => v.theme).sort(), path).toEqual(['dark', 'light']);
      expect(views.filter((v) => scopes.get(viewName(v)) === 'colour'), path).toHaveLength(views.length - 2);
    }
  });

  test('the colour rules alone still catch text too faint to read', async ({ page }) => {
    await page.goto('/pipeline/');
    await page.locator('main h1').evaluate((h1) => h1.after(Object.assign(document.createElement('p'), { id: 'faint-text', textContent: 'Hard to read' })));
    // A CSSOM edit, not a style attribute: the page's policy allows it.
    await page.locator('#faint-text').evaluate((p) => {
      if (!(p instanceof HTMLElement)) return;
      p.style.color = '#e8e8e8';
      p.style.backgroundColor = '#ffffff';
    });
    const found = await axeViolations(page, 'colour');
    expect(found.filter((v) => v.startsWith('axe color-contrast') && v.includes('#faint-text')), found.join('\n')).toHaveLength(1);
  });

  test('the theme follows the system when set to auto, and stays clean in dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'auto'));
    await page.goto('/pipeline/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe, run as the sweep runs it, finds a violation and names its element', async ({ page }) => {
    await page.goto('/pipeline/');
    // An image with no text alternative, in the page's own text.
    await page.locator('main h1').evaluate((h1) => h1.after(Object.assign(document.createElement('img'), { id: 'unnamed-image', src: '/favicon.svg', width: 32, height: 32 })));
    const found = await axeViolations(page);
    expect(found.filter((v) => v.startsWith('axe image-alt') && v.includes('#unnamed-image')), found.join('\n')).toHaveLength(1);
  });

  test('the contrast check catches a faint label', async ({ page }) => {
    await page.goto('/pipeline/');
    // A node's label (edge labels sit on the page background, not on a shape).
    const label = page.locator('svg.field-guide-diagram g.node .fg-label').first();
    // A CSSOM edit, not a style attribute: the page's policy allows it.
    await label.evaluate((el) => {
      const shape = el.closest('g.node')?.querySelector(':scope > rect, :scope > polygon, :scope > path, :scope > circle');
      if (el instanceof HTMLElement && shape) el.style.color = getComputedStyle(shape).fill;
    });
    expect((await faintLabels(page)).length).toBeGreaterThan(0);
  });
});
