import { PATTERN_CATEGORY_IDS, RELATION_KINDS, type Model, type PatternCategoryId, type PatternId, type RelationKind, categoryRelationCounts, type CategoryRelationCount, patternHref, patternsInOrder, relationsOfCategory } from '../model/index.ts';
import { itemsToDraw, moreLabel, namesInWords } from './drawn-limits.ts';
import { listInWords } from '../model/queries/in-words.ts';
import { mermaidAccessibility, mermaidId, mermaidLabel } from './mermaid-text.ts';
import type { DiagramView, NodeLink } from './view.ts';

type PatternModel = Pick<Model, 'patternCategories' | 'patterns'>;

/** The view id of one category's map. */
export type PatternCategoryMapId = `pattern-map-${PatternCategoryId}`;

/** The anchor of one category's map on the catalogue page, as `<Diagram>` writes it. */
function categoryMapAnchor(category: PatternCategoryId): string {
  return `#diagram-pattern-map-${category}`;
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The pattern catalogue at a glance: one box per category with its number of patterns and of
 * relations inside it, and a line between two categories labelled with the number of
 * relations between them (categories with none are not joined). Each box links to that category's own map. Six boxes whatever the
 * size of the catalogue, so it stays legible on a phone.
 */
export function patternMapView(model: PatternModel): DiagramView<'pattern-map'> {
  const patterns = patternsInOrder(model);
  const categories = PATTERN_CATEGORY_IDS.map((id) => model.patternCategories[id]);
  const counts = categoryRelationCounts(model);
  const inside = (id: PatternCategoryId) => counts.find((c) => c.a === id && c.b === id)?.count ?? 0;
  const between = counts.filter((c) => c.a !== c.b);
  const patternCount = (id: PatternCategoryId) => patterns.filter((p) => p.category === id).length;
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const insideTotal = categories.reduce((sum, c) => sum + inside(c.id), 0);

  const title = `Map of the ${patterns.length} ML design patterns by category`;
  const description =
    `${patterns.length} patterns in ${categories.length} categories: ` +
    `${listInWords(categories.map((c) => `${c.name} (${patternCount(c.id)})`))}. ` +
    `${counted(total, 'relation connects', 'relations connect')} them, ${insideTotal} inside a category and ${total - insideTotal} between two; ` +
    `the number on a line between two categories counts the relations between them. ` +
    `Each box links to its category's own map, which draws every pattern and relation.`;

  const name = (id: PatternCategoryId) => model.patternCategories[id].name;
  const column = oneColumnOrder(between);
  const lines = ['flowchart TB', ...mermaidAccessibility(title, description)];
  const boxText = (id: PatternCategoryId) =>
    `${name(id)}: ${counted(patternCount(id), 'pattern', 'patterns')}, ${counted(inside(id), 'relation', 'relations')} inside`;
  for (const id of column) lines.push(`  ${mermaidId('category', id)}["${mermaidLabel(boxText(id))}"]`);
  for (const c of between) {
    // Lines have no direction, so each is written downwards in the column's order.
    const [top, bottom] = column.indexOf(c.a) < column.indexOf(c.b) ? [c.a, c.b] : [c.b, c.a];
    // The number alone: "3 relations" on every line makes the map too wide for a phone.
    lines.push(`  ${mermaidId('category', top)} ---|"${c.count}"| ${mermaidId('category', bottom)}`);
  }
  const withOthers = (id: PatternCategoryId) =>
    between
      .filter((c) => c.a === id || c.b === id)
      .map((c) => `${name(c.a === id ? c.b : c.a)} (${c.count})`)
      .join(', ') || 'None recorded';
  return {
    id: 'pattern-map',
    title,
    description,
    mermaid: lines.join('\n') + '\n',
    textAlternative: {
      columns: ['Category', 'Patterns', 'Relations inside', 'Relations with other categories'],
      rows: categories.map((c) => [c.name, String(patternCount(c.id)), String(inside(c.id)), withOthers(c.id)]),
    },
    links: column.map((id) => ({ node: mermaidId('category', id), href: categoryMapAnchor(id), name: boxText(id) })),
  };
}

/** "7 relations: 2 between them and 5 with patterns in A and B." */
function relationsInWords(all: number, elsewhere: number, otherCategories: readonly string[]): string {
  if (all === 0) return 'No relations recorded.';
  const total = counted(all, 'relation', 'relations');
  if (elsewhere === 0) return `${total}, all between them.`;
  return `${total}: ${all - elsewhere} between them and ${elsewhere} with patterns in ${listInWords(otherCategories)}.`;
}

/**
 * The categories in chapter order, except that after each one comes the first remaining
 * category related to it, when there is one. Drawn top to bottom in this order, with every
 * line pointing down, each category gets a row of its own: one narrow column that fits a
 * phone, where chapter order would put two categories side by side and double the width.
 */
function oneColumnOrder(between: readonly CategoryRelationCount[]): PatternCategoryId[] {
  const related = (x: PatternCategoryId, y: PatternCategoryId) => between.some((c) => (c.a === x && c.b === y) || (c.a === y && c.b === x));
  const order: PatternCategoryId[] = [];
  const left = [...PATTERN_CATEGORY_IDS];
  while (left.length > 0) {
    const last = order.at(-1);
    const next = left.find((c) => last !== undefined && related(last, c)) ?? left[0];
    order.push(next);
    left.splice(left.indexOf(next), 1);
  }
  return order;
}

/**
 * One category's patterns and every relation they take part in, left to right: each pattern
 * of the category, then one box per relation naming it and the other pattern (with its
 * category when it is another one). A related pattern gets a box per relation rather than one
 * shared box, so no line crosses another and the map stays two columns wide. Every box
 * links to its pattern's page.
 */
export function patternCategoryMapView(model: PatternModel, category: PatternCategoryId): DiagramView<PatternCategoryMapId> {
  const own = model.patternCategories[category];
  const mine = patternsInOrder(model).filter((p) => p.category === category);
  const edges = relationsOfCategory(model, category);
  const pattern = (id: PatternId) => model.patterns[id];
  const elsewhere = edges.filter((e) => pattern(e.to).category !== category);
  const otherCategories = PATTERN_CATEGORY_IDS.filter((c) => elsewhere.some((e) => pattern(e.to).category === c));

  const title = `${own.name} patterns and their relations`;
  const description =
    `${own.name}: ${counted(mine.length, 'pattern', 'patterns')} (${namesInWords(mine.map((p) => p.name))}). ` +
    relationsInWords(edges.length, elsewhere.length, otherCategories.map((c) => model.patternCategories[c].name)) +
    ` Each box links to its pattern's page.`;

  const relationText = (from: PatternId, kind: RelationKind, to: PatternId) => {
    const other = pattern(to);
    const where = other.category === category ? '' : ` (${model.patternCategories[other.category].name})`;
    return { node: mermaidId(from, kind, to), text: `${RELATION_KINDS[kind].label} ${other.name}${where}`, elsewhere: where !== '' };
  };

  const lines = ['flowchart LR', ...mermaidAccessibility(title, description)];
  const links: NodeLink[] = [];
  const drawn = itemsToDraw(mine);
  for (const p of drawn.shown) {
    lines.push(`  ${mermaidId(p.id)}["${mermaidLabel(p.name)}"]:::focus`);
    links.push({ node: mermaidId(p.id), href: patternHref(p.id), name: p.name });
    const fromHere = itemsToDraw(edges.filter((e) => e.from === p.id));
    for (const e of fromHere.shown) {
      const box = relationText(e.from, e.kind, e.to);
      lines.push(`  ${box.node}["${mermaidLabel(box.text)}"]${box.elsewhere ? ':::neighbour' : ''}`);
      lines.push(`  ${mermaidId(p.id)} --> ${box.node}`);
      links.push({ node: box.node, href: patternHref(e.to), name: box.text });
    }
    if (fromHere.hidden > 0) {
      lines.push(`  ${mermaidId(p.id, 'more')}["${moreLabel(fromHere.hidden)}"]:::empty`);
      lines.push(`  ${mermaidId(p.id)} --> ${mermaidId(p.id, 'more')}`);
    }
  }
  if (drawn.hidden > 0) lines.push(`  ${mermaidId('more', category)}["${moreLabel(drawn.hidden)}"]:::empty`);

  return {
    id: `pattern-map-${category}`,
    title,
    description,
    mermaid: lines.join('\n') + '\n',
    textAlternative: {
      columns: ['Pattern', 'Relation', 'Related pattern', 'Its category'],
      rows:
        edges.length > 0
          ? edges.map((e) => [pattern(e.from).name, RELATION_KINDS[e.kind].label, pattern(e.to).name, model.patternCategories[pattern(e.to).category].name])
          : mine.map((p) => [p.name, 'None recorded', '', '']),
    },
    links,
  };
}
