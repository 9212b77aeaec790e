import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import {
  model,
  PATTERN_IDS,
  patternHref,
  pipelineTypeHref,
  stageHref,
  stagesOfPattern,
  TOOL_IDS,
  toolHref,
  toolsOfPattern,
} from '../../src/model/index.ts';
import { COMPARISON_IDS, comparisonHref, comparisons, GOVERNANCE_CONCERN_IDS, governanceConcerns, type Comparison, type GovernanceConcern } from '../../src/model/guide.ts';
import { GOVERNANCE_HREF, INFRASTRUCTURE_HREF, LLM_OPERATIONS_HREF } from '../../src/model/queries/urls.ts';
import { AUTOSCALING_SIGNAL_IDS, BUILD_BUY_OPTION_IDS, GPU_SHARING_IDS } from '../../src/model/data/infrastructure.ts';
import { LLM_OPS_CONCERN_IDS, llmOpsConcerns, type LlmOpsConcern } from '../../src/model/data/llm-operations.ts';
import { CONTRACT_FIELD_IDS, contractFields, LABEL_CHECK_IDS, labelChecks, LABELLING_STRATEGY_IDS, labellingStrategies, TRAINING_DATA_HREF, type ContractField, type LabelCheck, type LabellingStrategy } from '../../src/model/data/training-data.ts';

// The knowledge graph as links: for every relation the model records, each of the two pages
// links the other from its content (the sidebar, which links everything, does not count).

const { findAll, getAttributeValue, hasAttrib } = DomUtils;

/** One relation between two pages, named as a reader would say it. */
interface Edge {
  relation: string;
  a: string;
  b: string;
}

/** Every relation of the model, once, as the two pages it joins. */
function modelEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const p of PATTERN_IDS) {
    for (const s of stagesOfPattern(model, p)) edges.push({ relation: 'stage–pattern', a: stageHref(s), b: patternHref(p) });
    for (const t of toolsOfPattern(model, p)) edges.push({ relation: 'pattern–tool', a: patternHref(p), b: toolHref(t.tool) });
    for (const r of model.patterns[p].related) {
      // Recorded at both ends; one edge per pair.
      if (PATTERN_IDS.indexOf(r.pattern) > PATTERN_IDS.indexOf(p)) edges.push({ relation: 'pattern–pattern', a: patternHref(p), b: patternHref(r.pattern) });
    }
  }
  for (const id of TOOL_IDS) {
    const tool = model.tools[id];
    for (const s of tool.stages) edges.push({ relation: 'tool–stage', a: toolHref(id), b: stageHref(s) });
    for (const t of tool.pipelineTypes) edges.push({ relation: 'tool–pipeline type', a: toolHref(id), b: pipelineTypeHref(t) });
    for (const alt of tool.alternatives) edges.push({ relation: 'tool–alternative', a: toolHref(id), b: toolHref(alt.tool) });
  }
  for (const id of GOVERNANCE_CONCERN_IDS) {
    const concern: GovernanceConcern = governanceConcerns[id];
    for (const s of concern.stages) edges.push({ relation: 'stage–governance concern', a: stageHref(s), b: GOVERNANCE_HREF });
    for (const t of concern.tools ?? []) edges.push({ relation: 'tool–governance concern', a: toolHref(t), b: GOVERNANCE_HREF });
  }
  // One page holds every infrastructure entry: one edge per stage or tool, however many entries name it.
  const infraStages = new Set(GPU_SHARING_IDS.flatMap((id) => model.gpuSharing[id].stages));
  const infraTools = new Set([...AUTOSCALING_SIGNAL_IDS.flatMap((id) => model.autoscalingSignals[id].tools), ...BUILD_BUY_OPTION_IDS.flatMap((id) => model.buildBuyOptions[id].tools)]);
  for (const s of infraStages) edges.push({ relation: 'stage–infrastructure', a: stageHref(s), b: INFRASTRUCTURE_HREF });
  for (const t of infraTools) edges.push({ relation: 'tool–infrastructure', a: toolHref(t), b: INFRASTRUCTURE_HREF });
  const infraPatterns = new Set([...AUTOSCALING_SIGNAL_IDS.flatMap((id) => model.autoscalingSignals[id].patterns), ...GPU_SHARING_IDS.flatMap((id) => model.gpuSharing[id].patterns)]);
  for (const p of infraPatterns) edges.push({ relation: 'pattern–infrastructure', a: patternHref(p), b: INFRASTRUCTURE_HREF });
  for (const id of LLM_OPS_CONCERN_IDS) {
    const concern: LlmOpsConcern = llmOpsConcerns[id];
    for (const s of concern.stages) edges.push({ relation: 'stage–LLM operations concern', a: stageHref(s), b: LLM_OPERATIONS_HREF });
    for (const t of concern.tools) edges.push({ relation: 'tool–LLM operations concern', a: toolHref(t), b: LLM_OPERATIONS_HREF });
  }
  for (const id of LABELLING_STRATEGY_IDS) {
    const strategy: LabellingStrategy = labellingStrategies[id];
    for (const s of strategy.stages) edges.push({ relation: 'stage–training data', a: stageHref(s), b: TRAINING_DATA_HREF });
    for (const p of strategy.patterns ?? []) edges.push({ relation: 'pattern–training data', a: patternHref(p), b: TRAINING_DATA_HREF });
  }
  for (const id of LABEL_CHECK_IDS) {
    const check: LabelCheck = labelChecks[id];
    edges.push({ relation: 'stage–training data', a: stageHref(check.stage), b: TRAINING_DATA_HREF });
    for (const t of check.tools ?? []) edges.push({ relation: 'tool–training data', a: toolHref(t), b: TRAINING_DATA_HREF });
  }
  for (const id of CONTRACT_FIELD_IDS) {
    const field: ContractField = contractFields[id];
    edges.push({ relation: 'stage–training data', a: stageHref(field.stage), b: TRAINING_DATA_HREF });
    for (const t of field.enforcedBy ?? []) edges.push({ relation: 'tool–training data', a: toolHref(t), b: TRAINING_DATA_HREF });
  }
  for (const id of COMPARISON_IDS) {
    const comparison: Comparison = comparisons[id];
    for (const t of comparison.tools) edges.push({ relation: 'tool–comparison', a: toolHref(t), b: comparisonHref(id) });
  }
  return edges;
}

/** The pathnames a built page links from its content. */
async function contentLinks(path: string): Promise<Set<string>> {
  const file = `dist${path}index.html`;
  if (!existsSync(file)) throw new Error(`${file} is missing: no page for ${path}`);
  const doc = parseDocument(await readFile(file, 'utf8'));
  const content = findAll((e) => (getAttributeValue(e, 'class') ?? '').split(/\s+/).includes('sl-markdown-content'), doc.children);
  const hrefs = content.flatMap((c) => findAll((e) => e.name === 'a' && hasAttrib(e, 'href'), c.children).map((a) => getAttributeValue(a, 'href') ?? ''));
  return new Set(hrefs.filter((h) => h.startsWith('/')).map((h) => new URL(h, 'https://guide.invalid').pathname));
}

describe('the knowledge graph', () => {
  test('every relation in the model is a link on both pages', async () => {
    if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npm run build` before these checks.');
    const edges = modelEdges();
    const pages = new Map<string, Set<string>>();
    for (const path of new Set(edges.flatMap((e) => [e.a, e.b]))) pages.set(path, await contentLinks(path));
    const missing = edges.flatMap(({ relation, a, b }) => [
      ...(pages.get(a)?.has(b) ? [] : [`${relation}: ${a} does not link ${b}`]),
      ...(pages.get(b)?.has(a) ? [] : [`${relation}: ${b} does not link ${a}`]),
    ]);
    expect(missing, `${missing.length} missing links of ${edges.length * 2}`).toEqual([]);
  });

  test('the relation covers every kind the model holds, so an empty kind cannot pass unnoticed', () => {
    const kinds = new Set(modelEdges().map((e) => e.relation));
    expect([...kinds].sort()).toEqual(['pattern–infrastructure', 'pattern–pattern', 'pattern–tool', 'pattern–training data', 'stage–LLM operations concern', 'stage–governance concern', 'stage–infrastructure', 'stage–pattern', 'stage–training data', 'tool–LLM operations concern', 'tool–alternative', 'tool–comparison', 'tool–governance concern', 'tool–infrastructure', 'tool–pipeline type', 'tool–stage', 'tool–training data']);
  });
});
