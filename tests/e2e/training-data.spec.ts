import { expect, test } from '@playwright/test';
import { CONTRACT_FIELD_IDS, contractFields, LABEL_CHECK_IDS, labelChecks, LABELLING_STRATEGY_IDS, labellingStrategies, trainingDataAnchor } from '../../src/model/guide.ts';

/** A name as the start of an accessible name that goes on. */
const startsWith = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test('the training data page shows every strategy and check as a region and every contract field as a row', async ({ page }) => {
  await page.goto('/production/training-data-and-labels/');
  for (const id of LABELLING_STRATEGY_IDS) await expect(page.getByRole('region', { name: startsWith(`${labellingStrategies[id].name}.`) })).toBeVisible();
  for (const id of LABEL_CHECK_IDS) await expect(page.getByRole('region', { name: startsWith(`${labelChecks[id].name}.`) })).toBeVisible();
  const table = page.getByRole('table', { name: /What a data contract for the churn table states/ });
  await expect(table.getByRole('row')).toHaveCount(1 + CONTRACT_FIELD_IDS.length);
  for (const id of CONTRACT_FIELD_IDS) await expect(table.getByRole('rowheader', { name: startsWith(contractFields[id].name) })).toBeVisible();
  // The example is shown in parts, each beside the claim it carries; the whole file is a download.
  await expect(page.getByText(/^examples\/production\/label_quality\.py, lines \d+–\d+$/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'the whole file' }).first()).toHaveAttribute('href', '/examples/production/label_quality.py');
});

test('a stage page links a strategy, and the link lands on it', async ({ page }) => {
  await page.goto('/pipeline/data-validation/');
  await page.getByRole('link', { name: labellingStrategies['hand-labels'].name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/production/training-data-and-labels/#${trainingDataAnchor('strategy', 'hand-labels')}$`));
  await expect(page.getByRole('region', { name: startsWith(`${labellingStrategies['hand-labels'].name}.`) })).toBeInViewport();
});
