import {
  ARTIFACT_IDS,
  PATTERN_IDS,
  PIPELINE_TYPE_IDS,
  STAGE_IDS,
  TOOL_IDS,
  type CoverageRole,
  type Model,
  type StageId,
} from '../../model/index.ts';
import { listInWords } from '../../diagrams/mermaid-text.ts';

interface Named {
  id: string;
  name: string;
}

export interface ArtifactFlow extends Named {
  summary: string;
  /** For an input, the stage that produces it; for an output, the stages that read it. */
  stages: readonly Named[];
  /** An input produced by a later stage: it comes back round from an earlier run (prediction logs). */
  fedBack: boolean;
}

/** Everything the explorer shows about one stage, gathered from the model. */
export interface StageFacts extends Named {
  summary: string;
  /** What the stage must verify before its outputs are trusted. */
  checks: readonly string[];
  inputs: readonly ArtifactFlow[];
  outputs: readonly ArtifactFlow[];
  pipelineTypes: readonly (Named & { role: CoverageRole })[];
  tools: readonly (Named & { role: string })[];
  patterns: readonly (Named & { number: number })[];
}

type ExplorerModel = Pick<Model, 'stages' | 'artifacts' | 'pipelineTypes' | 'tools' | 'patterns'>;

/** The facts about one stage, in model order: artifacts in and out, pipeline types, tools, patterns. */
export function stageToFacts(model: ExplorerModel, id: StageId): StageFacts {
  const stage = model.stages[id];
  const ordered = STAGE_IDS.map((s) => model.stages[s]);
  const named = (s: Named): Named => ({ id: s.id, name: s.name });
  const position = STAGE_IDS.indexOf(id);
  const flow = (artifactId: string, stages: readonly Named[], input = false): ArtifactFlow => {
    const artifact = ARTIFACT_IDS.map((a) => model.artifacts[a]).find((a) => a.id === artifactId);
    const fedBack = input && stages.some((s) => STAGE_IDS.findIndex((o) => o === s.id) > position);
    return { id: artifactId, name: artifact?.name ?? artifactId, summary: artifact?.summary ?? '', stages, fedBack };
  };
  return {
    id,
    name: stage.name,
    summary: stage.summary,
    checks: stage.checks,
    inputs: stage.inputs.map((a) => flow(a, ordered.filter((s) => s.outputs.some((o) => o === a)).map(named), true)),
    outputs: stage.outputs.map((a) => flow(a, ordered.filter((s) => s.inputs.some((i) => i === a)).map(named))),
    pipelineTypes: PIPELINE_TYPE_IDS.flatMap((t) => {
      const type = model.pipelineTypes[t];
      const cover = type.covers.find((c) => c.stage === id);
      return cover ? [{ id: t, name: type.name, role: cover.role }] : [];
    }),
    tools: TOOL_IDS.map((t) => model.tools[t])
      .filter((t) => t.stages.some((s) => s === id))
      .map((t) => ({ id: t.id, name: t.name, role: t.role })),
    patterns: PATTERN_IDS.map((p) => model.patterns[p])
      .filter((p) => p.stages.some((s) => s === id))
      .map((p) => ({ id: p.id, name: p.name, number: p.number })),
  };
}

/** One sentence on where a pipeline type sits: "Data pipeline leads Data collection and Data validation." */
export function typeToHighlightSummary(model: Pick<Model, 'stages' | 'pipelineTypes'>, typeId: (typeof PIPELINE_TYPE_IDS)[number]): string {
  const type = model.pipelineTypes[typeId];
  const names = (role: CoverageRole) =>
    STAGE_IDS.filter((s) => type.covers.some((c) => c.stage === s && c.role === role)).map((s) => model.stages[s].name);
  const leads = names('primary');
  const supports = names('supporting');
  const parts = [leads.length > 0 ? `leads ${listInWords(leads)}` : '', supports.length > 0 ? `supports ${listInWords(supports)}` : ''];
  return `${type.name} ${parts.filter(Boolean).join(' and ')}.`;
}

/** One sentence on where a tool fits: "Great Expectations fits Data validation." */
export function toolToHighlightSummary(model: Pick<Model, 'stages' | 'tools'>, toolId: (typeof TOOL_IDS)[number]): string {
  const tool = model.tools[toolId];
  const stages = STAGE_IDS.filter((s) => tool.stages.some((t) => t === s)).map((s) => model.stages[s].name);
  return `${tool.name} fits ${listInWords(stages)}.`;
}
