import { modelToViews, type ViewId } from '../diagrams/index.ts';
import { diagramAnchor } from '../links/diagram-pages.ts';
import type { Model } from '../model/index.ts';

/** The headings of /diagrams/, one per view in VIEW_IDS order, as <DiagramDownloadList> renders them. */
export function diagramGalleryHeadings(model: Model): { depth: number; slug: string; text: string; view: ViewId }[] {
  return modelToViews(model).map((view) => ({ depth: 3, slug: diagramAnchor(view.id), text: view.title, view: view.id }));
}
