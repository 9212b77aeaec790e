import { TOOL_CATEGORY_IDS } from './ids.ts';
import { asArray, checkRefs, field, nonEmpty, type LooseRecord, type Report } from './validate-helpers.ts';

const KNOWN_CATEGORIES = new Set<unknown>(TOOL_CATEGORY_IDS);

/**
 * What a tool page needs and types cannot promise for a fixture or JSON: a known category, the
 * texts it shows, and alternatives that are other known tools. Alternatives are one-way (see
 * `Tool.alternatives`), so no symmetry is required.
 */
export function validateTools(tools: LooseRecord, file: string, report: Report): void {
  const known = new Set(Object.keys(tools));
  for (const [key, tool] of Object.entries(tools)) {
    const entity = `tool "${key}"`;
    const category = field(tool, 'category');
    if (!KNOWN_CATEGORIES.has(category)) {
      report(file, entity, 'category', `unknown category ${JSON.stringify(category)}; use one of ${TOOL_CATEGORY_IDS.join(', ')}`);
    }
    for (const name of ['isNot', 'whenToChoose']) {
      if (!nonEmpty(field(tool, name))) report(file, entity, name, `${name} is missing or empty; the tool's page shows it`);
    }
    const version = field(tool, 'version');
    if (version !== undefined && !nonEmpty(version)) report(file, entity, 'version', 'is empty; leave it out when the docs name no version');
    const alternatives = asArray(field(tool, 'alternatives'));
    if (!Array.isArray(field(tool, 'alternatives'))) report(file, entity, 'alternatives', 'is missing; list tool ids, or [] for none');
    checkRefs(report, file, entity, 'alternatives', alternatives, known, 'tool');
    alternatives.forEach((alt, i) => {
      if (alt === key) report(file, entity, `alternatives[${i}]`, 'names the tool itself; an alternative is another tool');
    });
  }
}
