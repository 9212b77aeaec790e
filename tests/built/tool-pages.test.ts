import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { model, pipelineTypeHref, stageHref, TOOL_IDS, toolCategories, toolHref, type Tool, type ToolId } from '../../src/model/index.ts';

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
    if (tool.version !== undefined) expect(text).toContain(tool.version);
    expect(hrefs).toContain(tool.source);
    expect(hrefs).toContain(tool.homepage);
    for (const s of tool.stages) expect(hrefs).toContain(stageHref(s));
    for (const p of tool.pipelineTypes) expect(hrefs).toContain(pipelineTypeHref(p));
    for (const a of tool.alternatives) expect(hrefs).toContain(toolHref(a));
    // Indexed by search, and labelled as a tool for its filter.
    expect(getAttributeValue(main, 'data-pagefind-body')).toBe('');
    expect(findAll((e) => getAttributeValue(e, 'data-pagefind-filter') === 'kind:Tool', main.children)).not.toHaveLength(0);
    // The sidebar links the page, and the page ends with its sources.
    expect(findAll((e) => e.name === 'a' && getAttributeValue(e, 'aria-current') === 'page', doc.children)).not.toHaveLength(0);
    expect(findOne((e) => getAttributeValue(e, 'id') === 'sources', main.children)).not.toBeNull();
  });

  test('the list on /tools/ links every tool to its page', async () => {
    const doc = parseDocument(await readFile('dist/tools/index.html', 'utf8'));
    const hrefs = new Set(findAll((e) => e.name === 'a', doc.children).map((a) => getAttributeValue(a, 'href')));
    expect(TOOL_IDS.filter((id) => !hrefs.has(toolHref(id)))).toEqual([]);
  });
});
