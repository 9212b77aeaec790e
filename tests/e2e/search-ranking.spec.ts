import { expect, test, type Page } from '@playwright/test';
import { model, pipelineTypeHref, stageHref, TOOL_IDS, toolHref } from '../../src/model/index.ts';

/**
 * What a reader types, and the page that answers it. A tool's name goes to the tool's own page;
 * summaries (the explorer, the chooser, the print sheets) must not come before the pages they
 * summarise.
 */
const READER_QUERIES: ReadonlyArray<readonly [query: string, answer: string]> = [
  ['feature store', '/patterns/feature-store/'],
  ['sklearn pipeline', '/pipeline-types/model-pipeline/'],
  ['scikit-learn pipeline', '/tools/scikit-learn-pipeline/'],
  ['TFX', '/tools/tfx/'],
  ['kubeflow', '/tools/kubeflow-pipelines/'],
  ['airflow', '/tools/apache-airflow/'],
  ['dagster', '/tools/dagster/'],
  ['airflow vs kubeflow', '/pipeline-types/'],
  ['mlflow', '/tools/mlflow-tracking/'],
  ['great expectations', '/tools/great-expectations/'],
  ['tensorflow data validation', '/tools/tensorflow-data-validation/'],
  ['TFDV', '/tools/tensorflow-data-validation/'],
  ['kserve', '/tools/kserve/'],
  ['bentoml', '/tools/bentoml/'],
  ['feast', '/tools/feast/'],
  ['triton', '/tools/nvidia-triton/'],
  ['seldon', '/tools/seldon-core/'],
  ['data drift', '/production/monitoring/'],
  ['psi', '/production/monitoring/'],
  ['population stability index', '/production/monitoring/'],
  ['model monitoring', '/production/monitoring/'],
  ['drift monitoring tools', '/production/monitoring/'],
  ['ci/cd', '/production/ci-cd/'],
  ['continuous training', '/production/ci-cd/'],
  ['github actions', '/production/ci-cd/'],
  ['ml test score', '/production/testing/'],
  ['behavioural testing', '/production/testing/'],
  ['invariance test', '/production/testing/'],
  ['reproducible split', '/patterns/repeatable-splitting/'],
  ['download diagram', '/diagrams/'],
  ['diagram png', '/diagrams/'],
  ['hashed feature', '/patterns/hashed-feature/'],
  ['which pipeline do I need', '/choose/'],
  ['notebook template', '/practices/notebooks/'],
  ['batch serving', '/patterns/batch-serving/'],
  ['training serving skew', '/patterns/transform/'],
  ['distributed training', '/patterns/distribution-strategy/'],
  ['experiment tracking', '/practices/reproducibility/'],
  ['data validation', '/pipeline/data-validation/'],
  ['model deployment', '/pipeline/model-deployment/'],
  ['glossary', '/reference/glossary/'],
  ['printable', '/reference/print/'],
  // Indexed by its introduction only, the explorer is still found by what it is.
  ['pipeline explorer', '/explore/'],
  ['starter kit', '/practices/notebooks/'],
  ['canary', '/production/deployment-strategies/'],
  ['shadow deployment', '/production/deployment-strategies/'],
  ['blue green deployment', '/production/deployment-strategies/'],
  ['data versioning', '/production/data-versioning/'],
  // The bare abbreviations ("llm", "rag pipeline") now also match the vLLM and Ragas tool pages
  // (Pagefind splits "vLLM" and matches "rag" as a prefix of "Ragas") and the page on operating
  // LLM systems; these queries name what this page alone is about.
  ['retrieval augmented generation', '/production/llm-pipelines/'],
  ['llm fine-tuning', '/production/llm-pipelines/'],
  ['llm era', '/production/llm-pipelines/'],
  ['rag indexing pipeline', '/production/llm-pipelines/'],
  ['token cost', '/production/llm-operations/'],
  ['microsoft maturity', '/practices/maturity-levels/'],
  ['pipeline jungle', '/practices/anti-patterns/'],
  ['technical debt', '/practices/anti-patterns/'],
  ['feature engineering', '/pipeline/data-processing/'],
  ['feature engineering leakage', '/pipeline/data-processing/'],
  ['promotion gate', '/production/ci-cd/'],
  ['write-once snapshot', '/pipeline/data-collection/'],
  // Words from a pattern's "At a glance" and diagram, and the legend that explains the diagrams.
  ['parameter server', '/patterns/distribution-strategy/'],
  ['on-device model', '/patterns/two-phase-predictions/'],
  ['reading a pattern diagram', '/patterns/'],
  ['worked example notebooks', '/practices/notebooks/'],
  ['nbclient', '/practices/notebooks/'],
  ['run notebooks in order', '/practices/notebooks/'],
  // Framing a project before its first notebook (issue 30: a new reader found neither phrase).
  ['business value', '/framing/'],
  ['problem framing', '/framing/'],
  // The glossary defines the term (its entry is raised for an exact term); the framing page asks for one.
  ['guardrail metrics', '/reference/glossary/'],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Types each query into the search dialog, as a reader does, and lists those whose first result is not their answer. */
async function wrongFirstResults(page: Page, queries: ReadonlyArray<readonly [query: string, answer: string]>): Promise<string[]> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  const input = dialog.getByRole('textbox', { name: 'Search' });
  await expect(input).toBeFocused();
  // A result shows its link once its data has loaded; until then it is a placeholder.
  const firstResult = dialog.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first();
  const wrong: string[] = [];
  for (const [query, answer] of queries) {
    await input.fill(query);
    // The message names the query once the results for it have replaced the previous ones.
    await expect(dialog.locator('.pagefind-ui__message')).toHaveText(new RegExp(`results? for ${escapeRegExp(query)}$`));
    await expect(firstResult).toBeVisible();
    const first = new URL((await firstResult.getAttribute('href')) ?? '', page.url()).pathname;
    if (first !== answer) wrong.push(`"${query}": expected ${answer}, first was ${first}`);
  }
  return wrong;
}

test.describe('search ranking', () => {
  test(`each of ${READER_QUERIES.length} reader queries puts the page that answers it first`, async ({ page }) => {
    // Many queries in one test: give it the time of three on a busy machine.
    test.slow();
    const wrong = await wrongFirstResults(page, READER_QUERIES);
    expect(wrong, 'queries whose first result is not the page that answers them').toEqual([]);
  });

  test(`each of the model's ${TOOL_IDS.length} tools, searched by name, puts the page that explains it first`, async ({ page }) => {
    test.slow();
    const queries = TOOL_IDS.map((id) => [model.tools[id].name, toolHref(id)] as const);
    const wrong = await wrongFirstResults(page, queries);
    expect(wrong, 'tool names whose first result is not the page that explains the tool').toEqual([]);
  });
});
