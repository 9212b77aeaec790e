import { MERCARI_PATTERN_IDS, mercariPatterns, type MercariPattern, type ServingModeId } from '../data/deployment.ts';

/** Mercari's serving patterns for one serving mode, in the catalogue's order. */
export function mercariPatternsFor(mode: ServingModeId): MercariPattern[] {
  return MERCARI_PATTERN_IDS.map((id): MercariPattern => mercariPatterns[id]).filter((p) => p.mode === mode);
}
