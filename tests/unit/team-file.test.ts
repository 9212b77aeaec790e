import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { model } from '../../src/model/index.ts';
import { loadTeam, pathToField, TeamFileError, teamFileLocation, teamFromYaml } from '../../src/team/team-file.ts';
import { closestId } from '../../src/team/team-schema.ts';
import { isInTeamStack, teamStack, teamStagesOfTool, teamToolKindsInStage, teamToolsInStage } from '../../src/team/team-queries.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The problems a team file's text is reported with, or [] when it is valid. */
function problemsOf(text: string, shown = 'team.yaml'): readonly string[] {
  try {
    teamFromYaml(text, shown);
    return [];
  } catch (error) {
    if (error instanceof TeamFileError) return error.problems;
    throw error;
  }
}

const GOOD = `name: Acme ML
stack:
  data-orchestration: dagster
  tracking-registry: [mlflow-tracking, mlflow-model-registry]
  serving: kserve
stages:
  training-evaluation:
    tools: [great-expectations]
    note: Register only from CI.
    links:
      - label: Rollback runbook
        url: https://wiki.example.com/runbooks/rollback
tools:
  apache-airflow:
    note: Retired in 2025.
`;

describe('teamFromYaml', () => {
  test('reads a good file into a team, one tool read as a list of one', () => {
    const team = teamFromYaml(GOOD, 'team.yaml');
    expect(team.file).toBe('team.yaml');
    expect(team.name).toBe('Acme ML');
    expect(team.stack['data-orchestration']).toEqual(['dagster']);
    expect(team.stack['tracking-registry']).toEqual(['mlflow-tracking', 'mlflow-model-registry']);
    expect(team.stages['training-evaluation']?.links).toEqual([{ label: 'Rollback runbook', url: 'https://wiki.example.com/runbooks/rollback' }]);
    expect(team.tools['apache-airflow']).toEqual({ links: [], note: 'Retired in 2025.' });
  });

  test('names the file and the field of an unknown tool id, with the closest id and the line', () => {
    expect(problemsOf(GOOD.replace('serving: kserve', 'serving: kserv'))).toEqual([
      `team.yaml › stack.serving: unknown tool id "kserv"; did you mean "kserve"? A tool's id is the last part of its page's address (/tools/<id>/); all are in src/model/data/ids.ts (TOOL_IDS) (line 5)`,
    ]);
  });

  test('names an unknown tool in a list by its index', () => {
    expect(problemsOf(GOOD.replace('[mlflow-tracking, mlflow-model-registry]', '[mlflow-tracking, mlflow-registry]'))[0]).toMatch(
      /^team\.yaml › stack\.tracking-registry\[1\]: unknown tool id "mlflow-registry"; did you mean "mlflow-model-registry"\?/,
    );
  });

  test('names an unknown stage id and lists the stage ids', () => {
    expect(problemsOf(GOOD.replace('  training-evaluation:', '  training:'))).toEqual([
      'team.yaml › stages.training: unknown stage id "training"; did you mean "training-evaluation"? Known: data-collection, data-validation, data-processing, model-building, training-evaluation, model-deployment (line 7)',
    ]);
  });

  test('names an unknown tool kind, and a tool listed under a kind it is not of', () => {
    expect(problemsOf(GOOD.replace('  serving: kserve', '  servers: kserve\n  monitoring: dagster'))).toEqual([
      expect.stringMatching(/^team\.yaml › stack\.servers: unknown tool kind id "servers"\. Known: data-orchestration, .*, monitoring, llm-ops \(line 5\)$/),
      'team.yaml › stack.monitoring: "dagster" (Dagster) is one of the data orchestrators, not of the monitoring; list it under stack.data-orchestration (line 6)',
    ]);
  });

  test('names a link that is not http(s), with its index', () => {
    expect(problemsOf(GOOD.replace('https://wiki.example.com/runbooks/rollback', 'ftp://wiki.example.com/rollback'))).toEqual([
      'team.yaml › stages.training-evaluation.links[0].url: not an http(s) URL: "ftp://wiki.example.com/rollback"; give the full address, e.g. https://wiki.example.com/runbooks/rollback (line 12)',
    ]);
    expect(problemsOf(GOOD.replace('https://wiki.example.com/runbooks/rollback', '/runbooks/rollback'))[0]).toMatch(/links\[0\]\.url: not an http\(s\) URL: "\/runbooks\/rollback"/);
    expect(problemsOf(GOOD.replace('https://wiki.example.com/runbooks/rollback', 'javascript:alert(1)'))[0]).toMatch(/links\[0\]\.url: not an http\(s\) URL/);
  });

  test('names unknown fields where they are: at the top, in a stage, in a link', () => {
    const text = GOOD.replace('name: Acme ML', 'name: Acme ML\nlogo: acme.svg')
      .replace('    note: Register only from CI.', '    notes: Register only from CI.')
      .replace('        url: https://wiki.example.com/runbooks/rollback', '        url: https://wiki.example.com/runbooks/rollback\n        icon: book');
    expect(problemsOf(text)).toEqual([
      'team.yaml › stages.training-evaluation.links[0].icon: unknown field in a link; a link has label and url (line 14)',
      'team.yaml › stages.training-evaluation.notes: unknown field; known fields here: tools, links, note (line 10)',
      'team.yaml › logo: unknown field; known fields here: name, stack, stages, tools (line 2)',
    ]);
  });

  test('names a missing or empty name', () => {
    expect(problemsOf(GOOD.replace('name: Acme ML\n', ''))).toEqual(['team.yaml › name: is missing or empty']);
    expect(problemsOf(GOOD.replace('name: Acme ML', 'name: "  "'))).toEqual(['team.yaml › name: is missing or empty (line 1)']);
    expect(problemsOf('')).toEqual(['team.yaml › name: is missing or empty']);
  });

  test('names an empty stage entry and an overlong note', () => {
    expect(problemsOf(`${GOOD}  kserve:\n`)).toEqual(['team.yaml › tools.kserve: is empty; give it links or a note, or leave it out (line 16)']);
    expect(problemsOf(GOOD.replace('Register only from CI.', 'x'.repeat(401)))[0]).toMatch(/^team\.yaml › stages\.training-evaluation\.note: is longer than 400 characters/);
  });

  test('reports YAML that does not parse, with its line', () => {
    expect(problemsOf('name: Acme\nstack: [dagster\n')).toEqual([expect.stringMatching(/^team\.yaml: not valid YAML: .* \(line \d\)$/)]);
    expect(problemsOf('name: Acme\nname: Other\n')).toEqual([expect.stringMatching(/^team\.yaml: not valid YAML: Map keys must be unique/)]);
  });

  test('says how many problems there are and names each on its own line', () => {
    const error = (() => {
      try {
        teamFromYaml('stages:\n  data-colection: {note: x}\n', 'examples/team/team.yaml');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TeamFileError);
    expect(String(error)).toContain('The team file has 2 problems');
    expect(String(error)).toContain('\n  examples/team/team.yaml › name: is missing or empty');
    expect(String(error)).toContain('\n  examples/team/team.yaml › stages.data-colection: unknown stage id "data-colection"; did you mean "data-collection"?');
  });
});

describe('pathToField', () => {
  test('writes keys with dots and indexes in brackets', () => {
    expect(pathToField(['stages', 'training-evaluation', 'links', 0, 'url'])).toBe('stages.training-evaluation.links[0].url');
    expect(pathToField([])).toBe('(the file)');
  });
});

describe('closestId', () => {
  test('finds an id that contains the input or is a few letters off, and nothing far away', () => {
    expect(closestId('mlflow', ['dagster', 'mlflow-tracking'])).toBe('mlflow-tracking');
    expect(closestId('dagstr', ['dagster', 'mlflow-tracking'])).toBe('dagster');
    expect(closestId('spreadsheet', ['dagster', 'mlflow-tracking'])).toBeUndefined();
  });
});

describe('teamFileLocation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'team-file-'));

  test('finds no team file in the guide\'s own repository, so the neutral guide is built', () => {
    expect(teamFileLocation({}, ROOT)).toBeUndefined();
    expect(loadTeam({}, ROOT)).toBeUndefined();
  });

  test('reads TEAM_FILE relative to the project, and team.yaml at its top otherwise', () => {
    expect(teamFileLocation({ TEAM_FILE: 'examples/team/team.yaml' }, ROOT)).toEqual({ path: join(ROOT, 'examples/team/team.yaml'), shown: 'examples/team/team.yaml' });
    writeFileSync(join(dir, 'team.yaml'), 'name: Acme\n');
    expect(teamFileLocation({}, dir)).toEqual({ path: join(dir, 'team.yaml'), shown: 'team.yaml' });
    expect(loadTeam({}, dir)?.name).toBe('Acme');
  });

  test('stops on a TEAM_FILE that names no file, naming the variable', () => {
    expect(() => teamFileLocation({ TEAM_FILE: 'no-such/team.yaml' }, dir)).toThrow(/TEAM_FILE=no-such\/team\.yaml: no file at .*no-such\/team\.yaml/);
  });

  test('the example team file in the repository is valid', () => {
    const team = loadTeam({ TEAM_FILE: 'examples/team/team.yaml' }, ROOT);
    expect(team?.name).toMatch(/\S/);
    expect(teamStack(team ?? { file: '', name: '', stack: {}, stages: {}, tools: {} })).toEqual(expect.arrayContaining(['dagster', 'mlflow-tracking', 'kserve']));
  });
});

describe('team queries', () => {
  const team = teamFromYaml(GOOD, 'team.yaml');

  test('the stack is every tool chosen by kind or for a stage, in the model\'s order', () => {
    expect(teamStack(team)).toEqual(['dagster', 'mlflow-tracking', 'mlflow-model-registry', 'great-expectations', 'kserve']);
    expect(isInTeamStack(team, 'kserve')).toBe(true);
    expect(isInTeamStack(team, 'apache-airflow')).toBe(false);
  });

  test('a stage shows the stack\'s tools the model places there and the tools named for it', () => {
    expect(teamToolsInStage(model, team, 'training-evaluation')).toEqual(['mlflow-tracking', 'mlflow-model-registry', 'great-expectations']);
    expect(teamToolsInStage(model, team, 'model-deployment')).toEqual(['mlflow-model-registry', 'kserve']);
    // Named for training only, though the model places it elsewhere too.
    expect(teamStagesOfTool(model, team, 'great-expectations')).toEqual(['training-evaluation']);
    expect(teamStagesOfTool(model, team, 'apache-airflow')).toEqual([]);
  });

  test('groups a stage\'s team tools by kind, kinds in the model\'s order', () => {
    expect(teamToolKindsInStage(model, team, 'training-evaluation')).toEqual([
      { kind: 'tracking-registry', tools: ['mlflow-tracking', 'mlflow-model-registry'] },
      { kind: 'data-validation', tools: ['great-expectations'] },
    ]);
  });
});
