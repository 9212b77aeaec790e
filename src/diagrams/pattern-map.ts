import { PATTERN_CATEGORY_IDS, PATTERN_IDS, RELATION_KINDS, type Model, type RelationKind } from '../model/index.ts';
import { listInWords, mermaidAccessibility, mermaidId, mermaidLabel } from './mermaid-text.ts';
import type { DiagramView } from './view.ts';

// Kinds that read the same both ways are drawn as plain lines, the others as arrows.
const SYMMETRIC = new Set<RelationKind>(
  Object.entries(RELATION_KINDS)
    .filter(([kind, { inverse }]) => kind === inverse)
    .map(([, { inverse }]) => inverse),
);

/**
 * The pattern catalogue at a glance: one box per category holding its patterns, and every
 * relation between patterns as a labelled edge. Each relation is recorded at both ends in the
 * model; it is drawn once, from the pattern that comes first in the book.
 */
export function patternMapView(model: Pick<Model, 'patternCategories' | 'patterns'>): DiagramView<'pattern-map'> {
  const patterns = PATTERN_IDS.map((id) => model.patterns[id]);
  const categories = PATTERN_CATEGORY_IDS.map((id) => model.patternCategories[id]);
  const order = new Map<string, number>(PATTERN_IDS.map((id, i) => [id, i]));
  const edges = patterns.flatMap((p) =>
    p.related
      .filter((r) => (order.get(r.pattern) ?? -1) > (order.get(p.id) ?? -1))
      .map((r) => ({ from: p.id, to: r.pattern, kind: r.kind })),
  );

  const title = 'Map of the thirty ML design patterns';
  const counts = categories.map((c) => `${c.name} (${patterns.filter((p) => p.category === c.id).length})`);
  const description =
    `${patterns.length} patterns in ${categories.length} categories: ${listInWords(counts)}. ` +
    `${edges.length} labelled relations connect them; each pattern's page lists its relations in words.`;

  const lines = ['flowchart TB', ...mermaidAccessibility(title, description)];
  for (const category of categories) {
    lines.push(`  subgraph ${mermaidId('category', category.id)}["${mermaidLabel(category.name)}"]`);
    for (const p of patterns.filter((q) => q.category === category.id)) {
      lines.push(`    ${mermaidId(p.id)}["${mermaidLabel(p.name)}"]`);
    }
    lines.push('  end');
  }
  for (const e of edges) {
    const link = SYMMETRIC.has(e.kind) ? '---' : '-->';
    lines.push(`  ${mermaidId(e.from)} ${link}|"${mermaidLabel(RELATION_KINDS[e.kind].label)}"| ${mermaidId(e.to)}`);
  }
  const name = (id: string) => patterns.find((p) => p.id === id)?.name ?? id;
  return {
    id: 'pattern-map',
    title,
    description,
    mermaid: lines.join('\n') + '\n',
    textAlternative: {
      columns: ['Pattern', 'Category', 'Related patterns'],
      rows: patterns.map((p) => [
        p.name,
        model.patternCategories[p.category].name,
        p.related.map((r) => `${RELATION_KINDS[r.kind].label} ${name(r.pattern)}`).join('; ') || 'None recorded',
      ]),
    },
  };
}
