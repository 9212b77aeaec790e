import { artifacts } from './data/artifacts.ts';
import { framingFields, workedExampleFraming } from './data/framing.ts';
import { autoscalingSignals, buildBuyCriteria, buildBuyOptions, gpuSharing, servingModeCosts } from './data/infrastructure.ts';
import { chooser } from './data/chooser.ts';
import { judgePitfalls, llmOpsConcerns, ragMetrics } from './data/llm-operations.ts';
import { mlTestKinds, mlTestScoreSections, mlTestTriggers } from './data/ml-tests.ts';
import type { Model } from './data/model.ts';
import { monitoringInputs, monitoringResponders, monitoringSignals } from './data/monitoring.ts';
import { patternStructures } from './data/pattern-structures.ts';
import { patternTools } from './data/pattern-tools.ts';
import { patternCategories, patterns } from './data/patterns.ts';
import { pipelineTypes } from './data/pipeline-types.ts';
import { stages } from './data/stages.ts';
import { toolLedger } from './data/tool-ledger.ts';
import { tools } from './data/tools.ts';

export * from './data/ids.ts';
export * from './data/model.ts';
export * from './validate/validate.ts';
export * from './data/chooser.ts';
export * from './data/framing.ts';
export * from './queries/framing-queries.ts';
export * from './data/monitoring.ts';
export * from './data/ml-tests.ts';
export * from './data/infrastructure.ts';
export * from './data/llm-operations.ts';
export * from './queries/key-relations.ts';
export * from './queries/relation-phrases.ts';
export * from './queries/queries.ts';
export * from './queries/urls.ts';
export * from './queries/tool-queries.ts';
export * from './queries/stage-tool-kinds.ts';
export { toolCategories } from './data/tool-categories.ts';
export type { ToolCategory } from './data/tool-categories.ts';
export type { Artifact } from './data/artifacts.ts';
export { RELATION_KINDS } from './data/patterns.ts';
export { PARTICIPANT_KINDS } from './data/pattern-structures.ts';
export { GUIDE_READING } from './data/pattern-tools.ts';
export type { PatternTool, PatternTools } from './data/pattern-tools.ts';
export type { Flow, Participant, ParticipantKind, PatternStructure } from './data/pattern-structures.ts';
export type { Pattern, PatternCategory, PatternRelation, RelationKind } from './data/patterns.ts';
export type { PipelineType, StageCoverage } from './data/pipeline-types.ts';
export type { DecisionOption, NotebookContract, NotebookParameter, NotebookParameterValue, NotebookPort, Stage, StageDecision } from './data/stages.ts';
export type { Alternative, IsoDate, Tool } from './data/tools.ts';
export { factChecked, factUnconfirmed, LEDGER_FACTS, TOOL_STATUS_LABELS, TOOL_STATUSES } from './data/tool-ledger.ts';
export type { LedgerFact, StatusFact, ToolLedgerEntry, ToolStatus, VersionFact, YearMonth } from './data/tool-ledger.ts';

/** The guide's model. Checked by validate() when the site builds. */
export const model = {
  stages,
  pipelineTypes,
  artifacts,
  tools,
  toolLedger,
  patternCategories,
  patterns,
  patternStructures,
  patternTools,
  chooser,
  monitoringSignals,
  monitoringInputs,
  monitoringResponders,
  mlTestKinds,
  mlTestScoreSections,
  mlTestTriggers,
  llmOpsConcerns,
  judgePitfalls,
  ragMetrics,
  framingFields,
  workedExampleFraming,
  servingModeCosts,
  autoscalingSignals,
  gpuSharing,
  buildBuyOptions,
  buildBuyCriteria,
} as const satisfies Model;
export * from './queries/production-queries.ts';
