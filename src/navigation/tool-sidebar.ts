import { toolCategoryHref, toolsInCategory, toolHref, type Model, type ToolCategoryId } from '../model/index.ts';
import type { SidebarGroup, SidebarItem } from './sidebar-items.ts';

/**
 * Past this many tools the sidebar lists kinds instead of every tool: every page carries the
 * whole sidebar, so one that grows with the tools makes every page grow with them (and the
 * site with pages × tools). Twice the guide's tools today.
 */
export const SIDEBAR_TOOL_LIMIT = 80;

/**
 * The sidebar's tools group, from the model: the section's own pages (the matrix first), then one
 * collapsed sub-group per category with a link to each tool's page. Collapsed groups keep every
 * page's sidebar short; Starlight opens the one holding the current page. A category without
 * tools is left out rather than shown empty. Past the limit, one link per category, to the tools
 * page filtered to it.
 */
export function toolSidebar(
  model: Pick<Model, 'tools'>,
  categories: Readonly<Record<ToolCategoryId, { name: string }>>,
  categoryIds: readonly ToolCategoryId[],
  sectionPages: readonly SidebarItem[],
  /** Pages comparing tools side by side, after the kinds. */
  comparisons: readonly SidebarItem[] = [],
): SidebarGroup {
  const inCategories = categoryIds.map((category) => ({ category, tools: toolsInCategory(model, category) })).filter((c) => c.tools.length > 0);
  if (Object.keys(model.tools).length > SIDEBAR_TOOL_LIMIT) {
    return { label: 'Tools', items: [...sectionPages, ...inCategories.map(({ category }) => ({ label: categories[category].name, link: toolCategoryHref(category) })), ...comparisons] };
  }
  const groups = inCategories.map(({ category, tools }): SidebarGroup => ({
    label: categories[category].name,
    collapsed: true,
    items: tools.map((t) => ({ label: t.name, link: toolHref(t.id) })),
  }));
  const compared: SidebarGroup[] = comparisons.length > 0 ? [{ label: 'Compared side by side', collapsed: true, items: [...comparisons] }] : [];
  return { label: 'Tools', items: [...sectionPages, ...groups, ...compared] };
}
