import { z } from 'zod';
import {
  ARTIFACT_IDS,
  COVERAGE_ROLES,
  FILE_FORMATS,
  NOTEBOOK_PARAMETER_TYPES,
  PATTERN_CATEGORY_IDS,
  PATTERN_IDS,
  PIPELINE_TYPE_IDS,
  STAGE_IDS,
  TOOL_CATEGORY_IDS,
  TOOL_IDS,
} from './ids.ts';
import { CHOOSER_QUESTION_IDS, CHOOSER_RULE_IDS, CHOOSER_RULE_KINDS } from './chooser.ts';
import { ML_TEST_KIND_IDS, ML_TEST_SCORE_SECTION_IDS, ML_TEST_TRIGGERS } from './ml-tests.ts';
import { MONITORING_INPUT_IDS, MONITORING_RESPONDER_IDS, MONITORING_SIGNAL_IDS } from './monitoring.ts';
import { PARTICIPANT_KINDS } from './pattern-structures.ts';
import { RELATION_KINDS } from './patterns.ts';

// The export's contract, for tools outside the site. The TypeScript types stay the source of
// truth; a unit test validates /model.json against this schema, so the two cannot drift apart.

const text = z.string().min(1);
const lines = z.array(text).min(1);
const stageId = z.enum(STAGE_IDS);
const typeId = z.enum(PIPELINE_TYPE_IDS);
const artifactId = z.enum(ARTIFACT_IDS);

/** A record with exactly these keys, each holding an entity whose `id` is its key. */
function recordOf(ids: readonly string[], entity: (id: string) => z.ZodObject) {
  return z.strictObject(Object.fromEntries(ids.map((id) => [id, entity(id)])));
}

const port = z.strictObject({ artifact: artifactId, path: text, format: z.enum(FILE_FORMATS) });

const stage = (id: string) =>
  z
    .strictObject({
      id: z.literal(id),
      name: text,
      summary: text,
      purpose: text,
      inputs: z.array(artifactId),
      outputs: z.array(artifactId),
      checks: lines,
      failureModes: lines,
      notebook: z.strictObject({
        parameters: z.array(
          z.strictObject({
            name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
            type: z.enum(NOTEBOOK_PARAMETER_TYPES),
            default: z.union([z.string(), z.number(), z.boolean()]),
            description: text,
          }),
        ),
        inputs: z.array(port),
        outputs: z.array(port),
      }),
      decisions: z
        .array(
          z.strictObject({
            id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
            question: text,
            options: z.array(z.strictObject({ choice: text, when: text, cost: text })).min(2),
          }),
        )
        .min(1)
        .describe('Decisions a team makes in the stage, each with at least two options, when each fits and what it costs.'),
    })
    .describe('One of the six stages, in pipeline order.');

const pipelineType = (id: string) =>
  z.strictObject({
    id: z.literal(id),
    name: text,
    summary: text,
    orchestrates: text,
    unitOfWork: text,
    triggers: text,
    stateKept: text,
    isNot: text,
    covers: z.array(z.strictObject({ stage: stageId, role: z.enum(COVERAGE_ROLES) })).min(1),
  });

const artifact = (id: string) => z.strictObject({ id: z.literal(id), name: text, summary: text });

const tool = (id: string) =>
  z.strictObject({
    id: z.literal(id),
    name: text,
    homepage: z.string().regex(/^https:\/\//),
    licence: text,
    pipelineTypes: z.array(typeId),
    stages: z.array(stageId).min(1),
    category: z.enum(TOOL_CATEGORY_IDS),
    role: text,
    isNot: text.describe('What the tool is often taken for and is not.'),
    whenToChoose: text,
    alternatives: z.array(z.enum(TOOL_IDS)).describe('Tools weighed against this one for the same job (one-way).'),
    version: text.optional().describe('The release line the facts were checked against, where the docs name one.'),
    source: z.url().describe('The page of the tool’s documentation its facts were checked against.'),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('When the facts were last checked against source.'),
  });

const patternCategory = (id: string) => z.strictObject({ id: z.literal(id), name: text, chapter: z.int(), summary: text });

// Patterns grow in another part of the guide: required fields are fixed, further ones allowed.
const pattern = (id: string) =>
  z.looseObject({
    id: z.literal(id),
    number: z.int().min(1).max(PATTERN_IDS.length),
    name: text,
    category: z.enum(PATTERN_CATEGORY_IDS),
    stages: z.array(stageId),
    pipelineTypes: z.array(typeId),
    related: z.array(z.object({ kind: z.enum(Object.keys(RELATION_KINDS)), pattern: z.enum(PATTERN_IDS) })),
  });

// How each pattern works: participants keyed by a local id, flows between them (validate()
// checks that a flow's ends are participants), and the key idea the diagram highlights.
const patternStructure = (id: string) =>
  z.strictObject({
    pattern: z.literal(id),
    participants: z.record(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      z.strictObject({ kind: z.enum(PARTICIPANT_KINDS), label: text, stage: stageId.optional(), key: z.literal(true).optional() }),
    ),
    flows: z.array(z.strictObject({ from: text, to: text, label: text, key: z.literal(true).optional() })).min(1),
    keyIdea: text,
  });

// The chooser's questions and rules ("which pipeline do I need?"): references are checked by
// validate(); here the shape a consumer can rely on.
const chooserRule = z.looseObject({
  id: z.string(),
  kind: z.enum(CHOOSER_RULE_KINDS),
  title: text,
  when: z.record(z.string(), z.array(z.string())),
  pipelineTypes: z.array(typeId),
  tools: z.array(z.enum(TOOL_IDS)),
  stages: z.array(stageId),
  reason: text,
});
const chooserSchema = z.strictObject({
  questions: z.record(z.enum(CHOOSER_QUESTION_IDS), z.looseObject({ id: z.string(), text, answers: z.record(z.string(), text) })),
  rules: z.record(z.enum(CHOOSER_RULE_IDS), chooserRule),
});

const named = (id: string) => z.strictObject({ id: z.literal(id), name: text });

const monitoringSignal = (id: string) =>
  z
    .strictObject({
      id: z.literal(id),
      name: text,
      watches: text,
      needs: z.array(z.enum(MONITORING_INPUT_IDS)).min(1),
      measuredBy: text,
      firesAfter: text,
      alerts: z.enum(MONITORING_RESPONDER_IDS),
      feedsBack: stageId.describe('The stage an alert on this signal sends work back to.'),
      response: text,
    })
    .describe('Something a deployed model is watched for.');

const mlTestKind = (id: string) =>
  z.strictObject({
    id: z.literal(id),
    name: text,
    checks: text,
    section: z.enum(ML_TEST_SCORE_SECTION_IDS).describe('The ML Test Score section (Breck et al., 2017) it belongs to.'),
    stages: z.array(stageId).min(1),
    runs: z.enum(ML_TEST_TRIGGERS),
  });

/** The whole model as published at /model.json. */
export const modelSchema = z
  .strictObject({
    stages: recordOf(STAGE_IDS, stage),
    pipelineTypes: recordOf(PIPELINE_TYPE_IDS, pipelineType),
    artifacts: recordOf(ARTIFACT_IDS, artifact),
    tools: recordOf(TOOL_IDS, tool),
    patternCategories: recordOf(PATTERN_CATEGORY_IDS, patternCategory),
    patterns: recordOf(PATTERN_IDS, pattern),
    patternStructures: z.strictObject(Object.fromEntries(PATTERN_IDS.map((id) => [id, patternStructure(id)]))),
    chooser: chooserSchema,
    monitoringSignals: recordOf(MONITORING_SIGNAL_IDS, monitoringSignal),
    monitoringInputs: recordOf(MONITORING_INPUT_IDS, (id) => named(id).extend({ summary: text })),
    monitoringResponders: recordOf(MONITORING_RESPONDER_IDS, named),
    mlTestKinds: recordOf(ML_TEST_KIND_IDS, mlTestKind),
    mlTestScoreSections: recordOf(ML_TEST_SCORE_SECTION_IDS, (id) => named(id).extend({ tests: z.int().min(1) })),
    mlTestTriggers: recordOf(ML_TEST_TRIGGERS, named),
  })
  .describe('ML Pipeline Field Guide model: stages, pipeline types, artifacts, tools, design patterns and how each pattern works, keyed by id.');

/** JSON Schema (draft 2020-12) of /model.json. */
export function modelJsonSchema(): Record<string, unknown> {
  return { $id: 'model.schema.json', title: 'ML Pipeline Field Guide model', ...z.toJSONSchema(modelSchema, { target: 'draft-2020-12' }) };
}
