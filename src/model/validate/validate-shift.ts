import { GLOSSARY_TERM_IDS } from '../data/glossary.ts';
import { STAGE_IDS } from '../data/ids.ts';
import { DISTRIBUTIONS, SHIFT_KIND_IDS } from '../data/shift.ts';
import { asArray, field, nonEmpty, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';
import { checkRecord } from './validate-record.ts';

const STAGES = new Set<string>(STAGE_IDS);
const TERMS = new Set<string>(GLOSSARY_TERM_IDS);
const DISTRIBUTION_SET = new Set<string>(DISTRIBUTIONS);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Which distribution moves, for the message naming two kinds that say the same. */
function distribution(value: unknown, report: (message: string) => void): string | undefined {
  if (typeof value === 'string' && DISTRIBUTION_SET.has(value)) return value;
  report(`unknown distribution ${JSON.stringify(value)}; known: ${DISTRIBUTIONS.join(', ')}`);
  return undefined;
}

/**
 * Every kind of shift is filled in, changes one distribution and holds another, no two kinds
 * change the same one, it feeds back to a known stage and glossary term, and every source is https
 * with a YYYY-MM-DD date when it has one.
 */
export function validateShiftKinds(records: LooseRecord, file: string, report: Report): void {
  checkRecord(report, file, 'shift kind', SHIFT_KIND_IDS, records, ['name', 'churnExample', 'signal', 'beforeLabels', 'response']);
  const changedBy = new Map<string, string>();
  for (const [key, kind] of Object.entries(records)) {
    const entity = `shift kind "${key}"`;
    const changes = distribution(field(kind, 'changes'), (m) => report(file, entity, 'changes', m));
    const holds = distribution(field(kind, 'holds'), (m) => report(file, entity, 'holds', m));
    if (changes !== undefined && changes === holds) report(file, entity, 'holds', `${changes} cannot both change and hold; name the distribution the definition keeps fixed`);
    if (changes !== undefined) {
      const other = changedBy.get(changes);
      if (other !== undefined) report(file, entity, 'changes', `shift kind "${other}" already changes ${changes}; two kinds that change the same distribution cannot be told apart`);
      else changedBy.set(changes, key);
    }
    const stage = field(kind, 'feedsBack');
    if (typeof stage !== 'string' || !STAGES.has(stage)) report(file, entity, 'feedsBack', unknownId('stage', stage, STAGES));
    const term = field(kind, 'term');
    if (typeof term !== 'string' || !TERMS.has(term)) report(file, entity, 'term', unknownId('glossary term', term, TERMS));
    const sources = asArray(field(kind, 'sources'));
    if (sources.length === 0) report(file, entity, 'sources', 'cites nothing; name the book, paper or documentation the facts come from');
    sources.forEach((source, i) => {
      for (const f of ['cite', 'title']) if (!nonEmpty(field(source, f))) report(file, entity, `sources[${i}].${f}`, `${f} is missing or empty`);
      const url = field(source, 'url');
      if (typeof url !== 'string' || !url.startsWith('https://')) report(file, entity, `sources[${i}].url`, `not an https URL: ${JSON.stringify(url)}`);
      const checked = field(source, 'checked');
      if (checked !== undefined && (typeof checked !== 'string' || !ISO_DATE.test(checked))) report(file, entity, `sources[${i}].checked`, `not a YYYY-MM-DD date: ${JSON.stringify(checked)}`);
    });
  }
}
