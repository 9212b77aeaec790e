import { describe, expect, test } from 'vitest';
import { formatModelIssues, model, PIPELINE_TYPE_IDS, STAGE_IDS, TOOL_CATEGORY_IDS, TOOL_IDS, toolsInCategory, toolsNamingAsAlternative, toolHref, validateModel, type ModelIssue } from '../../src/model/index.ts';
import { validateTools } from '../../src/model/validate/validate-tools.ts';

/** A tool with every field a page needs; each test breaks one. */
const tool = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  category: 'serving',
  isNot: 'Not a trainer.',
  whenToChoose: 'When you serve models.',
  alternatives: [],
  ...fields,
});

function issuesOf(tools: Record<string, object>): string {
  const issues: ModelIssue[] = [];
  const known = { stages: new Set<string>(STAGE_IDS), pipelineTypes: new Set<string>(PIPELINE_TYPE_IDS) };
  validateTools(tools, known, 'src/model/data/tools.ts', (file, entity, field, message) => issues.push({ file, entity, field, message }));
  return formatModelIssues(issues);
}

describe('validateTools', () => {
  const alt = (id: string) => ({ tool: id, difference: 'when it fits' });

  test('accepts tools whose alternatives are other known tools', () => {
    expect(issuesOf({ a: tool('a', { alternatives: [alt('b')] }), b: tool('b') })).toBe('');
  });

  test('names file › tool › field for an alternative that is not a tool, listing the known ids', () => {
    expect(issuesOf({ a: tool('a', { alternatives: [alt('b'), alt('kserv')] }), b: tool('b') })).toContain(
      'src/model/data/tools.ts › tool "a" › alternatives[1]: unknown tool id "kserv"; known: a, b',
    );
  });

  test('reports a tool listed as its own alternative, and one listed twice', () => {
    const report = issuesOf({ a: tool('a', { alternatives: [alt('a'), alt('b'), alt('b')] }), b: tool('b') });
    expect(report).toContain('tool "a" › alternatives[0]: names the tool itself');
    expect(report).toContain('tool "a" › alternatives[2]: "b" is listed twice');
  });

  test('reports a stage and a pipeline type the model does not have', () => {
    const report = issuesOf({ a: tool('a', { stages: ['data-ingestion'], pipelineTypes: ['etl-pipeline'] }) });
    expect(report).toContain('tool "a" › stages[0]: unknown stage id "data-ingestion"; known: data-collection, ');
    expect(report).toContain('tool "a" › pipelineTypes[0]: unknown pipeline type id "etl-pipeline"');
  });
});

// A tool's own fields are the schema's (model-schema.ts); validateModel reports them in the same form.
describe('tool fields, checked by the schema through validateModel', () => {
  const withKserve = (fields: Record<string, unknown>) => {
    const kserve: Record<string, unknown> = { ...model.tools.kserve, ...fields };
    for (const [name, value] of Object.entries(fields)) if (value === undefined) delete kserve[name];
    return formatModelIssues(validateModel({ ...model, tools: { ...model.tools, kserve } }));
  };

  test('reports an unknown category with the known ones', () => {
    expect(withKserve({ category: 'servers' })).toContain(
      `src/model/data/tools.ts › tool "kserve" › category: unknown category "servers"; use one of ${TOOL_CATEGORY_IDS.join(', ')}`,
    );
  });

  test('reports a missing "what it is not", an empty "when to choose it", missing alternatives and a version kept in tools.ts', () => {
    const report = withKserve({ isNot: undefined, whenToChoose: ' ', version: 'KServe 0.17', alternatives: undefined });
    expect(report).toContain('tool "kserve" › isNot: isNot is missing or empty');
    expect(report).toContain('tool "kserve" › whenToChoose: whenToChoose is missing or empty');
    // The version line lives in the ledger (tool-ledger.ts), one place per fact.
    expect(report).toContain('tool "kserve" › version: is not a field of this kind of entity');
    expect(report).toContain('tool "kserve" › alternatives: alternatives is missing');
  });

  test('reports an alternative without a difference, one with an empty difference, and a bare tool id, naming file › tool › field', () => {
    const report = withKserve({
      alternatives: [{ tool: 'seldon-core' }, { tool: 'nvidia-triton', difference: 'when ' }, 'bentoml'],
    });
    expect(report).toContain('src/model/data/tools.ts › tool "kserve" › alternatives[0].difference: difference is missing or says nothing; write when to choose this tool over that one');
    expect(report).toContain('src/model/data/tools.ts › tool "kserve" › alternatives[1].difference: difference is missing or says nothing');
    expect(report).toContain('src/model/data/tools.ts › tool "kserve" › alternatives[2]: expected { tool, difference }');
  });

  test('every alternative in the model says when to choose the tool over it', () => {
    for (const id of TOOL_IDS) {
      for (const a of model.tools[id].alternatives) expect(a.difference, `${id} over ${a.tool}`).toMatch(/^when \S.{20,}/);
    }
  });

  test('reports a homepage that is not https, a checked date that is not a date, and a field the schema does not know', () => {
    const report = withKserve({ homepage: 'http://kserve.github.io/', checked: '2026-13-01', colour: 'blue' });
    expect(report).toContain('src/model/data/tools.ts › tool "kserve" › homepage: not an https URL: "http://kserve.github.io/"');
    expect(report).toContain('src/model/data/tools.ts › tool "kserve" › checked: not a date (YYYY-MM-DD): "2026-13-01"');
    expect(report).toContain('src/model/data/tools.ts › tool "kserve" › colour: is not a field of this kind of entity');
  });

  test('runs as part of validateModel on the real model, which passes', () => {
    const broken = { ...model, tools: { ...model.tools, kserve: { ...model.tools.kserve, alternatives: [{ tool: 'seldon', difference: 'when it fits' }] } } };
    expect(formatModelIssues(validateModel(broken))).toContain('src/model/data/tools.ts › tool "kserve" › alternatives[0]: unknown tool id "seldon"');
    expect(validateModel(model)).toEqual([]);
  });
});

describe('tool queries', () => {
  test('the categories partition the tools: each tool is in exactly one', () => {
    const grouped = TOOL_CATEGORY_IDS.flatMap((c) => toolsInCategory(model, c).map((t) => t.id));
    expect([...grouped].sort()).toEqual([...TOOL_IDS].sort());
  });

  test('toolsNamingAsAlternative is the reverse of alternatives', () => {
    for (const id of TOOL_IDS) {
      for (const t of toolsNamingAsAlternative(model, id)) expect(t.alternatives.map((a) => a.tool)).toContain(id);
    }
    expect(toolsNamingAsAlternative(model, 'grafana').map((t) => t.id)).toContain('prometheus');
  });

  test('toolHref is the tool page under /tools/', () => {
    expect(toolHref('great-expectations')).toBe('/tools/great-expectations/');
  });
});
