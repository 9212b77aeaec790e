import { PATTERN_CATEGORY_IDS, RELATION_KINDS, type Model, type Pattern, type PatternCategory, type PatternCategoryId, type PatternId, type RelationKind } from '../model/index.ts';
import { DRAWN_LIMITS } from './drawn-limits.ts';
import { listInWords, mermaidAccessibility, mermaidId, mermaidLabel } from './mermaid-text.ts';
import { patternsInOrder } from './model-queries.ts';
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
 * model; it is drawn once, from the pattern that comes first in the book. A catalogue too large
 * to draw one by one (DRAWN_LIMITS) is drawn as its categories and the relations between them.
 */
export function patternMapView(model: Pick<Model, 'patternCategories' | 'patterns'>): DiagramView<'pattern-map'> {
  const patterns = patternsInOrder(model);
  const categories = PATTERN_CATEGORY_IDS.map((id) => model.patternCategories[id]);
  const order = new Map<PatternId, number>(patterns.map((p) => [p.id, p.number]));
  const edges = patterns.flatMap((p) =>
    p.related
      .filter((r) => (order.get(r.pattern) ?? -1) > p.number)
      .map((r) => ({ from: p.id, to: r.pattern, kind: r.kind })),
  );

  const title = `Map of the ${patterns.length} ML design patterns`;
  const counts = categories.map((c) => `${c.name} (${patterns.filter((p) => p.category === c.id).length})`);
  const summary = patterns.length > DRAWN_LIMITS.patternsInMap;
  const description =
    `${patterns.length} patterns in ${categories.length} categories: ${listInWords(counts)}. ` +
    `${edges.length} labelled relations connect them; ` +
    (summary
      ? `there are too many to draw one by one, so the map draws each category with the number of relations between them, and the table lists every pattern's relations.`
      : `each pattern's page lists its relations in words.`);

  const lines = ['flowchart TB', ...mermaidAccessibility(title, description)];
  if (summary) lines.push(...categorySummary(categories, patterns, edges));
  else lines.push(...everyPattern(categories, patterns, edges));
  const names = new Map<string, string>(patterns.map((p) => [p.id, p.name]));
  const name = (id: string) => names.get(id) ?? id;
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

type Edge = { from: PatternId; to: PatternId; kind: RelationKind };

/** One box per category holding its patterns, and every relation as a labelled edge. */
function everyPattern(categories: readonly PatternCategory[], patterns: readonly Pattern[], edges: readonly Edge[]): string[] {
  const lines: string[] = [];
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
  return lines;
}

/** One node per category with its pattern count, and the number of relations between categories. */
function categorySummary(categories: readonly PatternCategory[], patterns: readonly Pattern[], edges: readonly Edge[]): string[] {
  const categoryOf = new Map<PatternId, PatternCategoryId>(patterns.map((p) => [p.id, p.category]));
  const lines: string[] = [];
  for (const c of categories) {
    const inside = edges.filter((e) => categoryOf.get(e.from) === c.id && categoryOf.get(e.to) === c.id).length;
    const count = patterns.filter((p) => p.category === c.id).length;
    lines.push(`  ${mermaidId('category', c.id)}["${mermaidLabel(`${c.name}: ${count} patterns, ${inside} relations within`)}"]`);
  }
  categories.forEach((a, i) => {
    for (const b of categories.slice(i + 1)) {
      const between = edges.filter((e) => {
        const ends = [categoryOf.get(e.from), categoryOf.get(e.to)];
        return ends.includes(a.id) && ends.includes(b.id);
      }).length;
      if (between > 0) lines.push(`  ${mermaidId('category', a.id)} ---|"${between} relations"| ${mermaidId('category', b.id)}`);
    }
  });
  return lines;
}
