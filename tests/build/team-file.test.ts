import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { build, projectCopy, removeProjectCopies } from '../support/project-copy.ts';

// A bad team file stops the build at the configuration (seconds). What a team file says and how a
// bad one is reported are unit tests (tests/unit/team-file.test.ts); full-build.test.ts checks
// that a build with the example file puts it on the pages.

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE = 'examples/team/team.yaml';

afterAll(removeProjectCopies);

describe('npm run build with a bad team file', () => {
  test('stops before building, naming the file and each bad field', () => {
    const dir = projectCopy();
    const bad = readFileSync(join(ROOT, EXAMPLE), 'utf8')
      .replace('serving: kserve', 'serving: kserv')
      .replace('url: https://mlflow.northwind.example.com/', 'url: mlflow.northwind.example.com')
      .replace('  model-building:', '  model-bilding:')
      .replace('name: Northwind ML Platform', 'name: Northwind ML Platform\ncolour: teal');
    writeFileSync(join(dir, 'team.yaml'), bad);
    const { TEAM_FILE: _unset, ...env } = process.env;
    const { status, output } = build(dir, { ...env, TEAM_FILE: 'team.yaml' });
    expect(status).not.toBe(0);
    expect(output).toContain('team.yaml › stack.serving: unknown tool id "kserv"; did you mean "kserve"?');
    expect(output).toContain('team.yaml › stages.training-evaluation.links[0].url: not an http(s) URL: "mlflow.northwind.example.com"');
    expect(output).toContain('team.yaml › stages.model-bilding: unknown stage id "model-bilding"; did you mean "model-building"?');
    expect(output).toContain('team.yaml › colour: unknown field; known fields here: name, stack, stages, tools');
    expect(output).not.toMatch(/\[build\] \d+ page\(s\) built/);
  });
});
