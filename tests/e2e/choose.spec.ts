import { expect, test, type Page } from '@playwright/test';
import { CHOOSER_RULE_IDS, chooserQuestions, model } from '../../src/model/index.ts';
import { tabTo } from './support/focus.ts';

const question = (page: Page, text: RegExp) => page.getByRole('group', { name: text });
const rule = (page: Page, name: RegExp) => page.getByRole('article', { name });
const status = (page: Page) => page.locator('[data-chooser-status]');
const summary = (page: Page) => page.locator('[data-chooser-summary]');
const SCHEDULE = /moved or refreshed on a schedule/;
const CHOOSER_PLATFORMS = chooserQuestions.infrastructure.platforms['managed-cloud'];
const CHECKS = /Must the data be checked/;
const TRANSFORMS = /transforms travel with the model/;

test.describe('/choose/ with the mouse', () => {
  test('shows the questions and a prompt until a question is answered, then only the matching recommendations', async ({ page }) => {
    await page.goto('/choose/');
    await expect(page.getByRole('article')).toHaveCount(0);
    await expect(status(page)).toHaveText(`No answers yet: answer a question above to see the recommendations that fit (${CHOOSER_RULE_IDS.length} in all).`);
    // Every recommendation is still one click away.
    await page.getByText(`All ${CHOOSER_RULE_IDS.length} recommendations, with the answers each applies to`).click();
    await expect(page.getByRole('article')).toHaveCount(CHOOSER_RULE_IDS.length);

    await question(page, SCHEDULE).getByRole('radio', { name: 'Yes', exact: true }).check();
    await expect(page).toHaveURL(/\/choose\/\?scheduled-data=yes$/);
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(rule(page, /Schedule data movement with a data pipeline/)).toBeVisible();
    await expect(status(page)).toHaveText('1 recommendation matches your answers.');
    await expect(summary(page).getByRole('link', { name: 'Data pipeline' })).toHaveAttribute('href', '/pipeline-types/data-pipeline/');
    await expect(summary(page).getByRole('link', { name: 'Apache Airflow' })).toBeVisible();
  });

  test('answers that pull two ways get a trade-off, not a workflow pipeline', async ({ page }) => {
    await page.goto('/choose/');
    await question(page, /containerised step/).getByRole('radio', { name: 'Yes', exact: true }).check();
    await expect(status(page)).toHaveText('No recommendation matches these answers yet. Answer more of the questions.');
    await expect(page.getByRole('article')).toHaveCount(0);
    await page.getByRole('radio', { name: 'One machine or a few servers, no platform team' }).check();
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(rule(page, /Trade-off/)).toContainText('These answers pull two ways');
    await expect(summary(page).getByRole('link', { name: 'Workflow pipeline' })).toHaveCount(0);
  });

  test('"Clear answers" goes back to the prompt and keeps focus in the form', async ({ page }) => {
    await page.goto('/choose/?experiments=yes&bundled-transforms=yes');
    await expect(page.getByRole('article')).toHaveCount(2);
    await page.getByRole('button', { name: 'Clear answers' }).click();
    await expect(page).toHaveURL(/\/choose\/$/);
    await expect(page.getByRole('article')).toHaveCount(0);
    await expect(status(page)).toHaveText(/^No answers yet/);
    await expect(question(page, SCHEDULE).getByRole('radio', { name: 'Yes', exact: true })).toBeFocused();
  });
});

test.describe('/choose/ with the keyboard only', () => {
  test('answers with arrow keys and submits with Enter, moving focus to the results', async ({ page }) => {
    await page.goto('/choose/');
    // Tabbing into a radio group lands on its checked radio: "Not sure / skip".
    await tabTo(page, question(page, SCHEDULE).getByRole('radio', { name: 'Not sure / skip' }));
    await page.keyboard.press('ArrowLeft');
    await expect(question(page, SCHEDULE).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(question(page, CHECKS).getByRole('radio', { name: 'Not sure / skip' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(question(page, CHECKS).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Recommendations' })).toBeFocused();
    await expect(page).toHaveURL(/\?scheduled-data=no&data-checks=yes$/);
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(rule(page, /Run data checks as a gate/)).toContainText('Great Expectations');
  });
});

test.describe('/choose/ URL state', () => {
  test('opening a link restores the answers and the recommendation', async ({ page }) => {
    await page.goto('/choose/?scheduled-data=yes&containerised-steps=yes&infrastructure=kubernetes');
    await expect(question(page, SCHEDULE).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'A Kubernetes cluster we operate' })).toBeChecked();
    await expect(page.getByRole('article')).toHaveCount(3);
    await expect(rule(page, /Let the data pipeline feed the workflow pipeline/)).toBeVisible();
    await expect(summary(page)).toContainText('Kubeflow Pipelines');
  });

  test('back and forward step through answers', async ({ page }) => {
    await page.goto('/choose/?experiments=yes');
    await question(page, TRANSFORMS).getByRole('radio', { name: 'Yes', exact: true }).check();
    await expect(page).toHaveURL(/\?bundled-transforms=yes&experiments=yes$/);
    await expect(page.getByRole('article')).toHaveCount(2);

    await page.goBack();
    await expect(page).toHaveURL(/\?experiments=yes$/);
    await expect(question(page, TRANSFORMS).getByRole('radio', { name: 'Not sure / skip' })).toBeChecked();
    await expect(rule(page, /model pipeline/)).toBeHidden();
    await page.goForward();
    await expect(rule(page, /Keep transforms and model together/)).toBeVisible();
  });

  test('treats a question answered both ways as unanswered', async ({ page }) => {
    await page.goto('/choose/?data-checks=yes&data-checks=no');
    await expect(status(page)).toHaveText(/No answers yet/);
    await expect(question(page, CHECKS).getByRole('radio', { name: 'Not sure / skip' })).toBeChecked();
  });
});

test.describe('/choose/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every recommendation with its conditions behind one click, and the form submits the answers in the URL', async ({ page }) => {
    await page.goto('/choose/');
    await expect(status(page)).toHaveText(/^Answer the questions above, then open the list below/);
    await expect(page.getByRole('article')).toHaveCount(0);
    await page.getByText(`All ${CHOOSER_RULE_IDS.length} recommendations, with the answers each applies to`).click();
    await expect(page.getByRole('article')).toHaveCount(CHOOSER_RULE_IDS.length);
    await expect(rule(page, /Run the end-to-end workflow on your Kubernetes cluster/)).toContainText(
      'Applies when every step should run in a container, end to end and the team operates a Kubernetes cluster.',
    );
    await question(page, SCHEDULE).getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('button', { name: 'Show my recommendation' }).click();
    await expect(page).toHaveURL(/\/choose\/\?scheduled-data=yes&data-checks=&/);
    await page.getByText(`All ${CHOOSER_RULE_IDS.length} recommendations, with the answers each applies to`).click();
    await expect(page.getByRole('article')).toHaveCount(CHOOSER_RULE_IDS.length);
  });
});

test('every platform the managed-platform answer names gets a recommendation when it is chosen', async ({ page }) => {
  await page.goto('/choose/');
  const managed = page.getByRole('radio', { name: /^A managed ML platform/ });
  for (const id of CHOOSER_PLATFORMS) await expect(managed).toHaveAccessibleName(new RegExp(model.tools[id].name));
  await managed.check();
  for (const id of CHOOSER_PLATFORMS) await expect(summary(page).getByRole('link', { name: model.tools[id].name, exact: true })).toBeVisible();
});

test('a link to one recommendation opens the list at it', async ({ page }) => {
  await page.goto('/choose/#rule-start-small-title');
  await expect(rule(page, /No orchestration needed yet/)).toBeInViewport();
});
