import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** One page under content/, as the sidebar needs it. */
export interface ContentPage {
  /** Path from the project root, for error messages: `content/practices/notebooks.mdx`. */
  file: string;
  /** The docs collection id, which is also its URL path: `practices/notebooks`; a folder's index is the folder. */
  slug: string;
  /** `sidebar.order` from its frontmatter. */
  order?: number;
  /** `sidebar.hidden` from its frontmatter. */
  hidden: boolean;
}

// The same files the docs collection's glob loader reads (src/content.config.ts).
const PAGE_FILE = /^[^_].*\.mdx?$/;

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : PAGE_FILE.test(e.name) ? [join(dir, e.name)] : []));
}

function frontmatterOf(text: string, file: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return {};
  try {
    return parse(match[1]);
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML (${error instanceof Error ? error.message : String(error)})`);
  }
}

function sidebarFieldsOf(frontmatter: unknown, file: string): Pick<ContentPage, 'order' | 'hidden'> {
  if (typeof frontmatter !== 'object' || frontmatter === null || !('sidebar' in frontmatter)) return { hidden: false };
  const { sidebar } = frontmatter;
  if (typeof sidebar !== 'object' || sidebar === null) throw new Error(`${file}: frontmatter field "sidebar" must be an object (order, label, hidden)`);
  const order = 'order' in sidebar ? sidebar.order : undefined;
  const hidden = 'hidden' in sidebar ? sidebar.hidden : false;
  if (order !== undefined && typeof order !== 'number') throw new Error(`${file}: frontmatter field "sidebar.order" must be a number, got ${JSON.stringify(order)}`);
  if (typeof hidden !== 'boolean') throw new Error(`${file}: frontmatter field "sidebar.hidden" must be true or false, got ${JSON.stringify(hidden)}`);
  return { order, hidden };
}

/**
 * The pages in one section (a folder of content/), read from the files when the config loads.
 * Starlight's `autogenerate` only looks in src/content/docs/, so the guide lists its folders itself.
 */
export function readSectionPages(contentDir: URL, section: string): ContentPage[] {
  const root = fileURLToPath(contentDir);
  const projectRoot = join(root, '..');
  const pages = filesUnder(join(root, section))
    .sort()
    .map((path) => {
      const file = relative(projectRoot, path).split(sep).join('/');
      const slug = relative(root, path)
        .split(sep)
        .join('/')
        .replace(/\.mdx?$/, '')
        .replace(/(^|\/)index$/, '');
      return { file, slug, ...sidebarFieldsOf(frontmatterOf(readFileSync(path, 'utf8'), file), file) };
    });
  assertOrdersDistinct(pages);
  return pages;
}

// Two pages with one order would be listed by path, an order nobody chose, and previous/next
// would follow it; so an author picks, and the build says which pages collide.
function assertOrdersDistinct(pages: readonly ContentPage[]): void {
  const byOrder = new Map<number, string>();
  for (const page of pages) {
    if (page.order === undefined) continue;
    const other = byOrder.get(page.order);
    if (other) throw new Error(`${page.file}: frontmatter field "sidebar.order" is ${page.order}, the same as ${other}; give each page of a section its own order`);
    byOrder.set(page.order, page.file);
  }
}
