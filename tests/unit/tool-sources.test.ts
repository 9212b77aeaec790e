import { describe, expect, test } from 'vitest';
import { daysSince, FACT_MAX_AGE_DAYS, staleTools } from '../../src/model/queries/fact-age.ts';
import { model, TOOL_IDS, validateModel } from '../../src/model/index.ts';

describe('tool sources', () => {
  test('every tool links the documentation page its facts were checked against', () => {
    for (const id of TOOL_IDS) expect(model.tools[id].source, id).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
  });

  test('a tool without a source fails validation, naming the file, the tool and the field', () => {
    const { source: _dropped, ...withoutSource } = model.tools.feast;
    const issues = validateModel({ ...model, tools: { ...model.tools, feast: withoutSource } });
    expect(issues).toContainEqual(expect.objectContaining({ file: 'src/model/data/tools.ts', entity: 'tool "feast"', field: 'source' }));
  });

  test('a source that is not an https URL fails validation', () => {
    const issues = validateModel({ ...model, tools: { ...model.tools, feast: { ...model.tools.feast, source: 'docs.feast.dev' } } });
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'tool "feast"', field: 'source' }));
  });
});

describe('staleTools', () => {
  const tools = {
    fresh: { id: 'fresh', checked: '2026-11-01', source: 'https://example.org/fresh' },
    old: { id: 'old', checked: '2026-01-01', source: 'https://example.org/old' },
    older: { id: 'older', checked: '2025-01-01', source: 'https://example.org/older' },
  };

  test('lists the tools checked longer ago than the limit, oldest first', () => {
    expect(staleTools(tools, '2026-11-30', 180).map((t) => t.id)).toEqual(['older', 'old']);
  });

  test('counts whole days and keeps a tool checked exactly at the limit', () => {
    expect(daysSince('2026-06-03', '2026-11-30')).toBe(180);
    expect(staleTools({ edge: { id: 'edge', checked: '2026-06-03', source: 'https://example.org' } }, '2026-11-30', 180)).toEqual([]);
  });

  test('uses the configured age by default', () => {
    expect(FACT_MAX_AGE_DAYS).toBeGreaterThan(0);
    expect(staleTools(tools, '2026-11-30').map((t) => t.id)).toContain('older');
  });
});
