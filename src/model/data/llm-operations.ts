import type { StageId, ToolId } from './ids.ts';
import type { IsoDate } from './tools.ts';

// Operating an LLM system: what goes wrong once it runs, how a team notices, and which tools the
// guide names for it; the pitfalls of a model grading another; the metrics of RAG evaluation.
// Each record names the primary source its facts were compared with and the day.

/** A primary source: the paper, standard or project documentation the facts come from. */
export interface LlmOpsSource {
  title: string;
  url: `https://${string}`;
}

/** What goes wrong when an LLM system runs, one concern each. */
export const LLM_OPS_CONCERN_IDS = [
  'evaluation-harness',
  'rag-evaluation',
  'prompt-injection',
  'tracing',
  'prompt-and-model-versions',
  're-embedding',
  'serving-cost',
] as const;
export type LlmOpsConcernId = (typeof LLM_OPS_CONCERN_IDS)[number];

export interface LlmOpsConcern<Id extends LlmOpsConcernId = LlmOpsConcernId> {
  id: Id;
  name: string;
  /** What goes wrong, in one sentence. */
  failureMode: string;
  /** The check or metric that shows it, in one or two sentences. */
  check: string;
  /** Stages whose work creates the risk or carries the check; their pages link here. */
  stages: readonly StageId[];
  /** Tools in the guide that carry part of the check; their pages link here. */
  tools: readonly ToolId[];
  /** Where the advice is the guide's own judgement rather than the source's, one sentence. */
  opinion?: string;
  source: LlmOpsSource;
  checked: IsoDate;
}

/** Ways a model that grades other models' answers goes wrong (Zheng et al., 2023). */
export const JUDGE_PITFALL_IDS = ['position-bias', 'verbosity-bias', 'self-preference', 'weak-grading-of-reasoning'] as const;
export type JudgePitfallId = (typeof JUDGE_PITFALL_IDS)[number];

/** Whether a mitigation is the source's own or the guide's reading. */
export const MITIGATION_ORIGINS = {
  source: 'From the paper',
  guide: 'The guide’s advice',
} as const;
export type MitigationOrigin = keyof typeof MITIGATION_ORIGINS;

export interface JudgePitfall<Id extends JudgePitfallId = JudgePitfallId> {
  id: Id;
  name: string;
  /** The name the source uses, where it differs. */
  alsoCalled?: string;
  /** What the judge does, in one sentence. */
  what: string;
  /** What to do about it. */
  mitigation: string;
  /** Whether the mitigation is the paper's or the guide's own. */
  mitigationFrom: MitigationOrigin;
  source: LlmOpsSource;
  checked: IsoDate;
}

/** The four measures of a RAG system the RAGAS paper and its library name. */
export const RAG_METRIC_IDS = ['context-precision', 'context-recall', 'faithfulness', 'answer-relevance'] as const;
export type RagMetricId = (typeof RAG_METRIC_IDS)[number];

/** Which half of a RAG system a metric grades. */
export const RAG_METRIC_PARTS = {
  retrieval: 'Retrieval',
  generation: 'Generation',
} as const;
export type RagMetricPart = keyof typeof RAG_METRIC_PARTS;

export interface RagMetric<Id extends RagMetricId = RagMetricId> {
  id: Id;
  name: string;
  /** Other names the same measure goes by. */
  alsoCalled?: string;
  part: RagMetricPart;
  /** The question it answers, in one sentence. */
  asks: string;
  /** Whether it needs a reference answer or labelled relevant chunks. */
  needsReference: boolean;
  source: LlmOpsSource;
  checked: IsoDate;
}

const CHECKED = '2026-12-06';

/** Zheng et al. (2023), the study the judge pitfalls come from. */
export const JUDGE_STUDY = {
  title: 'Zheng et al., “Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena” (NeurIPS 2023 Datasets and Benchmarks)',
  url: 'https://arxiv.org/abs/2306.05685',
} as const satisfies LlmOpsSource;

/** Es et al. (2023), the RAGAS paper. */
export const RAGAS_PAPER = {
  title: 'Es et al., “Ragas: Automated Evaluation of Retrieval Augmented Generation” (2023)',
  url: 'https://arxiv.org/abs/2309.15217',
} as const satisfies LlmOpsSource;

/** The Ragas library's list of metrics: context precision and recall came with the library, after the paper. */
export const RAGAS_METRICS = {
  title: 'Ragas documentation, “List of available metrics”',
  url: 'https://docs.ragas.io/en/stable/concepts/metrics/available_metrics/',
} as const satisfies LlmOpsSource;

/** The edition of the OWASP Top 10 for LLM Applications the page cites, with its release day. */
export const OWASP_LLM_TOP10 = {
  title: 'OWASP Top 10 for LLM Applications 2026 (published 4 August 2026)',
  url: 'https://github.com/GenAI-Security-Project/GenAI-LLM-Top10/blob/main/2026/README.md',
  published: '2026-08-04',
} as const satisfies LlmOpsSource & { published: IsoDate };

export const llmOpsConcerns = {
  'evaluation-harness': {
    id: 'evaluation-harness',
    name: 'Evaluation harness',
    failureMode: 'A prompt, model or retriever change ships because a few hand-tried questions looked fine, and answers that used to be right get worse.',
    check: 'A versioned evaluation set run on every change, scored by exact checks where they exist, by a judge model with a rubric where they do not, and by people on a sample; the run is compared with the last release, not with a fixed bar.',
    stages: ['training-evaluation'],
    tools: ['promptfoo', 'langfuse', 'arize-phoenix'],
    opinion: 'Comparing with the last release rather than a fixed bar is the guide’s advice: judge scores drift with the judge model, so only the difference on the same set is meaningful.',
    source: JUDGE_STUDY,
    checked: CHECKED,
  },
  'rag-evaluation': {
    id: 'rag-evaluation',
    name: 'RAG evaluation',
    failureMode: 'A fluent answer that the retrieved text does not support, or a good answer built on the wrong chunks, passes unnoticed because only the final answer was read.',
    check: 'Grade retrieval and generation apart: context precision and recall for the chunks, faithfulness and answer relevance for the answer (the table below), plus recall@k on questions with known source chunks.',
    stages: ['data-processing', 'training-evaluation'],
    tools: ['ragas'],
    source: RAGAS_PAPER,
    checked: CHECKED,
  },
  'prompt-injection': {
    id: 'prompt-injection',
    name: 'Prompt injection and guardrails',
    failureMode: 'Text the model reads (a user’s message, a retrieved document, a tool’s output) carries instructions the model follows, leaking data or calling tools on the attacker’s behalf.',
    check: 'Assume it will succeed and bound the damage: least privilege for tools, a strict output schema checked in code, human confirmation before irreversible actions; test with attacks that know the defence.',
    stages: ['data-collection', 'model-deployment'],
    tools: ['promptfoo'],
    source: { title: 'OWASP Top 10 for LLM Applications 2026, LLM01:2026 Prompt Injection', url: 'https://github.com/GenAI-Security-Project/GenAI-LLM-Top10/blob/main/2026/final/LLM01_PromptInjection.md' },
    checked: CHECKED,
  },
  tracing: {
    id: 'tracing',
    name: 'Tracing and observability',
    failureMode: 'A wrong or slow answer cannot be explained: nobody can see which chunks were retrieved, which prompt version ran, or which step took the time and the tokens.',
    check: 'A trace per request with a span per step (retrieval, prompt, model call, parsing), carrying the prompt and model versions, token counts, latency and cost; sample traces into the evaluation set.',
    stages: ['model-deployment'],
    tools: ['langfuse', 'arize-phoenix', 'opentelemetry'],
    source: { title: 'Langfuse documentation, “Overview” (observability, prompts, evaluation)', url: 'https://langfuse.com/docs' },
    checked: CHECKED,
  },
  'prompt-and-model-versions': {
    id: 'prompt-and-model-versions',
    name: 'Prompt and model versions',
    failureMode: 'A prompt edited in a console, or a provider’s model alias moving to a new snapshot, changes answers with no release and no way back.',
    check: 'Register prompts as versions with aliases beside models, pin provider models to dated snapshots, and record both in every trace and every evaluation run.',
    stages: ['model-building', 'model-deployment'],
    tools: ['mlflow-model-registry', 'langfuse'],
    source: { title: 'MLflow documentation, “Prompt Registry”', url: 'https://www.mlflow.org/docs/latest/genai/prompt-registry/' },
    checked: CHECKED,
  },
  're-embedding': {
    id: 're-embedding',
    name: 'Re-embedding when the embedding model changes',
    failureMode: 'Vectors from two embedding models are not comparable, so a new embedding model makes every stored vector useless until the whole corpus is embedded again.',
    check: 'Record the embedding model with each index version, estimate the re-embedding cost from the corpus’s token count before switching, build the new index beside the old one, and switch by alias after its retrieval evaluation passes.',
    stages: ['data-processing', 'model-deployment'],
    tools: ['mlflow-model-registry'],
    opinion: 'Building beside the old index and switching by alias is the guide’s advice, carried over from blue-green deployment.',
    source: { title: 'MongoDB documentation, “Migrate to a New Embedding Model” (embeddings from different models are not comparable)', url: 'https://www.mongodb.com/docs/voyageai/tutorials/migrate-embedding-model/' },
    checked: CHECKED,
  },
  'serving-cost': {
    id: 'serving-cost',
    name: 'Serving and token cost',
    failureMode: 'Cost grows with every token in and out, long retrieved contexts multiply it, and a loop or an abusive user can run up a bill or starve the service.',
    check: 'Cost per answer from token counts (input and output priced apart), a budget and rate limit per user, and throughput per GPU for self-hosted models.',
    stages: ['model-deployment'],
    tools: ['vllm', 'langfuse'],
    source: { title: 'OWASP Top 10 for LLM Applications 2026, LLM06:2026 Unbounded Consumption', url: 'https://github.com/GenAI-Security-Project/GenAI-LLM-Top10/blob/main/2026/final/LLM06_UnboundedConsumption.md' },
    checked: CHECKED,
  },
} as const satisfies { [K in LlmOpsConcernId]: LlmOpsConcern<K> };

export const judgePitfalls = {
  'position-bias': {
    id: 'position-bias',
    name: 'Position bias',
    what: 'Shown two answers, the judge favours one position (often the first), so swapping the order can flip its verdict.',
    mitigation: 'Judge each pair twice with the order swapped and count a win only when both verdicts agree; otherwise call it a tie.',
    mitigationFrom: 'source',
    source: JUDGE_STUDY,
    checked: CHECKED,
  },
  'verbosity-bias': {
    id: 'verbosity-bias',
    name: 'Verbosity bias',
    what: 'The judge prefers the longer answer even when the extra length adds nothing, for example when it only repeats the same points.',
    mitigation: 'Tell the rubric to ignore length, and check the judge on pairs that differ only in length; report answer length beside the score.',
    mitigationFrom: 'guide',
    source: JUDGE_STUDY,
    checked: CHECKED,
  },
  'self-preference': {
    id: 'self-preference',
    name: 'Self-preference',
    alsoCalled: 'self-enhancement bias',
    what: 'A judge model may rate answers written by itself, or by its own family, higher than people do.',
    mitigation: 'Use a judge from another model family than the system being judged, and compare its verdicts with people’s on a sample.',
    mitigationFrom: 'guide',
    source: JUDGE_STUDY,
    checked: CHECKED,
  },
  'weak-grading-of-reasoning': {
    id: 'weak-grading-of-reasoning',
    name: 'Weak grading of maths and reasoning',
    what: 'The judge can be misled by an answer’s wrong working on questions it could solve itself.',
    mitigation: 'Give the judge a reference answer (reference-guided grading) or have it solve the question first (chain of thought); use exact checks where an answer can be checked.',
    mitigationFrom: 'source',
    source: JUDGE_STUDY,
    checked: CHECKED,
  },
} as const satisfies { [K in JudgePitfallId]: JudgePitfall<K> };

export const ragMetrics = {
  'context-precision': {
    id: 'context-precision',
    name: 'Context precision',
    part: 'retrieval',
    asks: 'Are the retrieved chunks relevant to the question, and are the relevant ones ranked first?',
    needsReference: false,
    source: RAGAS_METRICS,
    checked: CHECKED,
  },
  'context-recall': {
    id: 'context-recall',
    name: 'Context recall',
    part: 'retrieval',
    asks: 'Does the retrieved text hold everything a reference answer needs? Recall@k asks the same of known source chunks.',
    needsReference: true,
    source: RAGAS_METRICS,
    checked: CHECKED,
  },
  faithfulness: {
    id: 'faithfulness',
    name: 'Faithfulness',
    alsoCalled: 'groundedness',
    part: 'generation',
    asks: 'What share of the answer’s claims can be inferred from the retrieved text?',
    needsReference: false,
    source: RAGAS_PAPER,
    checked: CHECKED,
  },
  'answer-relevance': {
    id: 'answer-relevance',
    name: 'Answer relevance',
    alsoCalled: 'response relevancy (in the Ragas library)',
    part: 'generation',
    asks: 'Does the answer address the question asked, without going off topic or leaving parts out? It does not say whether the answer is true.',
    needsReference: false,
    source: RAGAS_PAPER,
    checked: CHECKED,
  },
} as const satisfies { [K in RagMetricId]: RagMetric<K> };

/** The LLM operations concerns whose work a stage carries; its page links them. */
export function llmOpsConcernsAt(stage: StageId): LlmOpsConcern[] {
  return LLM_OPS_CONCERN_IDS.map((id): LlmOpsConcern => llmOpsConcerns[id]).filter((c) => c.stages.includes(stage));
}

/** The LLM operations concerns a tool carries part of the check for; its page links them. */
export function llmOpsConcernsOfTool(tool: ToolId): LlmOpsConcern[] {
  return LLM_OPS_CONCERN_IDS.map((id): LlmOpsConcern => llmOpsConcerns[id]).filter((c) => c.tools.includes(tool));
}
