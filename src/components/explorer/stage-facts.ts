import {
  consumersOf,
  patternsInStage,
  PIPELINE_TYPE_IDS,
  producerOf,
  STAGE_IDS,
  stagesOfTool,
  stagesOfType,
  TOOL_IDS,
  toolsInStage,
  typesInStage,
  type ArtifactId,
  type CoverageRole,
  type Model,
  type PatternId,
  type PipelineTypeId,
  type ToolId,
  type StageId,
} from '../../model/index.ts';
import { listInWords } from '../../model/queries/in-words.ts';

interface Named<Id extends string = string> {
  id: Id;
  name: string;
}

export interface ArtifactFlow extends Named<ArtifactId> {
  summary: string;
  /** For an input, the stage that produces it; for an output, the stages that read it. */
  stages: readonly Named<StageId>[];
  /** An input produced by a later stage: it comes back round from an earlier run (prediction logs). */
  fedBack: boolean;
}

/** Everything the explorer shows about one stage, gathered from the model. */
export interface StageFacts extends Named<StageId> {
  summary: string;
  /** What the stage must verify before its outputs are trusted. */
  checks: readonly string[];
  inputs: readonly ArtifactFlow[];
  outputs: readonly ArtifactFlow[];
  pipelineTypes: readonly (Named<PipelineTypeId> & { role: CoverageRole })[];
  tools: readonly (Named<ToolId> & { role: string })[];
  patterns: readonly (Named<PatternId> & { number: number })[];
}

type ExplorerModel = Pick<Model, 'stages' | 'artifacts' | 'pipelineTypes' | 'tools' | 'patterns'>;

/** The facts about one stage, in model order: artifacts in and out, pipeline types, tools, patterns. */
export function stageToFacts(model: ExplorerModel, id: StageId): StageFacts {
  const stage = model.stages[id];
  const named = (s: StageId): Named<StageId> => ({ id: s, name: model.stages[s].name });
  const position = STAGE_IDS.indexOf(id);
  const flow = (artifactId: ArtifactId, stages: readonly StageId[], input = false): ArtifactFlow => {
    const artifact = model.artifacts[artifactId];
    const fedBack = input && stages.some((s) => STAGE_IDS.indexOf(s) > position);
    return { id: artifactId, name: artifact.name, summary: artifact.summary, stages: stages.map(named), fedBack };
  };
  const producers = (a: ArtifactId): StageId[] => {
    const from = producerOf(model, a);
    return from === undefined ? [] : [from];
  };
  return {
    id,
    name: stage.name,
    summary: stage.summary,
    checks: stage.checks,
    inputs: stage.inputs.map((a) => flow(a, producers(a), true)),
    outputs: stage.outputs.map((a) => flow(a, consumersOf(model, a))),
    pipelineTypes: typesInStage(model, id).map(({ type, role }) => ({ id: type, name: model.pipelineTypes[type].name, role })),
    tools: toolsInStage(model, id).map((t) => ({ id: t, name: model.tools[t].name, role: model.tools[t].role })),
    patterns: patternsInStage(model, id).map((p) => ({ id: p, name: model.patterns[p].name, number: model.patterns[p].number })),
  };
}

/** One sentence on where a pipeline type sits: "Data pipeline leads Data collection and Data validation." */
export function typeToHighlightSummary(model: Pick<Model, 'stages' | 'pipelineTypes'>, typeId: (typeof PIPELINE_TYPE_IDS)[number]): string {
  const type = model.pipelineTypes[typeId];
  const names = (role: CoverageRole) => stagesOfType(model, typeId, role).map((s) => model.stages[s].name);
  const leads = names('primary');
  const supports = names('supporting');
  const parts = [leads.length > 0 ? `leads ${listInWords(leads)}` : '', supports.length > 0 ? `supports ${listInWords(supports)}` : ''];
  return `${type.name} ${parts.filter(Boolean).join(' and ')}.`;
}

/** One sentence on where a tool fits: "Great Expectations fits Data validation." */
export function toolToHighlightSummary(model: Pick<Model, 'stages' | 'tools'>, toolId: (typeof TOOL_IDS)[number]): string {
  const tool = model.tools[toolId];
  const stages = stagesOfTool(model, toolId).map((s) => model.stages[s].name);
  return `${tool.name} fits ${listInWords(stages)}.`;
}
