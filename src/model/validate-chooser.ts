import { CHOOSER_ANSWER_IDS, CHOOSER_QUESTION_IDS } from './chooser.ts';
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
