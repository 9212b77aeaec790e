import { expect, test } from '@playwright/test';
import { model, PIPELINE_TYPE_IDS, pipelineTypeHref, stageHref, STAGE_IDS } from '../../src/model/index.ts';

test.describe('the core diagrams are maps', () => {
  test('Tab reaches a stage of the six-stage diagram, shows where focus is, and Enter opens the stage page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/pipeline/');
    const diagram = page.locator('#diagram-pipeline-flow svg.field-guide-diagram').filter({ visible: true });
    const first = diagram.getByRole('link', { name: model.stages[STAGE_IDS[0]].name, exact: true });
    // Tab from the top of the page until focus enters the diagram: the sidebar comes first.
    for (let i = 0; i < 400 && !(await diagram.evaluate((svg) => svg.contains(document.activeElement))); i += 1) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    const outline = await first.evaluate((a) => {
      const style = getComputedStyle(a);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${stageHref(STAGE_IDS[0])}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(model.stages[STAGE_IDS[0]].name);
  });

  test('every stage of the six-stage diagram links to its page, on a laptop and on a phone', async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/pipeline/');
      const diagram = page.locator('#diagram-pipeline-flow svg.field-guide-diagram').filter({ visible: true });
      for (const id of STAGE_IDS) {
        await expect(diagram.getByRole('link', { name: model.stages[id].name, exact: true }), `${id} at ${width} px`).toHaveAttribute('href', stageHref(id));
      }
    }
  });

  test('the four-types diagram links each type to its page, and its key says what the borders mean', async ({ page }) => {
    await page.goto('/pipeline-types/');
    const figure = page.locator('#diagram-pipeline-types');
    for (const id of PIPELINE_TYPE_IDS) {
      await expect(figure.locator('svg.field-guide-diagram').getByRole('link', { name: model.pipelineTypes[id].name, exact: true })).toHaveAttribute('href', pipelineTypeHref(id));
    }
    const key = figure.getByRole('list', { name: 'Key' });
    await expect(key.getByRole('listitem')).toHaveText(['the pipeline type leads the stage', 'the pipeline type supports the stage', 'the pipeline type has no part in the stage']);
  });

  test("a stage's diagram links the stages around it and its pipeline types, with its key beside it", async ({ page }) => {
    await page.goto(stageHref('data-validation'));
    const figure = page.locator('#diagram-stage-data-validation');
    const svg = figure.locator('svg.field-guide-diagram').filter({ visible: true });
    await expect(svg.getByRole('link', { name: 'Data processing', exact: true })).toHaveAttribute('href', stageHref('data-processing'));
    await expect(svg.getByRole('link', { name: /^Data pipeline/ })).toHaveAttribute('href', pipelineTypeHref('data-pipeline'));
    await expect(figure.getByRole('list', { name: 'Key' })).toContainText('an artifact');
  });

  test('a pattern diagram links to how to read it', async ({ page }) => {
    await page.goto('/patterns/cascade/');
    await page.getByRole('link', { name: 'Reading a pattern diagram' }).click();
    await expect(page).toHaveURL(/\/patterns\/#reading-a-pattern-diagram$/);
  });
});
