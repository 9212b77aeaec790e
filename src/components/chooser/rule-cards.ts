import { listInWords } from '../../model/queries/in-words.ts';
import {
  CHOOSER_ANSWER_IDS,
  CHOOSER_QUESTION_IDS,
  CHOOSER_RULE_IDS,
  type ChooserCondition,
  type ChooserQuestionId,
  type ChooserRuleKind,
  type Model,
  type PipelineTypeId,
  type StageId,
  type ToolId,
} from '../../model/index.ts';

interface Named<Id extends string = string> {
  id: Id;
  name: string;
}

/** A question as the form shows it. */
export interface QuestionField {
  id: string;
  text: string;
  answers: readonly { id: string; label: string }[];
}

/** A rule as the page shows it, with its condition in words and as a `data-when` attribute. */
export interface RuleCard {
  id: string;
  kind: ChooserRuleKind;
  title: string;
  /** "data moves on a schedule or on upstream changes and the team operates a Kubernetes cluster" */
  whenInWords: string;
  /** `question=answer|answer question=answer`: what the browser script matches answers against. */
  whenData: string;
  pipelineTypes: readonly Named<PipelineTypeId>[];
  tools: readonly Named<ToolId>[];
  stages: readonly Named<StageId>[];
  reason: string;
}

type ChooserModel = Pick<Model, 'chooser' | 'pipelineTypes' | 'tools' | 'stages'>;

/** The chooser's questions in order, each with its answers in order; an answer that stands for platforms names them. */
export function chooserToQuestionFields(model: Pick<Model, 'chooser' | 'tools'>): QuestionField[] {
  return CHOOSER_QUESTION_IDS.map((id) => {
    const question = model.chooser.questions[id];
    const labels: { readonly [answer: string]: string } = question.answers;
    const platforms: { readonly [answer: string]: readonly ToolId[] | undefined } = ('platforms' in question ? question.platforms : undefined) ?? {};
    const label = (a: string) => {
      const named = (platforms[a] ?? []).map((t) => model.tools[t].name);
      return `${labels[a] ?? a}${named.length > 0 ? ` (${named.join(', ')})` : ''}`;
    };
    return { id, text: question.text, answers: CHOOSER_ANSWER_IDS[id].map((a) => ({ id: a, label: label(a) })) };
  });
}

/** Every rule in order, ready to render. */
export function chooserToRuleCards(model: ChooserModel): RuleCard[] {
  return CHOOSER_RULE_IDS.map((id) => {
    const rule = model.chooser.rules[id];
    return {
      id,
      kind: rule.kind,
      title: rule.title,
      whenInWords: conditionInWords(model, rule.when),
      whenData: conditionToData(rule.when),
      pipelineTypes: rule.pipelineTypes.map((t) => ({ id: t, name: model.pipelineTypes[t].name })),
      tools: rule.tools.map((t) => ({ id: t, name: model.tools[t].name })),
      stages: rule.stages.map((s) => ({ id: s, name: model.stages[s].name })),
      reason: rule.reason,
    };
  });
}

function conditionEntries(when: ChooserCondition): [ChooserQuestionId, readonly string[]][] {
  const loose: { readonly [question: string]: readonly string[] | undefined } = when;
  return CHOOSER_QUESTION_IDS.flatMap((q): [ChooserQuestionId, readonly string[]][] => {
    const answers = loose[q];
    return answers ? [[q, answers]] : [];
  });
}

function conditionInWords(model: Pick<Model, 'chooser'>, when: ChooserCondition): string {
  const parts = conditionEntries(when).map(([q, answers]) => {
    const words: { readonly [answer: string]: string } = model.chooser.questions[q].inWords;
    return answers.map((a) => words[a] ?? a).join(' or ');
  });
  return listInWords(parts);
}

function conditionToData(when: ChooserCondition): string {
  return conditionEntries(when)
    .map(([q, answers]) => `${q}=${answers.join('|')}`)
    .join(' ');
}
