import { patternCategoryHref, patternHref, patternsInOrder, type Model, type PatternCategoryId } from '../model/index.ts';
import type { SidebarGroup, SidebarLink } from './sidebar-items.ts';

/**
 * Past this many patterns the sidebar lists categories instead of every pattern. Every page
 * carries the whole sidebar, so a sidebar that grows with the catalogue makes the site's total
 * size grow with pages × patterns; a list of categories keeps each page the same size.
 */
export const SIDEBAR_PATTERN_LIMIT = 60;


/**
 * The sidebar's patterns group, from the model: one collapsed sub-group per category in book
 * order, so adding or renaming a pattern needs no sidebar edit. A catalogue past the limit gets
 * one link per category, to the catalogue filtered to it.
 */
export function patternSidebar(
  model: Pick<Model, 'patterns' | 'patternCategories'>,
  categoryIds: readonly PatternCategoryId[],
): SidebarGroup {
  const patterns = patternsInOrder(model);
  const catalogue: SidebarLink = { label: 'The catalogue', link: '/patterns/' };
  const maps: SidebarLink = { label: 'How the patterns connect', link: '/patterns/maps/' };
  if (patterns.length > SIDEBAR_PATTERN_LIMIT) {
    return {
      label: 'Patterns',
      items: [catalogue, maps, ...categoryIds.map((id) => ({ label: model.patternCategories[id].name, link: patternCategoryHref(id) }))],
    };
  }
  return {
    label: 'Patterns',
    items: [
      catalogue,
      maps,
      ...categoryIds.map((category) => ({
        label: model.patternCategories[category].name,
        collapsed: true,
        items: patterns.filter((p) => p.category === category).map((p) => ({ label: p.name, link: patternHref(p.id) })),
      })),
    ],
  };
}
