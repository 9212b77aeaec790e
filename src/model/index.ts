import { artifacts } from './artifacts.ts';
import { framingFields, workedExampleFraming } from './framing.ts';
import { autoscalingSignals, buildBuyCriteria, buildBuyOptions, gpuSharing, servingModeCosts } from './infrastructure.ts';
import { chooser } from './chooser.ts';
import { judgePitfalls, llmOpsConcerns, ragMetrics } from './llm-operations.ts';
import { mlTestKinds, mlTestScoreSections, mlTestTriggers } from './ml-tests.ts';
import type { Model } from './model.ts';
import { monitoringInputs, monitoringResponders, monitoringSignals } from './monitoring.ts';
import { patternStructures } from './pattern-structures.ts';
import { patternTools } from './pattern-tools.ts';
import { patternCategories, patterns } from './patterns.ts';
import { pipelineTypes } from './pipeline-types.ts';
import { stages } from './stages.ts';
import { toolLedger } from './tool-ledger.ts';
import { tools } from './tools.ts';

export * from './ids.ts';
export * from './model.ts';
export * from './validate.ts';
export * from './chooser.ts';
export * from './framing.ts';
export * from './framing-queries.ts';
export * from './recommend.ts';
export * from './monitoring.ts';
export * from './ml-tests.ts';
export * from './infrastructure.ts';
export * from './llm-operations.ts';
export * from './key-relations.ts';
export * from './relation-phrases.ts';
export * from './queries.ts';
export * from './urls.ts';
export * from './tool-queries.ts';
export * from './stage-tool-kinds.ts';
export { toolCategories } from './tool-categories.ts';
export type { ToolCategory } from './tool-categories.ts';
export type { Artifact } from './artifacts.ts';
export { RELATION_KINDS } from './patterns.ts';
export { PARTICIPANT_KINDS } from './pattern-structures.ts';
export { GUIDE_READING } from './pattern-tools.ts';
export type { PatternTool, PatternTools } from './pattern-tools.ts';
export type { Flow, Participant, ParticipantKind, PatternStructure } from './pattern-structures.ts';
export type { Pattern, PatternCategory, PatternRelation, RelationKind } from './patterns.ts';
export type { PipelineType, StageCoverage } from './pipeline-types.ts';
export type { DecisionOption, NotebookContract, NotebookParameter, NotebookParameterValue, NotebookPort, Stage, StageDecision } from './stages.ts';
export type { Alternative, IsoDate, Tool } from './tools.ts';
export { factChecked, factUnconfirmed, LEDGER_FACTS, TOOL_STATUS_LABELS, TOOL_STATUSES } from './tool-ledger.ts';
export type { LedgerFact, StatusFact, ToolLedgerEntry, ToolStatus, VersionFact, YearMonth } from './tool-ledger.ts';

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
export * from './production-queries.ts';
