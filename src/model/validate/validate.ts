import { ARTIFACT_IDS, PATTERN_CATEGORY_IDS, PATTERN_IDS, PIPELINE_TYPE_IDS, STAGE_IDS, TOOL_IDS } from '../data/ids.ts';
import { MODEL_FILES, type Model } from '../data/model.ts';
import { asArray, field, type LooseRecord } from './validate-helpers.ts';
import { validateChooser, type UncheckedChooser } from './validate-chooser.ts';
import { validateIds } from './validate-ids.ts';
import { validateLlmOperations, type UncheckedLlmOperations } from './validate-llm-operations.ts';
import { validateMlTests, type UncheckedMlTests } from './validate-ml-tests.ts';
import { validateMonitoring, type UncheckedMonitoring } from './validate-monitoring.ts';
import { validateInfrastructure, type UncheckedInfrastructure } from './validate-infrastructure.ts';
import { validatePatternStructures } from './validate-pattern-structures.ts';
import { validatePatterns } from './validate-patterns.ts';
import { validatePatternTools } from './validate-pattern-tools.ts';
import { validatePipelineTypes } from './validate-pipeline-types.ts';
import { validateShape } from './validate-shape.ts';
import { validateFraming, type UncheckedFraming } from './validate-framing.ts';
import { FRAMING_FIELD_IDS } from '../data/framing.ts';
import { validateStageDecisions } from './validate-stage-decisions.ts';
import { validateStages } from './validate-stages.ts';
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

/**
 * What validate() reads: the model's shape with every id widened to a string, because the
 * model it checks may come from a fixture or from JSON, where the compiler has not looked.
 * Kinds a fixture leaves out are not checked.
 */
export interface UncheckedModel extends UncheckedMonitoring, UncheckedMlTests, UncheckedLlmOperations, UncheckedFraming, UncheckedInfrastructure {
  readonly stageIds?: readonly string[];
  readonly pipelineTypeIds?: readonly string[];
  readonly stages: LooseRecord;
  readonly pipelineTypes: LooseRecord;
  readonly artifacts?: LooseRecord;
  readonly tools?: LooseRecord;
  readonly toolLedger?: LooseRecord;
  readonly patternCategories?: LooseRecord;
  readonly patterns?: LooseRecord;
  readonly patternStructures?: LooseRecord;
  readonly patternTools?: LooseRecord;
  readonly chooser?: UncheckedChooser;
}

export type ModelFiles = { readonly [K in keyof Model]: string };


/**
 * Every problem the types cannot rule out: first the shape (the zod schema in model-schema.ts:
 * required fields, formats, id enums), then the references between entities, one file per kind.
 * A problem both find is reported once.
 */
export function validateModel(model: UncheckedModel, files: ModelFiles = MODEL_FILES): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const seen = new Set<string>();
  const report = (file: string, entity: string, field: string, message: string) => {
    const line = `${file} › ${entity} › ${field}: ${message}`;
    if (!seen.has(line)) issues.push({ file, entity, field, message });
    seen.add(line);
  };
  const stageIds = model.stageIds ?? STAGE_IDS;
  const typeIds = model.pipelineTypeIds ?? PIPELINE_TYPE_IDS;
  const known = { stages: new Set(stageIds), pipelineTypes: new Set(typeIds) };

  validateShape(model, files, report);
  validateIds(report, files.stages, 'stage', stageIds, model.stages);
  validateIds(report, files.pipelineTypes, 'pipeline type', typeIds, model.pipelineTypes);
  if (model.artifacts) validateIds(report, files.artifacts, 'artifact', ARTIFACT_IDS, model.artifacts);
  if (model.tools) validateIds(report, files.tools, 'tool', TOOL_IDS, model.tools);
  if (model.patternCategories) validateIds(report, files.patternCategories, 'pattern category', PATTERN_CATEGORY_IDS, model.patternCategories);
  if (model.patterns) validateIds(report, files.patterns, 'pattern', PATTERN_IDS, model.patterns);

  validatePipelineTypes(model.pipelineTypes, stageIds, files.pipelineTypes, report);
  validateStages(model.stages, model.artifacts, files, report);
  validateStageDecisions(model.stages, files.stages, report, model.framingFields ? Object.keys(model.framingFields) : FRAMING_FIELD_IDS);
  validateFraming(model, files.framingFields, report);
  if (model.tools) validateTools(model.tools, known, files.tools, report);
  if (model.patterns) validatePatterns({ patterns: model.patterns, patternCategories: model.patternCategories }, known, files, report);
  if (model.patternStructures) validatePatternStructures(model.patternStructures, model.patterns ?? {}, files.patternStructures, report);
  if (model.patternTools) validatePatternTools(model.patternTools, files.patternTools, report);
  if (model.chooser) {
    const toolTypes = new Map(Object.entries(model.tools ?? {}).map(([key, tool]) => [key, asArray(field(tool, 'pipelineTypes'))]));
    validateChooser(model.chooser, { ...known, toolTypes }, files.chooser, report);
  }
  validateMonitoring(model, known.stages, files.monitoringSignals, report);
  validateMlTests(model, stageIds, files.mlTestKinds, report);
  validateInfrastructure(model, files.autoscalingSignals, report);
  validateLlmOperations(model, { stages: known.stages, toolStages: new Map(Object.entries(model.tools ?? {}).map(([key, tool]) => [key, asArray(field(tool, 'stages'))])) }, files.llmOpsConcerns, report);
  return issues;
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
