import { asArray, field, type LooseRecord, type Report } from './validate-helpers.ts';

/**
 * What the shape cannot say about pattern–tool links: a tool listed twice for one pattern.
 * Unknown ids, an empty `how` and a source that is neither a URL nor the guide's-reading marker
 * are the schema's (model-schema.ts), reported in the same `file › entity › field` form.
 */
export function validatePatternTools(patternTools: LooseRecord, file: string, report: Report): void {
  for (const [key, entry] of Object.entries(patternTools)) {
    const seen = new Set<unknown>();
    asArray(field(entry, 'tools')).forEach((link, i) => {
      const tool = field(link, 'tool');
      if (seen.has(tool)) report(file, `pattern "${key}"`, `tools[${i}].tool`, `${JSON.stringify(tool)} is listed twice for this pattern`);
      seen.add(tool);
    });
  }
}
