import { PIPELINE_TYPE_IDS, STAGE_IDS } from '../data/ids.ts';
import { CARRY_OVER, LLM_PIPELINE_IDS, LLM_SHORT_MAX } from '../data/llm-pipelines.ts';
import { field, nonEmpty, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';

const CARRY = new Set<string>(Object.keys(CARRY_OVER));

/** Every stage says what it becomes in each LLM-era pipeline, and every pipeline type has a role there. */
export function validateLlmPipelines(stages: LooseRecord, types: LooseRecord, file: string, report: Report): void {
  for (const id of STAGE_IDS) {
    const entity = `LLM stage "${id}"`;
    const entry = stages[id];
    if (entry === undefined) {
      report(file, entity, 'stage', 'no entry: say what this stage becomes in each LLM pipeline');
      continue;
    }
    if (field(entry, 'stage') !== id) report(file, entity, 'stage', `stage ${JSON.stringify(field(entry, 'stage'))} does not match its key "${id}"`);
    const becomes = field(entry, 'becomes');
    for (const p of LLM_PIPELINE_IDS) if (!nonEmpty(field(becomes, p))) report(file, entity, `becomes.${p}`, 'is missing or empty');
    const inShort = field(entry, 'inShort');
    for (const p of LLM_PIPELINE_IDS) {
      const text = field(inShort, p);
      if (!nonEmpty(text)) report(file, entity, `inShort.${p}`, 'is missing or empty: give the diagram a few words');
      else if (typeof text === 'string' && text.length > LLM_SHORT_MAX) report(file, entity, `inShort.${p}`, `is ${text.length} characters; the diagram's boxes hold ${LLM_SHORT_MAX}: shorten it (the table keeps the sentence)`);
    }
    const carry = field(entry, 'carryOver');
    if (typeof carry !== 'string' || !CARRY.has(carry)) report(file, entity, 'carryOver', unknownId('carry-over', carry, CARRY));
    if (!nonEmpty(field(entry, 'note'))) report(file, entity, 'note', 'note is missing or empty');
  }
  for (const key of Object.keys(stages)) if (!(STAGE_IDS as readonly string[]).includes(key)) report(file, `LLM stage "${key}"`, 'stage', `unknown stage id "${key}"`);
  for (const id of PIPELINE_TYPE_IDS) {
    if (!nonEmpty(field(types[id], 'role'))) report(file, `LLM pipeline type "${id}"`, 'role', 'is missing or empty');
  }
}
