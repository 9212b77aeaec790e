import { asArray, field, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';

const LOCAL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * How the pattern structures refer to the patterns and to themselves (the fields' shape is the
 * schema's): a pattern without a structure or a structure without a pattern, a participant in a
 * stage its pattern lacks, flows whose ends are not participants, participants no flow reaches,
 * and a structure that highlights nothing.
 */
export function validatePatternStructures(structures: LooseRecord, patterns: LooseRecord, file: string, report: Report): void {
  for (const id of Object.keys(patterns)) {
    if (!Object.hasOwn(structures, id)) report(file, `pattern "${id}"`, 'structure', `pattern "${id}" has no structure; add one, so its page can show how it works`);
  }
  for (const [key, structure] of Object.entries(structures)) {
    const entity = `pattern "${key}"`;
    const pattern = Object.hasOwn(patterns, key) ? patterns[key] : undefined;
    if (pattern === undefined) report(file, entity, 'pattern', `unknown pattern id "${key}"; known: ${Object.keys(patterns).join(', ')}`);

    const participants = field(structure, 'participants');
    const ids = typeof participants === 'object' && participants !== null ? Object.keys(participants) : [];
    if (ids.length < 2) report(file, entity, 'participants', 'draws fewer than two participants; a pattern needs at least two and a flow between them');
    const stages = new Set(asArray(field(pattern, 'stages')).filter((s): s is string => typeof s === 'string'));
    let highlighted = false;
    for (const id of ids) {
      const where = `participants.${id}`;
      const participant = field(participants, id);
      if (!LOCAL_ID.test(id)) report(file, entity, where, `participant id "${id}" is not kebab-case (a-z, 0-9, single hyphens)`);
      const stage = field(participant, 'stage');
      if (stage !== undefined && !(typeof stage === 'string' && stages.has(stage))) {
        report(file, entity, `${where}.stage`, `stage ${JSON.stringify(stage)} is not one of the pattern's stages (${[...stages].join(', ')}); fix it, or add the stage to the pattern in src/model/data/patterns.ts`);
      }
      if (field(participant, 'key') === true) highlighted = true;
    }

    const flows = asArray(field(structure, 'flows'));
    const reached = new Set<unknown>();
    flows.forEach((flow, i) => {
      for (const end of ['from', 'to'] as const) {
        const ref = field(flow, end);
        if (typeof ref !== 'string' || !ids.includes(ref)) report(file, entity, `flows[${i}].${end}`, unknownId('participant', ref, new Set(ids)));
        reached.add(ref);
      }
      if (field(flow, 'from') === field(flow, 'to')) report(file, entity, `flows[${i}]`, 'a flow cannot start and end at the same participant');
      if (field(flow, 'key') === true) highlighted = true;
    });
    for (const id of ids) {
      if (!reached.has(id)) report(file, entity, `participants.${id}`, `orphan participant "${id}": no flow starts or ends there; add a flow or remove it`);
    }
    if (!highlighted) report(file, entity, 'key', 'nothing is highlighted; mark the participants or flows that carry the key idea with key: true');
  }
}
