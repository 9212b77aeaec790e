import { PARTICIPANT_KINDS } from './pattern-structures.ts';
import { asArray, field, nonEmpty, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';

const KINDS: ReadonlySet<string> = new Set(PARTICIPANT_KINDS);
const LOCAL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Problems types cannot rule out in the pattern structures (fixtures and JSON skip the compiler):
 * a pattern without a structure or a structure without a pattern, unknown kinds and stages,
 * empty labels, flows whose ends are not participants, participants no flow reaches, and a
 * structure that highlights nothing.
 */
export function validatePatternStructures(structures: LooseRecord, patterns: LooseRecord, file: string, report: Report): void {
  for (const id of Object.keys(patterns)) {
    if (!Object.hasOwn(structures, id)) report(file, `pattern "${id}"`, 'structure', `pattern "${id}" has no structure; add one, so its page can show how it works`);
  }
  for (const [key, structure] of Object.entries(structures)) {
    const entity = `pattern "${key}"`;
    const pattern = Object.hasOwn(patterns, key) ? patterns[key] : undefined;
    if (pattern === undefined) report(file, entity, 'pattern', `unknown pattern id "${key}"; known: ${Object.keys(patterns).join(', ')}`);
    if (field(structure, 'pattern') !== key) report(file, entity, 'pattern', `pattern ${JSON.stringify(field(structure, 'pattern'))} does not match its key "${key}"`);
    if (!nonEmpty(field(structure, 'keyIdea'))) report(file, entity, 'keyIdea', 'keyIdea is missing or empty; say in a sentence what makes the pattern work');

    const participants = field(structure, 'participants');
    const ids = typeof participants === 'object' && participants !== null ? Object.keys(participants) : [];
    if (ids.length < 2) report(file, entity, 'participants', 'draws fewer than two participants; a pattern needs at least two and a flow between them');
    const stages = new Set(asArray(field(pattern, 'stages')).filter((s): s is string => typeof s === 'string'));
    let highlighted = false;
    for (const id of ids) {
      const where = `participants.${id}`;
      const participant = field(participants, id);
      if (!LOCAL_ID.test(id)) report(file, entity, where, `participant id "${id}" is not kebab-case (a-z, 0-9, single hyphens)`);
      const kind = field(participant, 'kind');
      if (typeof kind !== 'string' || !KINDS.has(kind)) report(file, entity, `${where}.kind`, unknownId('participant kind', kind, KINDS));
      if (!nonEmpty(field(participant, 'label'))) report(file, entity, `${where}.label`, 'label is missing or empty');
      const stage = field(participant, 'stage');
      if (stage !== undefined && !(typeof stage === 'string' && stages.has(stage))) {
        report(file, entity, `${where}.stage`, `stage ${JSON.stringify(stage)} is not one of the pattern's stages (${[...stages].join(', ')}); fix it, or add the stage to the pattern in src/model/patterns.ts`);
      }
      if (field(participant, 'key') === true) highlighted = true;
    }

    const flows = asArray(field(structure, 'flows'));
    if (flows.length === 0) report(file, entity, 'flows', 'has no flow; draw at least one');
    const reached = new Set<unknown>();
    flows.forEach((flow, i) => {
      for (const end of ['from', 'to'] as const) {
        const ref = field(flow, end);
        if (typeof ref !== 'string' || !ids.includes(ref)) report(file, entity, `flows[${i}].${end}`, unknownId('participant', ref, new Set(ids)));
        reached.add(ref);
      }
      if (field(flow, 'from') === field(flow, 'to')) report(file, entity, `flows[${i}]`, 'a flow cannot start and end at the same participant');
      if (!nonEmpty(field(flow, 'label'))) report(file, entity, `flows[${i}].label`, 'label is missing or empty; say what flows, or when');
      if (field(flow, 'key') === true) highlighted = true;
    });
    for (const id of ids) {
      if (!reached.has(id)) report(file, entity, `participants.${id}`, `orphan participant "${id}": no flow starts or ends there; add a flow or remove it`);
    }
    if (!highlighted) report(file, entity, 'key', 'nothing is highlighted; mark the participants or flows that carry the key idea with key: true');
  }
}
