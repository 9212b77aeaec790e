import { PATTERN_CATEGORY_IDS, STAGE_IDS, type ArtifactId, type CoverageRole, type PatternCategoryId, type PatternId, type PipelineTypeId, type StageId, type ToolId } from '../data/ids.ts';
import type { Model } from '../data/model.ts';
import type { PatternTool } from '../data/pattern-tools.ts';
import type { Pattern, RelationKind } from '../data/patterns.ts';
import type { StageCoverage } from '../data/pipeline-types.ts';

// Every question asked of the model, answered once. Views, components, the explorer's data,
// the starter kit, navigation and print call these; none re-derives a relation itself.

/** Artifacts passed from one stage to another. */
export interface StageFlow {
  from: StageId;
  to: StageId;
  artifacts: readonly ArtifactId[];
  /** True when it runs against the stage order: the loop from production back to collection. */
  loop: boolean;
}

/** Every producer → consumer pair with the artifacts it passes, forward flows first, in stage order. */
export function stageFlows(model: Pick<Model, 'stages'>): StageFlow[] {
  const flows: StageFlow[] = [];
  for (const from of STAGE_IDS) {
    for (const to of STAGE_IDS) {
      const outputs: readonly ArtifactId[] = model.stages[from].outputs;
      const artifacts = model.stages[to].inputs.filter((a) => outputs.includes(a));
      if (from !== to && artifacts.length > 0) {
        flows.push({ from, to, artifacts, loop: STAGE_IDS.indexOf(from) >= STAGE_IDS.indexOf(to) });
      }
    }
  }
  return [...flows.filter((f) => !f.loop), ...flows.filter((f) => f.loop)];
}

/** The stage that lists an artifact in its outputs, if any. */
export function producerOf(model: Pick<Model, 'stages'>, artifact: ArtifactId): StageId | undefined {
  return STAGE_IDS.find((id) => model.stages[id].outputs.some((a) => a === artifact));
}

/** Stages that list an artifact in their inputs, in stage order. */
export function consumersOf(model: Pick<Model, 'stages'>, artifact: ArtifactId): StageId[] {
  return STAGE_IDS.filter((id) => model.stages[id].inputs.some((a) => a === artifact));
}

/** The model's patterns in the book's order (by number), however many the model holds. */
export function patternsInOrder(model: Pick<Model, 'patterns'>): Pattern[] {
  return Object.values(model.patterns).sort((a, b) => a.number - b.number);
}

/** One relation between two patterns, read as "<from> <kind's label> <to>". */
export interface PatternEdge {
  from: PatternId;
  to: PatternId;
  kind: RelationKind;
}

/**
 * Every relation between patterns once. The model records each at both ends; this reads it
 * from the pattern that comes first in the book.
 */
export function patternRelationsOnce(model: Pick<Model, 'patterns'>): PatternEdge[] {
  const numbers = new Map<PatternId, number>(patternsInOrder(model).map((p) => [p.id, p.number]));
  return patternsInOrder(model).flatMap((p) =>
    p.related.filter((r) => (numbers.get(r.pattern) ?? -1) > p.number).map((r) => ({ from: p.id, to: r.pattern, kind: r.kind })),
  );
}

/**
 * The relations a category's patterns take part in, each read from the category's own pattern
 * (as its page lists it): a relation with another category once, a relation inside it once,
 * from the pattern first in the book. In book order of the pattern they are read from.
 */
export function relationsOfCategory(model: Pick<Model, 'patterns'>, category: PatternCategoryId): PatternEdge[] {
  const patterns = patternsInOrder(model);
  const byId = new Map<PatternId, Pattern>(patterns.map((p) => [p.id, p]));
  return patterns
    .filter((p) => p.category === category)
    .flatMap((p) =>
      p.related
        .filter((r) => {
          const other = byId.get(r.pattern);
          return other !== undefined && (other.category !== category || other.number > p.number);
        })
        .map((r) => ({ from: p.id, to: r.pattern, kind: r.kind })),
    );
}

/** How many relations join two categories (the same one twice: relations inside it). */
export interface CategoryRelationCount {
  a: PatternCategoryId;
  b: PatternCategoryId;
  count: number;
}

/**
 * Relations counted per pair of categories, pairs in chapter order with `a` not after `b`,
 * pairs without a relation left out.
 */
export function categoryRelationCounts(model: Pick<Model, 'patterns'>): CategoryRelationCount[] {
  const categoryOf = new Map<PatternId, PatternCategoryId>(patternsInOrder(model).map((p) => [p.id, p.category]));
  const edges = patternRelationsOnce(model);
  return PATTERN_CATEGORY_IDS.flatMap((a, i) =>
    PATTERN_CATEGORY_IDS.slice(i).map((b) => ({
      a,
      b,
      count: edges.filter((e) => {
        const ends = [categoryOf.get(e.from), categoryOf.get(e.to)];
        return a === b ? ends[0] === a && ends[1] === a : ends.includes(a) && ends.includes(b);
      }).length,
    })),
  ).filter((c) => c.count > 0);
}

/** Tools that sit in a stage, in the model's tool order; optionally only those of one pipeline type. */
export function toolsInStage(model: Pick<Model, 'tools'>, stage: StageId, type?: PipelineTypeId): ToolId[] {
  return Object.values(model.tools)
    .filter((t) => t.stages.some((s) => s === stage) && (type === undefined || t.pipelineTypes.some((p) => p === type)))
    .map((t) => t.id);
}

/** How a pipeline type takes part in a stage, if it does. */
export function roleIn(model: Pick<Model, 'pipelineTypes'>, type: PipelineTypeId, stage: StageId): CoverageRole | undefined {
  return model.pipelineTypes[type].covers.find((c) => c.stage === stage)?.role;
}

/** The verb a role reads as in captions and tables. */
export function roleVerb(role: CoverageRole): string {
  switch (role) {
    case 'primary':
      return 'leads';
    case 'supporting':
      return 'supports';
    default: {
      const unhandled: never = role;
      return unhandled;
    }
  }
}

/** A pipeline type's part in a stage. */
export interface StageCover {
  type: PipelineTypeId;
  role: CoverageRole;
}

/** The pipeline types that take part in a stage and how, in the model's type order. */
export function typesInStage(model: Pick<Model, 'pipelineTypes'>, stage: StageId): StageCover[] {
  return Object.values(model.pipelineTypes).flatMap((t) => {
    const role = roleIn(model, t.id, stage);
    return role ? [{ type: t.id, role }] : [];
  });
}

/** How a pipeline type takes part in each stage it covers, in stage order. */
export function coversOfType(model: Pick<Model, 'pipelineTypes'>, type: PipelineTypeId): StageCoverage[] {
  return STAGE_IDS.flatMap((stage) => {
    const role = roleIn(model, type, stage);
    return role ? [{ stage, role }] : [];
  });
}

/** The stages a pipeline type takes part in, in stage order; only those of one role when given. */
export function stagesOfType(model: Pick<Model, 'pipelineTypes'>, type: PipelineTypeId, role?: CoverageRole): StageId[] {
  return coversOfType(model, type)
    .filter((c) => role === undefined || c.role === role)
    .map((c) => c.stage);
}

/** Tools that implement a pipeline type, in the model's tool order. */
export function toolsOfType(model: Pick<Model, 'tools'>, type: PipelineTypeId): ToolId[] {
  return Object.values(model.tools)
    .filter((t) => t.pipelineTypes.some((p) => p === type))
    .map((t) => t.id);
}

/** The stages a tool serves, in stage order. */
export function stagesOfTool(model: Pick<Model, 'tools'>, tool: ToolId): StageId[] {
  return STAGE_IDS.filter((s) => model.tools[tool].stages.some((t) => t === s));
}

/** Patterns placed in a stage, in the model's pattern order. */
export function patternsInStage(model: Pick<Model, 'patterns'>, stage: StageId): PatternId[] {
  return Object.values(model.patterns)
    .filter((p) => p.stages.some((s) => s === stage))
    .map((p) => p.id);
}

/** The stages a pattern is placed in, in stage order. */
export function stagesOfPattern(model: Pick<Model, 'patterns'>, pattern: PatternId): StageId[] {
  return STAGE_IDS.filter((s) => model.patterns[pattern].stages.some((p) => p === s));
}

/** The pipeline types a pattern belongs to, in the model's type order. */
export function typesOfPattern(model: Pick<Model, 'patterns' | 'pipelineTypes'>, pattern: PatternId): PipelineTypeId[] {
  return Object.values(model.pipelineTypes)
    .map((t) => t.id)
    .filter((t) => model.patterns[pattern].pipelineTypes.some((p) => p === t));
}

/** Stages where the ML tracking pipeline works, so their notebooks log their runs to a tracker. */
export function trackedStages(model: Pick<Model, 'pipelineTypes'>): ReadonlySet<StageId> {
  return new Set(stagesOfType(model, 'ml-tracking-pipeline'));
}

/** The tools that implement a pattern, each with how, in the order the model lists them. */
export function toolsOfPattern(model: Pick<Model, 'patternTools'>, pattern: PatternId): readonly PatternTool[] {
  return model.patternTools[pattern]?.tools ?? [];
}

/** A pattern a tool implements, with how. */
export interface ToolPattern extends Omit<PatternTool, 'tool'> {
  pattern: PatternId;
}

/** The patterns a tool implements, in the book's order: the other end of the pattern–tool relation. */
export function patternsOfTool(model: Pick<Model, 'patterns' | 'patternTools'>, tool: ToolId): ToolPattern[] {
  return patternsInOrder(model).flatMap((p) =>
    toolsOfPattern(model, p.id)
      .filter((t) => t.tool === tool)
      .map(({ how, source }) => ({ pattern: p.id, how, source })),
  );
}
