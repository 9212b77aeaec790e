import { expect, test, type Page } from '@playwright/test';
import { STAGE_IDS } from '../../src/model/index.ts';
import { tabTo } from './support/focus.ts';

const diagram = (page: Page) => page.getByRole('group', { name: 'The six-stage ML pipeline' });
const stageLink = (page: Page, name: string) => diagram(page).getByRole('link', { name, exact: true });
const details = (page: Page, name: string) => page.getByRole('article', { name, exact: true });
const select = (page: Page) => page.getByRole('combobox', { name: 'Highlight where a tool fits' });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });

/** Presses Tab until `target` has focus; fails after `limit` presses. */
test.describe('/explore/ with the mouse', () => {
  test('choosing a stage shows its details only and keeps the choice in the URL', async ({ page }) => {
    await page.goto('/explore/');
    await expect(details(page, 'Data collection')).toBeVisible();
    await stageLink(page, 'Data validation').click();
    await expect(page).toHaveURL(/\/explore\/\?stage=data-validation$/);
    const panel = details(page, 'Data validation');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Great Expectations');
    await expect(panel).toContainText('Raw data snapshot, from Data collection');
    await expect(panel).toContainText('Columns, types and required fields match the expected schema');
    await expect(panel.getByRole('link', { name: 'Data pipeline' })).toHaveAttribute('href', '/pipeline-types/data-pipeline/');
    await expect(details(page, 'Data collection')).toBeHidden();
    await expect(status(page)).toHaveText('Showing Data validation.');
    await expect(stageLink(page, 'Data validation')).toHaveAttribute('aria-current', 'true');
  });

  test('choosing a pipeline type and a tool highlights the stages they cover', async ({ page }) => {
    await page.goto('/explore/');
    await expect(page.getByText('Highlighted:')).toBeHidden();
    await page.getByRole('radio', { name: 'Data pipeline' }).check();
    await expect(page.getByText('Highlighted:')).toBeVisible();
    await expect(page).toHaveURL(/\?type=data-pipeline$/);
    await expect(status(page)).toHaveText('Data pipeline leads Data collection, Data validation and Data processing.');
    await expect(stageLink(page, 'Data processing')).toHaveClass(/is-primary/);
    await expect(stageLink(page, 'Model building')).not.toHaveClass(/is-primary|is-supporting/);

    await page.getByRole('combobox', { name: 'Highlight where a tool fits' }).selectOption({ label: 'Feast' });
    await expect(page).toHaveURL(/\?type=data-pipeline&tool=feast$/);
    await expect(status(page)).toContainText('Feast fits Data processing and Model deployment.');
    await expect(stageLink(page, 'Model deployment')).toHaveClass(/is-tool-fit/);
    await expect(stageLink(page, 'Data collection')).not.toHaveClass(/is-tool-fit/);
  });

  test('before any choice it shows the first stage\'s details only, and leaves the URL alone', async ({ page }) => {
    await page.goto('/explore/');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(details(page, 'Data collection')).toBeVisible();
    await expect(stageLink(page, 'Data collection')).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/\/explore\/$/);
  });
});

test.describe('/explore/ layout', () => {
  test('on a laptop the diagram stays in view beside the details of the chosen stage, even the last one', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/explore/');
    await stageLink(page, 'Model deployment').click();
    const panel = details(page, 'Model deployment');
    await expect(page.getByRole('article')).toHaveCount(1);
    // Read to the end of the stage's details (its last line at the foot of the window): the
    // diagram is still whole on screen, beside them.
    await panel.getByRole('link', { name: 'More on model deployment' }).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    await expect(diagram(page)).toBeInViewport({ ratio: 1 });
    const [figure, text] = [await diagram(page).boundingBox(), await panel.boundingBox()];
    expect(figure && text && figure.x + figure.width <= text.x).toBe(true);
  });

  for (const [width, least] of [
    [1280, 12],
    [390, 11],
  ] as const) {
    test(`at ${width} px the diagram's labels are at least ${least} px as rendered, and nothing is cut off`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/explore/');
      const measured = await page.locator('.explorer-canvas').evaluate((canvas) => {
        const svg = canvas.querySelector('svg');
        if (!svg) return { smallest: 0, labels: 0, clipped: true, pageScrolls: true };
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = Array.from(svg.querySelectorAll('.fg-label'), (label) => parseFloat(getComputedStyle(label).fontSize) * scale);
        const box = svg.getBoundingClientRect();
        const frame = canvas.getBoundingClientRect();
        return {
          smallest: Math.min(...sizes),
          labels: sizes.length,
          clipped: canvas.scrollWidth > canvas.clientWidth || box.left < frame.left - 0.5 || box.right > frame.right + 0.5,
          pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
        };
      });
      expect(measured.labels).toBeGreaterThanOrEqual(6);
      expect(measured.smallest).toBeGreaterThanOrEqual(least);
      expect(measured.clipped).toBe(false);
      expect(measured.pageScrolls).toBe(false);
    });
  }
});

test.describe('/explore/ with the keyboard only', () => {
  test('reaches the stages, opens one, moves on and picks a pipeline type with arrow keys', async ({ page }) => {
    await page.goto('/explore/');
    await tabTo(page, stageLink(page, 'Data collection'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?stage=data-collection$/);
    await expect(details(page, 'Data collection')).toBeVisible();
    await expect(stageLink(page, 'Data collection')).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(stageLink(page, 'Data validation')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(details(page, 'Data validation')).toBeVisible();
    await expect(details(page, 'Data collection')).toBeHidden();

    // Back to the radio group: Shift+Tab past the tool select lands on the checked radio.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('radio', { name: 'None' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Workflow pipeline' })).toBeChecked();
    await expect(page).toHaveURL(/\?stage=data-validation&type=workflow-pipeline$/);
    await expect(stageLink(page, 'Data collection')).toHaveClass(/is-supporting/);
  });

  test('draws a visible focus indicator on a focused stage', async ({ page }) => {
    await page.goto('/explore/');
    await tabTo(page, stageLink(page, 'Model deployment'));
    const outline = await stageLink(page, 'Model deployment')
      .locator('rect.label-container')
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });
});

test.describe('/explore/ URL state', () => {
  test('opening a link shows exactly that view', async ({ page }) => {
    await page.goto('/explore/?stage=data-validation&type=data-pipeline&tool=great-expectations');
    await expect(page.getByRole('radio', { name: 'Data pipeline' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Highlight where a tool fits' })).toHaveValue('great-expectations');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(details(page, 'Data validation')).toBeVisible();
    await expect(stageLink(page, 'Data validation')).toHaveClass(/is-selected/);
    await expect(stageLink(page, 'Data validation')).toHaveClass(/is-tool-fit/);
  });

  test('ignores unknown values', async ({ page }) => {
    await page.goto('/explore/?stage=deployment&type=etl');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(details(page, 'Data collection')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'None' })).toBeChecked();
  });

  test('back and forward step through selections', async ({ page }) => {
    await page.goto('/explore/?stage=data-validation');
    await stageLink(page, 'Model building').click();
    await page.getByRole('radio', { name: 'Model pipeline' }).check();
    await expect(page).toHaveURL(/\?stage=model-building&type=model-pipeline$/);

    await page.goBack();
    await expect(page).toHaveURL(/\?stage=model-building$/);
    await expect(page.getByRole('radio', { name: 'None' })).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\?stage=data-validation$/);
    await expect(details(page, 'Data validation')).toBeVisible();
    await expect(details(page, 'Model building')).toBeHidden();
    await page.goForward();
    await expect(details(page, 'Model building')).toBeVisible();
    await expect(status(page)).toHaveText('Showing Model building.');
  });
});

test.describe('/explore/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every stage with its details and links the diagram to them', async ({ page }) => {
    await page.goto('/explore/?stage=data-validation');
    await expect(page.getByRole('article')).toHaveCount(STAGE_IDS.length);
    for (const name of ['Data collection', 'Training & evaluation', 'Model deployment']) await expect(details(page, name)).toBeVisible();
    await expect(details(page, 'Training & evaluation')).toContainText('MLflow Tracking');
    await expect(page.getByRole('radio')).toHaveCount(0);
    // Not just invisible: the controls that need a script take no room without one.
    expect(await page.locator('[data-explorer-controls]').boundingBox()).toBeNull();
    await stageLink(page, 'Model deployment').click();
    await expect(page).toHaveURL(/#stage-model-deployment$/);
  });
});

test('showing the controls once the script runs moves nothing on the page (no layout shift)', async ({ page }) => {
  // A phone, where revealing the controls above the diagram used to shift the page by 0.10.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/explore/');
  await expect(page.getByRole('radio', { name: 'None' })).toBeVisible();
  // Let the observer report anything the reveal caused.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
  // Anything a reader would notice is ≥ 0.01.
  expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
});

test('the explorer\'s controls are drawn in Starlight\'s colours in both themes, with a visible focus ring', async ({ page }) => {
  for (const theme of ['light', 'dark']) {
    await page.goto('/explore/');
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const drawn = await select(page).evaluate((el) => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--sl-color-gray-6)';
      el.after(probe);
      const panel = getComputedStyle(probe).color;
      probe.style.color = 'var(--sl-color-accent)';
      const accent = getComputedStyle(probe).color;
      probe.remove();
      const radio = el.closest('[data-explorer]')?.querySelector('input[type="radio"]');
      return {
        appearance: getComputedStyle(el).appearance,
        background: getComputedStyle(el).backgroundColor,
        panel,
        radioAccent: radio ? getComputedStyle(radio).accentColor : '',
        accent,
      };
    });
    expect(drawn.appearance, theme).toBe('none');
    expect(drawn.background, theme).toBe(drawn.panel);
    expect(drawn.radioAccent, theme).toBe(drawn.accent);
  }
  await select(page).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await select(page).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});
