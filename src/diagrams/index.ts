import type { Model } from '../model/index.ts';
import { pipelineExplorerView } from './pipeline-explorer.ts';
import { patternMapView } from './pattern-map.ts';
import { pipelineFlowView } from './pipeline-flow.ts';
import { pipelineTypesView } from './pipeline-types-over-stages.ts';
import type { DiagramView } from './view.ts';

export type { DiagramView } from './view.ts';

/** Every view's id: `<Diagram view="…">` only accepts these. */
export const VIEW_IDS = ['pipeline-flow', 'pipeline-types', 'pipeline-explorer', 'pattern-map'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Where each view is written, so a Mermaid error can name the file to fix. */
export const VIEW_FILES = {
  'pipeline-flow': 'src/diagrams/pipeline-flow.ts',
  'pipeline-types': 'src/diagrams/pipeline-types-over-stages.ts',
  'pipeline-explorer': 'src/diagrams/pipeline-explorer.ts',
  'pattern-map': 'src/diagrams/pattern-map.ts',
} as const satisfies { [K in ViewId]: string };

/** All views of a model, keyed by id. */
export function modelToViews(model: Model): { readonly [K in ViewId]: DiagramView<K> } {
  return {
    'pipeline-flow': pipelineFlowView(model),
    'pipeline-types': pipelineTypesView(model),
    'pipeline-explorer': pipelineExplorerView(model),
    'pattern-map': patternMapView(model),
  };
}
