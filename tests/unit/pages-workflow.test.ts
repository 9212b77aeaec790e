import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pagesWorkflowProblems } from '../../src/examples/github-workflow.ts';

const FILE = '.github/workflows/pages.yml';
const ROOT = resolve(import.meta.dirname, '../..');
const workflow = readFileSync(resolve(ROOT, FILE), 'utf8');

/** The workflow with one edit; the edit must change something. */
function edited(from: string | RegExp, to: string): string {
  const after = workflow.replace(from, to);
  expect(after, `the test's edit ${String(from)} did not change ${FILE}`).not.toBe(workflow);
  return after;
}

describe(FILE, () => {
  test('is a valid workflow that builds with npm run build:deploy and deploys dist/ to Pages', () => {
    expect(pagesWorkflowProblems(workflow, FILE)).toEqual([]);
  });

  test('runs a build:deploy script that checks SITE_URL before it builds', () => {
    const scripts: Record<string, string> = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts['build:deploy']).toMatch(/^node .*tools\/cli\/require-site-url\.ts && astro build$/);
  });
});

describe('pagesWorkflowProblems', () => {
  test('reports the structural problems githubWorkflowProblems finds', () => {
    expect(pagesWorkflowProblems(edited('runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout', 'steps:\n      - uses: actions/checkout'), FILE)).toEqual([
      `${FILE} › job "build" › runs-on: missing: say which runner the job runs on (e.g. ubuntu-latest)`,
    ]);
  });

  test('names an action pinned to a tag or a branch instead of a commit SHA, or without its version', () => {
    const floating = edited(/actions\/checkout@[0-9a-f]{40} # v[\d.]+/, 'actions/checkout@v4');
    expect(pagesWorkflowProblems(floating, FILE)).toEqual([expect.stringMatching(/^\.github\/workflows\/pages\.yml › workflow › line \d+: an action not pinned to a full commit SHA .*: uses: actions\/checkout@v4$/)]);
    const noComment = edited(/(actions\/deploy-pages@[0-9a-f]{40}) # v[\d.]+/, '$1');
    expect(pagesWorkflowProblems(noComment, FILE)).toHaveLength(1);
    expect(pagesWorkflowProblems(edited(/actions\/setup-node@[0-9a-f]{40}/, 'actions/setup-node@main'), FILE)).toHaveLength(1);
  });

  test('names a build without SITE_URL or BASE_PATH from configure-pages, or the plain build', () => {
    expect(pagesWorkflowProblems(edited('SITE_URL: ${{ steps.pages.outputs.origin }}', 'SITE_URL: https://example.org'), FILE)).toEqual([
      `${FILE} › job "build" › steps[4] › env.SITE_URL: must be \${{ steps.pages.outputs.origin }}`,
    ]);
    expect(pagesWorkflowProblems(edited(/\n\s*BASE_PATH: .*/, ''), FILE)).toEqual([`${FILE} › job "build" › steps[4] › env.BASE_PATH: must be \${{ steps.pages.outputs.base_path }}`]);
    expect(pagesWorkflowProblems(edited('run: npm run build:deploy', 'run: npm run build'), FILE)).toEqual([
      `${FILE} › workflow › steps: no step runs npm run build:deploy (the build that refuses to run without SITE_URL)`,
    ]);
    expect(pagesWorkflowProblems(edited('- id: pages\n        uses', '- uses'), FILE)).toEqual([
      `${FILE} › job "build" › steps[4] › env: SITE_URL and BASE_PATH come from actions/configure-pages, an earlier step of the same job with an id`,
    ]);
  });

  test('names missing triggers, permissions beyond Pages, no concurrency group, another Node or another folder', () => {
    expect(pagesWorkflowProblems(edited('  workflow_dispatch:\n', ''), FILE)).toEqual([`${FILE} › workflow › on.workflow_dispatch: missing: a deployment must also be possible by hand`]);
    expect(pagesWorkflowProblems(edited('branches: [main]', 'branches: [release]'), FILE)).toEqual([`${FILE} › workflow › on.push.branches: must include main`]);
    expect(pagesWorkflowProblems(edited('contents: read', 'contents: write'), FILE)).toEqual([`${FILE} › workflow › permissions.contents: must be read`]);
    expect(pagesWorkflowProblems(edited('  id-token: write\n', '  id-token: write\n  actions: write\n'), FILE)).toEqual([`${FILE} › workflow › permissions.actions: not needed to deploy to Pages`]);
    expect(pagesWorkflowProblems(edited(/concurrency:\n  group: pages\n/, 'concurrency:\n'), FILE)).toEqual([`${FILE} › workflow › concurrency.group: missing: two deployments must not run at once`]);
    expect(pagesWorkflowProblems(edited('node-version: 22', 'node-version: 20'), FILE)).toEqual([expect.stringMatching(/› with\.node-version: must be 22/)]);
    expect(pagesWorkflowProblems(edited('path: dist', 'path: _site'), FILE)).toEqual([expect.stringMatching(/› with\.path: must be dist/)]);
    expect(pagesWorkflowProblems(edited(/\n\s*- run: npm ci.*/, ''), FILE)).toEqual(expect.arrayContaining([`${FILE} › workflow › steps: no step runs npm ci`]));
  });
});
