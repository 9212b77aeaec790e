import { PARTICIPANT_KINDS, type Flow, type Model, type Participant, type PatternId } from '../model/index.ts';
import { listInWords } from '../model/queries/in-words.ts';
import { mermaidAccessibility, mermaidId, mermaidSpacing, mermaidWrappedLabel, type FlowchartSpacing } from './mermaid-text.ts';
import { boxesInRows } from './boxes-in-rows.ts';
import { PARTICIPANT_SHAPES, participantNode } from './pattern-shapes.ts';
import type { DiagramLayout, DiagramView } from './view.ts';

/** The view id of one pattern's diagram. */
export type PatternViewId = `pattern-${PatternId}`;

/**
 * Top to bottom, with narrow boxes, so that most patterns fit a phone's column at 11 px (about
 * 520 px wide at 16 px labels) as drawn. Flow labels wrap at `flowLabel` characters: Mermaid does
 * not wrap edge labels by itself. Where three or more flows leave or reach one participant, their
 * labels sit side by side and the column layout is wider than that: such a pattern gets a phone
 * layout with narrower labels and tighter spacing.
 */
const LAYOUTS = {
  column: { flowLabel: 16, spacing: { wrappingWidth: 120, nodeSpacing: 16, rankSpacing: 36, padding: 8, minNodeWidth: 60 } },
  phone: { flowLabel: 9, spacing: { wrappingWidth: 90, nodeSpacing: 8, rankSpacing: 30, padding: 4, minNodeWidth: 40 } },
} as const satisfies Partial<Record<DiagramLayout, { flowLabel: number; spacing: FlowchartSpacing }>>;

/** Most flows that leave or reach one participant. */
function widestFan(flows: readonly Flow[]): number {
  const counts = new Map<string, number>();
  for (const f of flows) for (const end of [`from ${f.from}`, `to ${f.to}`]) counts.set(end, (counts.get(end) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

/**
 * How one pattern works: its participants, each in the shape of its kind, and the flows between
 * them, labelled. What carries the key idea is highlighted: participants by one class, flows by a
 * thick line. Laid out top to bottom so that it fits a phone as drawn.
 */
export function patternStructureView(model: Pick<Model, 'patterns' | 'patternStructures' | 'stages'>, id: PatternId): DiagramView<PatternViewId> {
  const pattern = model.patterns[id];
  const structure = model.patternStructures[id];
  const participants: [string, Participant][] = Object.entries(structure.participants);
  const label = (local: string) => participants.find(([p]) => p === local)?.[1].label ?? local;
  const keyParts = [
    ...participants.filter(([, p]) => p.key).map(([, p]) => p.label),
    ...structure.flows.filter((f) => f.key).map((f) => `the flow "${f.label}" from ${label(f.from)} to ${label(f.to)}`),
  ];

  const title = `How ${pattern.name} works`;
  const description =
    `${structure.keyIdea} ` +
    `The diagram draws ${participants.length} participants (${listInWords(participants.map(([, p]) => p.label))}) and ${structure.flows.length} flows between them; ` +
    `highlighted for the key idea: ${listInWords(keyParts)}.`;

  const nodes = participants.map(([local, p]) => participantNode(mermaidId(local), p.kind, p.label, p.key === true));
  const layout = ({ flowLabel, spacing }: { flowLabel: number; spacing: FlowchartSpacing }) => {
    const edges = structure.flows.map(
      (f) => `  ${mermaidId(f.from)} ${f.key ? '==>' : '-->'}|"${mermaidWrappedLabel(f.label, flowLabel)}"| ${mermaidId(f.to)}`,
    );
    return [...mermaidSpacing(spacing), 'flowchart TB', ...mermaidAccessibility(title, description), ...nodes, ...edges].join('\n') + '\n';
  };

  const kindName = (p: Participant) => PARTICIPANT_SHAPES[p.kind].name;
  const keyMark = (key: boolean | undefined) => (key ? ' (key idea)' : '');
  return {
    id: `pattern-${id}`,
    title,
    description,
    mermaid: layout(LAYOUTS.column),
    ...(widestFan(structure.flows) >= 3 ? { alternates: { phone: layout(LAYOUTS.phone) } } : {}),
    textAlternative: {
      columns: ['Participant', 'Kind', 'Stage', 'Passes on'],
      rows: participants.map(([local, p]) => [
        `${p.label}${keyMark(p.key)}`,
        kindName(p),
        p.stage ? model.stages[p.stage].name : '—',
        structure.flows
          .filter((f) => f.from === local)
          .map((f) => `${f.label} to ${label(f.to)}${keyMark(f.key)}`)
          .join('; ') || '—',
      ]),
    },
  };
}

/** The legend's view id. */
export type PatternLegendViewId = 'pattern-legend';

/** Legend boxes to a row: four fit a phone's column at 12 px, so one layout serves both. */
const LEGEND_PER_ROW = 4;

/**
 * The legend of every pattern diagram: one box per kind of participant in its shape, and one for
 * the key-idea highlight. Built from the same shapes the pattern views use.
 */
export function patternLegendView(): DiagramView<PatternLegendViewId> {
  const title = 'How to read the pattern diagrams';
  const kinds = PARTICIPANT_KINDS.map((kind) => ({ id: mermaidId('kind', kind), kind, name: PARTICIPANT_SHAPES[kind].name }));
  const description =
    `Each kind of participant has one shape in every pattern diagram: ${listInWords(kinds.map((k) => k.name))}. ` +
    'What carries the pattern\u2019s key idea is highlighted, and a thick arrow marks a key flow.';
  const boxes = [
    ...kinds.map((k) => ({ id: k.id, lines: [participantNode(k.id, k.kind, k.name, false)] })),
    { id: mermaidId('key-idea'), lines: [participantNode(mermaidId('key-idea'), 'job', 'Key idea', true)] },
  ];
  const layout = (perRow: number) => {
    const rows = boxesInRows(boxes, perRow);
    // The pattern diagrams' own spacing, so that each shape looks here as it does there.
    return [...mermaidSpacing(LAYOUTS.column.spacing), `flowchart ${rows.direction}`, ...mermaidAccessibility(title, description), ...rows.lines].join('\n') + '\n';
  };
  return {
    id: 'pattern-legend',
    title,
    description,
    mermaid: layout(LEGEND_PER_ROW),
    textAlternative: {
      columns: ['Shape', 'Stands for'],
      rows: [
        ...PARTICIPANT_KINDS.map((kind) => [PARTICIPANT_SHAPES[kind].shape, PARTICIPANT_SHAPES[kind].name]),
        ['Highlighted box, or thick arrow', 'What carries the key idea'],
      ],
    },
  };
}
