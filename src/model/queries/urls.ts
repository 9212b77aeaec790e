import type { LlmOpsConcernId } from '../data/llm-operations.ts';
import type { GovernanceConcernId } from '../data/governance.ts';
import type { AutoscalingSignalId, BuildBuyOptionId, GpuSharingId } from '../data/infrastructure.ts';
import type { ServingModeId } from '../data/deployment.ts';
import type { FramingFieldId } from '../data/framing.ts';
import type { GlossaryTermId } from '../data/glossary.ts';
import type { PatternCategoryId, PatternId, PipelineTypeId, StageId, ToolCategoryId, ToolId } from '../data/ids.ts';
import type { Practice, PracticeId } from '../data/practices.ts';

// One helper per page kind, so a URL is written once. Ids are URL segments and anchors
// (see url-manifest.json); changing a pattern here moves every link at once.

/** Page of a stage: /pipeline/<stage>/. */
export const stageHref = (id: StageId): string => `/pipeline/${id}/`;
/** A stage's entry on the six-stage page and in the explorer: #stage-<id>. */
export const stageAnchor = (id: StageId): string => `stage-${id}`;
/** A stage decision's heading on its stage's page: #<stage>-decision-<id>. */
export const stageDecisionAnchor = (stage: StageId, decision: string): string => `${stage}-decision-${decision}`;
/** A stage decision on its stage's page. */
export const stageDecisionHref = (stage: StageId, decision: string): string => `${stageHref(stage)}#${stageDecisionAnchor(stage, decision)}`;
/** The framing page: what a team writes down before its first notebook. */
export const FRAMING_HREF = '/framing/';
/** A framing field's entry on the framing page: the anchor on its own. */
export const framingFieldAnchor = (id: FramingFieldId): string => `framing-${id}`;
/** A framing field's entry on the framing page. */
export const framingFieldHref = (id: FramingFieldId): string => `${FRAMING_HREF}#${framingFieldAnchor(id)}`;
/** Page of a pipeline type: /pipeline-types/<type>/. */
export const pipelineTypeHref = (id: PipelineTypeId): string => `/pipeline-types/${id}/`;
/** A tool's row on /tools/ (the tool's anchor). */
export const toolAnchor = (id: ToolId): string => `tool-${id}`;
/** Where a link to a tool leads: its row on /tools/. */
export const toolHref = (id: ToolId): string => `/tools/${id}/`;
/** The tools page filtered to one kind (its filter keeps the choice in the URL). */
export const toolCategoryHref = (id: ToolCategoryId): string => `/tools/?category=${id}`;
/** Page of a pattern: /patterns/<pattern>/. */
export const patternHref = (id: PatternId): string => `/patterns/${id}/`;
/** The pattern catalogue filtered to one category (the filter reads `?category=`). */
export const patternCategoryHref = (id: PatternCategoryId): string => `/patterns/?category=${id}`;
/** A practice's row on the practice page that explains it: the anchor on its own. */
export const practiceAnchor = (id: PracticeId): string => `practice-${id}`;
/** A practice's row on the practice page that explains it. */
export const practiceHref = (practice: Pick<Practice, 'id' | 'page'>): string => `/practices/${practice.page}/#${practiceAnchor(practice.id)}`;
/** A term's entry in the glossary: the anchor on its own. */
export const termAnchor = (id: GlossaryTermId): string => `term-${id}`;
/** A term's entry in the glossary. */
export const termHref = (id: GlossaryTermId): string => `/reference/glossary/#${termAnchor(id)}`;
/** A file of the starter kit. */
export const starterKitHref = (name: string): string => `/starter-kit/${name}`;
/** The security, privacy and governance page. */
export const GOVERNANCE_HREF = '/production/security-and-governance/';
/** A governance concern's entry on that page: the anchor on its own. */
export const governanceConcernAnchor = (id: GovernanceConcernId): string => `concern-${id}`;
/** A governance concern's entry on the security, privacy and governance page. */
export const governanceConcernHref = (id: GovernanceConcernId): string => `${GOVERNANCE_HREF}#${governanceConcernAnchor(id)}`;
/** The infrastructure and cost page. */
export const INFRASTRUCTURE_HREF = '/production/infrastructure-and-cost/';
/** Anchors of the infrastructure and cost page's entries, each on its own. */
export const autoscalingSignalAnchor = (id: AutoscalingSignalId): string => `autoscaling-${id}`;
export const gpuSharingAnchor = (id: GpuSharingId): string => `gpu-${id}`;
export const buildBuyOptionAnchor = (id: BuildBuyOptionId): string => `option-${id}`;
/** An autoscaling signal's entry on the infrastructure and cost page. */
export const autoscalingSignalHref = (id: AutoscalingSignalId): string => `${INFRASTRUCTURE_HREF}#${autoscalingSignalAnchor(id)}`;
/** A GPU sharing option's row on the infrastructure and cost page. */
export const gpuSharingHref = (id: GpuSharingId): string => `${INFRASTRUCTURE_HREF}#${gpuSharingAnchor(id)}`;
/** Building or buying, on the infrastructure and cost page. */
export const buildBuyOptionHref = (id: BuildBuyOptionId): string => `${INFRASTRUCTURE_HREF}#${buildBuyOptionAnchor(id)}`;
/** A serving mode's row on the deployment strategies page. */
export const servingModeHref = (id: ServingModeId): string => `/production/deployment-strategies/#serving-${id}`;
/** The page on operating LLM systems. */
export const LLM_OPERATIONS_HREF = '/production/llm-operations/';
/** An LLM operations concern's entry on that page: the anchor on its own. */
export const llmOpsConcernAnchor = (id: LlmOpsConcernId): string => `llm-concern-${id}`;
/** An LLM operations concern's entry on the page on operating LLM systems. */
export const llmOpsConcernHref = (id: LlmOpsConcernId): string => `${LLM_OPERATIONS_HREF}#${llmOpsConcernAnchor(id)}`;
