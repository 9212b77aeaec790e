import { expect, test } from '@playwright/test';
import { model, PIPELINE_TYPE_IDS, pipelineTypeHref, stageHref, STAGE_IDS, TOOL_IDS, toolHref, toolKindsInStage, type StageId } from '../../src/model/index.ts';
import { itemsToDraw } from '../../src/diagrams/drawn-limits.ts';

/** A six-stage box's link name: the stage's words (lines may break between them), then what it passes on. */
const stageBoxName = (id: StageId) => new RegExp(`^${model.stages[id].name.split(' ').join('\\s+')}\\s+↓`);

test.describe('the core diagrams are maps', () => {
  test('Tab reaches a stage of the six-stage diagram, shows where focus is, and Enter opens the stage page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/pipeline/');
    const diagram = page.locator('#diagram-pipeline-flow svg.field-guide-diagram').filter({ visible: true });
    const first = diagram.getByRole('link', { name: stageBoxName(STAGE_IDS[0]) });
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
        await expect(diagram.getByRole('link', { name: stageBoxName(id) }), `${id} at ${width} px`).toHaveAttribute('href', stageHref(id));
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

  test("a stage's diagram links each tool it names to that tool's page, on a laptop and on a phone, and nothing else under /tools/", async ({ page }) => {
    const toolByName = new Map<string, (typeof TOOL_IDS)[number]>(TOOL_IDS.map((id) => [model.tools[id].name, id]));
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      for (const stage of STAGE_IDS) {
        await page.goto(stageHref(stage));
        const svg = page.locator(`#diagram-stage-${stage} svg.field-guide-diagram`).filter({ visible: true });
        const drawn = toolKindsInStage(model, stage).flatMap(({ tools }) => itemsToDraw(tools).shown.map((t) => t.name));
        // Every link of the diagram into the tool section: its name is a tool's, and it leads to that tool's page.
        const links = await svg.locator('a[href^="/tools/"]').evaluateAll((as) => as.map((a) => ({ name: (a.getAttribute('aria-label') ?? (a instanceof HTMLElement ? a.innerText : a.textContent) ?? '').replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') })));
        expect(links.map((l) => l.name).sort(), `${stage} at ${width} px`).toEqual([...drawn].sort());
        for (const link of links) expect(link.href, `${link.name} on ${stage} at ${width} px`).toBe(toolHref(toolByName.get(link.name) ?? TOOL_IDS[0]));
      }
    }
    // A tool's link takes focus from the keyboard and is named by the tool.
    const [first] = toolKindsInStage(model, 'data-validation')[0].tools;
    await page.goto(stageHref('data-validation'));
    const link = page.locator('#diagram-stage-data-validation svg.field-guide-diagram').filter({ visible: true }).getByRole('link', { name: first.name, exact: true });
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${toolHref(first.id)}$`));
  });

  test('a pattern diagram links to how to read it', async ({ page }) => {
    await page.goto('/patterns/cascade/');
    await page.getByRole('link', { name: 'Reading a pattern diagram' }).click();
    await expect(page).toHaveURL(/\/patterns\/#reading-a-pattern-diagram$/);
  });
});
