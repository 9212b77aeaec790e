import { describe, expect, test } from 'vitest';
import { boxesInRows } from '../../src/diagrams/boxes-in-rows.ts';
import { mermaidWrappedLabel } from '../../src/diagrams/mermaid-text.ts';

const box = (id: string) => ({ id, lines: [`  subgraph ${id}["${id.toUpperCase()}"]`, `    ${id}-item["item"]`, '  end'] });

describe('boxesInRows', () => {
  test('draws boxes that fit one row left to right, linked in their order', () => {
    const rows = boxesInRows([box('a'), box('b'), box('c')], 3);
    expect(rows.direction).toBe('LR');
    expect(rows.lines).toContain('  a ~~~ b ~~~ c');
    expect(rows.lines.join('\n')).not.toContain('row__');
  });

  test('fills rows in reading order, each drawn left to right, the rows stacked top to bottom', () => {
    const rows = boxesInRows([box('a'), box('b'), box('c'), box('d'), box('e')], 2);
    expect(rows.direction).toBe('TB');
    const text = rows.lines.join('\n');
    const rowOf = (n: number) => text.split(`  subgraph row__${n}[" "]`)[1]?.split('\n  end')[0] ?? '';
    expect(rowOf(1)).toContain('    direction LR');
    expect(rowOf(1)).toContain('    a ~~~ b');
    expect(rowOf(2)).toContain('    c ~~~ d');
    expect(rowOf(3)).toContain('    subgraph e[');
    expect(rows.lines).toContain('  row__1 ~~~ row__2 ~~~ row__3');
    // The row boxes are drawn invisible: their class is set last, where Mermaid 12 honours it.
    expect(rows.lines.at(-1)).toBe('  class row__1,row__2,row__3 layout-row');
  });
});

describe('mermaidWrappedLabel', () => {
  test('breaks a label at spaces into lines of about the given width, and escapes each line', () => {
    expect(mermaidWrappedLabel('Registered model version', 12)).toBe('Registered<br>model<br>version');
    expect(mermaidWrappedLabel('Feature set, Data splits', 12)).toBe('Feature set,<br>Data splits');
    expect(mermaidWrappedLabel('a <b> "c"', 40)).toBe('a #60;b#62; #34;c#34;');
    expect(mermaidWrappedLabel('Supercalifragilistic', 5)).toBe('Supercalifragilistic');
  });
});
