import { ANTI_PATTERN_ORIGINS } from '../data/anti-patterns.ts';
import { PATTERN_IDS } from '../data/ids.ts';
import { asArray, checkRefs, field, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';

const KNOWN_PATTERNS = new Set<string>(PATTERN_IDS);
const KNOWN_ORIGINS = new Set<string>(Object.keys(ANTI_PATTERN_ORIGINS));

/** Each anti-pattern's preventing patterns are known and listed once; where it was named is a known source. */
export function validateAntiPatternRefs(antiPatterns: LooseRecord, file: string, report: Report): void {
  for (const [key, anti] of Object.entries(antiPatterns)) {
    const entity = `anti-pattern "${key}"`;
    const patterns = field(anti, 'patterns');
    if (!Array.isArray(patterns)) report(file, entity, 'patterns', 'patterns is missing; list the pattern ids that prevent it, or [] when none does');
    checkRefs(report, file, entity, 'patterns', asArray(patterns), KNOWN_PATTERNS, 'pattern');
    const namedIn = field(anti, 'namedIn');
    if (namedIn !== undefined && (typeof namedIn !== 'string' || !KNOWN_ORIGINS.has(namedIn))) {
      report(file, entity, 'namedIn', unknownId('source', namedIn, KNOWN_ORIGINS));
    }
  }
}
