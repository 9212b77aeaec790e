import { PATTERN_CATEGORY_IDS, PATTERN_IDS, PIPELINE_TYPE_IDS, STAGE_IDS, type Model } from '../model/index.ts';
import { monitoringLoopView } from './monitoring-loop.ts';
import { patternCategoryMapView, patternMapView, type PatternCategoryMapId } from './pattern-map.ts';
import { patternLegendView, patternStructureView, type PatternLegendViewId, type PatternViewId } from './pattern-structure.ts';
import { pipelineExplorerView } from './pipeline-explorer.ts';
import { pipelineFlowView } from './pipeline-flow.ts';
import { pipelineTypeView, type PipelineTypeViewId } from './pipeline-type-view.ts';
import { pipelineTypesView } from './pipeline-types-over-stages.ts';
import { rolloutTrafficView } from './rollout-traffic.ts';
import { rolloutStrategies } from '../model/data/deployment.ts';
import { llmPipelines, llmStages } from '../model/data/llm-pipelines.ts';
import { llmStagesView } from './llm-stages.ts';
import { stageView, type StageViewId } from './stage-view.ts';
import { toolsByStageView } from './tools-by-stage.ts';
import type { DiagramView } from './view.ts';

export { ALTERNATE_LAYOUTS } from './view.ts';
export type { AlternateLayout, DiagramLayout, DiagramView, TextAlternative } from './view.ts';

/** Every view's id: `<Diagram view="…">` only accepts these. Ids are kebab-case and stable. */
export type ViewId =
  | 'pipeline-flow'
  | 'pipeline-types'
  | 'pipeline-explorer'
  | 'tools-by-stage'
  | 'monitoring-loop'
  | 'pattern-map'
  | 'rollout-traffic'
  | 'llm-stages'
  | PatternCategoryMapId
  | StageViewId
  | PipelineTypeViewId
  | PatternLegendViewId
  | PatternViewId;

interface ViewEntry {
  id: ViewId;
  /** Where the view is written, so a Mermaid error can name the file to fix. */
  file: string;
  build: (model: Model) => DiagramView<ViewId>;
}

const VIEWS: readonly ViewEntry[] = [
  { id: 'pipeline-flow', file: 'src/diagrams/pipeline-flow.ts', build: pipelineFlowView },
  { id: 'pipeline-types', file: 'src/diagrams/pipeline-types-over-stages.ts', build: pipelineTypesView },
  { id: 'pipeline-explorer', file: 'src/diagrams/pipeline-explorer.ts', build: pipelineExplorerView },
  { id: 'tools-by-stage', file: 'src/diagrams/tools-by-stage.ts', build: toolsByStageView },
  { id: 'monitoring-loop', file: 'src/diagrams/monitoring-loop.ts', build: monitoringLoopView },
  { id: 'pattern-map', file: 'src/diagrams/pattern-map.ts', build: patternMapView },
  ...PATTERN_CATEGORY_IDS.map((category) => ({
    id: `pattern-map-${category}` as const,
    file: 'src/diagrams/pattern-map.ts',
    build: (model: Model) => patternCategoryMapView(model, category),
  })),
  ...STAGE_IDS.map((stage) => ({
    id: `stage-${stage}` as const,
    file: 'src/diagrams/stage-view.ts',
    build: (model: Model) => stageView(model, stage),
  })),
  ...PIPELINE_TYPE_IDS.map((type) => ({
    id: `type-${type}` as const,
    file: 'src/diagrams/pipeline-type-view.ts',
    build: (model: Model) => pipelineTypeView(model, type),
  })),
  // Guide facts rather than pipeline model: the view reads the rollout strategies, not `model`.
  { id: 'rollout-traffic', file: 'src/diagrams/rollout-traffic.ts', build: () => rolloutTrafficView(rolloutStrategies) },
  // Guide facts too: what the six stages become in LLM-era pipelines.
  { id: 'llm-stages', file: 'src/diagrams/llm-stages.ts', build: (model: Model) => llmStagesView(model, { stages: llmStages, pipelines: llmPipelines }) },
  { id: 'pattern-legend', file: 'src/diagrams/pattern-structure.ts', build: patternLegendView },
  ...PATTERN_IDS.map((pattern) => ({
    id: `pattern-${pattern}` as const,
    file: 'src/diagrams/pattern-structure.ts',
    build: (model: Model) => patternStructureView(model, pattern),
  })),
];

/** Every view id, in the order views are rendered and listed. */
export const VIEW_IDS: readonly ViewId[] = VIEWS.map((v) => v.id);

/** Where each view is written, so a Mermaid error can name the file to fix. */
export const VIEW_FILES: ReadonlyMap<ViewId, string> = new Map(VIEWS.map((v) => [v.id, v.file]));

/** Narrows a string from MDX or a URL to a view id. */
export function isViewId(id: string): id is ViewId {
  return VIEWS.some((v) => v.id === id);
}

/** All views of a model, in VIEW_IDS order. */
export function modelToViews(model: Model): DiagramView<ViewId>[] {
  return VIEWS.map((v) => v.build(model));
}

/** One view of a model. */
export function modelToView(model: Model, id: ViewId): DiagramView<ViewId> {
  const entry = VIEWS.find((v) => v.id === id);
  if (!entry) throw new Error(`Unknown diagram view "${id}"; known views: ${VIEW_IDS.join(', ')}`);
  return entry.build(model);
}
