import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/site-pages.ts';

const PAGES = sitemapPaths();

// Desktop width: the sidebar is shown beside the page, as a reader on a laptop sees it.
test.use({ viewport: { width: 1280, height: 900 } });

interface SidebarSeen {
  /** Pathnames of the sidebar's links, top to bottom. */
  links: string[];
  /** Labels of groups that hold no link. */
  emptyGroups: string[];
}

/** The sidebar of the open page, or null on a page without one (the splash landing page). */
async function sidebarOf(page: Page): Promise<SidebarSeen | null> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  if ((await nav.count()) === 0) return null;
  return nav.evaluate((el) => ({
    links: [...el.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname),
    emptyGroups: [...el.querySelectorAll('details')]
      .filter((group) => group.querySelector('a[href]') === null)
      .map((group) => group.querySelector('summary')?.textContent?.trim().replace(/\s+/g, ' ') ?? '(a group without a label)'),
  }));
}

/** Where the open page's previous or next link goes and the title it shows, or null when it has none. */
async function paginationTarget(page: Page, rel: 'prev' | 'next'): Promise<{ path: string; title: string } | null> {
  const link = page.locator(`.pagination-links a[rel="${rel}"]`);
  if ((await link.count()) === 0) return null;
  return {
    path: new URL((await link.getAttribute('href')) ?? '', page.url()).pathname,
    title: ((await link.locator('.link-title').textContent()) ?? '').trim(),
  };
}

test.describe('navigation', () => {
  test('every page in the sitemap is linked from the sidebar of every page, and no group is empty', async ({ page }) => {
    test.setTimeout(PAGES.length * 5_000);
    const missing = new Map<string, string[]>();
    const empty = new Map<string, string[]>();
    let sidebarsSeen = 0;
    for (const path of PAGES) {
      await page.goto(path);
      const sidebar = await sidebarOf(page);
      if (sidebar === null) continue;
      sidebarsSeen += 1;
      for (const target of PAGES.filter((p) => !sidebar.links.includes(p))) missing.set(target, [...(missing.get(target) ?? []), path]);
      for (const label of sidebar.emptyGroups) empty.set(label, [...(empty.get(label) ?? []), path]);
    }
    expect(sidebarsSeen, 'pages that show a sidebar').toBeGreaterThan(PAGES.length / 2);
    const report = (m: Map<string, string[]>) => [...m].map(([what, on]) => `${what} (on ${on.length} pages, e.g. ${on[0]})`);
    expect.soft(report(missing), 'pages the sidebar cannot reach').toEqual([]);
    expect.soft(report(empty), 'empty sidebar groups').toEqual([]);
  });

  test('previous and next walk the whole sidebar in its order, through every page of the sitemap, naming each page by its title', async ({ page }) => {
    test.setTimeout(PAGES.length * 5_000);
    await page.goto('/pipeline/');
    const sidebar = await sidebarOf(page);
    expect(sidebar, 'the sidebar of /pipeline/').not.toBeNull();
    // A link listed twice (e.g. a catalogue filtered by category) is one stop in the walk.
    const order = [...new Set(sidebar?.links ?? [])];

    const walked: string[] = [];
    const wrongPrevious: string[] = [];
    const wrongTitles: string[] = [];
    let next: { path: string; title: string } | null = { path: order[0], title: '' };
    while (next !== null && !walked.includes(next.path)) {
      await page.goto(next.path);
      const heading = ((await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '').trim();
      // The link that led here names this page as its heading does ("Next: Overview" from the landing page did not).
      if (walked.length > 0 && next.title !== heading) wrongTitles.push(`${walked.at(-1)}: Next says "${next.title}", ${next.path} is "${heading}"`);
      const previous = (await paginationTarget(page, 'prev'))?.path ?? null;
      const expected = walked.at(-1) ?? null;
      if (previous !== expected) wrongPrevious.push(`${next.path}: Previous goes to ${previous ?? 'nowhere'}, not ${expected ?? 'nowhere'}`);
      walked.push(next.path);
      next = await paginationTarget(page, 'next');
    }
    expect.soft(walked, 'pages reached by following Next from the first sidebar link').toEqual(order);
    expect.soft(wrongPrevious, 'Previous links that do not go back one step').toEqual([]);
    expect.soft(wrongTitles, 'Next links that do not name the page they lead to').toEqual([]);
    expect.soft(PAGES.filter((p) => !walked.includes(p)), 'pages in the sitemap that previous/next never reach').toEqual([]);
  });
});
