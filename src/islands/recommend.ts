// Pure and import-free on purpose: the chooser's browser script imports these functions (not
// the model) and passes in rules read from the page, so both sides match answers the same way.

/** Answers by question id; an unanswered question is absent. */
export type AnswersByQuestion = { readonly [question: string]: string | undefined };

/** What recommend() reads of a rule. Ids are widened to strings so rules read from the page fit too. */
export interface RuleShape {
  id: string;
  /** Every listed question must have one of the listed answers. */
  when: { readonly [question: string]: readonly string[] | undefined };
  pipelineTypes: readonly string[];
  tools: readonly string[];
}

export interface Recommendation<R extends RuleShape> {
  /** Matching rules, in rule order. */
  rules: readonly R[];
  /** Pipeline types named by the matching rules, each once, in the order rules name them. */
  pipelineTypes: readonly R['pipelineTypes'][number][];
  /** Tools named by the matching rules, each once, in the order rules name them. */
  tools: readonly R['tools'][number][];
  /** How many questions have an answer. */
  answered: number;
}

/** True when every condition of `when` holds; a rule with no condition never matches. */
export function ruleMatches(when: RuleShape['when'], answers: AnswersByQuestion): boolean {
  const conditions = Object.entries(when);
  return (
    conditions.length > 0 &&
    conditions.every(([question, allowed]) => {
      const answer = answers[question];
      return answer !== undefined && (allowed ?? []).includes(answer);
    })
  );
}

/** The rules that match the answers, and the pipeline types and tools they add up to. */
export function recommend<R extends RuleShape>(rules: readonly R[], answers: AnswersByQuestion): Recommendation<R> {
  const matching = rules.filter((rule) => ruleMatches(rule.when, answers));
  return {
    rules: matching,
    pipelineTypes: unique(matching.flatMap((r) => r.pipelineTypes)),
    tools: unique(matching.flatMap((r) => r.tools)),
    answered: Object.values(answers).filter((a) => a !== undefined).length,
  };
}

/**
 * Answers from a query string, keeping only known questions and answers. A question given two
 * different answers (`?q=yes&q=no`) contradicts itself and counts as unanswered.
 */
export function answersFromParams(
  params: URLSearchParams,
  known: { readonly [question: string]: readonly string[] },
): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [question, allowed] of Object.entries(known)) {
    const given = unique(params.getAll(question));
    if (given.length === 1 && allowed.includes(given[0])) answers[question] = given[0];
  }
  return answers;
}

/** The query string for a set of answers, in the order of `known`'s questions. */
export function answersToParams(answers: AnswersByQuestion, known: { readonly [question: string]: readonly string[] }): URLSearchParams {
  const params = new URLSearchParams();
  for (const question of Object.keys(known)) {
    const answer = answers[question];
    if (answer !== undefined) params.set(question, answer);
  }
  return params;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
