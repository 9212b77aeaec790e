import { describe, expect, test } from 'vitest';
import { guideSections, type GuideFacts } from '../../src/components/front-door/guide-sections.ts';
import { CHOOSER_QUESTION_IDS, FRAMING_FIELD_IDS, PATTERN_IDS, STAGE_IDS, TOOL_IDS } from '../../src/model/index.ts';

const facts: GuideFacts = {
  pages: [
    { id: 'production' },
    { id: 'production/testing', order: 2 },
    { id: 'production/monitoring', order: 1 },
    { id: 'practices/anti-patterns', order: 5 },
    { id: 'practices/notebooks', order: 1 },
    { id: 'practices/zeta' },
  ],
  diagrams: 7,
  sheets: 1,
  notebooks: 3,
};
const byId = (id: string) => guideSections(facts).find((s) => s.id === id);

describe('guideSections', () => {
  test('counts what each section holds from the model and the pages, never from prose', () => {
    expect(byId('framing')?.count).toBe(`${FRAMING_FIELD_IDS.length} questions`);
    expect(byId('pipeline')?.count).toBe(`${STAGE_IDS.length} stages`);
    expect(byId('patterns')?.count).toBe(`${PATTERN_IDS.length} patterns`);
    expect(byId('tools')?.count).toBe(`${TOOL_IDS.length} tools`);
    expect(byId('choose')?.count).toBe(`${CHOOSER_QUESTION_IDS.length} questions`);
    // The folder's index is the section, not one of its pages.
    expect(byId('production')?.count).toBe('2 pages');
    expect(byId('practices')?.count).toBe('3 practices');
    expect(byId('diagrams')?.count).toBe('7 diagrams');
    expect(byId('print')?.count).toBe('1 sheet');
    expect(byId('starter-kit')?.count).toBe('3 notebooks');
  });

  test('sends a section without an index page to its first page in the sidebar’s order', () => {
    expect(byId('practices')?.href).toBe('/practices/notebooks/');
  });

  test('lists every section once, each with a site path', () => {
    const sections = guideSections(facts);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    for (const s of sections) expect(s.href, s.id).toMatch(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/);
  });

  test('fails naming the folder when a section has no page to link', () => {
    expect(() => guideSections({ ...facts, pages: facts.pages.filter((p) => !p.id.startsWith('practices/')) })).toThrow(
      'front door: content/practices/ has no page to link',
    );
  });
});
