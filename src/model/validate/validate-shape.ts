import type { z } from 'zod';
import type { Model } from '../data/model.ts';
import { modelSchema } from './model-schema.ts';
import type { Report } from './validate-helpers.ts';

/** How an error names an entity of each kind: `stage "data-validation"`. */
const ENTITY_NAMES = {
  stages: 'stage',
  pipelineTypes: 'pipeline type',
  artifacts: 'artifact',
  tools: 'tool',
  toolLedger: 'tool',
  patternCategories: 'pattern category',
  patterns: 'pattern',
  patternStructures: 'pattern',
  patternTools: 'pattern',
  chooser: 'chooser',
  monitoringSignals: 'monitoring signal',
  monitoringInputs: 'monitoring input',
  monitoringResponders: 'monitoring responder',
  mlTestKinds: 'test kind',
  mlTestScoreSections: 'ML Test Score section',
  mlTestTriggers: 'test trigger',
  llmOpsConcerns: 'LLM operations concern',
  judgePitfalls: 'judge pitfall',
  ragMetrics: 'RAG metric',
  framingFields: 'framing field',
  workedExampleFraming: 'worked example framing field',
  servingModeCosts: 'serving mode cost',
  autoscalingSignals: 'autoscaling signal',
  gpuSharing: 'GPU sharing option',
  buildBuyOptions: 'build-or-buy option',
  buildBuyCriteria: 'build-or-buy criterion',
} as const satisfies { [K in keyof Model]: string };

/** The chooser keeps two records; each names its entities by what they are. */
const CHOOSER_ENTITIES: Readonly<Record<string, string>> = { questions: 'question', rules: 'rule' };

const KINDS = Object.keys(ENTITY_NAMES) as (keyof Model)[];

// A fixture may leave kinds out (they are then not checked) or carry extra keys for validate()
// (`stageIds`); the shape is checked on the kinds the model has.
const partialSchema = modelSchema.partial();

/**
 * Checks the model's shape against the zod schema and reports each problem in the
 * `file › entity › field` form of validate()'s other checks.
 */
export function validateShape(model: object, files: { readonly [K in keyof Model]: string }, report: Report): void {
  const kinds = Object.fromEntries(KINDS.filter((k) => Object.hasOwn(model, k)).map((k) => [k, (model as Record<string, unknown>)[k]]));
  const result = partialSchema.safeParse(kinds);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const [kind, ...rest] = issue.path.map(String);
    if (!isKind(kind)) {
      report('src/model/index.ts', 'model', kind ?? '(root)', issue.message);
      continue;
    }
    located(kind, rest, issue).forEach(({ entity, field, message }) => report(files[kind], entity, field, message));
  }
}

function isKind(kind: string | undefined): kind is keyof Model {
  return kind !== undefined && Object.hasOwn(ENTITY_NAMES, kind);
}

interface Located {
  entity: string;
  field: string;
  message: string;
}

function located(kind: keyof Model, path: string[], issue: z.core.$ZodIssue): Located[] {
  let name: string = ENTITY_NAMES[kind];
  if (kind === 'chooser' && path.length > 0) name = CHOOSER_ENTITIES[path.shift() ?? ''] ?? name;
  // A record of entities with a key that is not an id, or an id without an entry: the same words
  // as the id-list check, so the two report it once.
  if (path.length === 0) {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ entity: `${name} "${key}"`, field: 'id', message: `unknown ${name} id "${key}"; add it to the id list first` }));
    }
    return [{ entity: name, field: '(all)', message: issue.message }];
  }
  const [key, ...rest] = path;
  const entity = `${name} "${key}"`;
  if (rest.length === 0 && issue.code === 'invalid_type' && issue.input === undefined) {
    // In the words validate() uses for the same gap, so it is reported once.
    if (kind === 'patternStructures') return [{ entity, field: 'structure', message: `pattern "${key}" has no structure; add one, so its page can show how it works` }];
    return [{ entity, field: 'id', message: `${name} id "${key}" has no entry` }];
  }
  if (rest.length === 0 && issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => ({ entity, field: k, message: 'is not a field of this kind of entity; remove it or add it to src/model/validate/model-schema.ts' }));
  }
  const field = fieldPath(rest);
  const last = rest.findLast((part) => !/^\d+$/.test(part)) ?? field;
  return [{ entity, field: field || 'id', message: issue.message.startsWith('is ') ? `${last} ${issue.message}` : issue.message }];
}

/** `['notebook', 'parameters', '0', 'name']` → `notebook.parameters[0].name`. */
function fieldPath(parts: readonly string[]): string {
  return parts.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
