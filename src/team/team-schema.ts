import { z } from 'zod';
import { model, STAGE_IDS, TOOL_CATEGORY_IDS, TOOL_IDS, toolCategories, type StageId, type ToolCategoryId, type ToolId } from '../model/index.ts';

// The team file's shape (see docs/team-edition.md). Messages are read after the field's path
// (`team.yaml › name: is missing or empty`); unknown keys are worded by team-file.ts, which knows
// what a key at each place names.

/** A team's link to its own pages: a runbook, a dashboard, a repository. */
export interface TeamLink {
  label: string;
  /** An absolute http(s) address: the guide cannot check it, so it must at least be one. */
  url: string;
}

/** What the team says about one stage. */
export interface TeamStage {
  /** Tools the team uses in this stage, besides those its stack places there. */
  tools: readonly ToolId[];
  links: readonly TeamLink[];
  note?: string;
}

/** What the team says about one tool. */
export interface TeamTool {
  links: readonly TeamLink[];
  note?: string;
}

/** One team's edition of the guide: its name, its stack, its links and notes, by model id. */
export interface Team {
  /** The file as build messages name it: `team.yaml`, `examples/team/team.yaml`. */
  file: string;
  /** Shown as "At <name>". */
  name: string;
  /** The team's chosen tools, by kind: each tool is of that kind. */
  stack: { readonly [K in ToolCategoryId]?: readonly ToolId[] };
  stages: { readonly [K in StageId]?: TeamStage };
  tools: { readonly [K in ToolId]?: TeamTool };
}

/** Notes are a sentence or two on a page made for other things; longer text belongs on a linked page. */
export const NOTE_MAX_LENGTH = 400;
/** "At <name>" is a callout's title and a badge on a tool card. */
export const NAME_MAX_LENGTH = 60;

const MISSING = 'is missing or empty';
const text = z.string({ error: MISSING }).trim().min(1, { error: MISSING });
const note = text.max(NOTE_MAX_LENGTH, { error: `is longer than ${NOTE_MAX_LENGTH} characters; keep notes short and link a page for more` });

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
const EXAMPLE_URL = 'https://wiki.example.com/runbooks/rollback';
const httpUrl = z
  .string({ error: `is missing; give the full address, e.g. ${EXAMPLE_URL}` })
  .refine(isHttpUrl, { error: (iss) => `not an http(s) URL: ${JSON.stringify(iss.input)}; give the full address, e.g. ${EXAMPLE_URL}` });
const link = z.strictObject({ label: text, url: httpUrl }, { error: 'is not a link; give a label and a url' });
const links = z.array(link, { error: 'is not a list; list links as `- label: …` with `url: …` under it' }).default([]);

/** The id in `ids` closest to `input`, when one is close enough to be what was meant. */
export function closestId(input: string, ids: readonly string[]): string | undefined {
  const containing = ids.find((id) => id.includes(input) || input.includes(id));
  if (containing !== undefined) return containing;
  // "mlflow-registry" for "mlflow-model-registry": every word of the input is a word of the id.
  const words = input.split('-');
  const sharing = ids.find((id) => words.every((w) => id.split('-').includes(w)));
  if (sharing !== undefined) return sharing;
  const scored = ids.map((id) => ({ id, distance: editDistance(input, id) })).sort((a, b) => a.distance - b.distance);
  const best = scored[0];
  return best !== undefined && best.distance <= Math.max(2, Math.floor(input.length / 4)) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** How an unknown id of each kind is explained: the closest id, and the ids there are or where to find them. */
export function unknownIdMessage(kind: 'stage' | 'tool kind' | 'tool', input: unknown): string {
  const ids: readonly string[] = kind === 'stage' ? STAGE_IDS : kind === 'tool kind' ? TOOL_CATEGORY_IDS : TOOL_IDS;
  const closest = typeof input === 'string' ? closestId(input, ids) : undefined;
  const meant = closest === undefined ? '.' : `; did you mean "${closest}"?`;
  const known =
    kind === 'tool'
      ? " A tool's id is the last part of its page's address (/tools/<id>/); all are in src/model/data/ids.ts (TOOL_IDS)"
      : ` Known: ${ids.join(', ')}`;
  return `unknown ${kind} id ${JSON.stringify(input)}${meant}${known}`;
}

const toolId = z.enum(TOOL_IDS, { error: (iss) => unknownIdMessage('tool', iss.input) });
// One tool or a list: `serving: kserve` or `tracking-registry: [mlflow-tracking, mlflow-model-registry]`.
const tools = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z.array(toolId, { error: 'is not a tool id or a list of them' }).min(1, { error: `${MISSING}; name at least one tool id` }),
);

const stage = z.strictObject(
  { tools: tools.optional().transform((list) => list ?? []), links, note: note.optional() },
  { error: 'is empty; give it tools, links or a note, or leave it out' },
);
const tool = z.strictObject({ links, note: note.optional() }, { error: 'is empty; give it links or a note, or leave it out' });

// A tool listed under a kind must be of that kind: "serving: dagster" is a slip, not a choice.
const stack = z
  .partialRecord(z.enum(TOOL_CATEGORY_IDS), tools, { error: 'is not a map of tool kinds to tool ids' })
  .superRefine((chosen, ctx) => {
    for (const kind of TOOL_CATEGORY_IDS) {
      (chosen[kind] ?? []).forEach((id, i) => {
        const actual = model.tools[id].category;
        if (actual === kind) return;
        ctx.addIssue({
          code: 'custom',
          path: [kind, i],
          message: `"${id}" (${model.tools[id].name}) is one of the ${toolCategories[actual].name.toLowerCase()}, not of the ${toolCategories[kind].name.toLowerCase()}; list it under stack.${actual}`,
        });
      });
    }
  });

export const teamSchema = z.strictObject(
  {
    name: text.max(NAME_MAX_LENGTH, { error: `is longer than ${NAME_MAX_LENGTH} characters; it titles every callout ("At <name>")` }),
    stack: stack.default({}),
    stages: z.partialRecord(z.enum(STAGE_IDS), stage, { error: 'is not a map of stage ids to what the team says about them' }).default({}),
    tools: z.partialRecord(toolId, tool, { error: 'is not a map of tool ids to what the team says about them' }).default({}),
  },
  { error: 'is not a map; start with `name: <your team>`' },
);

/** The validated file, before the loader adds where it came from. */
export type TeamFields = Omit<Team, 'file'>;

/** The schema's output as a Team without its file: a field added to one and not the other fails to compile. */
export const teamFieldsFrom = (parsed: z.output<typeof teamSchema>): TeamFields => parsed;
