import { CHOOSER_QUESTION_IDS, FRAMING_FIELD_IDS, PATTERN_IDS, PIPELINE_TYPE_IDS, STAGE_IDS, TOOL_IDS } from '../../model/index.ts';


/** What the front door needs to know about the built guide beyond the model: counted, never typed. */
export interface GuideFacts {
  /** The content pages: id as the docs collection names it (`production/monitoring`) and `sidebar.order`. */
  pages: readonly { id: string; order?: number | undefined }[];
  /** How many diagrams /diagrams/ offers to download. */
  diagrams: number;
  /** How many printable sheets /reference/print/ lists. */
  sheets: number;
  /** How many notebook templates the starter kit holds. */
  notebooks: number;
}

/** One entry of the front door: a section of the guide, where it starts, and how much it holds. */
export interface GuideSection {
  id: string;
  name: string;
  href: string;
  /** "30 patterns": computed from the model or the built pages. */
  count: string;
  /** What a reader finds there, in a few words. */
  blurb: string;
}

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Pages of a folder of content/, its index excluded. */
const pagesIn = (facts: GuideFacts, folder: string) => facts.pages.filter((p) => p.id.startsWith(`${folder}/`));

/** Where a section without an index page starts: its first page in the sidebar's order (`sidebar.order`, then the path). */
function firstPage(facts: GuideFacts, folder: string): string {
  const rank = (p: { order?: number | undefined }) => p.order ?? Infinity;
  const [first] = [...pagesIn(facts, folder)].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id)).map((p) => p.id);
  if (first === undefined) throw new Error(`front door: content/${folder}/ has no page to link; add one or remove the entry from src/components/front-door/guide-sections.ts`);
  return `/${first}/`;
}

/**
 * Every section of the guide, in reading order (the glossary is a reference, linked from the page
 * below the entries: twelve entries are four rows of three, which fit a laptop's first screen). A new section is one entry here (and its line in
 * the sidebar of astro.config.mjs); the front door and its browser test follow.
 */
export function guideSections(facts: GuideFacts): GuideSection[] {
  return [
    { id: 'framing', name: 'Frame the project', href: '/framing/', count: counted(FRAMING_FIELD_IDS.length, 'question'), blurb: 'The business value first: what to write down before the first notebook.' },
    { id: 'pipeline', name: 'The pipeline', href: '/pipeline/', count: counted(STAGE_IDS.length, 'stage'), blurb: 'What each stage is for, what it reads and writes, what to decide there.' },
    { id: 'pipeline-types', name: 'Pipeline types', href: '/pipeline-types/', count: counted(PIPELINE_TYPE_IDS.length, 'pipeline type'), blurb: 'Workflow, data, model and tracking pipelines, told apart.' },
    { id: 'patterns', name: 'Design patterns', href: '/patterns/', count: counted(PATTERN_IDS.length, 'pattern'), blurb: 'Proven answers to recurring ML problems, placed in the pipeline.' },
    { id: 'tools', name: 'Tools', href: '/tools/', count: counted(TOOL_IDS.length, 'tool'), blurb: 'Which tool for which stage, with the day each fact was checked.' },
    { id: 'production', name: 'In production', href: '/production/', count: counted(pagesIn(facts, 'production').length, 'page'), blurb: 'Testing, releasing, serving and watching a model.' },
    { id: 'practices', name: 'Practices', href: firstPage(facts, 'practices'), count: counted(pagesIn(facts, 'practices').length, 'practice'), blurb: 'Habits that keep a project reproducible, from day one.' },
    { id: 'explore', name: 'Explorer', href: '/explore/', count: `${STAGE_IDS.length} stages × ${PIPELINE_TYPE_IDS.length} types`, blurb: 'Pick a stage: see its pipeline types and tools.' },
    { id: 'choose', name: 'Chooser', href: '/choose/', count: counted(CHOOSER_QUESTION_IDS.length, 'question'), blurb: 'Answer a few questions, get the pipelines and tools that fit.' },
    { id: 'diagrams', name: 'Diagrams', href: '/diagrams/', count: counted(facts.diagrams, 'diagram'), blurb: 'Every diagram as SVG and Mermaid text, to reuse.' },
    { id: 'print', name: 'Printable sheets', href: '/reference/print/', count: counted(facts.sheets, 'sheet'), blurb: 'One landscape page each, A4 or US Letter.' },
    { id: 'starter-kit', name: 'Starter kit', href: '/practices/notebooks/#the-starter-kit', count: counted(facts.notebooks, 'notebook'), blurb: 'A notebook template per stage, ready to download.' },
  ];
}
