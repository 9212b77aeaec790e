import { expect, test } from '@playwright/test';
import { stageDecisionsHeadings, STAGE_DECISIONS_TITLE } from '../../src/components/stage-decisions-headings.ts';
import { model, STAGE_IDS } from '../../src/model/index.ts';

test.describe('stage pages give worked guidance', () => {
  for (const id of STAGE_IDS) {
    test(`/pipeline/${id}/ shows what good looks like, a tested example and every decision with its options`, async ({ page }) => {
      await page.goto(`/pipeline/${id}/`);
      const content = page.locator('.sl-markdown-content');
      for (const name of ['What good looks like', 'A small example', STAGE_DECISIONS_TITLE]) {
        await expect(content.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
      }
      await expect(content.getByText(`examples/pipeline/${id.replaceAll('-', '_')}.py`, { exact: true })).toBeVisible();
      await expect(content.getByText(/^Run by the guide's tests with /)).toBeVisible();

      const contents = page.getByRole('navigation', { name: 'On this page' });
      const [section, ...questions] = stageDecisionsHeadings(model, id);
      await expect(contents.getByRole('link', { name: section.text, exact: true })).toHaveAttribute('href', `#${section.id}`);
      const decisions = model.stages[id].decisions;
      for (const [i, decision] of decisions.entries()) {
        const heading = content.getByRole('heading', { level: 3, name: decision.question, exact: true });
        await expect(heading).toHaveAttribute('id', questions[i].id);
        await expect(contents.getByRole('link', { name: decision.question, exact: true })).toHaveAttribute('href', `#${questions[i].id}`);
        // The options are the definition list that follows the question's heading.
        const options = page.locator(`.sl-heading-wrapper:has(> #${questions[i].id}) + dl`);
        await expect(options.getByRole('term')).toHaveText(decision.options.map((o) => o.choice));
        await expect(options.getByRole('definition')).toHaveText(decision.options.flatMap((o) => [`Fits when: ${o.when}`, `Costs: ${o.cost}`]));
      }
    });
  }
});
