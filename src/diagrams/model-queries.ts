import { STAGE_IDS, type ArtifactId, type Pattern, type CoverageRole, type Model, type PipelineTypeId, type StageId, type ToolId } from '../model/index.ts';

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
