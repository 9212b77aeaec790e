import { LLM_PIPELINE_IDS, type LlmPipelineId, type LlmStage } from '../model/data/llm-pipelines.ts';
import { STAGE_IDS, type Model, type StageId } from '../model/index.ts';
import { ROW_CLASS } from './boxes-in-rows.ts';
import { mermaidAccessibility, mermaidId, mermaidLabel, mermaidSpacing, mermaidWrappedLabel } from './mermaid-text.ts';
import type { DiagramView } from './view.ts';

/** Characters per line in a box: two boxes side by side fit a phone's column (about 420 px). */
const LINE_CHARS = 20;

/**
 * The six stages top to bottom, each a box holding what it becomes in a fine-tuning pipeline
 * (left) and in a RAG indexing pipeline (right), under a heading row naming the two pipelines.
 * Narrow enough for a phone, so it needs no other layout.
 */
export function llmStagesView(
  model: Pick<Model, 'stages'>,
  llm: { stages: { readonly [K in StageId]: LlmStage<K> }; pipelines: { readonly [K in LlmPipelineId]: { name: string } } },
): DiagramView<'llm-stages'> {
  const title = 'What the six stages become in a fine-tuning pipeline and in a RAG indexing pipeline';
  const names = LLM_PIPELINE_IDS.map((p) => llm.pipelines[p].name);
  const description = STAGE_IDS.map((id) => {
    const parts = LLM_PIPELINE_IDS.map((p) => `${llm.pipelines[p].name}: ${llm.stages[id].inShort[p]}`);
    return `${model.stages[id].name}. ${parts.join('. ')}.`;
  }).join(' ');
  const heads = mermaidId('pipelines');
  const stageBox = (id: StageId) => mermaidId('stage', id);
  const lines = [
    `  subgraph ${heads}[" "]`,
    '    direction LR',
    // Bold in diagrams.css, which Mermaid does not measure: broken early so that it fits its box.
    ...LLM_PIPELINE_IDS.map((p, i) => `    ${mermaidId('pipeline', p)}["${mermaidWrappedLabel(names[i], 14)}"]:::focus`),
    `    ${LLM_PIPELINE_IDS.map((p) => mermaidId('pipeline', p)).join(' ~~~ ')}`,
    '  end',
    ...STAGE_IDS.flatMap((id) => [
      `  subgraph ${stageBox(id)}["${mermaidLabel(model.stages[id].name)}"]`,
      '    direction LR',
      ...LLM_PIPELINE_IDS.map((p) => `    ${mermaidId(id, p)}["${mermaidWrappedLabel(llm.stages[id].inShort[p], LINE_CHARS)}"]`),
      `    ${LLM_PIPELINE_IDS.map((p) => mermaidId(id, p)).join(' ~~~ ')}`,
      '  end',
    ]),
    // The stages in pipeline order, below the row that names the pipelines.
    `  ${heads} ~~~ ${STAGE_IDS.map(stageBox).join(' --> ')}`,
    // Last: a `class` line before a later subgraph and its links is dropped by Mermaid 12.
    `  classDef ${ROW_CLASS} stroke-width:0px`,
    `  class ${heads} ${ROW_CLASS}`,
  ];
  return {
    id: 'llm-stages',
    title,
    description,
    mermaid: [
      ...mermaidSpacing({ wrappingWidth: 400, padding: 8, nodeSpacing: 16, rankSpacing: 24, minNodeWidth: 180 }),
      'flowchart TB',
      ...mermaidAccessibility(title, description),
      ...lines,
    ].join('\n') + '\n',
    textAlternative: {
      columns: ['Stage', ...names],
      rows: STAGE_IDS.map((id) => [model.stages[id].name, ...LLM_PIPELINE_IDS.map((p) => llm.stages[id].inShort[p])]),
    },
  };
}
