import { z } from 'zod';
import { CONTRACT_FIELD_IDS, LABEL_CHECK_IDS, LABELLING_STRATEGY_IDS, ODCS_SECTIONS } from '../data/training-data.ts';

// The training data page's records as /model.json publishes them. validateGuide() checks the
// records when the site builds (validate-training-data.ts); this is the export's contract.

const text = z.string().regex(/\S/);
const source = z.strictObject({ cite: text, title: text, url: z.url({ protocol: /^https$/ }), checked: z.iso.date().optional() });
const sources = z.array(source).min(1);

/** A record with exactly these keys, each entity's `id` its key. */
function recordOf(ids: readonly string[], entity: z.ZodObject) {
  return z.strictObject(Object.fromEntries(ids.map((id) => [id, entity.extend({ id: z.literal(id) })])));
}

/** The id schemas model-schema.ts defines once (each a `$defs` entry of the JSON Schema). */
interface IdSchemas {
  stageId: z.ZodType;
  toolId: z.ZodType;
  patternId: z.ZodType;
}

/** The three records of /production/training-data-and-labels/, keyed by id, over the model's id schemas. */
export function trainingDataShape({ stageId: stage, toolId: tool, patternId }: IdSchemas) {
  const labellingStrategy = z.strictObject({
    id: text,
    name: text,
    how: text,
    whenToUse: text,
    cost: text,
    qualityRisk: text,
    stages: z.array(stage).min(1),
    patterns: z.array(patternId).optional(),
    opinion: text.optional().describe('Where the guide’s advice is its own judgement.'),
    sources,
  });

  const labelCheck = z.strictObject({
    id: text,
    name: text,
    catches: text,
    method: text,
    stage,
    tools: z.array(tool).optional(),
    opinion: text.optional(),
    sources,
  });

  const contractField = z.strictObject({
    id: text,
    name: text,
    states: text,
    churnExample: text.describe('The field filled in for the guide’s churn table.'),
    withoutIt: text,
    odcs: z.enum(ODCS_SECTIONS).describe('The Open Data Contract Standard (v3.1.0) section it belongs in.'),
    stage,
    enforcedBy: z.array(tool).optional(),
  });

  return {
    labellingStrategies: recordOf(LABELLING_STRATEGY_IDS, labellingStrategy).describe('Ways to get labels: when each fits, what it costs and how its labels go wrong.'),
    labelChecks: recordOf(LABEL_CHECK_IDS, labelCheck).describe('Checks on labels before they train or evaluate a model.'),
    contractFields: recordOf(CONTRACT_FIELD_IDS, contractField).describe('What a data contract with an upstream team writes down.'),
  };
}
