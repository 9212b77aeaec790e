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
} from '../data/ids.ts';
import { SERVING_MODE_IDS } from '../data/deployment.ts';
import { FRAMING_FIELD_IDS, FRAMING_ROLES } from '../data/framing.ts';
import { AUTOSCALING_SIGNAL_IDS, BUILD_BUY_CRITERION_IDS, BUILD_BUY_OPTION_IDS, GPU_SHARING_IDS } from '../data/infrastructure.ts';
import { CHOOSER_QUESTION_IDS, CHOOSER_RULE_IDS, CHOOSER_RULE_KINDS } from '../data/chooser.ts';
import { JUDGE_PITFALL_IDS, LLM_OPS_CONCERN_IDS, MITIGATION_ORIGINS, RAG_METRIC_IDS, RAG_METRIC_PARTS } from '../data/llm-operations.ts';
import { ML_TEST_KIND_IDS, ML_TEST_SCORE_SECTION_IDS, ML_TEST_TRIGGERS } from '../data/ml-tests.ts';
import { MONITORING_INPUT_IDS, MONITORING_RESPONDER_IDS, MONITORING_SIGNAL_IDS } from '../data/monitoring.ts';
import { PARTICIPANT_KINDS } from '../data/pattern-structures.ts';
import { GUIDE_READING } from '../data/pattern-tools.ts';
import { RELATION_KINDS } from '../data/patterns.ts';
import { TOOL_STATUSES } from '../data/tool-ledger.ts';
import { trainingDataShape } from './training-data-schema.ts';

// The model's shape, in one place: required fields, formats (https URLs, dates, Python
// identifiers, relative paths) and id enums. validate() runs it first (validate-shape.ts) and
// then checks only what a shape cannot say: references between entities. The same schema is the
// export's contract (/model.schema.json); a unit test validates /model.json against it.
// Messages that start with "is " are read after the field's name (`name is missing or empty`).

const MISSING = 'is missing or empty';
const text = z.string({ error: MISSING }).regex(/\S/, { error: MISSING });
const lines = z.array(text, { error: `${MISSING}; list at least one` }).min(1, { error: `${MISSING}; list at least one` });

/** One of `ids`; anything else is named with the ids that exist, as validate() names unknown references. */
function idOf<const T extends readonly [string, ...string[]]>(kind: string, ids: T) {
  return z.enum(ids, { error: (iss) => `unknown ${kind} id ${JSON.stringify(iss.input)}; known: ${ids.join(', ')}` });
}

// Each id list is one schema, defined once and referenced (`$defs` in the JSON Schema): a
// pattern's relations and a tool's alternatives name other entities of their own kind, so an
// enum built per entity would make the schema grow with the square of the model (the scale
// benchmark's 100× model made a JSON Schema too large to serialise).
const stageId = idOf('stage', STAGE_IDS).meta({ id: 'stageId' });
const typeId = idOf('pipeline type', PIPELINE_TYPE_IDS).meta({ id: 'pipelineTypeId' });
const artifactId = idOf('artifact', ARTIFACT_IDS).meta({ id: 'artifactId' });
const toolId = idOf('tool', TOOL_IDS).meta({ id: 'toolId' });
const patternId = z.enum(PATTERN_IDS).meta({ id: 'patternId' });
const patternCategoryId = idOf('pattern category', PATTERN_CATEGORY_IDS).meta({ id: 'patternCategoryId' });
const framingFieldId = idOf('framing field', FRAMING_FIELD_IDS).meta({ id: 'framingFieldId' });
const relationKind = z.enum(Object.keys(RELATION_KINDS));
const httpsUrl = z.url({ protocol: /^https$/, hostname: /\./, error: (iss) => `not an https URL: ${JSON.stringify(iss.input)}` });
const pythonName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: (iss) => `not a Python identifier: ${JSON.stringify(iss.input)}` });
// No leading slash and no `..` segment: a path inside the project.
const relativePath = z
  .string()
  .regex(/^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))\S.*$/, { error: (iss) => `not a relative path inside the project: ${JSON.stringify(iss.input)}` });
const isoDate = z.iso.date({ error: (iss) => `not a date (YYYY-MM-DD): ${JSON.stringify(iss.input)}` });

const DECISIONS_MISSING = `${MISSING}; list at least one question a team answers in this stage`;
const countOf = (list: unknown) => {
  const n = Array.isArray(list) ? list.length : 0;
  return `${n} option${n === 1 ? '' : 's'}`;
};

/** A notebook parameter: its default must be of its declared type. */
function parameter<const T extends string>(type: T, value: z.ZodType) {
  return z.strictObject({ name: pythonName, type: z.literal(type), default: value, description: text });
}
const defaultOf = (type: string) => ({ error: (iss: { input?: unknown }) => `default ${JSON.stringify(iss.input)} is not of type ${type}` });
const notebookParameter = z.discriminatedUnion(
  'type',
  [
    parameter('string', z.string(defaultOf('string'))),
    parameter('integer', z.int(defaultOf('integer'))),
    parameter('number', z.number(defaultOf('number'))),
    parameter('boolean', z.boolean(defaultOf('boolean'))),
  ],
  { error: (iss) => `unknown parameter type ${JSON.stringify(iss.input)}; use one of ${NOTEBOOK_PARAMETER_TYPES.join(', ')}` },
);

/** An entity's `id`, which must be its key in the record. */
const keyed = (id: string) => z.literal(id, { error: (iss) => `id ${JSON.stringify(iss.input)} does not match its key "${id}"` });

/** A record with exactly these keys, each holding an entity whose `id` is its key. */
function recordOf(ids: readonly string[], entity: (id: string) => z.ZodObject) {
  return z.strictObject(Object.fromEntries(ids.map((id) => [id, entity(id)])));
}

const port = z.strictObject({
  artifact: artifactId,
  path: relativePath,
  format: z.enum(FILE_FORMATS, { error: (iss) => `unknown format ${JSON.stringify(iss.input)}; use one of ${FILE_FORMATS.join(', ')}` }),
});

const stage = (id: string) =>
  z
    .strictObject({
      id: keyed(id),
      name: text,
      summary: text,
      purpose: text,
      inputs: z.array(artifactId),
      outputs: z.array(artifactId),
      checks: lines,
      failureModes: lines,
      notebook: z.strictObject(
        {
        parameters: z.array(notebookParameter),
        inputs: z.array(port),
        outputs: z.array(port),
        },
        { error: 'is missing; declare its parameters, inputs and outputs' },
      ),
      decisions: z
        .array(
          z.strictObject({
            id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (iss) => `not a kebab-case id: ${JSON.stringify(iss.input)}` }),
            question: text,
            decidedBy: z
              .array(framingFieldId, { error: 'is missing; name the framing fields (src/model/data/framing.ts) whose answers decide it' })
              .min(1, { error: 'names no framing field; name at least one whose answer decides it' })
              .describe('The framing fields whose answers decide it.'),
            options: z
              .array(z.strictObject({ choice: text, when: text, cost: text }))
              .min(2, { error: (iss) => `has ${countOf(iss.input)}; a decision needs at least two` }),
          }),
          { error: DECISIONS_MISSING },
        )
        .min(1, { error: DECISIONS_MISSING })
        .describe('Decisions a team makes in the stage, each with at least two options, when each fits and what it costs.'),
    })
    .describe('One of the six stages, in pipeline order.');

const pipelineType = (id: string) =>
  z.strictObject({
    id: keyed(id),
    name: text,
    summary: text,
    orchestrates: text,
    unitOfWork: text,
    triggers: text,
    stateKept: text,
    isNot: text,
    covers: z
      .array(
        z.strictObject({
          stage: stageId,
          role: z.enum(COVERAGE_ROLES, { error: (iss) => `unknown role ${JSON.stringify(iss.input)}; use one of ${COVERAGE_ROLES.join(', ')}` }),
        }),
      )
      .min(1, { error: 'covers no stage; list at least one' }),
  });

const artifact = (id: string) => z.strictObject({ id: keyed(id), name: text, summary: text });

const DIFFERENCE = 'is missing or says nothing; write when to choose this tool over that one, starting with "when "';
const alternative = z.strictObject(
  {
    tool: toolId,
    difference: z.string({ error: DIFFERENCE }).regex(/^when \S/, { error: DIFFERENCE }),
  },
  { error: 'expected { tool, difference }: the tool id, and when to choose this tool over it' },
);

const tool = (id: string) =>
  z.strictObject({
    id: keyed(id),
    name: text,
    homepage: httpsUrl,
    licence: text,
    pipelineTypes: z.array(typeId),
    stages: z.array(stageId).min(1, { error: 'sits in no stage; list at least one' }),
    category: z.enum(TOOL_CATEGORY_IDS, { error: (iss) => `unknown category ${JSON.stringify(iss.input)}; use one of ${TOOL_CATEGORY_IDS.join(', ')}` }),
    role: text,
    isNot: text.describe('What the tool is often taken for and is not.'),
    whenToChoose: text,
    alternatives: z
      .array(alternative, { error: 'is missing; list { tool, difference } for each, or [] for none' })
      .describe('Tools weighed against this one for the same job (one-way), each with when to choose this one over it.'),
    source: httpsUrl.describe('The page of the tool’s documentation its facts were checked against.'),
    checked: isoDate.describe('When the facts were last checked against source.'),
  });

// The tool ledger (tool-ledger.ts): each fact names its source and the day it was compared, or
// says in `unconfirmed` what could not be confirmed. A fact with neither fails, naming the field.
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: (iss) => `not a month (YYYY-MM): ${JSON.stringify(iss.input)}` });
const dayOrMonth = z
  .string({ error: (iss) => `not a day (YYYY-MM-DD) or a month (YYYY-MM): ${JSON.stringify(iss.input)}` })
  .refine((v) => month.safeParse(v).success || isoDate.safeParse(v).success, { error: (iss) => `not a day (YYYY-MM-DD) or a month (YYYY-MM): ${JSON.stringify(iss.input)}` });
const FACT_GAP = 'give it, or say in "unconfirmed" why it could not be confirmed';
const unconfirmed = text.optional().describe('What could not be confirmed from a source, and why.');

/** Reports each of `fields` missing from `value` unless the fact says why it is unconfirmed. */
function requireUnlessUnconfirmed(fields: readonly string[]) {
  return (value: Record<string, unknown>, ctx: z.core.$RefinementCtx) => {
    if (value.checked !== undefined && value.source === undefined) ctx.addIssue({ code: 'custom', path: ['source'], message: 'is missing; a checked date needs the source it was compared with' });
    if (value.unconfirmed !== undefined) return;
    for (const f of fields) if (value[f] === undefined) ctx.addIssue({ code: 'custom', path: [f], message: `is missing; ${FACT_GAP}` });
  };
}

const versionFact = z
  .strictObject(
    {
      line: text.optional().describe('The current release line, e.g. "Airflow 3.3".'),
      released: month.optional().describe('Month the line’s first release came out.'),
      source: httpsUrl.optional(),
      checked: isoDate.optional().describe('The day the version was compared with source.'),
      unconfirmed,
      noReleaseLine: text.optional().describe('For a managed service with no release line by design: what its vendor versions instead.'),
    },
    { error: `is missing; ${FACT_GAP}` },
  )
  .superRefine((value, ctx) => {
    if (value.noReleaseLine === undefined) return requireUnlessUnconfirmed(['line', 'released', 'source', 'checked'])(value, ctx);
    for (const f of ['line', 'released'] as const)
      if (value[f] !== undefined) ctx.addIssue({ code: 'custom', path: [f], message: `a tool with no release line names none; drop "${f}" or "noReleaseLine"` });
    if (value.unconfirmed !== undefined) ctx.addIssue({ code: 'custom', path: ['unconfirmed'], message: '"no release line" is a compared fact; drop "unconfirmed" or "noReleaseLine"' });
    for (const f of ['source', 'checked'] as const)
      if (value[f] === undefined) ctx.addIssue({ code: 'custom', path: [f], message: 'is missing; name the vendor page that says what is versioned instead' });
  });

const statusFact = z
  .strictObject(
    {
      state: z.enum(TOOL_STATUSES, { error: (iss) => `unknown status ${JSON.stringify(iss.input)}; use one of ${TOOL_STATUSES.join(', ')}` }),
      source: z.url({ protocol: /^https$/, hostname: /\./, error: (iss) => (iss.input === undefined ? 'is missing; name the page that states the status' : `not an https URL: ${JSON.stringify(iss.input)}`) }),
      checked: isoDate.optional().describe('The day the status was compared with source.'),
      since: dayOrMonth.optional().describe('When the state began; for an active tool, its latest release seen.'),
      note: text.optional(),
      unconfirmed,
    },
    { error: 'is missing; every tool needs a status with a source' },
  )
  .superRefine(requireUnlessUnconfirmed(['checked', 'since']));

const licenceFact = z
  .strictObject(
    {
      source: httpsUrl.optional(),
      checked: isoDate.optional(),
      unconfirmed,
      note: text.optional().describe('One sentence a reader needs with a compared licence, as its source states it.'),
    },
    { error: `is missing; ${FACT_GAP}` },
  )
  .superRefine((value, ctx) => {
    requireUnlessUnconfirmed(['source', 'checked'])(value, ctx);
    if (value.note !== undefined && value.unconfirmed !== undefined)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'a note goes with a compared licence; drop "note" or "unconfirmed"' });
  });

const toolLedgerEntry = (id: string) =>
  z.strictObject({ id: keyed(id), version: versionFact, status: statusFact, licence: licenceFact }).describe('A tool’s version line, status and licence, each with its source and the day it was compared.');

const patternCategory = (id: string) => z.strictObject({ id: keyed(id), name: text, chapter: z.int(), summary: text });

// Patterns: the fields every page and view reads are required; page-only extras are allowed.
const pattern = (id: string) =>
  z.looseObject({
    id: keyed(id),
    number: z.int().min(1).max(PATTERN_IDS.length),
    name: text,
    problem: text,
    solution: text,
    category: patternCategoryId,
    stages: z.array(stageId),
    pipelineTypes: z.array(typeId),
    related: z.array(z.object({ kind: relationKind, pattern: patternId })),
  });

// How each pattern works: participants keyed by a local id, flows between them (validate()
// checks that a flow's ends are participants), and the key idea the diagram highlights.
const patternStructure = (id: string) =>
  z.strictObject({
    pattern: z.literal(id, { error: (iss) => `pattern ${JSON.stringify(iss.input)} does not match its key "${id}"` }),
    participants: z.record(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      z.strictObject({ kind: idOf('participant kind', PARTICIPANT_KINDS), label: text, stage: stageId.optional(), key: z.literal(true).optional() }),
    ),
    flows: z.array(z.strictObject({ from: text, to: text, label: text, key: z.literal(true).optional() })).min(1, { error: 'has no flow; draw at least one' }),
    keyIdea: text,
  });

// Which tools implement a pattern: each with a one-line "how" and either the documentation
// page of that feature or an explicit marker that the link is the guide's own reading.
const patternToolsOf = (id: string) =>
  z.strictObject({
    pattern: z.literal(id, { error: (iss) => `pattern ${JSON.stringify(iss.input)} does not match its key "${id}"` }),
    tools: z
      .array(
        z.strictObject({
          tool: toolId,
          how: text.describe('One line: what in the tool does the pattern’s work.'),
          source: z
            .union([
              z.literal(GUIDE_READING),
              z.url({ protocol: /^https$/, hostname: /\./, error: (iss) => `neither an https URL nor "${GUIDE_READING}": ${JSON.stringify(iss.input)}` }),
            ])
            .describe(`The tool’s documentation page for the feature, or "${GUIDE_READING}" where the link is the guide’s own reading.`),
        }),
      )
      .min(1, { error: 'lists no tool; leave the pattern out instead' }),
  });

// The chooser's questions and rules ("which pipeline do I need?"): references are checked by
// validate(); here the shape a consumer can rely on.
const chooserRule = z.looseObject({
  id: z.string(),
  kind: z.enum(CHOOSER_RULE_KINDS, { error: (iss) => `unknown kind ${JSON.stringify(iss.input)}; use one of ${CHOOSER_RULE_KINDS.join(', ')}` }),
  title: text,
  when: z.record(z.string(), z.array(z.string())),
  pipelineTypes: z.array(typeId),
  tools: z.array(toolId),
  stages: z.array(stageId),
  reason: text,
});
const chooserSchema = z.strictObject({
  questions: z.record(
    z.enum(CHOOSER_QUESTION_IDS),
    z.looseObject({ id: z.string(), text, answers: z.record(z.string(), text), platforms: z.record(z.string(), z.array(toolId)).optional() }),
  ),
  rules: z.record(z.enum(CHOOSER_RULE_IDS), chooserRule),
});

const named = (id: string) => z.strictObject({ id: keyed(id), name: text });

const monitoringSignal = (id: string) =>
  z
    .strictObject({
      id: keyed(id),
      name: text,
      watches: text,
      needs: z.array(idOf('monitoring input', MONITORING_INPUT_IDS)).min(1, { error: 'needs nothing; name the inputs the signal is computed from' }),
      measuredBy: text,
      firesAfter: text,
      alerts: idOf('monitoring responder', MONITORING_RESPONDER_IDS),
      feedsBack: stageId.describe('The stage an alert on this signal sends work back to.'),
      response: text,
    })
    .describe('Something a deployed model is watched for.');

const mlTestKind = (id: string) =>
  z.strictObject({
    id: keyed(id),
    name: text,
    checks: text,
    section: idOf('ML Test Score section', ML_TEST_SCORE_SECTION_IDS).describe('The ML Test Score section (Breck et al., 2017) it belongs to.'),
    stages: z.array(stageId).min(1, { error: 'names no stage; say which stage’s output the test checks' }),
    runs: idOf('test trigger', ML_TEST_TRIGGERS),
  });

const llmOpsSource = z.strictObject({ title: text, url: httpsUrl }).describe('The paper, standard or documentation the facts were compared with.');
const llmOpsConcern = (id: string) =>
  z
    .strictObject({
      id: keyed(id),
      name: text,
      failureMode: text,
      check: text,
      stages: z.array(stageId).min(1, { error: 'names no stage; say which stage’s page should link the concern' }),
      tools: z.array(toolId),
      opinion: text.optional().describe('Where the advice is the guide’s own judgement rather than the source’s.'),
      source: llmOpsSource,
      checked: isoDate,
    })
    .describe('What goes wrong when an LLM system runs, and the check or metric that shows it.');
const judgePitfall = (id: string) =>
  z
    .strictObject({
      id: keyed(id),
      name: text,
      alsoCalled: text.optional(),
      what: text,
      mitigation: text,
      mitigationFrom: z.enum(Object.keys(MITIGATION_ORIGINS)).describe('Whether the mitigation is the source’s or the guide’s own advice.'),
      source: llmOpsSource,
      checked: isoDate,
    })
    .describe('A way a judge model grading other answers goes wrong.');
const ragMetric = (id: string) =>
  z
    .strictObject({
      id: keyed(id),
      name: text,
      alsoCalled: text.optional(),
      part: z.enum(Object.keys(RAG_METRIC_PARTS)),
      asks: text,
      needsReference: z.boolean(),
      source: llmOpsSource,
      checked: isoDate,
    })
    .describe('A measure of a RAG system’s retrieval or generation.');

const FRAMING_ROLE_IDS = Object.keys(FRAMING_ROLES);
const framingField = (id: string) =>
  z
    .strictObject({
      id: keyed(id),
      name: text,
      prompt: text,
      why: text,
      owner: z.enum(FRAMING_ROLE_IDS, { error: (iss) => `unknown role ${JSON.stringify(iss.input)}; use one of ${FRAMING_ROLE_IDS.join(', ')}` }),
      judgement: text.optional().describe('Where the guide’s advice on this field is its own judgement.'),
      sets: z.array(z.strictObject({ stage: stageId, parameter: pythonName })).describe('Notebook parameters the answer sets when the starter kit runs.'),
    })
    .describe('One field of a project’s framing, written before the first notebook.');
const framingAnswer = z.strictObject({ answer: text, owner: text, value: z.union([z.string().regex(/\S/), z.number()]).optional() });

// Infrastructure and cost: records keyed by serving mode, autoscaling signal, GPU sharing option
// and build-or-buy option or criterion; every source dated, every reference a known id.
const servingModeId = idOf('serving mode', SERVING_MODE_IDS);
const infrastructureSource = z.strictObject({ title: text, url: httpsUrl, checked: isoDate });
const servingModeCost = (id: string) =>
  z.strictObject({ id: keyed(id), paysFor: text, whenIdle: text, lever: text }).describe('What a serving mode’s bill is made of.');
const autoscalingSignal = (id: string) =>
  z
    .strictObject({
      id: keyed(id),
      name: text,
      measures: text,
      modes: z.array(servingModeId).min(1, { error: 'names no serving mode; say which modes it scales' }),
      scalesToZero: z.boolean(),
      tradeOff: text,
      tools: z.array(toolId),
      patterns: z.array(patternId),
      source: infrastructureSource,
    })
    .describe('Something an autoscaler can watch to set the number of replicas.');
const gpuSharingOption = (id: string) =>
  z
    .strictObject({
      id: keyed(id),
      name: text,
      how: text,
      isolation: text,
      fits: text,
      caveat: text,
      stages: z.array(stageId).min(1, { error: 'names no stage; say whose work runs on it' }),
      patterns: z.array(patternId),
      source: infrastructureSource,
    })
    .describe('A way a Kubernetes cluster hands GPUs to workloads.');
const buildBuyOption = (id: string) => named(id).extend({ summary: text, tools: z.array(toolId) });
const buildBuyCriterion = (id: string) => named(id).extend({ question: text, build: text, buy: text }).describe('A question that decides between building and buying; the guide’s judgement.');

const TEST_COUNT = { error: (iss: { input?: unknown }) => `must be a whole number of tests, at least 1; got ${JSON.stringify(iss.input)}` };

/** The whole model as published at /model.json. */
export const modelSchema = z
  .strictObject({
    stages: recordOf(STAGE_IDS, stage),
    pipelineTypes: recordOf(PIPELINE_TYPE_IDS, pipelineType),
    artifacts: recordOf(ARTIFACT_IDS, artifact),
    tools: recordOf(TOOL_IDS, tool),
    toolLedger: recordOf(TOOL_IDS, toolLedgerEntry),
    patternCategories: recordOf(PATTERN_CATEGORY_IDS, patternCategory),
    patterns: recordOf(PATTERN_IDS, pattern),
    patternStructures: z.strictObject(Object.fromEntries(PATTERN_IDS.map((id) => [id, patternStructure(id)]))),
    patternTools: z
      .strictObject(Object.fromEntries(PATTERN_IDS.map((id) => [id, patternToolsOf(id).optional()])))
      .describe('Tools that implement or support each pattern, keyed by pattern id.'),
    chooser: chooserSchema,
    monitoringSignals: recordOf(MONITORING_SIGNAL_IDS, monitoringSignal),
    monitoringInputs: recordOf(MONITORING_INPUT_IDS, (id) => named(id).extend({ summary: text })),
    monitoringResponders: recordOf(MONITORING_RESPONDER_IDS, named),
    mlTestKinds: recordOf(ML_TEST_KIND_IDS, mlTestKind),
    mlTestScoreSections: recordOf(ML_TEST_SCORE_SECTION_IDS, (id) => named(id).extend({ tests: z.int(TEST_COUNT).min(1, TEST_COUNT) })),
    mlTestTriggers: recordOf(ML_TEST_TRIGGERS, named),
    llmOpsConcerns: recordOf(LLM_OPS_CONCERN_IDS, llmOpsConcern),
    judgePitfalls: recordOf(JUDGE_PITFALL_IDS, judgePitfall),
    ragMetrics: recordOf(RAG_METRIC_IDS, ragMetric),
    framingFields: recordOf(FRAMING_FIELD_IDS, framingField),
    workedExampleFraming: z.strictObject(Object.fromEntries(FRAMING_FIELD_IDS.map((id) => [id, framingAnswer]))).describe('The worked example’s framing, keyed by framing field.'),
    servingModeCosts: recordOf(SERVING_MODE_IDS, servingModeCost),
    autoscalingSignals: recordOf(AUTOSCALING_SIGNAL_IDS, autoscalingSignal),
    gpuSharing: recordOf(GPU_SHARING_IDS, gpuSharingOption),
    buildBuyOptions: recordOf(BUILD_BUY_OPTION_IDS, buildBuyOption),
    buildBuyCriteria: recordOf(BUILD_BUY_CRITERION_IDS, buildBuyCriterion),
  })
  .describe('ML Pipeline Field Guide model: stages, pipeline types, artifacts, tools, design patterns and how each pattern works, and the framing fields that decide the stages’ trade-offs, keyed by id.');

/** /model.json: the model, and the training data page's records (model-export.ts). */
export const modelExportSchema = modelSchema.extend(trainingDataShape({ stageId, toolId, patternId }));

/** JSON Schema (draft 2020-12) of /model.json. */
export function modelJsonSchema(): Record<string, unknown> {
  return { $id: 'model.schema.json', title: 'ML Pipeline Field Guide model', ...z.toJSONSchema(modelExportSchema, { target: 'draft-2020-12' }) };
}
