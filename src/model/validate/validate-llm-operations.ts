import { JUDGE_PITFALL_IDS, LLM_OPS_CONCERN_IDS, RAG_METRIC_IDS } from '../data/llm-operations.ts';
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
 * filled in, and a concern names known stages and tools, each tool working at one of its stages.
 * Formats (https sources, dates, enums)
 * are the schema's to check.
 */
export function validateLlmOperations(
  records: UncheckedLlmOperations,
  known: { stages: ReadonlySet<string>; toolStages: ReadonlyMap<string, readonly unknown[]> },
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
      const tools = asArray(field(entry, 'tools'));
      checkRefs(report, file, entity, 'tools', tools, new Set(known.toolStages.keys()), 'tool');
      // A tool named for a concern works at one of its stages, or its stage page and tool page disagree.
      tools.forEach((tool, i) => {
        const at = typeof tool === 'string' ? known.toolStages.get(tool) : undefined;
        if (at !== undefined && !at.some((s) => stages.includes(s))) {
          report(file, entity, `tools[${i}]`, `"${String(tool)}" works at ${at.join(', ')}, none of the concern's stages (${stages.join(', ')}): name a stage it serves, or leave the tool out`);
        }
      });
    }
  }
  if (pitfalls) checkRecord(report, file, 'judge pitfall', JUDGE_PITFALL_IDS, pitfalls, ['name', 'what', 'mitigation']);
  if (metrics) checkRecord(report, file, 'RAG metric', RAG_METRIC_IDS, metrics, ['name', 'asks']);
}
