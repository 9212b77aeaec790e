import { toolsInCategory, toolHref, type Model, type ToolCategoryId } from '../model/index.ts';
import type { SidebarGroup, SidebarItem } from './sidebar-items.ts';

/**
 * The sidebar's tools group, from the model: the section's own pages (the matrix first), then one
 * collapsed sub-group per category with a link to each tool's page. Collapsed groups keep every
 * page's sidebar short; Starlight opens the one holding the current page. A category without
 * tools is left out rather than shown empty.
 */
export function toolSidebar(
  model: Pick<Model, 'tools'>,
  categories: Readonly<Record<ToolCategoryId, { name: string }>>,
  categoryIds: readonly ToolCategoryId[],
  sectionPages: readonly SidebarItem[],
): SidebarGroup {
  const groups = categoryIds.flatMap((category): SidebarGroup[] => {
    const tools = toolsInCategory(model, category);
    if (tools.length === 0) return [];
    return [{ label: categories[category].name, collapsed: true, items: tools.map((t) => ({ label: t.name, link: toolHref(t.id) })) }];
  });
  return { label: 'Tools', items: [...sectionPages, ...groups] };
}
