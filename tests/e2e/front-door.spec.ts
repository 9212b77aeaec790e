import { expect, test, type Page } from '@playwright/test';
import { CHOOSER_QUESTION_IDS, FRAMING_FIELD_IDS, model, PATTERN_IDS, PIPELINE_TYPE_IDS, STAGE_IDS, stageHref, TOOL_IDS } from '../../src/model/index.ts';

/**
 * Every section of the guide a reader must reach from the front door: the entry's name, a count
 * it shows (from the model) where it has one, and the heading of the page it opens.
 */
const SECTIONS = [
  { name: 'Frame the project', count: `${FRAMING_FIELD_IDS.length} questions`, path: '/framing/' },
  { name: 'The pipeline', count: `${STAGE_IDS.length} stages`, path: '/pipeline/' },
  { name: 'Pipeline types', count: `${PIPELINE_TYPE_IDS.length} pipeline types`, path: '/pipeline-types/' },
  { name: 'Design patterns', count: `${PATTERN_IDS.length} patterns`, path: '/patterns/' },
  { name: 'Tools', count: `${TOOL_IDS.length} tools`, path: '/tools/' },
  { name: 'In production', path: '/production/' },
  { name: 'Practices', path: '/practices/notebooks/' },
  { name: 'Explorer', path: '/explore/' },
  { name: 'Chooser', count: `${CHOOSER_QUESTION_IDS.length} questions`, path: '/choose/' },
  { name: 'Diagrams', path: '/diagrams/' },
  { name: 'Printable sheets', path: '/reference/print/' },
  { name: 'Starter kit', count: `${STAGE_IDS.length} notebooks`, path: '/practices/notebooks/', hash: '#the-starter-kit' },
] as const;

const entries = (page: Page) => page.getByRole('list', { name: 'Sections of the guide' });
const stages = (page: Page) => page.getByRole('list', { name: 'The six stages, in order' });

/** How far down the page an element ends, in px from the top of the document. */
const bottomOf = (page: Page, name: string) =>
  page.getByRole('list', { name }).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

test.describe('the front door on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('says what the reader gets, and shows the six stages and every section within two screens', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/^ML Pipeline Field Guide \| \S/);
    expect(await page.title()).not.toBe('ML Pipeline Field Guide | ML Pipeline Field Guide');
    await expect(page.locator('head title')).toHaveCount(1);
    await expect(page.getByText(/^Learn what each of the six stages/)).toBeVisible();
    await expect(stages(page).getByRole('link')).toHaveText(STAGE_IDS.map((id) => new RegExp(`${model.stages[id].name}$`)));
    for (const [i, id] of STAGE_IDS.entries()) await expect(stages(page).getByRole('link').nth(i)).toHaveAttribute('href', stageHref(id));
    for (const s of SECTIONS) {
      const link = entries(page).getByRole('link', { name: new RegExp(`^${s.name}`) });
      await expect(link).toHaveAttribute('href', `${s.path}${'hash' in s ? s.hash : ''}`);
      if ('count' in s) await expect(link).toContainText(s.count);
    }
    expect(await bottomOf(page, 'The six stages, in order')).toBeLessThanOrEqual(2 * 844);
    expect(await bottomOf(page, 'Sections of the guide')).toBeLessThanOrEqual(2 * 844);
  });

  test('reaches every section through its entry', async ({ page }) => {
    for (const s of SECTIONS) {
      await page.goto('/');
      await entries(page).getByRole('link', { name: new RegExp(`^${s.name}`) }).click();
      await expect(page, s.name).toHaveURL(new RegExp(`${s.path.replace(/\//g, '\\/')}${'hash' in s ? s.hash : ''}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

  test('opens the menu, which lists every section', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Menu' }).click();
    const menu = page.getByRole('navigation', { name: 'Main' });
    await expect(menu.getByRole('link', { name: 'Start here' })).toBeVisible();
    for (const path of ['/pipeline/', '/pipeline-types/', '/tools/', '/patterns/', '/production/', '/practices/notebooks/', '/explore/', '/choose/', '/diagrams/', '/reference/print/']) {
      await expect(menu.locator(`a[href="${path}"]`).first(), path).toBeAttached();
    }
    await menu.locator('a[href="/pipeline-types/"]').filter({ visible: true }).first().click();
    await expect(page).toHaveURL(/\/pipeline-types\/$/);
  });
});

test.describe('the front door on a laptop (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('holds the sentence, the six stages in one row and every section on the first screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(/^Learn what each of the six stages/)).toBeInViewport({ ratio: 1 });
    const tops = await stages(page).getByRole('link').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'stages on one row, left to right').toBe(1);
    await expect(stages(page)).toBeInViewport({ ratio: 1 });
    await expect(entries(page)).toBeInViewport({ ratio: 1 });
    await expect(entries(page).getByRole('link')).toHaveCount(await entries(page).getByRole('listitem').count());
  });
});
