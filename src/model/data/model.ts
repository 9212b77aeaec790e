import type { ArtifactId, PatternCategoryId, PatternId, PipelineTypeId, StageId, ToolId } from './ids.ts';
import type { Artifact } from './artifacts.ts';
import type { FramingAnswer, FramingField, FramingFieldId } from './framing.ts';
import type { Chooser } from './chooser.ts';
import type { ServingModeId } from './deployment.ts';
import type { AutoscalingSignal, AutoscalingSignalId, BuildBuyCriterion, BuildBuyCriterionId, BuildBuyOption, BuildBuyOptionId, GpuSharing, GpuSharingId, ServingModeCost } from './infrastructure.ts';
import type { MlTestKind, MlTestScoreSection, MlTestTriggerInfo } from './ml-tests.ts';
import type { MlTestKindId, MlTestScoreSectionId, MlTestTrigger } from './ml-tests.ts';
import type { JudgePitfall, JudgePitfallId, LlmOpsConcern, LlmOpsConcernId, RagMetric, RagMetricId } from './llm-operations.ts';
import type { MonitoringInput, MonitoringInputId, MonitoringResponder, MonitoringResponderId, MonitoringSignal, MonitoringSignalId } from './monitoring.ts';
import type { PatternStructure } from './pattern-structures.ts';
import type { PatternTools } from './pattern-tools.ts';
import type { Pattern, PatternCategory } from './patterns.ts';
import type { PipelineType } from './pipeline-types.ts';
import type { Stage } from './stages.ts';
import type { ToolLedgerEntry } from './tool-ledger.ts';
import type { Tool } from './tools.ts';

/** The whole fact base. Views take the parts they read (`Pick<Model, …>`). */
export interface Model {
  stages: { readonly [K in StageId]: Stage<K> };
  pipelineTypes: { readonly [K in PipelineTypeId]: PipelineType<K> };
  artifacts: { readonly [K in ArtifactId]: Artifact<K> };
  tools: { readonly [K in ToolId]: Tool<K> };
  /** Each tool's version line, status and licence, with the source and day each was compared. */
  toolLedger: { readonly [K in ToolId]: ToolLedgerEntry<K> };
  patternCategories: { readonly [K in PatternCategoryId]: PatternCategory<K> };
  patterns: { readonly [K in PatternId]: Pattern<K> };
  /** How each pattern works, as participants and flows: what its diagram draws. */
  patternStructures: { readonly [K in PatternId]: PatternStructure<K> };
  /** Which tools implement or support each pattern, and how; patterns that are modelling choices have none. */
  patternTools: { readonly [K in PatternId]?: PatternTools<K> };
  /** The "which pipeline do I need?" questions and rules. */
  chooser: Chooser;
  /** What a deployed model is watched for, from what, who is alerted and where it feeds back. */
  monitoringSignals: { readonly [K in MonitoringSignalId]: MonitoringSignal<K> };
  monitoringInputs: { readonly [K in MonitoringInputId]: MonitoringInput<K> };
  monitoringResponders: { readonly [K in MonitoringResponderId]: MonitoringResponder<K> };
  /** Kinds of test an ML system needs, where and when each runs. */
  mlTestKinds: { readonly [K in MlTestKindId]: MlTestKind<K> };
  mlTestScoreSections: { readonly [K in MlTestScoreSectionId]: MlTestScoreSection<K> };
  mlTestTriggers: { readonly [K in MlTestTrigger]: MlTestTriggerInfo<K> };
  /** What goes wrong when an LLM system runs, the check that shows it, its stages and tools. */
  llmOpsConcerns: { readonly [K in LlmOpsConcernId]: LlmOpsConcern<K> };
  /** How a judge model grading other models' answers goes wrong, and what to do (Zheng et al., 2023). */
  judgePitfalls: { readonly [K in JudgePitfallId]: JudgePitfall<K> };
  /** The measures of a RAG system: retrieval and generation graded apart. */
  ragMetrics: { readonly [K in RagMetricId]: RagMetric<K> };
  /** What a team writes down before its first notebook; stage decisions name the fields that decide them. */
  framingFields: { readonly [K in FramingFieldId]: FramingField<K> };
  /** The worked example's framing, answered field by field: what its FRAMING.md holds. */
  workedExampleFraming: { readonly [K in FramingFieldId]: FramingAnswer };
  /** What each serving mode's bill is made of, keyed by the serving modes of deployment.ts. */
  servingModeCosts: { readonly [K in ServingModeId]: ServingModeCost<K> };
  /** What an autoscaler can watch, which modes and tools it suits, and what it gets wrong. */
  autoscalingSignals: { readonly [K in AutoscalingSignalId]: AutoscalingSignal<K> };
  /** Ways a cluster hands GPUs to workloads, and the stages whose work runs on each. */
  gpuSharing: { readonly [K in GpuSharingId]: GpuSharing<K> };
  /** Building serving on your own cluster or buying a platform, with the tools that are each. */
  buildBuyOptions: { readonly [K in BuildBuyOptionId]: BuildBuyOption<K> };
  /** The questions that decide between the two. */
  buildBuyCriteria: { readonly [K in BuildBuyCriterionId]: BuildBuyCriterion<K> };
}

/** Where each entity kind is written down, so an error can point a person at the file. */
export const MODEL_FILES = {
  stages: 'src/model/data/stages.ts',
  pipelineTypes: 'src/model/data/pipeline-types.ts',
  artifacts: 'src/model/data/artifacts.ts',
  tools: 'src/model/data/tools.ts',
  toolLedger: 'src/model/data/tool-ledger.ts',
  patternCategories: 'src/model/data/patterns.ts',
  patterns: 'src/model/data/patterns.ts',
  patternStructures: 'src/model/data/pattern-structures.ts',
  patternTools: 'src/model/data/pattern-tools.ts',
  chooser: 'src/model/data/chooser.ts',
  monitoringSignals: 'src/model/data/monitoring.ts',
  monitoringInputs: 'src/model/data/monitoring.ts',
  monitoringResponders: 'src/model/data/monitoring.ts',
  mlTestKinds: 'src/model/data/ml-tests.ts',
  mlTestScoreSections: 'src/model/data/ml-tests.ts',
  mlTestTriggers: 'src/model/data/ml-tests.ts',
  llmOpsConcerns: 'src/model/data/llm-operations.ts',
  judgePitfalls: 'src/model/data/llm-operations.ts',
  ragMetrics: 'src/model/data/llm-operations.ts',
  framingFields: 'src/model/data/framing.ts',
  workedExampleFraming: 'src/model/data/framing.ts',
  servingModeCosts: 'src/model/data/infrastructure.ts',
  autoscalingSignals: 'src/model/data/infrastructure.ts',
  gpuSharing: 'src/model/data/infrastructure.ts',
  buildBuyOptions: 'src/model/data/infrastructure.ts',
  buildBuyCriteria: 'src/model/data/infrastructure.ts',
} as const satisfies { [K in keyof Model]: string };
