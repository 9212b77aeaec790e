import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, test } from 'vitest';
import { elementsWhere } from '../../src/html/open-tags.ts';
import { model, STAGE_IDS, stageHref, TOOL_IDS, toolHref } from '../../src/model/index.ts';
import { sheetToPath, sheetToPdfPath } from '../../src/print/sheets.ts';
import { loadTeam } from '../../src/team/team-file.ts';
import { isInTeamStack, teamStack, teamStagesOfTool, teamToolsInStage } from '../../src/team/team-queries.ts';

// One build of the whole guide with the example team file (a few minutes on a busy machine), and
// one that stops at the configuration on a bad file (seconds). What a team file says and how a
// bad one is reported are unit tests (tests/unit/team-file.test.ts); this checks that the build
// puts it on the pages. Copies of the project as in broken-input-fails-build.test.ts.

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE = 'examples/team/team.yaml';
const copies: string[] = [];

function projectCopy({ inTree }: { inTree: boolean }): string {
  const parent = inTree ? join(ROOT, '.cache', 'build-copies') : tmpdir();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'field-guide-team-'));
  copies.push(dir);
  for (const entry of ['src', 'content', 'examples', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  if (!inTree) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function build(dir: string, teamFile: string): { status: number | null; output: string } {
  const { TEAM_FILE: _unset, ...env } = process.env;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...env, TEAM_FILE: teamFile, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const team = loadTeam({ TEAM_FILE: EXAMPLE }, ROOT);
if (team === undefined) throw new Error(`${EXAMPLE} is missing`);
const title = `At ${team.name}`;
const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
const callouts = (html: string) => elementsWhere(html, (t) => t.name === 'aside' && t.attributes['data-team-callout'] !== undefined);

describe(`npm run build with TEAM_FILE=${EXAMPLE}`, () => {
  const dir = projectCopy({ inTree: true });
  const { status, output } = build(dir, EXAMPLE);
  const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');

  test('builds, and says which team file it read', () => {
    expect(status, output).toBe(0);
    expect(output).toContain(`[field-guide-team] ${EXAMPLE}: built for ${team.name}, with ${teamStack(team).length} tools in its stack`);
  });

  test('each stage page has an "At <team>" callout with the team\'s tools there, its links and its note', () => {
    for (const stage of STAGE_IDS) {
      const html = page(stageHref(stage));
      const [callout = '', ...more] = callouts(html);
      expect(more, stage).toEqual([]);
      expect(callout, stage).toContain(`aria-label="${title}"`);
      const said = team.stages[stage];
      expect(hrefs(callout), stage).toEqual([...teamToolsInStage(model, team, stage).map(toolHref), ...(said?.links ?? []).map((l) => l.url)]);
      if (said?.note !== undefined) expect(callout.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'"), stage).toContain(said.note);
    }
  });

  test('a chosen tool\'s page has a callout with the stages where the team uses it; a tool the file does not name has none', () => {
    const html = page(toolHref('kserve'));
    const [callout = ''] = callouts(html);
    expect(callout).toContain(`aria-label="${title}"`);
    expect(hrefs(callout)).toEqual([...teamStagesOfTool(model, team, 'kserve').map(stageHref), ...(team.tools.kserve?.links ?? []).map((l) => l.url)]);
    expect(callout).toContain(team.tools.kserve?.note?.split("'")[0]);
    const unnamed = TOOL_IDS.find((id) => !isInTeamStack(team, id) && team.tools[id] === undefined);
    expect(unnamed).toBeDefined();
    expect(callouts(page(toolHref(unnamed ?? 'dagster')))).toEqual([]);
  });

  test('/tools/ marks exactly the team\'s stack', () => {
    const html = page('/tools/');
    const cards = elementsWhere(html, (t) => t.name === 'li' && t.attributes['data-item'] !== undefined);
    expect(cards).toHaveLength(TOOL_IDS.length);
    const marked = cards.filter((c) => c.includes(`<span class="team-mark">${title}</span>`)).map((c) => /data-item="([^"]+)"/.exec(c)?.[1]);
    expect(marked).toEqual(teamStack(team));
    expect(cards.filter((c) => c.startsWith('<li class="tool-card tool-card--team"'))).toHaveLength(teamStack(team).length);
  });

  test('the explorer marks the team\'s tools in its picker and in each stage, with the stage\'s callout', () => {
    const html = page('/explore/');
    const options = [...html.matchAll(/<option value="([^"]+)"[^>]*>([^<]*)<\/option>/g)].filter((m) => m[2].endsWith(`(at ${team.name})`)).map((m) => m[1]);
    expect(options).toEqual(teamStack(team));
    for (const stage of STAGE_IDS) {
      const [article = ''] = elementsWhere(html, (t) => t.name === 'article' && t.attributes['data-stage'] === stage);
      expect(article.match(/class="team-mark"/g) ?? [], stage).toHaveLength(teamToolsInStage(model, team, stage).filter((id) => model.tools[id].stages.some((s) => s === stage)).length);
      expect(callouts(article)[0], stage).toContain(`aria-label="${title}: ${model.stages[stage].name.replace(/&/g, '&amp;')}"`);
    }
  });

  test('the tools-by-stage sheet marks the team\'s tools in each stage, says so, and still prints on one page', async () => {
    const html = page(sheetToPath('tools-by-stage'));
    expect(elementsWhere(html, (t) => t.name === 'caption')[0]).toContain(`what we use at ${team.name}`);
    const cells = elementsWhere(html, (t) => t.name === 'td');
    expect(cells).toHaveLength(STAGE_IDS.length);
    STAGE_IDS.forEach((stage, i) => {
      const marked = [...cells[i].matchAll(/<mark class="sheet-team-tool">([^<]+)<\/mark>/g)].map((m) => m[1]);
      expect(marked, stage).toEqual(expect.arrayContaining(teamToolsInStage(model, team, stage).map((id) => model.tools[id].name)));
      expect(marked.length, stage).toBe(teamToolsInStage(model, team, stage).length);
    });
    for (const paper of ['a4', 'letter'] as const) {
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(dir, 'dist', sheetToPdfPath('tools-by-stage', paper)))));
      expect(pdf.numPages, paper).toBe(1);
    }
  });

  test('the team\'s styles are in the site\'s stylesheet', () => {
    const css = readdirSync(join(dir, 'dist/_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dir, 'dist/_astro', f), 'utf8'));
    expect(css.some((c) => c.includes('.team-callout') && c.includes('.team-mark'))).toBe(true);
  });
});

describe('npm run build with a bad team file', () => {
  test('stops before building, naming the file and each bad field', () => {
    const dir = projectCopy({ inTree: false });
    const bad = readFileSync(join(ROOT, EXAMPLE), 'utf8')
      .replace('serving: kserve', 'serving: kserv')
      .replace('url: https://mlflow.northwind.example.com/', 'url: mlflow.northwind.example.com')
      .replace('  model-building:', '  model-bilding:')
      .replace('name: Northwind ML Platform', 'name: Northwind ML Platform\ncolour: teal');
    writeFileSync(join(dir, 'team.yaml'), bad);
    const { status, output } = build(dir, 'team.yaml');
    expect(status).not.toBe(0);
    expect(output).toContain('team.yaml › stack.serving: unknown tool id "kserv"; did you mean "kserve"?');
    expect(output).toContain('team.yaml › stages.training-evaluation.links[0].url: not an http(s) URL: "mlflow.northwind.example.com"');
    expect(output).toContain('team.yaml › stages.model-bilding: unknown stage id "model-bilding"; did you mean "model-building"?');
    expect(output).toContain('team.yaml › colour: unknown field; known fields here: name, stack, stages, tools');
    expect(output).not.toMatch(/\[build\] \d+ page\(s\) built/);
  });
});
