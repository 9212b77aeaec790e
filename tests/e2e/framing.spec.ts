import { expect, test } from '@playwright/test';
import { decisionsDecidedBy, FRAMING_FIELD_IDS, framingFieldAnchor, model, stageDecisionAnchor, STAGE_IDS } from '../../src/model/index.ts';

test.describe('the framing page', () => {
  test('is reached from the landing page and from the sidebar, before the pipeline', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await page.locator('.sl-markdown-content').getByRole('link', { name: 'Frame the project by its business value', exact: true }).click();
    await expect(page).toHaveURL(/\/framing\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frame the project by its business value');

    const sidebar = page.getByRole('navigation', { name: 'Main' });
    const links = await sidebar.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.indexOf('/framing/')).toBeGreaterThan(-1);
    expect(links.indexOf('/framing/')).toBeLessThan(links.indexOf('/pipeline/'));
    await expect(sidebar.getByRole('link', { name: 'Frame the project' })).toHaveAttribute('aria-current', 'page');
  });

  test('shows every framing field with the worked example’s answer, linking each stage decision it decides', async ({ page }) => {
    await page.goto('/framing/');
    const content = page.locator('.sl-markdown-content');
    for (const id of FRAMING_FIELD_IDS) {
      const heading = content.getByRole('heading', { level: 3, name: model.framingFields[id].name, exact: true });
      await expect(heading).toHaveAttribute('id', framingFieldAnchor(id));
      await expect(content).toContainText(model.workedExampleFraming[id].answer);
      for (const { stage, decision } of decisionsDecidedBy(model, id)) {
        await expect(content.locator(`a[href="/pipeline/${stage}/#${stageDecisionAnchor(stage, decision.id)}"]`).first()).toHaveText(decision.question);
      }
    }
  });

  test('each stage decision names the framing fields that decide it, and the link leads to the field', async ({ page }) => {
    for (const stage of STAGE_IDS) {
      await page.goto(`/pipeline/${stage}/`);
      const lines = page.locator('.stage-decision-framing');
      await expect(lines).toHaveCount(model.stages[stage].decisions.length);
      for (const [i, decision] of model.stages[stage].decisions.entries()) {
        await expect(lines.nth(i).getByRole('link')).toHaveText(decision.decidedBy.map((f) => model.framingFields[f].name));
      }
    }
    await page.goto('/pipeline/training-evaluation/');
    const gate = model.stages['training-evaluation'].decisions.findIndex((d) => d.id === 'promotion-gate');
    await page.locator('.stage-decision-framing').nth(gate).getByRole('link', { name: model.framingFields['minimum-gain'].name }).click();
    await expect(page).toHaveURL(new RegExp(`/framing/#${framingFieldAnchor('minimum-gain')}$`));
    await expect(page.locator(`#${framingFieldAnchor('minimum-gain')}`)).toBeInViewport();
  });

  test('its records are in /model.json', async ({ request }) => {
    const exported = await (await request.get('/model.json')).json();
    expect(Object.keys(exported.framingFields)).toEqual([...FRAMING_FIELD_IDS]);
    expect(exported.workedExampleFraming['minimum-gain'].value).toBe(model.workedExampleFraming['minimum-gain'].value);
    expect(exported.stages['training-evaluation'].decisions.find((d: { id: string }) => d.id === 'promotion-gate').decidedBy).toContain('minimum-gain');
  });
});
