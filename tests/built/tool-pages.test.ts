import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { excerptFromSource, toolExcerpt } from '../../src/examples/tool-excerpts.ts';
import { factChecked, factUnconfirmed, LEDGER_FACTS, model, pipelineTypeHref, stageHref, TOOL_IDS, TOOL_STATUS_LABELS, toolCategories, toolHref, type StatusFact, type Tool, type ToolId, type ToolLedgerEntry } from '../../src/model/index.ts';

const { findAll, findOne, getAttributeValue, textContent } = DomUtils;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

async function toolPage(id: ToolId) {
  const file = `dist${toolHref(id)}index.html`;
  if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npm run build` before these checks.');
  if (!existsSync(file)) throw new Error(`${file} is missing: tool "${id}" has no page`);
  return parseDocument(await readFile(file, 'utf8'));
}

describe('tool pages', () => {
  test.each(TOOL_IDS)('%s has a page with its facts from the model', async (id) => {
    const tool: Tool = model.tools[id];
    const doc = await toolPage(id);
    const main = findOne((e) => e.name === 'main', doc.children);
    expect(main, 'a <main>').not.toBeNull();
    if (main === null) return;
    const text = oneLine(textContent(main));
    const hrefs = findAll((e) => e.name === 'a', main.children).map((a) => getAttributeValue(a, 'href'));

    expect(oneLine(textContent(findAll((e) => e.name === 'h1', doc.children)))).toBe(tool.name);
    for (const fact of [tool.role, tool.isNot, tool.whenToChoose, tool.licence, tool.checked, toolCategories[tool.category].name]) {
      expect(text).toContain(oneLine(fact));
    }
    // The ledger entry: version line, status and its source, and every fact's compared day.
    const ledger: ToolLedgerEntry = model.toolLedger[id];
    if (ledger.version.line !== undefined) expect(text).toContain(ledger.version.line);
    if (ledger.version.noReleaseLine !== undefined) expect(text).toContain(`No release line: ${oneLine(ledger.version.noReleaseLine)}`);
    expect(text).toContain(TOOL_STATUS_LABELS[ledger.status.state]);
    if (ledger.status.note !== undefined) expect(text).toContain(oneLine(ledger.status.note));
    expect(hrefs).toContain(ledger.status.source);
    if (ledger.licence.source !== undefined) expect(hrefs).toContain(ledger.licence.source);
    if (ledger.licence.note !== undefined) expect(text).toContain(oneLine(ledger.licence.note));
    for (const fact of LEDGER_FACTS) {
      const compared = factChecked(ledger, fact);
      if (compared !== undefined) expect(text).toContain(compared.checked);
      const unconfirmed = factUnconfirmed(ledger, fact);
      if (unconfirmed !== undefined) expect(text).toContain(oneLine(unconfirmed));
    }
    expect(hrefs).toContain(tool.source);
    expect(hrefs).toContain(tool.homepage);
    for (const s of tool.stages) expect(hrefs).toContain(stageHref(s));
    for (const p of tool.pipelineTypes) expect(hrefs).toContain(pipelineTypeHref(p));
    // Each alternative with when to choose this tool over it; the excerpt from a tested example, where one exists.
    for (const a of tool.alternatives) {
      expect(hrefs).toContain(toolHref(a.tool));
      expect(text).toContain(oneLine(a.difference));
    }
    const excerpt = toolExcerpt(id);
    const examples = findOne((e) => getAttributeValue(e, 'id') === 'in-the-examples', main.children);
    if (excerpt === undefined) {
      expect(examples, 'no examples section without an excerpt').toBeNull();
    } else {
      const { code } = excerptFromSource(id, excerpt, await readFile(`examples/${excerpt.file}`, 'utf8'));
      expect(examples, 'an examples section').not.toBeNull();
      expect(hrefs).toContain(excerpt.page);
      for (const line of code.split('\n').filter((l) => l.trim() !== '')) expect(text).toContain(oneLine(line));
    }
    // Indexed by search, and labelled as a tool for its filter.
    expect(getAttributeValue(main, 'data-pagefind-body')).toBe('');
    expect(findAll((e) => getAttributeValue(e, 'data-pagefind-filter') === 'kind:Tool', main.children)).not.toHaveLength(0);
    // The sidebar links the page, and the page ends with its sources.
    expect(findAll((e) => e.name === 'a' && getAttributeValue(e, 'aria-current') === 'page', doc.children)).not.toHaveLength(0);
    expect(findOne((e) => getAttributeValue(e, 'id') === 'sources', main.children)).not.toBeNull();
  });

  test('a tool status stated in prose is the ledger’s, word for word, as on the tool’s own page', async () => {
    const page = parseDocument(await readFile('dist/production/monitoring/index.html', 'utf8'));
    const notes = findAll((e) => getAttributeValue(e, 'data-tool-status') !== undefined, page.children);
    expect(notes.length, 'a ledger status note on /production/monitoring/').toBeGreaterThan(0);
    for (const note of notes) {
      const link = findOne((e) => e.name === 'a', note.children);
      const id = TOOL_IDS.find((t) => link !== null && getAttributeValue(link, 'href') === toolHref(t));
      expect(id, 'the note links its tool').toBeDefined();
      if (id === undefined) continue;
      const status: StatusFact = model.toolLedger[id].status;
      expect(getAttributeValue(note, 'data-tool-status')).toBe(status.state);
      if (status.note !== undefined) {
        expect(oneLine(textContent(note))).toContain(oneLine(status.note));
        const toolText = oneLine(textContent((await toolPage(id)).children));
        expect(toolText).toContain(oneLine(status.note));
      }
    }
  });

  test('the list on /tools/ links every tool to its page', async () => {
    const doc = parseDocument(await readFile('dist/tools/index.html', 'utf8'));
    const hrefs = new Set(findAll((e) => e.name === 'a', doc.children).map((a) => getAttributeValue(a, 'href')));
    expect(TOOL_IDS.filter((id) => !hrefs.has(toolHref(id)))).toEqual([]);
  });
});
