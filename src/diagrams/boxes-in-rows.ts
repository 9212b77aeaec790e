import { mermaidId, mermaidLabel } from './mermaid-text.ts';

/** One box of a diagram: a `subgraph … end` block, and the id it is declared with. */
export interface Box {
  id: string;
  /** The block's Mermaid lines, indented for the top level. */
  lines: readonly string[];
}

/** Mermaid lines drawing boxes in reading order, and the direction the diagram must declare for them. */
export interface BoxRows {
  direction: 'LR' | 'TB';
  lines: string[];
}

/** The class of the invisible boxes that hold a row; diagrams.css draws them without a border. */
export const ROW_CLASS = 'layout-row';

/**
 * Boxes in reading order, `perRow` to a row: left to right, then the next row below. Several rows
 * are invisible row boxes, each drawn left to right and linked top to bottom, because Mermaid keeps
 * the order of linked boxes in a left-to-right box but mirrors boxes that share a row of a
 * top-to-bottom diagram. A layout picks `perRow` for the width it is drawn at.
 */
export function boxesInRows(boxes: readonly Box[], perRow: number): BoxRows {
  const chain = (ids: readonly string[], indent: string) => (ids.length > 1 ? [`${indent}${ids.join(' ~~~ ')}`] : []);
  if (boxes.length <= perRow) {
    return { direction: 'LR', lines: [...boxes.flatMap((b) => b.lines), ...chain(boxes.map((b) => b.id), '  ')] };
  }
  const rows: Box[][] = [];
  for (let i = 0; i < boxes.length; i += Math.max(1, perRow)) rows.push(boxes.slice(i, i + Math.max(1, perRow)));
  return stackedRows(rows.map((row, i) => rowBox(mermaidId('row', String(i + 1)), row)));
}

/** An invisible box holding `boxes` left to right, in their order. */
export function rowBox(id: string, boxes: readonly Box[]): Box {
  const ids = boxes.map((b) => b.id);
  return {
    id,
    lines: [
      `  subgraph ${id}[" "]`,
      '    direction LR',
      ...boxes.flatMap((b) => b.lines.map((line) => `  ${line}`)),
      ...(ids.length > 1 ? [`    ${ids.join(' ~~~ ')}`] : []),
      '  end',
    ],
  };
}

/** Row boxes (from `rowBox`) one below the other, in their order. */
export function stackedRows(rows: readonly Box[]): BoxRows {
  const ids = rows.map((r) => r.id);
  return {
    direction: 'TB',
    lines: [
      `  classDef ${ROW_CLASS} stroke-width:0px`,
      ...rows.flatMap((r) => r.lines),
      ...(ids.length > 1 ? [`  ${ids.join(' ~~~ ')}`] : []),
      // Last: a `class` line before a later subgraph and its links is dropped by Mermaid 12.
      `  class ${ids.join(',')} ${ROW_CLASS}`,
    ],
  };
}

/**
 * A titled box holding `boxes` in rows of `perRow`, in reading order (row boxes, as in
 * `boxesInRows`). The row boxes' ids come apart: the diagram puts them in ROW_CLASS with its last line.
 */
export function titledBoxInRows(id: string, label: string, boxes: readonly Box[], perRow: number): { box: Box; rowIds: string[] } {
  const width = Math.max(1, perRow);
  const indent = (b: Box) => b.lines.map((line) => `  ${line}`);
  const chain = (ids: readonly string[], indent: string) => (ids.length > 1 ? [`${indent}${ids.join(' ~~~ ')}`] : []);
  const open = `  subgraph ${id}["${mermaidLabel(label)}"]`;
  // One row, or one box to a row, needs no row boxes: the box itself lines them up.
  if (boxes.length <= width || width === 1) {
    const direction = width === 1 ? 'TB' : 'LR';
    return { box: { id, lines: [open, `    direction ${direction}`, ...boxes.flatMap(indent), ...chain(boxes.map((b) => b.id), '    '), '  end'] }, rowIds: [] };
  }
  const rows: Box[] = [];
  for (let i = 0; i < boxes.length; i += width) rows.push(rowBox(mermaidId(id, 'row', String(rows.length + 1)), boxes.slice(i, i + width)));
  return { box: { id, lines: [open, '    direction TB', ...rows.flatMap(indent), ...chain(rows.map((r) => r.id), '    '), '  end'] }, rowIds: rows.map((r) => r.id) };
}
