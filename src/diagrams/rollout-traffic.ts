import { ROLLOUT_STRATEGY_IDS, type RolloutStrategy, type TrafficSplit } from '../model/data/deployment.ts';
import { boxesInRows, type Box } from './boxes-in-rows.ts';
import { mermaidAccessibility, mermaidId, mermaidLabel, mermaidSpacing, mermaidWrappedLabel } from './mermaid-text.ts';
import type { DiagramLayout, DiagramView } from './view.ts';

/** Strategies side by side: two in a laptop's column (about 600 px), one on a phone. */
const PER_ROW = { column: 2, phone: 1 } as const satisfies Partial<Record<DiagramLayout, number>>;

/** Edge labels wrap at this many characters: short enough for two boxes side by side. */
const EDGE_LABEL_WIDTH = 16;

/** How requests reach each model under a traffic split, in words: [current model, new model]. */
export function trafficInWords(traffic: TrafficSplit): readonly [current: string, candidate: string] {
  switch (traffic.kind) {
    case 'mirror':
      return ['all requests, answers served', 'a copy of each, answers only logged'];
    case 'share':
      return ['the rest', traffic.share];
    case 'interleave':
      return ['half of each result list', 'half of each result list'];
    case 'switch':
      return ['all, until the switch', 'all, after the switch'];
    default: {
      const never: never = traffic;
      throw new Error(`Unknown traffic split ${JSON.stringify(never)}`);
    }
  }
}

/**
 * One box per rollout strategy: requests on top, the current and the new model below, each edge
 * saying which requests reach that model. The new model's edge is dotted when its answers are
 * never served (shadow).
 */
export function rolloutTrafficView(strategies: { readonly [K in (typeof ROLLOUT_STRATEGY_IDS)[number]]: RolloutStrategy<K> }): DiagramView<'rollout-traffic'> {
  const ordered = ROLLOUT_STRATEGY_IDS.map((id) => strategies[id]);
  const title = 'How each rollout strategy divides requests between the current and the new model';
  const description = ordered
    .map((s) => {
      const [current, candidate] = trafficInWords(s.traffic);
      return `${s.name}: current model gets ${current}; new model gets ${candidate}.`;
    })
    .join(' ');
  const boxes: Box[] = ordered.map((s) => {
    const [current, candidate] = trafficInWords(s.traffic);
    const id = mermaidId(s.id);
    const requests = mermaidId(s.id, 'requests');
    const currentModel = mermaidId(s.id, 'current');
    const newModel = mermaidId(s.id, 'new');
    const newArrow = s.traffic.kind === 'mirror' ? '-.->' : '-->';
    return {
      id,
      lines: [
        `  subgraph ${id}["${mermaidLabel(s.name)}"]`,
        '    direction TB',
        `    ${requests}["Requests"]:::artifact`,
        `    ${currentModel}["Current model"]`,
        `    ${newModel}["New model"]:::primary`,
        `    ${requests} -->|"${mermaidWrappedLabel(current, EDGE_LABEL_WIDTH)}"| ${currentModel}`,
        `    ${requests} ${newArrow}|"${mermaidWrappedLabel(candidate, EDGE_LABEL_WIDTH)}"| ${newModel}`,
        '  end',
      ],
    };
  });
  const layout = (perRow: number) => {
    const rows = boxesInRows(boxes, perRow);
    return [
      ...mermaidSpacing({ padding: 8, nodeSpacing: 24, rankSpacing: 48, minNodeWidth: 100 }),
      `flowchart ${rows.direction}`,
      ...mermaidAccessibility(title, description),
      ...rows.lines,
    ].join('\n') + '\n';
  };
  return {
    id: 'rollout-traffic',
    title,
    description,
    mermaid: layout(PER_ROW.column),
    alternates: { phone: layout(PER_ROW.phone) },
    textAlternative: {
      columns: ['Strategy', 'Current model gets', 'New model gets', 'Who sees the new model'],
      rows: ordered.map((s) => [s.name, ...trafficInWords(s.traffic), s.exposure]),
    },
  };
}
