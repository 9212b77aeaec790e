import { expect, test, type Page } from '@playwright/test';
import { model, stagesOfTool, TOOL_IDS, toolCategories, type ToolId } from '../../src/model/index.ts';

/** The tools of the "Every tool" table a reader can see, by name. */
function visibleToolNames(page: Page) {
  return page.getByRole('table', { name: /Every tool/ }).getByRole('row').filter({ visible: true }).getByRole('rowheader');
}

const names = (ids: readonly ToolId[]) => ids.map((id) => model.tools[id].name);

test.describe('/tools/ filter', () => {
  test('without JavaScript every tool is listed and the filter, which would not work, is hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tools/?category=monitoring');
    await expect(page.getByRole('table', { name: /Every tool/ }).getByRole('rowheader')).toHaveCount(TOOL_IDS.length);
    await expect(page.getByRole('combobox', { name: 'Kind' })).toBeHidden();
    await context.close();
  });

  test('narrows every table to one kind and stage, keeps the choice in the URL, and shows all again', async ({ page }) => {
    await page.goto('/tools/');
    const status = page.getByRole('status').filter({ hasText: /^Showing/ });
    await expect(status).toHaveText(`Showing all ${TOOL_IDS.length} tools.`);

    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: toolCategories.monitoring.name });
    await expect(page).toHaveURL(/\/tools\/\?category=monitoring$/);
    const monitoring = TOOL_IDS.filter((id) => model.tools[id].category === 'monitoring');
    expect(monitoring.length).toBeGreaterThan(1);
    await expect(visibleToolNames(page)).toHaveText(names(monitoring));
    await expect(status).toHaveText(`Showing ${monitoring.length} of ${TOOL_IDS.length} tools.`);
    // The matrices follow the same choice.
    const byStage = page.getByRole('table', { name: 'Which tool serves which stage' });
    await expect(byStage.getByRole('row').filter({ visible: true }).getByRole('rowheader')).toHaveText(names(monitoring));

    await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: model.stages['data-validation'].name });
    await expect(page).toHaveURL(/category=monitoring&stage=data-validation$/);
    const both = monitoring.filter((id) => stagesOfTool(model, id).includes('data-validation'));
    await expect(visibleToolNames(page)).toHaveText(names(both));

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('monitoring');
    await expect(visibleToolNames(page)).toHaveText(names(both));

    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page).toHaveURL(/\/tools\/$/);
    await expect(visibleToolNames(page)).toHaveCount(TOOL_IDS.length);
  });
});
