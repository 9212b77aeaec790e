import { asArray, field, nonEmpty, type LooseRecord, type Report } from './validate-helpers.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Each stage's decisions: at least one; each with a unique slug id, a question and at least two
 * options (one option is not a decision), every option saying its choice, when it fits and its cost.
 */
export function validateStageDecisions(stages: LooseRecord, file: string, report: Report): void {
  for (const [key, stage] of Object.entries(stages)) {
    const entity = `stage "${key}"`;
    const decisions = field(stage, 'decisions');
    if (!Array.isArray(decisions) || decisions.length === 0) {
      report(file, entity, 'decisions', 'decisions is missing or empty; list at least one question a team answers in this stage');
      continue;
    }
    const ids = new Set<unknown>();
    decisions.forEach((decision, i) => {
      const at = `decisions[${i}]`;
      const id = field(decision, 'id');
      if (typeof id !== 'string' || !SLUG.test(id)) report(file, entity, `${at}.id`, `not a kebab-case id: ${JSON.stringify(id)}`);
      else if (ids.has(id)) report(file, entity, `${at}.id`, `decision "${id}" is listed twice; ids are anchors and must be unique`);
      ids.add(id);
      if (!nonEmpty(field(decision, 'question'))) report(file, entity, `${at}.question`, 'question is missing or empty');
      const options = asArray(field(decision, 'options'));
      if (options.length < 2) {
        report(file, entity, `${at}.options`, `has ${options.length} option${options.length === 1 ? '' : 's'}; a decision needs at least two`);
      }
      options.forEach((option, j) => {
        for (const name of ['choice', 'when', 'cost']) {
          if (!nonEmpty(field(option, name))) report(file, entity, `${at}.options[${j}].${name}`, `${name} is missing or empty`);
        }
      });
    });
  }
}
