import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { diagramGalleryHeadings } from '../components/diagram-gallery-headings.ts';
import { framingFieldHeadings } from '../components/framing-headings.ts';
import { stageDecisionsHeadings } from '../components/stage-decisions-headings.ts';
import { stageDetailsParts, stageDetailsSections } from '../components/stage-details-sections.ts';
import { stagePatternsHeading } from '../components/stage-patterns-heading.ts';
import { glossaryHeadings } from '../components/glossary-terms.ts';
import { glossary } from '../model/guide.ts';
import { model, STAGE_IDS } from '../model/index.ts';
import { pipelineFileHeading, pipelineFiles } from '../starter-kit/pipeline-files.ts';
import { withComponentHeadings, type HeadingComponent, type PageHeading } from './component-headings.ts';

type Toc = NonNullable<StarlightRouteData['toc']>;
type TocItem = Toc['items'][number];

/** Components that render h2s in MDX pages, and the headings they render, from the same data. */
const HEADING_COMPONENTS: readonly HeadingComponent[] = [
  {
    name: 'StageDetails',
    headings: ({ stage, parts }, where) => {
      const id = STAGE_IDS.find((s) => s === stage);
      if (id === undefined) throw new Error(`${where}: <StageDetails stage="${stage}">: unknown stage; use one of ${STAGE_IDS.join(', ')}`);
      return stageDetailsSections(model, id, stageDetailsParts(parts, where)).map((s) => ({ depth: 2, slug: s.id, text: s.title }));
    },
  },
  {
    name: 'StagePatterns',
    headings: ({ stage }, where) => {
      const id = STAGE_IDS.find((s) => s === stage);
      if (id === undefined) throw new Error(`${where}: <StagePatterns stage="${stage}">: unknown stage; use one of ${STAGE_IDS.join(', ')}`);
      const { id: slug, text } = stagePatternsHeading(id);
      return [{ depth: 2, slug, text }];
    },
  },
  {
    name: 'StageDecisions',
    headings: ({ stage }, where) => {
      const id = STAGE_IDS.find((s) => s === stage);
      if (id === undefined) throw new Error(`${where}: <StageDecisions stage="${stage}">: unknown stage; use one of ${STAGE_IDS.join(', ')}`);
      return stageDecisionsHeadings(model, id).map((h) => ({ depth: h.depth, slug: h.id, text: h.text }));
    },
  },
  { name: 'GlossaryList', headings: () => glossaryHeadings(glossary) },
  { name: 'DiagramDownloadList', headings: () => diagramGalleryHeadings(model) },
  {
    name: 'FramingFields',
    headings: () => framingFieldHeadings(model).map((h) => ({ depth: h.depth, slug: h.id, text: h.text })),
  },
  {
    name: 'WorkedExamplePipelines',
    headings: () =>
      pipelineFiles(model).map((file) => {
        const { id, text } = pipelineFileHeading(model, file);
        return { depth: 3, slug: id, text };
      }),
  },
];

// Starlight's own nesting (utils/generateToC.ts): each heading goes under the last shallower one.
function nest(items: TocItem[], item: TocItem): void {
  const last = items.at(-1);
  if (!last || last.depth >= item.depth) items.push(item);
  else nest(last.children, item);
}

function tocItems(toc: Toc, headings: readonly PageHeading[]): TocItem[] {
  const [overview] = toc.items;
  const items: TocItem[] = overview ? [{ ...overview, children: [] }] : [];
  for (const h of headings.filter((h) => h.depth >= toc.minHeadingLevel && h.depth <= toc.maxHeadingLevel)) nest(items, { ...h, children: [] });
  return items;
}

/**
 * Adds the headings that components render to "On this page": Astro lists only a page's
 * Markdown headings, so the seven h2s of a stage's details were missing from its contents.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { entry, toc } = route;
  if (toc === undefined || !entry.body) return;
  const headings = withComponentHeadings(entry.body, route.headings, HEADING_COMPONENTS, entry.filePath);
  if (headings.length === route.headings.length) return;
  route.headings = headings;
  toc.items = tocItems(toc, headings);
});
