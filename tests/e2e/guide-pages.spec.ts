import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { ANTI_PATTERN_IDS, antiPatterns, GLOSSARY_TERM_IDS, glossary, MATURITY_LEVEL_IDS, maturityLevels } from '../../src/model/guide.ts';
import { model, PIPELINE_TYPE_IDS, STAGE_IDS, TOOL_IDS, toolCategories, toolHref } from '../../src/model/index.ts';
import { starterKitFiles } from '../../src/starter-kit/files.ts';
import { pipelineFileHeading, pipelineFiles } from '../../src/starter-kit/pipeline-files.ts';

test.describe('/pipeline/ and the stage pages', () => {
  test('gives each stage an anchored section linking to its page', async ({ page }) => {
    await page.goto('/pipeline/');
    for (const id of STAGE_IDS) {
      const section = page.locator(`#stage-${id}`).getByRole('region', { name: model.stages[id].name });
      await expect(section).toBeVisible();
      await expect(section.getByRole('link', { name: model.stages[id].name })).toHaveAttribute('href', `/pipeline/${id}/`);
    }
  });

  for (const id of STAGE_IDS) {
    test(`/pipeline/${id}/ shows inputs and outputs, checks, types, tools and the notebook contract`, async ({ page }) => {
      const stage = model.stages[id];
      await page.goto(`/pipeline/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(stage.name);
      await expect(page.getByText(stage.summary)).toBeVisible();
      const io = page.getByRole('table', { name: `What ${stage.name} reads and writes` });
      await expect(io.getByRole('row')).toHaveCount(1 + stage.inputs.length + stage.outputs.length);
      for (const a of [...stage.inputs, ...stage.outputs]) await expect(io.getByRole('rowheader', { name: model.artifacts[a].name })).toBeVisible();
      for (const heading of ['Checks', 'Pipeline types that cover it', 'Tools that serve it', 'Notebook contract']) {
        await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      }
      const tools = TOOL_IDS.filter((t) => model.tools[t].stages.some((s) => s === id));
      const toolTable = page.getByRole('table', { name: `Tools used in ${stage.name}, by kind` });
      await expect(toolTable.getByRole('row')).toHaveCount(1 + new Set(tools.map((t) => model.tools[t].category)).size);
      for (const t of tools) await expect(toolTable.getByRole('link', { name: model.tools[t].name, exact: true })).toHaveAttribute('href', `/tools/${t}/`);
      await expect(page.getByRole('link', { name: `Download the ${stage.name} notebook template` })).toHaveAttribute('href', `/starter-kit/${id}.ipynb`);
    });
  }

  test('the deployment page explains the monitoring loop and calls the six stages a framing', async ({ page }) => {
    await page.goto('/pipeline/model-deployment/');
    await expect(page.getByRole('heading', { name: 'The loop the six stages leave out' })).toBeVisible();
    await expect(page.getByText('A framing, not a law')).toBeVisible();
  });

  test('a glossary link on a stage page leads to the term', async ({ page }) => {
    await page.goto('/pipeline/data-validation/');
    await page.getByRole('link', { name: 'data drift' }).first().click();
    await expect(page).toHaveURL(/\/reference\/glossary\/#term-data-drift$/);
    await expect(page.locator('#term-data-drift')).toBeInViewport();
  });
});

test.describe('/pipeline-types/', () => {
  test('compares the four types in one table from the model', async ({ page }) => {
    await page.goto('/pipeline-types/');
    const table = page.getByRole('table', { name: 'The four pipeline types compared' });
    for (const id of PIPELINE_TYPE_IDS) await expect(table.getByRole('columnheader', { name: model.pipelineTypes[id].name })).toBeVisible();
    for (const row of ['What it orchestrates', 'Unit of work', 'What starts it', 'State it keeps', 'What it is not', 'Stages it leads', 'Tools']) {
      await expect(table.getByRole('rowheader', { name: row, exact: true })).toBeVisible();
    }
    await expect(table).toContainText(model.pipelineTypes['ml-tracking-pipeline'].isNot);
    await expect(page.getByText('Our opinion')).toBeVisible();
  });

  for (const id of PIPELINE_TYPE_IDS) {
    test(`/pipeline-types/${id}/ shows its summary table and a Python example`, async ({ page }) => {
      const type = model.pipelineTypes[id];
      await page.goto(`/pipeline-types/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(type.name);
      await expect(page.getByRole('table', { name: `${type.name} at a glance` })).toContainText(type.unitOfWork);
      await expect(page.locator('pre').filter({ hasText: 'import ' }).first()).toBeVisible();
    });
  }
});

test.describe('/tools/', () => {
  test('lists every tool once, each linking to its page, with its kind, licence, and documentation and checked date', async ({ page }) => {
    await page.goto('/tools/');
    const list = page.getByRole('list', { name: 'Every tool' });
    await expect(list.getByRole('listitem')).toHaveCount(TOOL_IDS.length);
    for (const id of TOOL_IDS) {
      const tool = model.tools[id];
      const card = list.locator(`#tool-${id}`);
      await expect(card.getByRole('link', { name: tool.name, exact: true })).toHaveAttribute('href', toolHref(id));
      await expect(card).toContainText(tool.licence);
      await expect(card).toContainText(toolCategories[tool.category].name);
      await expect(card.getByRole('link', { name: `docs: ${tool.name} documentation` })).toHaveAttribute('href', tool.source);
      await expect(card).toContainText(tool.checked);
    }
    await expect(page.getByRole('heading', { name: 'Tool roles change' })).toBeVisible();
    await expect(page.getByText(/MLflow 3 removed it/)).toBeVisible();
  });
});

test.describe('practices', () => {
  test('the maturity table has one row per level', async ({ page }) => {
    await page.goto('/practices/maturity-levels/');
    const table = page.getByRole('table', { name: /Google's MLOps maturity levels/ });
    await expect(table.getByRole('row')).toHaveCount(1 + MATURITY_LEVEL_IDS.length);
    for (const id of MATURITY_LEVEL_IDS) await expect(table.getByRole('rowheader', { name: maturityLevels[id].name })).toBeVisible();
    await expect(page.getByRole('table', { name: /Where each pipeline type becomes necessary/ }).getByRole('row')).toHaveCount(1 + PIPELINE_TYPE_IDS.length);
    await table.getByRole('link', { name: 'CI/CD for the pipeline' }).click();
    await expect(page).toHaveURL(/\/practices\/workflow-pipeline-start\/#practice-pipeline-ci-cd$/);
    await expect(page.getByRole('row', { name: /CI\/CD for the pipeline/ })).toBeInViewport();
  });

  test('the anti-patterns page names each one with its fix', async ({ page }) => {
    await page.goto('/practices/anti-patterns/');
    for (const id of ANTI_PATTERN_IDS) {
      const section = page.getByRole('region', { name: antiPatterns[id].name });
      await expect(section).toContainText(antiPatterns[id].fix);
    }
  });

  for (const [path, caption] of [
    ['/practices/reproducibility/', 'Practices on this page'],
    ['/practices/workflow-pipeline-start/', 'Practices on this page'],
  ] as const) {
    test(`${path} shows its practices table`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('table', { name: new RegExp(caption) }).getByRole('row').nth(1)).toBeVisible();
    });
  }

  test('the notebooks page offers every starter-kit file and the zip holds them all', async ({ page, request }) => {
    await page.goto('/practices/notebooks/');
    const downloads = page.getByRole('region', { name: 'Starter kit downloads' });
    const links = downloads.getByRole('listitem').getByRole('link');
    await expect(links).toHaveCount(starterKitFiles(model).length);
    for (const id of STAGE_IDS) {
      const link = downloads.getByRole('link', { name: new RegExp(`^${model.stages[id].name} notebook`) });
      const response = await request.get((await link.getAttribute('href')) ?? '');
      expect(response.ok()).toBe(true);
      const notebook = await response.json();
      expect(notebook.nbformat).toBe(4);
      expect(notebook.cells.some((c: { metadata: { tags?: string[] } }) => c.metadata.tags?.includes('parameters'))).toBe(true);
    }
    const stagesMd = await request.get('/starter-kit/STAGES.md');
    expect(await stagesMd.text()).toContain(`## 1. ${model.stages['data-collection'].name}`);
    const framingMd = await request.get('/starter-kit/FRAMING.md');
    expect(await framingMd.text()).toContain(`> ${model.framingFields['business-objective'].prompt}`);

    const [download] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name: /whole starter kit/ }).click()]);
    expect(download.suggestedFilename()).toBe('starter-kit.zip');
    const path = await download.path();
    const inside = unzipSync(new Uint8Array(readFileSync(path)));
    const names = ['README.md', 'requirements.txt', 'run_pipeline.py', 'STAGES.md', 'FRAMING.md', ...STAGE_IDS.map((id) => `${id}.ipynb`)];
    expect(Object.keys(inside).sort()).toEqual(names.map((n) => `starter-kit/${n}`).sort());
    expect(JSON.parse(strFromU8(inside['starter-kit/model-deployment.ipynb'])).nbformat).toBe(4);
    const readme = strFromU8(inside['starter-kit/README.md']);
    expect(readme).toContain('python3 -m venv .venv && .venv/bin/pip install -r requirements.txt\n.venv/bin/python run_pipeline.py');
  });

  test('the notebooks page offers the worked example as its own zip, with a README giving two commands', async ({ page }) => {
    await page.goto('/practices/notebooks/');
    const region = page.getByRole('region', { name: 'Worked example download' });
    const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('link', { name: /worked example/ }).click()]);
    expect(download.suggestedFilename()).toBe('worked-example.zip');
    const inside = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const names = [
      'README.md',
      'requirements.txt',
      'run_pipeline.py',
      'STAGES.md',
      'FRAMING.md',
      ...STAGE_IDS.map((id) => `${id}.ipynb`),
      ...pipelineFiles(model).map((f) => f.name),
    ];
    expect(Object.keys(inside).sort()).toEqual(names.map((n) => `worked-example/${n}`).sort());
    await expect(region.getByRole('listitem')).toHaveCount(names.length);
    const readme = strFromU8(inside['worked-example/README.md']);
    expect(readme).toContain('python3 -m venv .venv && .venv/bin/pip install -r requirements.txt\n.venv/bin/python run_pipeline.py');
  });

  test('the notebooks page shows each generated pipeline file exactly as the worked example ships it', async ({ page }) => {
    await page.goto('/practices/notebooks/');
    for (const file of pipelineFiles(model)) {
      const { id, text } = pipelineFileHeading(model, file);
      const section = page.locator('section').filter({ has: page.locator(`#${id}`) });
      await expect(section.getByRole('heading', { level: 3, name: text })).toBeVisible();
      const shown = await section.locator('pre').innerText();
      expect(shown.replace(/\s+/g, ' ').trim()).toBe(file.text.replace(/\s+/g, ' ').trim());
    }
    const contents = page.getByRole('navigation', { name: 'On this page' }).first();
    for (const file of pipelineFiles(model)) await expect(contents.getByRole('link', { name: pipelineFileHeading(model, file).text })).toBeAttached();
  });
});

test.describe('/reference/glossary/', () => {
  test('lists every term with its own anchor', async ({ page }) => {
    await page.goto('/reference/glossary/');
    for (const id of GLOSSARY_TERM_IDS) await expect(page.locator(`#term-${id}`)).toHaveText(glossary[id].term);
  });
});

test.describe('landing page', () => {
  test('answers in thirty seconds and links to every section', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'The answer in thirty seconds' })).toBeVisible();
    const types = page.getByRole('list', { name: 'The four pipeline types' }).getByRole('listitem');
    await expect(types).toHaveCount(PIPELINE_TYPE_IDS.length);
    for (const id of PIPELINE_TYPE_IDS) await expect(types.filter({ hasText: model.pipelineTypes[id].summary })).toHaveCount(1);
    await expect(page.getByRole('group', { name: 'The six-stage ML pipeline' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Linking and printing' })).toBeVisible();
    const main = page.getByRole('main');
    for (const href of ['/pipeline-types/', '/tools/', '/practices/notebooks/', '/practices/maturity-levels/', '/reference/glossary/']) {
      await expect(main.locator(`a[href="${href}"]`).first()).toBeVisible();
    }
  });
});

test.describe('search finds the guide pages', () => {
  for (const [query, title] of [
    ['starter kit', 'Notebooks from day one'],
    ['Kubeflow', 'Workflow pipeline'],
    ['aliases', 'Reproducibility and experiment tracking'],
    ['Recipes', 'Which tool for which stage'],
  ] as const) {
    test(`"${query}" finds ${title}`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Search' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
      // Pagefind loads its index fragments on demand; on a busy machine that takes a few seconds.
      await expect(dialog.getByRole('link', { name: title }).first()).toBeVisible({ timeout: 15_000 });
    });
  }
});
