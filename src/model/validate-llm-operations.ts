import { JUDGE_PITFALL_IDS, LLM_OPS_CONCERN_IDS, RAG_METRIC_IDS } from './llm-operations.ts';
import { asArray, checkRefs, field, type LooseRecord, type Report } from './validate-helpers.ts';
import { checkRecord } from './validate-record.ts';

/** What validateLlmOperations() reads: ids widened to strings, so fixtures and JSON can be checked too. A fixture without them is not checked. */
export interface UncheckedLlmOperations {
  readonly llmOpsConcerns?: LooseRecord;
  readonly judgePitfalls?: LooseRecord;
  readonly ragMetrics?: LooseRecord;
}

/**
 * LLM operations concerns, judge pitfalls and RAG metrics: every id has its entry, texts are
 * filled in, and a concern names known stages and tools. Formats (https sources, dates, enums)
 * are the schema's to check.
 */
export function validateLlmOperations(
  records: UncheckedLlmOperations,
  known: { stages: ReadonlySet<string>; tools: ReadonlySet<string> },
  file: string,
  report: Report,
): void {
  const { llmOpsConcerns: concerns, judgePitfalls: pitfalls, ragMetrics: metrics } = records;
  if (concerns) {
    checkRecord(report, file, 'LLM operations concern', LLM_OPS_CONCERN_IDS, concerns, ['name', 'failureMode', 'check']);
    for (const [key, entry] of Object.entries(concerns)) {
      const entity = `LLM operations concern "${key}"`;
      const stages = asArray(field(entry, 'stages'));
      if (stages.length === 0) report(file, entity, 'stages', 'name at least one stage whose page should link the concern');
      checkRefs(report, file, entity, 'stages', stages, known.stages, 'stage');
      checkRefs(report, file, entity, 'tools', asArray(field(entry, 'tools')), known.tools, 'tool');
    }
  }
  if (pitfalls) checkRecord(report, file, 'judge pitfall', JUDGE_PITFALL_IDS, pitfalls, ['name', 'what', 'mitigation']);
  if (metrics) checkRecord(report, file, 'RAG metric', RAG_METRIC_IDS, metrics, ['name', 'asks']);
}
