import { COVERAGE_ROLES, PIPELINE_TYPE_IDS, STAGE_IDS } from './ids.ts';
import { MODEL_FILES, type Model } from './model.ts';

/** One problem in the model, located well enough for a person to fix it. */
export interface ModelIssue {
  file: string;
  /** e.g. `pipeline type "data-pipeline"` */
  entity: string;
  /** e.g. `covers[1].stage` */
  field: string;
  message: string;
}

const KNOWN_ROLES = new Set<unknown>(COVERAGE_ROLES);

type Loose<T> = { readonly [key: string]: T };
interface LooseEntity {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly summary?: unknown;
}
interface LooseCoverage {
  readonly stage?: unknown;
  readonly role?: unknown;
}

/**
 * What validate() reads: the model's shape with every id widened to a string, because the
 * model it checks may come from a fixture or from JSON, where the compiler has not looked.
 */
export interface UncheckedModel {
  readonly stageIds?: readonly string[];
  readonly pipelineTypeIds?: readonly string[];
  readonly stages: Loose<LooseEntity>;
  readonly pipelineTypes: Loose<LooseEntity & { readonly covers?: readonly LooseCoverage[] }>;
}

export type ModelFiles = { readonly [K in keyof Model]: string };

/** Every problem the types cannot rule out: unknown or duplicate ids, empty fields, gaps. */
export function validateModel(model: UncheckedModel, files: ModelFiles = MODEL_FILES): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const stageIds = model.stageIds ?? STAGE_IDS;
  const typeIds = model.pipelineTypeIds ?? PIPELINE_TYPE_IDS;

  checkIdList(issues, files.stages, 'stage', stageIds, model.stages);
  checkIdList(issues, files.pipelineTypes, 'pipeline type', typeIds, model.pipelineTypes);

  const knownStages = new Set(stageIds);
  const covered = new Set<string>();
  for (const [key, type] of Object.entries(model.pipelineTypes)) {
    const entity = `pipeline type "${key}"`;
    const covers = type.covers ?? [];
    if (covers.length === 0) {
      issues.push({ file: files.pipelineTypes, entity, field: 'covers', message: 'covers no stage; list at least one' });
    }
    const seen = new Set<unknown>();
    covers.forEach((c, i) => {
      const field = `covers[${i}]`;
      if (typeof c.stage !== 'string' || !knownStages.has(c.stage)) {
        issues.push({
          file: files.pipelineTypes,
          entity,
          field: `${field}.stage`,
          message: `unknown stage id ${JSON.stringify(c.stage)}; known: ${[...knownStages].join(', ')}`,
        });
      } else if (seen.has(c.stage)) {
        issues.push({ file: files.pipelineTypes, entity, field: `${field}.stage`, message: `stage "${c.stage}" is listed twice` });
      } else {
        covered.add(c.stage);
      }
      seen.add(c.stage);
      if (!KNOWN_ROLES.has(c.role)) {
        issues.push({
          file: files.pipelineTypes,
          entity,
          field: `${field}.role`,
          message: `unknown role ${JSON.stringify(c.role)}; use one of ${COVERAGE_ROLES.join(', ')}`,
        });
      }
    });
  }
  for (const id of stageIds) {
    if (!covered.has(id)) {
      issues.push({
        file: files.pipelineTypes,
        entity: `stage "${id}"`,
        field: 'covers',
        message: 'no pipeline type covers this stage; add it to some type\'s covers',
      });
    }
  }
  return issues;
}

function checkIdList(
  issues: ModelIssue[],
  file: string,
  kind: string,
  ids: readonly string[],
  records: Loose<LooseEntity>,
): void {
  const listed = new Set<string>();
  for (const id of ids) {
    if (listed.has(id)) {
      issues.push({ file, entity: `${kind} "${id}"`, field: 'id', message: `duplicate ${kind} id "${id}"` });
    }
    listed.add(id);
    if (!(id in records)) {
      issues.push({ file, entity: `${kind} "${id}"`, field: 'id', message: `${kind} id "${id}" has no entry` });
    }
  }
  const owners = new Map<unknown, string>();
  for (const [key, entity] of Object.entries(records)) {
    const name = `${kind} "${key}"`;
    if (!listed.has(key)) {
      issues.push({ file, entity: name, field: 'id', message: `unknown ${kind} id "${key}"; add it to the id list first` });
    }
    if (entity.id !== key) {
      issues.push({ file, entity: name, field: 'id', message: `id ${JSON.stringify(entity.id)} does not match its key "${key}"` });
    }
    const owner = owners.get(entity.id);
    if (owner !== undefined) {
      issues.push({ file, entity: name, field: 'id', message: `duplicate ${kind} id ${JSON.stringify(entity.id)} (also used by ${owner})` });
    }
    owners.set(entity.id, name);
    for (const field of ['name', 'summary'] as const) {
      if (typeof entity[field] !== 'string' || entity[field].trim() === '') {
        issues.push({ file, entity: name, field, message: `${field} is missing or empty` });
      }
    }
  }
}

/** One line per issue: `file › entity › field: message`. */
export function formatModelIssues(issues: readonly ModelIssue[]): string {
  return issues.map((i) => `${i.file} › ${i.entity} › ${i.field}: ${i.message}`).join('\n');
}

export class InvalidModelError extends Error {
  readonly issues: readonly ModelIssue[];
  constructor(issues: readonly ModelIssue[]) {
    super(`The model has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${formatModelIssues(issues)}`);
    this.name = 'InvalidModelError';
    this.issues = issues;
  }
}

/** Throws an InvalidModelError listing every problem, or returns the model unchanged. */
export function assertValidModel<M extends UncheckedModel>(model: M, files?: ModelFiles): M {
  const issues = validateModel(model, files);
  if (issues.length > 0) throw new InvalidModelError(issues);
  return model;
}
