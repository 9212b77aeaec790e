import { MERCARI_PATTERN_IDS, ROLLOUT_STRATEGY_IDS, SAFETY_NET_IDS, SERVING_MODE_IDS } from '../data/deployment.ts';
import { PATTERN_IDS } from '../data/ids.ts';
import { asArray, checkRefs, field, nonEmpty, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';
import { checkRecord } from './validate-record.ts';

/** The deployment facts validateDeployment() reads, ids widened to strings. */
export interface UncheckedDeployment {
  readonly rolloutStrategies: LooseRecord;
  readonly safetyNets: LooseRecord;
  readonly servingModes: LooseRecord;
  readonly mercariPatterns: LooseRecord;
}

const PATTERNS = new Set<string>(PATTERN_IDS);
const MODES = new Set<string>(SERVING_MODE_IDS);
const MERCARI = new Set<string>(MERCARI_PATTERN_IDS);
const TRAFFIC_KINDS = new Set<unknown>(['mirror', 'share', 'interleave', 'switch']);

/** One record of entities (checkRecord), with its pattern ids known. */
function checkDeploymentRecord(report: Report, file: string, label: string, ids: readonly string[], records: LooseRecord, texts: readonly string[]): void {
  checkRecord(report, file, label, ids, records, texts);
  for (const [key, entity] of Object.entries(records)) {
    checkRefs(report, file, `${label} "${key}"`, 'patterns', asArray(field(entity, 'patterns')), PATTERNS, 'pattern');
  }
}

/** Rollout strategies, safety nets, serving modes and mercari's serving patterns: complete, filled in, and linked to known ids. */
export function validateDeployment(d: UncheckedDeployment, file: string, report: Report): void {
  checkDeploymentRecord(report, file, 'rollout strategy', ROLLOUT_STRATEGY_IDS, d.rolloutStrategies, ['name', 'summary', 'learns', 'exposure']);
  checkDeploymentRecord(report, file, 'safety net', SAFETY_NET_IDS, d.safetyNets, ['name', 'summary', 'needs']);
  checkDeploymentRecord(report, file, 'serving mode', SERVING_MODE_IDS, d.servingModes, ['name', 'when', 'fits']);
  checkDeploymentRecord(report, file, 'mercari serving pattern', MERCARI_PATTERN_IDS, d.mercariPatterns, ['name', 'url']);

  for (const [key, strategy] of Object.entries(d.rolloutStrategies)) {
    const traffic = field(strategy, 'traffic');
    const kind = field(traffic, 'kind');
    if (!TRAFFIC_KINDS.has(kind)) report(file, `rollout strategy "${key}"`, 'traffic.kind', `unknown traffic split ${JSON.stringify(kind)}; known: ${[...TRAFFIC_KINDS].join(', ')}`);
    else if (kind === 'share' && !nonEmpty(field(traffic, 'share'))) report(file, `rollout strategy "${key}"`, 'traffic.share', 'say how large the share is');
  }
  for (const [key, net] of Object.entries(d.safetyNets)) {
    checkRefs(report, file, `safety net "${key}"`, 'mercari', asArray(field(net, 'mercari')), MERCARI, 'mercari serving pattern');
  }
  for (const [key, pattern] of Object.entries(d.mercariPatterns)) {
    const entity = `mercari serving pattern "${key}"`;
    const mode = field(pattern, 'mode');
    if (typeof mode !== 'string' || !MODES.has(mode)) report(file, entity, 'mode', unknownId('serving mode', mode, MODES));
    const url = field(pattern, 'url');
    if (typeof url === 'string' && !url.startsWith('https://')) report(file, entity, 'url', `not an https URL: ${url}`);
  }
}
