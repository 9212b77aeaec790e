import { describe, expect, test } from 'vitest';
import { modelToView, VIEW_IDS } from '../../src/diagrams/index.ts';
import { PARTICIPANT_SHAPES } from '../../src/diagrams/pattern-shapes.ts';
import { patternLegendView, patternStructureView } from '../../src/diagrams/pattern-structure.ts';
import { keyRelationsOf, model, PARTICIPANT_KINDS, PATTERN_IDS, RELATION_KINDS, validateModel, type PatternStructure } from '../../src/model/index.ts';
import { HOSTILE_LABELS } from '../fixtures/models.ts';

const FILE = 'src/model/data/pattern-structures.ts';

/** The real model with the cascade's structure changed (or removed, given undefined). */
function withCascade(structure: object | undefined) {
  const { cascade: _, ...others } = model.patternStructures;
  return { ...model, patternStructures: structure === undefined ? others : { ...others, cascade: structure } };
}

const issues = (structure: object | undefined) =>
  validateModel(withCascade(structure)).map((i) => `${i.file} › ${i.entity} › ${i.field}: ${i.message}`);

const cascade = model.patternStructures.cascade;

describe('pattern structures in the model', () => {
  test('give every pattern a structure and a view of its own', () => {
    expect(Object.keys(model.patternStructures).sort()).toEqual([...PATTERN_IDS].sort());
    for (const id of PATTERN_IDS) {
      expect(VIEW_IDS, id).toContain(`pattern-${id}`);
      expect(modelToView(model, `pattern-${id}`).mermaid, id).toContain('flowchart TB');
    }
    expect(validateModel(model)).toEqual([]);
  });

  test('fail validation by name when a pattern has no structure', () => {
    expect(issues(undefined)).toEqual([`${FILE} › pattern "cascade" › structure: pattern "cascade" has no structure; add one, so its page can show how it works`]);
  });

  test('fail validation naming the pattern and the field when a flow ends at an unknown participant', () => {
    const flows = [...cascade.flows, { from: 'router', to: 'nobody', label: 'lost' }];
    const found = issues({ ...cascade, flows });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${FILE} › pattern "cascade" › flows\\[${cascade.flows.length}\\]\\.to: unknown participant id "nobody"`));
  });

  test('fail validation naming an orphan participant, an empty label, an unknown kind and a stage the pattern lacks', () => {
    const participants = {
      ...cascade.participants,
      lonely: { kind: 'data', label: 'Nobody points here' },
      router: { kind: 'robot', label: ' ', stage: 'data-collection', key: true },
    };
    expect(issues({ ...cascade, participants })).toEqual([
      expect.stringMatching(/^src\/model\/data\/pattern-structures\.ts › pattern "cascade" › participants\.router\.kind: unknown participant kind id "robot"/),
      `${FILE} › pattern "cascade" › participants.router.label: label is missing or empty`,
      expect.stringMatching(/^src\/model\/data\/pattern-structures\.ts › pattern "cascade" › participants\.router\.stage: stage "data-collection" is not one of the pattern's stages/),
      expect.stringMatching(/^src\/model\/data\/pattern-structures\.ts › pattern "cascade" › participants\.lonely: orphan participant "lonely"/),
    ]);
  });

  test('fail validation when a flow has no label or nothing carries the key idea', () => {
    const flows = cascade.flows.map((f, i) => ({ from: f.from, to: f.to, label: i === 0 ? '' : f.label }));
    const participants = Object.fromEntries(Object.entries(cascade.participants).map(([id, p]) => [id, { kind: p.kind, label: p.label }]));
    expect(issues({ ...cascade, participants, flows })).toEqual([
      `${FILE} › pattern "cascade" › flows[0].label: label is missing or empty`,
      `${FILE} › pattern "cascade" › key: nothing is highlighted; mark the participants or flows that carry the key idea with key: true`,
    ]);
  });

  test('refuse, at compile time, a flow to a participant the structure does not have', () => {
    const typo: PatternStructure<'cascade', 'a' | 'b'> = {
      pattern: 'cascade',
      participants: { a: { kind: 'data', label: 'A' }, b: { kind: 'model', label: 'B' } },
      // @ts-expect-error 'c' is not a participant of this structure
      flows: [{ from: 'a', to: 'c', label: 'x' }],
      keyIdea: 'k',
    };
    expect(typo.flows).toHaveLength(1);
  });
});

describe('patternStructureView', () => {
  test('draws every participant in its kind\'s shape, and the key idea with one class and thick lines', () => {
    for (const id of PATTERN_IDS) {
      const view = patternStructureView(model, id);
      const structure = model.patternStructures[id];
      for (const [local, p] of Object.entries(structure.participants)) {
        const shape = PARTICIPANT_SHAPES[p.kind];
        const line = view.mermaid.split('\n').find((l) => l.startsWith(`  ${local}${shape.open}"`));
        expect(line, `${id} › ${local}`).toBeDefined();
        expect(line?.endsWith(`${shape.close}:::key`), `${id} › ${local}`).toBe(p.key === true);
      }
      const arrows = view.mermaid.split('\n').filter((l) => / (-->|==>)\|/.test(l));
      expect(arrows.map((l) => l.includes('==>'))).toEqual(structure.flows.map((f) => f.key === true));
      expect(view.description).toContain(structure.keyIdea);
      expect(view.textAlternative.rows).toHaveLength(Object.keys(structure.participants).length);
    }
  });

  test('gives a phone layout to the patterns whose flows fan out three or more ways, and only to them', () => {
    for (const id of PATTERN_IDS) {
      const fans = new Map<string, number>();
      for (const f of model.patternStructures[id].flows) for (const end of [`from ${f.from}`, `to ${f.to}`]) fans.set(end, (fans.get(end) ?? 0) + 1);
      expect(patternStructureView(model, id).alternates?.phone !== undefined, id).toBe(Math.max(...fans.values()) >= 3);
    }
  });

  test('escapes hostile labels in participants and flows', () => {
    const [first, second] = HOSTILE_LABELS;
    const hostile = {
      ...model,
      patternStructures: {
        ...model.patternStructures,
        cascade: { ...cascade, participants: { ...cascade.participants, input: { kind: 'data', label: first } }, flows: cascade.flows.map((f) => ({ ...f, label: second })) },
      },
    } as const;
    const text = patternStructureView(hostile, 'cascade').mermaid;
    expect(text).not.toContain(first);
    expect(text).not.toContain(second);
  });
});

describe('patternLegendView', () => {
  test('draws one box per participant kind in the same shape the pattern views use, and the key-idea mark', () => {
    const view = patternLegendView();
    for (const kind of PARTICIPANT_KINDS) {
      const { open, close, name } = PARTICIPANT_SHAPES[kind];
      expect(view.mermaid, kind).toContain(`kind__${kind}${open}"${name}"${close}`);
    }
    expect(view.mermaid).toMatch(/"Key idea"\]:::key/);
    expect(view.textAlternative.rows).toHaveLength(PARTICIPANT_KINDS.length + 1);
  });
});

describe('keyRelationsOf', () => {
  test('returns at most two of the pattern\'s own relations, builds-on and requires before the rest', () => {
    for (const id of PATTERN_IDS) {
      const pattern = model.patterns[id];
      const key = keyRelationsOf(pattern);
      expect(key.length).toBe(Math.min(2, pattern.related.length));
      for (const r of key) expect(pattern.related).toContainEqual(r);
    }
    const made = keyRelationsOf({
      related: [
        { kind: 'shares-technique-with', pattern: 'hashed-feature' },
        { kind: 'complements', pattern: 'cascade' },
        { kind: 'builds-on', pattern: 'workflow-pipeline' },
      ],
    });
    expect(made.map((r) => RELATION_KINDS[r.kind].label)).toEqual(['builds on', 'complements']);
  });
});
