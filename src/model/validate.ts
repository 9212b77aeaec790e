import {
  ARTIFACT_IDS,
  COVERAGE_ROLES,
  FILE_FORMATS,
  NOTEBOOK_PARAMETER_TYPES,
  PATTERN_CATEGORY_IDS,
  PATTERN_IDS,
  PIPELINE_TYPE_IDS,
  STAGE_IDS,
  TOOL_IDS,
} from './ids.ts';
import { MODEL_FILES, type Model } from './model.ts';
import { asArray, checkRefs, field, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';
import { RELATION_KINDS } from './patterns.ts';
import { validateChooser, type UncheckedChooser } from './validate-chooser.ts';
import { validateMlTests, type UncheckedMlTests } from './validate-ml-tests.ts';
import { validateMonitoring, type UncheckedMonitoring } from './validate-monitoring.ts';
import { validateStageDecisions } from './validate-stage-decisions.ts';
import { validatePatternStructures } from './validate-pattern-structures.ts';
import { validateTools } from './validate-tools.ts';

/** One problem in the model, located well enough for a person to fix it. */
export interface ModelIssue {
  file: string;
  /** e.g. `pipeline type "data-pipeline"` */
  entity: string;
  /** e.g. `covers[1].stage` */
  field: string;
  message: string;
}

/** A record of entities whose fields the checker reads without trusting their types. */

/**
 * What validate() reads: the model's shape with every id widened to a string, because the
 * model it checks may come from a fixture or from JSON, where the compiler has not looked.
 * Kinds a fixture leaves out are not checked.
 */
export interface UncheckedModel extends UncheckedMonitoring, UncheckedMlTests {
  readonly stageIds?: readonly string[];
  readonly pipelineTypeIds?: readonly string[];
  readonly stages: LooseRecord;
  readonly pipelineTypes: LooseRecord;
  readonly artifacts?: LooseRecord;
  readonly tools?: LooseRecord;
  readonly patternCategories?: LooseRecord;
  readonly patterns?: LooseRecord;
  readonly patternStructures?: LooseRecord;
  readonly chooser?: UncheckedChooser;
}

export type ModelFiles = { readonly [K in keyof Model]: string };

const KNOWN_ROLES = new Set<unknown>(COVERAGE_ROLES);
const RELATION_KIND_IDS = Object.keys(RELATION_KINDS);

/** Every problem the types cannot rule out: unknown or duplicate ids, empty fields, gaps, one-way links. */
export function validateModel(model: UncheckedModel, files: ModelFiles = MODEL_FILES): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const stageIds = model.stageIds ?? STAGE_IDS;
  const typeIds = model.pipelineTypeIds ?? PIPELINE_TYPE_IDS;
  const report = (file: string, entity: string, field: string, message: string) =>
    issues.push({ file, entity, field, message });

  checkIdList(report, files.stages, 'stage', stageIds, model.stages, ['name', 'summary', 'purpose']);
  checkIdList(report, files.pipelineTypes, 'pipeline type', typeIds, model.pipelineTypes, ['name', 'summary']);
  if (model.artifacts) checkIdList(report, files.artifacts, 'artifact', ARTIFACT_IDS, model.artifacts, ['name', 'summary']);
  if (model.tools) checkIdList(report, files.tools, 'tool', TOOL_IDS, model.tools, ['name', 'homepage', 'licence', 'role', 'source', 'checked']);
  if (model.tools) validateTools(model.tools, files.tools, report);
  if (model.patternCategories) {
    checkIdList(report, files.patternCategories, 'pattern category', PATTERN_CATEGORY_IDS, model.patternCategories, ['name', 'summary']);
  }
  if (model.patterns) checkIdList(report, files.patterns, 'pattern', PATTERN_IDS, model.patterns, ['name', 'problem', 'solution']);

  const knownStages = new Set(stageIds);
  const knownTypes = new Set(typeIds);

  // Pipeline types cover stages, and every stage is covered.
  const covered = new Set<string>();
  for (const [key, type] of Object.entries(model.pipelineTypes)) {
    const entity = `pipeline type "${key}"`;
    const covers = asArray(field(type, 'covers'));
    if (covers.length === 0) report(files.pipelineTypes, entity, 'covers', 'covers no stage; list at least one');
    const seen = new Set<unknown>();
    covers.forEach((c, i) => {
      const stage = field(c, 'stage');
      const role = field(c, 'role');
      if (typeof stage !== 'string' || !knownStages.has(stage)) {
        report(files.pipelineTypes, entity, `covers[${i}].stage`, unknownId('stage', stage, knownStages));
      } else if (seen.has(stage)) {
        report(files.pipelineTypes, entity, `covers[${i}].stage`, `stage "${stage}" is listed twice`);
      } else {
        covered.add(stage);
      }
      seen.add(stage);
      if (!KNOWN_ROLES.has(role)) {
        report(files.pipelineTypes, entity, `covers[${i}].role`, `unknown role ${JSON.stringify(role)}; use one of ${COVERAGE_ROLES.join(', ')}`);
      }
    });
  }
  for (const id of stageIds) {
    if (!covered.has(id)) report(files.pipelineTypes, `stage "${id}"`, 'covers', "no pipeline type covers this stage; add it to some type's covers");
  }

  // Stages read and write artifacts; each artifact has exactly one producer.
  if (model.artifacts) {
    const knownArtifacts = new Set(Object.keys(model.artifacts));
    const producers = new Map<string, string[]>();
    for (const [key, stage] of Object.entries(model.stages)) {
      for (const list of ['inputs', 'outputs'] as const) {
        asArray(field(stage, list)).forEach((a, i) => {
          if (typeof a !== 'string' || !knownArtifacts.has(a)) {
            report(files.stages, `stage "${key}"`, `${list}[${i}]`, unknownId('artifact', a, knownArtifacts));
          } else if (list === 'outputs') {
            producers.set(a, [...(producers.get(a) ?? []), key]);
          }
        });
      }
    }
    for (const id of knownArtifacts) {
      const by = producers.get(id) ?? [];
      if (by.length === 0) report(files.artifacts, `artifact "${id}"`, 'producer', 'no stage lists it in outputs; every artifact needs a producer');
      if (by.length > 1) report(files.artifacts, `artifact "${id}"`, 'producer', `produced by more than one stage: ${by.join(', ')}`);
    }
  }

  // Stages list their checks and failure modes, and declare a notebook contract.
  for (const [key, stage] of Object.entries(model.stages)) {
    const entity = `stage "${key}"`;
    for (const list of ['checks', 'failureModes'] as const) checkLines(report, files.stages, entity, list, field(stage, list));
    checkNotebook(report, files.stages, entity, stage);
  }
  checkNotebookPaths(report, files.stages, model.stages);
  validateStageDecisions(model.stages, files.stages, report);

  // Tools sit in stages and pipeline types that exist.
  for (const [key, tool] of Object.entries(model.tools ?? {})) {
    const entity = `tool "${key}"`;
    const homepage = field(tool, 'homepage');
    const checked = field(tool, 'checked');
    const stages = asArray(field(tool, 'stages'));
    if (stages.length === 0) report(files.tools, entity, 'stages', 'sits in no stage; list at least one');
    checkRefs(report, files.tools, entity, 'stages', stages, knownStages, 'stage');
    checkRefs(report, files.tools, entity, 'pipelineTypes', asArray(field(tool, 'pipelineTypes')), knownTypes, 'pipeline type');
    if (typeof homepage === 'string' && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(homepage)) {
      report(files.tools, entity, 'homepage', `not an https URL: ${JSON.stringify(homepage)}`);
    }
    const source = field(tool, 'source');
    if (typeof source === 'string' && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(source)) {
      report(files.tools, entity, 'source', `not an https URL: ${JSON.stringify(source)}; link the documentation page the facts were checked against`);
    }
    if (typeof checked === 'string' && Number.isNaN(Date.parse(checked))) {
      report(files.tools, entity, 'checked', `not a date: ${JSON.stringify(checked)}`);
    }
  }

  // Patterns: category, placement, and relations recorded from both ends.
  if (model.patterns) {
    const knownPatterns = new Set(Object.keys(model.patterns));
    const knownCategories = new Set(Object.keys(model.patternCategories ?? {}));
    const used = new Set<unknown>();
    for (const [key, pattern] of Object.entries(model.patterns)) {
      const entity = `pattern "${key}"`;
      const category = field(pattern, 'category');
      used.add(category);
      if (model.patternCategories && (typeof category !== 'string' || !knownCategories.has(category))) {
        report(files.patterns, entity, 'category', unknownId('pattern category', category, knownCategories));
      }
      checkRefs(report, files.patterns, entity, 'stages', asArray(field(pattern, 'stages')), knownStages, 'stage');
      checkRefs(report, files.patterns, entity, 'pipelineTypes', asArray(field(pattern, 'pipelineTypes')), knownTypes, 'pipeline type');
      asArray(field(pattern, 'related')).forEach((r, i) => {
        const to = field(r, 'pattern');
        const kind = field(r, 'kind');
        if (typeof to !== 'string' || !knownPatterns.has(to)) {
          report(files.patterns, entity, `related[${i}].pattern`, unknownId('pattern', to, knownPatterns));
          return;
        }
        if (to === key) report(files.patterns, entity, `related[${i}].pattern`, 'a pattern cannot relate to itself');
        if (typeof kind !== 'string' || !isRelationKind(kind)) {
          report(files.patterns, entity, `related[${i}].kind`, unknownId('relation kind', kind, new Set(RELATION_KIND_IDS)));
          return;
        }
        const inverse = RELATION_KINDS[kind].inverse;
        const back = asArray(field(model.patterns?.[to], 'related')).some((b) => field(b, 'pattern') === key && field(b, 'kind') === inverse);
        if (!back) {
          report(
            files.patterns,
            entity,
            `related[${i}]`,
            `one-way link: "${key}" ${RELATION_KINDS[kind].label} "${to}", but "${to}" does not list { kind: '${inverse}', pattern: '${key}' }`,
          );
        }
      });
    }
    for (const id of knownCategories) {
      if (!used.has(id)) report(files.patternCategories, `pattern category "${id}"`, 'patterns', 'no pattern is in this category');
    }
  }

  if (model.patternStructures) validatePatternStructures(model.patternStructures, model.patterns ?? {}, files.patternStructures, report);
  if (model.chooser) {
    const toolTypes = new Map(Object.entries(model.tools ?? {}).map(([key, tool]) => [key, asArray(field(tool, 'pipelineTypes'))]));
    validateChooser(model.chooser, { stages: knownStages, pipelineTypes: knownTypes, toolTypes }, files.chooser, report);
  }
  validateMonitoring(model, knownStages, files.monitoringSignals, report);
  validateMlTests(model, stageIds, files.mlTestKinds, report);
  return issues;
}


const PARAMETER_TYPES = new Set<unknown>(NOTEBOOK_PARAMETER_TYPES);
const FORMATS = new Set<unknown>(FILE_FORMATS);
const PYTHON_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A list of one-line texts: at least one, none empty. */
function checkLines(report: Report, file: string, entity: string, name: string, value: unknown): void {
  if (!Array.isArray(value) || value.length === 0) {
    report(file, entity, name, `${name} is missing or empty; list at least one`);
    return;
  }
  value.forEach((line, i) => {
    if (typeof line !== 'string' || line.trim() === '') report(file, entity, `${name}[${i}]`, 'is missing or empty');
  });
}

/** The notebook contract: typed parameters, and ports that are exactly the stage's inputs and outputs. */
function checkNotebook(report: Report, file: string, entity: string, stage: unknown): void {
  const notebook = field(stage, 'notebook');
  if (typeof notebook !== 'object' || notebook === null) {
    report(file, entity, 'notebook', 'notebook contract is missing; declare its parameters, inputs and outputs');
    return;
  }
  const names = new Set<unknown>();
  asArray(field(notebook, 'parameters')).forEach((p, i) => {
    const at = `notebook.parameters[${i}]`;
    const name = field(p, 'name');
    const type = field(p, 'type');
    const value = field(p, 'default');
    const description = field(p, 'description');
    if (typeof name !== 'string' || !PYTHON_NAME.test(name)) report(file, entity, `${at}.name`, `not a Python identifier: ${JSON.stringify(name)}`);
    else if (names.has(name)) report(file, entity, `${at}.name`, `parameter "${name}" is declared twice`);
    names.add(name);
    if (!PARAMETER_TYPES.has(type)) {
      report(file, entity, `${at}.type`, `unknown parameter type ${JSON.stringify(type)}; use one of ${NOTEBOOK_PARAMETER_TYPES.join(', ')}`);
    } else if (!defaultFits(type, value)) {
      report(file, entity, `${at}.default`, `default ${JSON.stringify(value)} is not of type ${String(type)}`);
    }
    if (typeof description !== 'string' || description.trim() === '') report(file, entity, `${at}.description`, 'description is missing or empty');
  });
  for (const list of ['inputs', 'outputs'] as const) {
    const declared = asArray(field(stage, list));
    const ports = asArray(field(notebook, list));
    const seen = new Set<unknown>();
    ports.forEach((port, i) => {
      const at = `notebook.${list}[${i}]`;
      const artifact = field(port, 'artifact');
      const path = field(port, 'path');
      const format = field(port, 'format');
      if (!declared.includes(artifact)) {
        report(file, entity, `${at}.artifact`, `${JSON.stringify(artifact)} is not in the stage's ${list} (${declared.join(', ')})`);
      } else if (seen.has(artifact)) {
        report(file, entity, `${at}.artifact`, `"${String(artifact)}" is declared twice`);
      }
      seen.add(artifact);
      if (typeof path !== 'string' || path.trim() === '' || path.startsWith('/') || path.split('/').includes('..')) {
        report(file, entity, `${at}.path`, `not a relative path inside the project: ${JSON.stringify(path)}`);
      }
      if (!FORMATS.has(format)) report(file, entity, `${at}.format`, `unknown format ${JSON.stringify(format)}; use one of ${FILE_FORMATS.join(', ')}`);
    });
    for (const artifact of declared) {
      if (!seen.has(artifact)) report(file, entity, `notebook.${list}`, `does not declare "${String(artifact)}", which the stage lists in ${list}`);
    }
  }
}

function defaultFits(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return false;
  }
}

/** A consumer reads an artifact from the path and in the format its producer writes it. */
function checkNotebookPaths(report: Report, file: string, stages: LooseRecord): void {
  const written = new Map<unknown, { stage: string; path: unknown; format: unknown }>();
  for (const [key, stage] of Object.entries(stages)) {
    for (const port of asArray(field(field(stage, 'notebook'), 'outputs'))) {
      written.set(field(port, 'artifact'), { stage: key, path: field(port, 'path'), format: field(port, 'format') });
    }
  }
  for (const [key, stage] of Object.entries(stages)) {
    asArray(field(field(stage, 'notebook'), 'inputs')).forEach((port, i) => {
      const producer = written.get(field(port, 'artifact'));
      if (!producer) return;
      for (const name of ['path', 'format'] as const) {
        const value = field(port, name);
        if (value !== producer[name]) {
          report(
            file,
            `stage "${key}"`,
            `notebook.inputs[${i}].${name}`,
            `${JSON.stringify(value)} differs from ${JSON.stringify(producer[name])}, where stage "${producer.stage}" writes it`,
          );
        }
      }
    });
  }
}

function isRelationKind(kind: string): kind is keyof typeof RELATION_KINDS {
  return Object.hasOwn(RELATION_KINDS, kind);
}

function checkIdList(
  report: Report,
  file: string,
  kind: string,
  ids: readonly string[],
  records: LooseRecord,
  required: readonly string[],
): void {
  const listed = new Set<string>();
  for (const id of ids) {
    if (listed.has(id)) report(file, `${kind} "${id}"`, 'id', `duplicate ${kind} id "${id}"`);
    listed.add(id);
    if (!Object.hasOwn(records, id)) report(file, `${kind} "${id}"`, 'id', `${kind} id "${id}" has no entry`);
  }
  const owners = new Map<unknown, string>();
  for (const [key, entity] of Object.entries(records)) {
    const name = `${kind} "${key}"`;
    if (!listed.has(key)) report(file, name, 'id', `unknown ${kind} id "${key}"; add it to the id list first`);
    const id = field(entity, 'id');
    if (id !== key) report(file, name, 'id', `id ${JSON.stringify(id)} does not match its key "${key}"`);
    const owner = owners.get(id);
    if (owner !== undefined) report(file, name, 'id', `duplicate ${kind} id ${JSON.stringify(id)} (also used by ${owner})`);
    owners.set(id, name);
    for (const f of required) {
      const value = field(entity, f);
      if (typeof value !== 'string' || value.trim() === '') report(file, name, f, `${f} is missing or empty`);
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
