import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { teamFieldsFrom, teamSchema, unknownIdMessage, type Team } from './team-schema.ts';

/** The team file a build picks up by itself, at the top of the project. Absent in the guide's own repository. */
export const TEAM_FILE_NAME = 'team.yaml';
/** The environment variable that points the build at a team file elsewhere. */
export const TEAM_FILE_VARIABLE = 'TEAM_FILE';

/** A team file the build cannot use: every problem, one per line, each naming the file and the field. */
export class TeamFileError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The team file has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} (see docs/team-edition.md):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'TeamFileError';
    this.problems = problems;
  }
}

/**
 * Where the build reads the team file from: TEAM_FILE (relative to the project, or absolute) when
 * set, else team.yaml at the top of the project when there is one, else nowhere (the neutral guide).
 * `shown` is how messages name it.
 */
export function teamFileLocation(env: Readonly<Record<string, string | undefined>>, root: string): { path: string; shown: string } | undefined {
  const given = env[TEAM_FILE_VARIABLE]?.trim();
  if (given) {
    const path = resolve(root, given);
    if (!existsSync(path)) throw new TeamFileError([`${TEAM_FILE_VARIABLE}=${given}: no file at ${path}; point it at your team file, or unset it to build the neutral guide`]);
    const inside = relative(root, path);
    return { path, shown: inside.startsWith('..') || isAbsolute(inside) ? path : inside };
  }
  const path = resolve(root, TEAM_FILE_NAME);
  return existsSync(path) ? { path, shown: TEAM_FILE_NAME } : undefined;
}

/** The team described by a team file's text, or a TeamFileError naming each problem as `file › field: what is wrong (line n)`. */
export function teamFromYaml(text: string, shown: string): Team {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new TeamFileError(doc.errors.map((e) => `${shown}: not valid YAML: ${e.message.split('\n')[0]} (line ${lineCounter.linePos(e.pos[0]).line})`));
  }
  const result = teamSchema.safeParse(doc.toJS() ?? {}, { reportInput: true });
  if (!result.success) {
    throw new TeamFileError(result.error.issues.flatMap((issue) => issueToProblems(issue, doc, lineCounter, shown)));
  }
  return { file: shown, ...teamFieldsFrom(result.data) };
}

/** The team the build was given (see teamFileLocation), or undefined for the neutral guide. */
export function loadTeam(env: Readonly<Record<string, string | undefined>> = process.env, root: string = process.cwd()): Team | undefined {
  const location = teamFileLocation(env, root);
  return location === undefined ? undefined : teamFromYaml(readFileSync(location.path, 'utf8'), location.shown);
}

type Path = readonly PropertyKey[];

/** `stages.training-evaluation.links[0].url` */
export function pathToField(path: Path): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('') || '(the file)';
}

// What a key names at each place of the file, for unknown keys; elsewhere a key is a field name.
const KEYS_NAMING_IDS = { stack: 'tool kind', stages: 'stage', tools: 'tool' } as const;
const FIELDS_AT: Readonly<Record<string, string>> = { '': 'name, stack, stages, tools', stages: 'tools, links, note', tools: 'links, note' };

function unknownKeyMessage(parent: Path, key: string): string {
  const [top] = parent;
  if (parent.length === 1 && typeof top === 'string' && Object.hasOwn(KEYS_NAMING_IDS, top)) {
    return unknownIdMessage(KEYS_NAMING_IDS[top as keyof typeof KEYS_NAMING_IDS], key);
  }
  const known = FIELDS_AT[parent.length === 0 ? '' : parent.length === 2 && typeof top === 'string' ? top : ''] ?? '';
  const inLink = typeof parent.at(-1) === 'number';
  return `unknown field${inLink ? ' in a link' : ''}; ${inLink ? 'a link has label and url' : `known fields here: ${known}`}`;
}

function issueToProblems(issue: z.core.$ZodIssue, doc: Document, lines: LineCounter, shown: string): string[] {
  let path: Path = issue.path;
  // A single tool id is read as a list of one: name the field, not an index the file does not have.
  if (typeof path.at(-1) === 'number' && isScalar(doc.getIn(path.slice(0, -1), true))) path = path.slice(0, -1);
  if (issue.code === 'unrecognized_keys') {
    const node = doc.getIn(path, true);
    return issue.keys.map((key) => {
      const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      const start = pair !== undefined && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      return problem(shown, [...path, key], unknownKeyMessage(path, key), start, lines);
    });
  }
  const node = doc.getIn(path, true);
  const start = path.length > 0 && isNode(node) ? node.range?.[0] : undefined;
  return [problem(shown, path, issue.message, start, lines)];
}

function problem(shown: string, path: Path, message: string, start: number | undefined, lines: LineCounter): string {
  const where = start === undefined ? '' : ` (line ${lines.linePos(start).line})`;
  return `${shown} › ${pathToField(path)}: ${message}${where}`;
}
