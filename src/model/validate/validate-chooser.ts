import { CHOOSER_ANSWER_IDS, CHOOSER_QUESTION_IDS } from '../data/chooser.ts';
import { asArray, checkRefs, field, type LooseRecord, type Report } from './validate-helpers.ts';

/** What validateChooser() reads: the chooser's shape with ids widened to strings (fixtures, JSON). */
export interface UncheckedChooser {
  readonly questions: LooseRecord;
  readonly rules: LooseRecord;
}

/** The ids the chooser may refer to, and which pipeline types each tool implements. */
export interface ChooserRefs {
  stages: ReadonlySet<string>;
  pipelineTypes: ReadonlySet<string>;
  toolTypes: ReadonlyMap<string, readonly unknown[]>;
}


const ANSWERS: { readonly [question: string]: readonly string[] } = CHOOSER_ANSWER_IDS;

/** Problems types cannot rule out: unknown questions, answers, pipeline types, tools and stages; tools that do not fit their rule. */
export function validateChooser(chooser: UncheckedChooser, refs: ChooserRefs, file: string, report: Report): void {
  for (const id of CHOOSER_QUESTION_IDS) {
    if (!Object.hasOwn(chooser.questions, id)) report(file, `question "${id}"`, 'id', `question "${id}" has no entry`);
  }
  for (const [key, question] of Object.entries(chooser.questions)) {
    const entity = `question "${key}"`;
    if (!Object.hasOwn(ANSWERS, key)) report(file, entity, 'id', `unknown question id "${key}"; add it to CHOOSER_QUESTION_IDS first`);
    validatePlatforms(chooser, question, key, refs, file, report);
  }

  for (const [key, rule] of Object.entries(chooser.rules)) {
    const entity = `rule "${key}"`;

    const when = field(rule, 'when');
    const conditions = typeof when === 'object' && when !== null ? Object.entries(when) : [];
    if (conditions.length === 0) report(file, entity, 'when', 'has no condition, so it would never match; name at least one question');
    for (const [question, allowed] of conditions) {
      const known = ANSWERS[question];
      if (!known) {
        report(file, entity, `when.${question}`, `unknown question "${question}"; known: ${CHOOSER_QUESTION_IDS.join(', ')}`);
        continue;
      }
      const answers = asArray(allowed);
      if (answers.length === 0) report(file, entity, `when.${question}`, 'lists no answer, so it would never match');
      answers.forEach((a, i) => {
        if (typeof a !== 'string' || !known.includes(a)) {
          report(file, entity, `when.${question}[${i}]`, `unknown answer ${JSON.stringify(a)}; known: ${known.join(', ')}`);
        }
      });
    }

    const types = asArray(field(rule, 'pipelineTypes'));
    if (types.length === 0) report(file, entity, 'pipelineTypes', 'names no pipeline type; a recommendation needs at least one');
    checkRefs(report, file, entity, 'pipelineTypes', types, refs.pipelineTypes, 'pipeline type');
    checkRefs(report, file, entity, 'stages', asArray(field(rule, 'stages')), refs.stages, 'stage');
    const tools = asArray(field(rule, 'tools'));
    checkRefs(report, file, entity, 'tools', tools, new Set(refs.toolTypes.keys()), 'tool');
    tools.forEach((tool, i) => {
      const implemented = typeof tool === 'string' ? refs.toolTypes.get(tool) : undefined;
      if (implemented && !implemented.some((t) => types.includes(t))) {
        report(file, entity, `tools[${i}]`, `"${String(tool)}" implements none of the rule's pipeline types (${types.join(', ')})`);
      }
    });
  }
}

/** A platform an answer names must be recommended by a rule that applies to that answer, or the reader who picks it is told nothing about it. */
function validatePlatforms(chooser: UncheckedChooser, question: unknown, key: string, refs: ChooserRefs, file: string, report: Report): void {
  const platforms = field(question, 'platforms');
  if (typeof platforms !== 'object' || platforms === null) return;
  const entity = `question "${key}"`;
  for (const [answer, tools] of Object.entries(platforms)) {
    if (!(ANSWERS[key] ?? []).includes(answer)) {
      report(file, entity, `platforms.${answer}`, `unknown answer "${answer}"; known: ${(ANSWERS[key] ?? []).join(', ')}`);
      continue;
    }
    const listed = asArray(tools);
    checkRefs(report, file, entity, `platforms.${answer}`, listed, new Set(refs.toolTypes.keys()), 'tool');
    const recommended = new Set(
      Object.values(chooser.rules)
        .filter((rule) => asArray(field(field(rule, 'when'), key)).includes(answer))
        .flatMap((rule) => asArray(field(rule, 'tools'))),
    );
    listed.forEach((tool, i) => {
      if (typeof tool === 'string' && refs.toolTypes.has(tool) && !recommended.has(tool)) {
        report(file, entity, `platforms.${answer}[${i}]`, `names "${tool}", but no rule that applies to this answer recommends it; add it to the tools of such a rule`);
      }
    });
  }
}
