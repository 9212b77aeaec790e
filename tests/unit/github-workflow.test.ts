import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { githubWorkflowProblems } from '../../src/examples/github-workflow.ts';

const FILE = 'examples/production/continuous-training.yml';
const workflow = readFileSync(resolve(import.meta.dirname, '../..', FILE), 'utf8');
const minimal = ['on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - run: pytest', ''].join('\n');

describe('githubWorkflowProblems', () => {
  test('finds nothing wrong with the workflow the CI/CD page shows', () => {
    expect(githubWorkflowProblems(workflow, FILE)).toEqual([]);
  });

  test('finds nothing wrong with a minimal workflow', () => {
    expect(githubWorkflowProblems(minimal, 'w.yml')).toEqual([]);
  });

  test('names the line of YAML that does not parse', () => {
    expect(githubWorkflowProblems('on: push\njobs:\n  test: [unclosed\n', 'w.yml')[0]).toMatch(/^w\.yml › workflow › yaml: /);
  });

  test('names a missing on and missing jobs', () => {
    expect(githubWorkflowProblems('name: x\n', 'w.yml')).toEqual([
      'w.yml › workflow › on: missing: name the events that start the workflow',
      'w.yml › workflow › jobs: missing or empty: a workflow needs at least one job',
    ]);
  });

  test('names an unknown event', () => {
    expect(githubWorkflowProblems(minimal.replace('on: push', 'on: [push, commit]'), 'w.yml')).toEqual([
      'w.yml › workflow › on.commit: unknown event "commit"',
    ]);
  });

  test('names a job without runs-on or steps', () => {
    const text = 'on: push\njobs:\n  build:\n    name: Build\n';
    expect(githubWorkflowProblems(text, 'w.yml')).toEqual([
      'w.yml › job "build" › runs-on: missing: say which runner the job runs on (e.g. ubuntu-latest)',
      'w.yml › job "build" › steps: missing or empty: a job needs at least one step',
    ]);
  });

  test('names a step with neither uses nor run, and one with both', () => {
    const text = minimal.replace('      - run: pytest', '      - name: nothing\n      - uses: actions/checkout@v4\n        run: ls');
    expect(githubWorkflowProblems(text, 'w.yml')).toEqual([
      'w.yml › job "test" › steps[0]: has neither `uses` nor `run`',
      'w.yml › job "test" › steps[1]: has both `uses` and `run`; a step does one',
    ]);
  });

  test('names a needs that points at no job', () => {
    const text = minimal + '  deploy:\n    needs: [tests]\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy\n';
    expect(githubWorkflowProblems(text, 'w.yml')).toEqual(['w.yml › job "deploy" › needs: names no job of this workflow: "tests"']);
  });

  test('names an expression that is never closed', () => {
    const text = minimal.replace('run: pytest', 'run: echo ${{ github.sha');
    expect(githubWorkflowProblems(text, 'w.yml')).toEqual(['w.yml › workflow › line 6: an expression opened with ${{ is not closed with }} on the same line']);
  });

  test('reads a reusable-workflow job, which has uses instead of runs-on and steps', () => {
    expect(githubWorkflowProblems('on: push\njobs:\n  call:\n    uses: org/repo/.github/workflows/w.yml@main\n', 'w.yml')).toEqual([]);
  });

  test('the shown workflow tests on pull requests, retrains on a schedule and on a drift alert, and gates promotion', () => {
    for (const expected of ['pull_request:', 'schedule:', 'repository_dispatch:', 'drift-alert', 'environment: production', 'churn.validate_model']) {
      expect(workflow).toContain(expected);
    }
  });
});

describe('the CI/CD page’s workflow', () => {
  const jobs = parse(workflow).jobs as Record<string, { environment?: string; if?: string; needs?: string | string[]; steps: { name?: string; run?: string }[] }>;
  const page = readFileSync(resolve(import.meta.dirname, '../../content/production/ci-cd.mdx'), 'utf8');
  // The environment the page gives a required reviewer (“giving `production` a required reviewer”).
  const reviewed = /giving `([a-z-]+)` a\s+required reviewer/.exec(page)?.[1];

  test('promotes to production through the environment the page gives a required reviewer', () => {
    expect(reviewed).toBe('production');
    expect(jobs.production.environment).toBe(reviewed);
  });

  test('retrains by itself: the retraining job runs outside the reviewed environment and waits for no reviewed job', () => {
    const retraining = jobs['continuous-training'];
    expect(retraining.if).toMatch(/schedule/);
    expect(retraining.environment).not.toBe(reviewed);
    expect(retraining.needs).toBeUndefined();
  });

  test('retraining ends in a gate against the current champion before the alias moves', () => {
    const runs = jobs['continuous-training'].steps.map((s) => s.run ?? '');
    const gate = runs.findIndex((r) => r.includes('validate_model') && r.includes('--champion champion'));
    const promote = runs.findIndex((r) => r.includes('promote_model'));
    expect(gate).toBeGreaterThan(-1);
    expect(promote).toBeGreaterThan(gate);
  });
});
