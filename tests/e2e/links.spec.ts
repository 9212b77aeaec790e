import { expect, test, type Page } from '@playwright/test';

const copied = (page: Page) => page.getByRole('status').filter({ hasText: /copied|address bar/ });

test.describe('the link icon beside a heading, a diagram or a stage', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('on a heading, from the keyboard, copies its URL, goes there and says "Link copied" where the reader looks', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/pipeline/');
    const link = page.getByRole('link', { name: 'Section titled “What each stage is for”' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(copied(page)).toHaveText('Link to “What each stage is for” copied');
    await expect(page).toHaveURL(/\/pipeline\/#what-each-stage-is-for$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/pipeline/#what-each-stage-is-for`);
    // Seen beside the icon, on the heading's line, not only heard.
    const note = page.locator('.sl-heading-wrapper').filter({ has: link }).getByText('Link copied');
    await expect(note).toBeVisible();
    const [noteBox, headingBox] = [await note.boundingBox(), await page.locator('#what-each-stage-is-for').boundingBox()];
    expect(noteBox && headingBox && noteBox.y < headingBox.y + headingBox.height).toBe(true);
  });

  test('on a diagram copies the link to the diagram, also when the click is the first thing the reader does', async ({ page, baseURL }) => {
    await page.goto('/pipeline/');
    await page.waitForLoadState('networkidle');
    // The tools are not in yet (they load on the reader's first move): the click is held for them.
    await expect(page.locator('#link-tools-status')).toHaveCount(0);
    await page.getByRole('link', { name: 'Diagram titled “The six-stage ML pipeline”' }).click();
    await expect(copied(page)).toHaveText('Link to “The six-stage ML pipeline” copied');
    // The note is where the reader clicked: the page does not jump to the top of the tall figure.
    await expect(page.locator('#diagram-pipeline-flow figcaption').getByText('Link copied')).toBeInViewport();
    await expect(page).toHaveURL(/\/pipeline\/#diagram-pipeline-flow$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/pipeline/#diagram-pipeline-flow`);
  });

  test('on a stage of the explorer copies the link to the stage', async ({ page, baseURL }) => {
    await page.goto('/explore/?stage=data-validation');
    await page.getByRole('link', { name: 'Section titled “Data validation”' }).click();
    await expect(copied(page)).toHaveText('Link to “Data validation” copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/explore/?stage=data-validation#stage-data-validation`);
  });

  test('copying the same link twice announces it twice', async ({ page }) => {
    await page.goto('/pipeline/');
    const link = page.getByRole('link', { name: 'Section titled “What each stage is for”' });
    const announcements: string[] = [];
    await page.exposeFunction('heard', (text: string) => announcements.push(text));
    // The pointer on its way to the icon loads the tools, and with them the live region.
    await link.hover();
    await expect(page.locator('#link-tools-status')).toHaveCount(1);
    await page.evaluate(() => {
      const region = document.getElementById('link-tools-status');
      const heard = (window as unknown as { heard: (t: string) => void }).heard;
      if (region) new MutationObserver(() => region.textContent && heard(region.textContent)).observe(region, { childList: true });
    });
    await link.click();
    await expect.poll(() => announcements.length).toBe(1);
    await link.click();
    await expect.poll(() => announcements.length).toBe(2);
  });
});

test.describe('the link tools load on the reader\'s first move', () => {
  test('not with the page, but once the pointer moves, a key is pressed or focus moves, and once only', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/link-tools\.[\w-]+\.js$/.test(path)) requested.push(path);
    });
    await page.goto('/pipeline/');
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    await page.mouse.move(200, 300);
    await expect(page.locator('#link-tools-status')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await page.mouse.move(300, 400);
    expect(requested).toHaveLength(1);
  });

  test('on a click with no pointer, focus or key event before it (a screen reader in browse mode), so the snippets\' copy buttons show', async ({ page }) => {
    await page.goto('/pipeline/');
    await page.waitForLoadState('networkidle');
    const snippets = page.locator('figure.diagram details.diagram-snippets').first();
    await snippets.locator('summary').evaluate((summary) => (summary as HTMLElement).click());
    await expect(snippets.getByRole('button', { name: 'Copy Markdown' })).toBeVisible();
  });

  test('at once when the address has an anchor, so a renamed anchor moves to its new id, and a moved one to its new page', async ({ page }) => {
    await page.goto('/pipeline/#what-each-stage-is-for');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#link-tools-status')).toHaveCount(1);
    // From /patterns/'s own redirects (src/links/page-anchor-redirects.ts), with no move of the reader's.
    await page.goto('/patterns/#all-thirty-patterns');
    await expect(page).toHaveURL(/\/patterns\/#every-pattern$/);
    await page.goto('/patterns/#diagram-pattern-map');
    await expect(page).toHaveURL(/\/patterns\/maps\/#diagram-pattern-map$/);
  });
});

test.describe('one link affordance per anchor', () => {
  const PAGES = ['/', '/pipeline/', '/pipeline/data-validation/', '/practices/anti-patterns/', '/explore/', '/choose/'];

  for (const path of PAGES) {
    test(`on ${path} every heading and diagram has exactly one link icon, on its own line's end`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('button', { name: /copy link/i })).toHaveCount(0);
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const targets = document.querySelectorAll('.sl-markdown-content :is(h2, h3, h4)[id], figure.diagram[id]');
        for (const target of targets) {
          const isFigure = target.matches('figure');
          const holder = isFigure ? target.querySelector('figcaption') : target.parentElement;
          if (!isFigure && !holder?.matches('.sl-heading-wrapper')) {
            found.push(`#${target.id}: not in Starlight's heading wrapper`);
            continue;
          }
          const links = holder?.querySelectorAll('a.sl-anchor-link') ?? [];
          if (links.length !== 1) {
            found.push(`#${target.id}: ${links.length} link icons`);
            continue;
          }
          if (!target.checkVisibility()) continue;
          // The icon sits at the end of the heading's (or caption title's) last line, never below it.
          const text = isFigure ? target.querySelector('.diagram-title') : target;
          const textBox = text?.getBoundingClientRect();
          const linkBox = links[0].getBoundingClientRect();
          if (!textBox || linkBox.top >= textBox.bottom) found.push(`#${target.id}: icon below its text`);
        }
        return { count: targets.length, found };
      });
      expect(problems.count).toBeGreaterThan(0);
      expect(problems.found).toEqual([]);
    });
  }

  test('without JavaScript the icon is a plain link to its anchor', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/pipeline/');
    await page.getByRole('link', { name: 'Diagram titled “The six-stage ML pipeline”' }).click();
    await expect(page).toHaveURL(/\/pipeline\/#diagram-pipeline-flow$/);
    await context.close();
  });
});

test.describe('diagram captions', () => {
  for (const path of ['/', '/pipeline/', '/pipeline/data-validation/']) {
    test(`on ${path} show the title and downloads; the long description is the SVG's and sits with the table`, async ({ page }) => {
      await page.goto(path);
      const figures = page.locator('figure.diagram:not(.diagram--fence)');
      expect(await figures.count()).toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        const description = (await figure.locator('.diagram-description').textContent())?.trim() ?? '';
        expect(description.length).toBeGreaterThan(40);
        await expect(figure.locator('.diagram-caption')).not.toContainText(description.slice(0, 40));
        await expect(figure.locator('.diagram-description')).toBeHidden();
        // An image, or a group when its boxes are links (see tests/e2e/diagram-maps.spec.ts).
        await expect(figure.locator('svg.field-guide-diagram').filter({ visible: true })).toHaveAccessibleDescription(description);
        await figure.locator('details.diagram-text summary').click();
        await expect(figure.locator('.diagram-description')).toBeVisible();
      }
      await page.emulateMedia({ media: 'print' });
      for (const figure of await figures.all()) await expect(figure.locator('.diagram-description')).toBeHidden();
    });
  }

  test('download links use the theme\'s accent colour, not the browser\'s blue, in both themes', async ({ page }) => {
    for (const theme of ['light', 'dark']) {
      await page.goto('/pipeline/');
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      const colours = await page
        .getByRole('link', { name: 'Download SVG' })
        .first()
        .evaluate((el) => {
          const probe = document.createElement('span');
          probe.style.color = 'var(--sl-color-text-accent)';
          el.parentElement?.append(probe);
          const accent = getComputedStyle(probe).color;
          probe.remove();
          return { link: getComputedStyle(el).color, accent };
        });
      expect(colours.link, theme).toBe(colours.accent);
    }
  });
});

test.describe('moved URLs', () => {
  test('an old URL with an anchor lands on the same heading at the new URL', async ({ page }) => {
    await page.goto('/stages/#which-pipeline-runs-which-stage');
    await expect(page).toHaveURL(/\/pipeline\/#which-pipeline-runs-which-stage$/);
    await expect(page.getByRole('heading', { name: 'Which pipeline runs which stage' })).toBeInViewport();
  });

  test('an old anchor alias, through a redirect, lands on the renamed heading', async ({ page }) => {
    await page.goto('/stages/#stages');
    await expect(page).toHaveURL(/\/pipeline\/#what-each-stage-is-for$/);
    await expect(page.getByRole('heading', { name: 'What each stage is for' })).toBeInViewport();
  });

  test('without JavaScript, the redirect page still forwards to the new page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/stages/');
    await expect(page).toHaveURL(/\/pipeline\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The six-stage ML pipeline');
    await context.close();
  });
});
