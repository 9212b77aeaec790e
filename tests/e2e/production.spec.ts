import { expect, test } from '@playwright/test';
import {
  ALL_YES_LEVEL,
  antiPatterns,
  DATA_VERSIONING_IDS,
  dataVersioning,
  MICROSOFT_LEVEL_IDS,
  microsoftLevels,
  ROLLOUT_STRATEGY_IDS,
  rolloutStrategies,
  selfAssessment,
} from '../../src/model/guide.ts';
import { model, STAGE_IDS, toolCategories, toolHref, toolsInCategory } from '../../src/model/index.ts';

/** A name as the start of an accessible name that goes on (a row header with notes under the name). */
const startsWith = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test.describe('maturity levels', () => {
  test.use({ javaScriptEnabled: false });

  test('show every Microsoft level beside the Google levels it corresponds to', async ({ page }) => {
    await page.goto('/practices/maturity-levels/');
    const table = page.getByRole('table', { name: /Microsoft's five MLOps maturity levels/ });
    await expect(table.getByRole('row')).toHaveCount(1 + MICROSOFT_LEVEL_IDS.length);
    for (const id of MICROSOFT_LEVEL_IDS) {
      const row = table.getByRole('row', { name: startsWith(microsoftLevels[id].name) });
      await expect(row.getByRole('link')).toHaveCount(microsoftLevels[id].google.length);
    }
  });

  test('place a reader without JavaScript: the first "no" names a level and leads to its row', async ({ page }) => {
    await page.goto('/practices/maturity-levels/');
    const questions = page.locator('.self-assessment > li');
    await expect(questions).toHaveCount(selfAssessment.length);
    const last = selfAssessment[selfAssessment.length - 1];
    await page.locator(`#assess-${last.id}`).getByRole('link', { name: microsoftLevels[last.ifNo].name }).click();
    await expect(page).toHaveURL(new RegExp(`#maturity-${last.ifNo}$`));
    await expect(page.getByRole('row', { name: startsWith(microsoftLevels[last.ifNo].name) })).toBeInViewport();
    await expect(page.locator('.self-assessment-end')).toContainText(microsoftLevels[ALL_YES_LEVEL].name);
  });
});

test('the anti-patterns page links each debt to the patterns that prevent it', async ({ page }) => {
  await page.goto('/practices/anti-patterns/');
  const glue = page.getByRole('region', { name: antiPatterns['glue-code'].name });
  for (const p of antiPatterns['glue-code'].patterns) await expect(glue.getByRole('link', { name: model.patterns[p].name })).toHaveAttribute('href', `/patterns/${p}/`);
  await expect(glue.getByRole('link', { name: /Hidden Technical Debt/ })).toBeVisible();
});

test('the deployment strategies page has a row per strategy and the traffic diagram', async ({ page }) => {
  await page.goto('/production/deployment-strategies/');
  const table = page.getByRole('table', { name: /Rollout strategies/ });
  await expect(table.getByRole('row')).toHaveCount(1 + ROLLOUT_STRATEGY_IDS.length);
  for (const id of ROLLOUT_STRATEGY_IDS) await expect(table.getByRole('rowheader', { name: startsWith(rolloutStrategies[id].name) })).toBeVisible();
  await expect(page.locator('#diagram-rollout-traffic')).toBeVisible();
});

test('the data versioning page compares every tool and shows the tested example', async ({ page }) => {
  await page.goto('/production/data-versioning/');
  const table = page.getByRole('table', { name: /How each tool lets a run name its data/ });
  for (const id of DATA_VERSIONING_IDS) await expect(table.getByRole('rowheader', { name: startsWith(dataVersioning[id].name) })).toBeVisible();
  await expect(page.getByText('examples/production/content_addressed_snapshots.py')).toBeVisible();
});

test('the LLM page maps every stage', async ({ page }) => {
  await page.goto('/production/llm-pipelines/');
  const table = page.getByRole('table', { name: /What each of the six stages becomes/ });
  await expect(table.getByRole('row')).toHaveCount(1 + STAGE_IDS.length);
  for (const id of STAGE_IDS) await expect(table.getByRole('link', { name: model.stages[id].name })).toBeVisible();
});

test('the monitoring page lists every monitoring tool of the model, each linking to its own page', async ({ page }) => {
  await page.goto('/production/monitoring/');
  const list = page.getByRole('list', { name: toolCategories.monitoring.name });
  const tools = toolsInCategory(model, 'monitoring');
  expect(tools.length).toBeGreaterThan(0);
  await expect(list.getByRole('listitem')).toHaveCount(tools.length);
  for (const tool of tools) {
    const link = list.getByRole('link', { name: tool.name, exact: true });
    await expect(link).toHaveAttribute('href', toolHref(tool.id));
    await expect(list.getByRole('listitem').filter({ has: page.getByRole('link', { name: tool.name, exact: true }) })).toContainText(tool.role);
  }
});
