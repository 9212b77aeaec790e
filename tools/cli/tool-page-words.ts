// `npm run words:tools`: the word count of each tool page's main content in the built site (run
// `npm run build` first), so a change to the tool pages can say what it added, measured the same
// way before and after. `--json` prints the figures as JSON instead of a table.
import { existsSync, readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { TOOL_IDS, type ToolId } from '../../src/model/data/ids.ts';
import { toolHref } from '../../src/model/queries/urls.ts';

const { findOne, getAttributeValue, textContent, removeElement, findAll } = DomUtils;

/** Words a reader reads in a page's content column: its markdown body, without scripts and styles. */
export function mainContentWords(html: string): number {
  const doc = parseDocument(html);
  const body = findOne((e) => (getAttributeValue(e, 'class') ?? '').split(' ').includes('sl-markdown-content'), doc.children);
  if (body === null) throw new Error('no .sl-markdown-content element: is this a Starlight page?');
  for (const e of findAll((n) => n.name === 'script' || n.name === 'style', body.children)) removeElement(e);
  return textContent(body).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

if (!existsSync('dist/index.html')) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const counts = TOOL_IDS.map((id): { id: ToolId; words: number } => ({ id, words: mainContentWords(readFileSync(`dist${toolHref(id)}index.html`, 'utf8')) }));
const sorted = counts.map((c) => c.words).sort((a, b) => a - b);
const total = sorted.reduce((a, b) => a + b, 0);
const summary = { pages: counts.length, total, min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] };
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ summary, counts }, null, 2));
} else {
  for (const c of counts) console.log(`${String(c.words).padStart(5)}  ${c.id}`);
  console.log(`\n${summary.pages} tool pages: ${summary.total} words; min ${summary.min}, median ${summary.median}, max ${summary.max}`);
}
