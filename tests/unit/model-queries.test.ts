import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ARTIFACT_IDS,
  consumersOf,
  model,
  PATTERN_IDS,
  patternsInStage,
  PIPELINE_TYPE_IDS,
  producerOf,
  STAGE_IDS,
  stagesOfPattern,
  stagesOfTool,
  stagesOfType,
  TOOL_IDS,
  toolsInStage,
  toolsOfType,
  typesInStage,
  typesOfPattern,
  patternsOfTool,
  toolsOfPattern,
} from '../../src/model/index.ts';

describe('model queries', () => {
  test('read each relation the same way from either end', () => {
    for (const stage of STAGE_IDS) {
      for (const tool of TOOL_IDS) expect(toolsInStage(model, stage).includes(tool)).toBe(stagesOfTool(model, tool).includes(stage));
      for (const pattern of PATTERN_IDS) expect(patternsInStage(model, stage).includes(pattern)).toBe(stagesOfPattern(model, pattern).includes(stage));
      for (const type of PIPELINE_TYPE_IDS) {
        expect(typesInStage(model, stage).some((c) => c.type === type)).toBe(stagesOfType(model, type).includes(stage));
      }
    }
    for (const artifact of ARTIFACT_IDS) {
      const from = producerOf(model, artifact);
      if (from !== undefined) expect(model.stages[from].outputs).toContain(artifact);
      for (const to of consumersOf(model, artifact)) expect(model.stages[to].inputs).toContain(artifact);
    }
  });

  test('split a type\'s stages by role, in stage order', () => {
    for (const type of PIPELINE_TYPE_IDS) {
      const byRole = [...stagesOfType(model, type, 'primary'), ...stagesOfType(model, type, 'supporting')];
      expect([...byRole].sort((a, b) => STAGE_IDS.indexOf(a) - STAGE_IDS.indexOf(b))).toEqual(stagesOfType(model, type));
      expect(stagesOfType(model, type)).toHaveLength(model.pipelineTypes[type].covers.length);
    }
  });

  test('list tools and pattern types in the model\'s order', () => {
    for (const type of PIPELINE_TYPE_IDS) expect(toolsOfType(model, type)).toEqual(TOOL_IDS.filter((t) => toolsOfType(model, type).includes(t)));
    for (const pattern of PATTERN_IDS) expect(typesOfPattern(model, pattern)).toEqual(PIPELINE_TYPE_IDS.filter((t) => model.patterns[pattern].pipelineTypes.some((p) => p === t)));
  });
});

// Relations and URLs are answered in src/model/ (queries.ts, urls.ts). Islands read their data
// from the page, not from the model, so their own `.stages` are not the model's.
const SRC = join(import.meta.dirname, '../../src');
const RELATION = /\w\.(inputs|outputs|stages|pipelineTypes)\.(some|includes)\(|\w\.covers\.(find|filter|some|map)\(/;
const HAND_BUILT_URL = /`\/(pipeline|pipeline-types|patterns|tools|practices|starter-kit)\/\$\{|`#(stage|tool|term|practice)-\$\{|id=\{`(stage|tool|term|practice)-\$\{/;

describe('src/ outside the model', () => {
  const files = (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.(ts|mjs|astro)$/.test(f) && !f.startsWith('model/') && !f.startsWith('islands/'));

  test('derives no relation of the model itself and builds no page URL by hand', () => {
    const found = files.flatMap((f) =>
      readFileSync(join(SRC, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (RELATION.test(line) || HAND_BUILT_URL.test(line) ? [`src/${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});

describe('pattern–tool queries', () => {
  test('read the relation from both ends: a tool’s patterns are the patterns that list it, in book order', () => {
    for (const tool of TOOL_IDS) {
      const listing = PATTERN_IDS.filter((p) => toolsOfPattern(model, p).some((t) => t.tool === tool));
      expect(patternsOfTool(model, tool).map((p) => p.pattern), tool).toEqual(listing);
    }
    expect(patternsOfTool(model, 'feast').map((p) => p.pattern)).toEqual(['batch-serving', 'feature-store']);
  });

  test('a pattern no tool implements has none, and a tool without a pattern has none', () => {
    expect(toolsOfPattern(model, 'reframing')).toEqual([]);
    expect(patternsOfTool(model, 'lakefs')).toEqual([]);
  });
});
