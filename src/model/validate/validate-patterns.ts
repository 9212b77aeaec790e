import { RELATION_KINDS } from '../data/patterns.ts';
import { asArray, checkRefs, field, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';

const RELATION_KIND_IDS = new Set(Object.keys(RELATION_KINDS));

/** Patterns sit in categories, stages and pipeline types of this model, and relate to each other from both ends. */
export function validatePatterns(
  model: { readonly patterns: LooseRecord; readonly patternCategories?: LooseRecord },
  known: { stages: ReadonlySet<string>; pipelineTypes: ReadonlySet<string> },
  files: { patterns: string; patternCategories: string },
  report: Report,
): void {
  const { patterns, patternCategories } = model;
  const file = files.patterns;
  const knownPatterns = new Set(Object.keys(patterns));
  const knownCategories = new Set(Object.keys(patternCategories ?? {}));
  const used = new Set<unknown>();
  for (const [key, pattern] of Object.entries(patterns)) {
    const entity = `pattern "${key}"`;
    const category = field(pattern, 'category');
    used.add(category);
    if (patternCategories && (typeof category !== 'string' || !knownCategories.has(category))) {
      report(file, entity, 'category', unknownId('pattern category', category, knownCategories));
    }
    checkRefs(report, file, entity, 'stages', asArray(field(pattern, 'stages')), known.stages, 'stage');
    checkRefs(report, file, entity, 'pipelineTypes', asArray(field(pattern, 'pipelineTypes')), known.pipelineTypes, 'pipeline type');
    asArray(field(pattern, 'related')).forEach((r, i) => {
      const to = field(r, 'pattern');
      const kind = field(r, 'kind');
      if (typeof to !== 'string' || !knownPatterns.has(to)) {
        report(file, entity, `related[${i}].pattern`, unknownId('pattern', to, knownPatterns));
        return;
      }
      if (to === key) report(file, entity, `related[${i}].pattern`, 'a pattern cannot relate to itself');
      if (typeof kind !== 'string' || !isRelationKind(kind)) {
        report(file, entity, `related[${i}].kind`, unknownId('relation kind', kind, RELATION_KIND_IDS));
        return;
      }
      const inverse = RELATION_KINDS[kind].inverse;
      const back = asArray(field(patterns[to], 'related')).some((b) => field(b, 'pattern') === key && field(b, 'kind') === inverse);
      if (!back) {
        report(
          file,
          entity,
          `related[${i}]`,
          `one-way link: "${key}" ${RELATION_KINDS[kind].label} "${to}", but "${to}" does not list { kind: '${inverse}', pattern: '${key}' }`,
        );
      }
    });
  }
  for (const id of knownCategories) {
    if (!used.has(id)) report(files.patternCategories, `pattern category "${id}"`, 'patterns', 'no pattern is in this category');
  }
}

function isRelationKind(kind: string): kind is keyof typeof RELATION_KINDS {
  return Object.hasOwn(RELATION_KINDS, kind);
}
