import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];
type Group = Extract<Entry, { type: 'group' }>;
type Link = Extract<Entry, { type: 'link' }>;

/** Whether a sidebar entry is, or holds, the page being rendered. */
export function holdsCurrent(entry: Entry): boolean {
  return entry.type === 'link' ? entry.isCurrent : entry.entries.some(holdsCurrent);
}

/** Every link a sidebar entry holds, at any depth. */
function linksIn(entry: Entry): Link[] {
  return entry.type === 'link' ? [entry] : entry.entries.flatMap(linksIn);
}

/**
 * A group's overview: its first entry, when that is a link whose path holds every other page of
 * the group (`/patterns/` for `/patterns/…`). A group of pages that only sit together (Practices,
 * Interactive) has none.
 */
export function overviewOf(group: Group): Link | undefined {
  const [first] = group.entries;
  if (first?.type !== 'link') return undefined;
  const others = linksIn(group).slice(1);
  return others.length > 0 && others.every((link) => link.href.startsWith(first.href) && link.href !== first.href) ? first : undefined;
}

/**
 * Each group of the sidebar that has an overview page and does not hold the current page becomes
 * one link to that overview, which lists it; the group the reader is in stays whole, and so does
 * a group with no overview to stand for it. Every page used to carry all ~150 links of the guide:
 * 3.4 KB gzip of each page's HTML, the most after its prose, and a wall on a phone, where the
 * sidebar is the menu. Every page stays two steps away: a section's link, then its own sidebar.
 */
export function compactSidebar(sidebar: readonly Entry[]): Entry[] {
  return sidebar.map((entry) => {
    if (entry.type === 'link') return entry;
    const overview = overviewOf(entry);
    if (overview && !holdsCurrent(entry)) return { type: 'link', label: entry.label, href: overview.href, isCurrent: false, badge: entry.badge, attrs: {} };
    return { ...entry, entries: compactSidebar(entry.entries) };
  });
}

/** Whether any group of the sidebar shows closed: only then has the reader state to keep across pages. */
export function hasClosedGroup(sidebar: readonly Entry[]): boolean {
  return sidebar.some((entry) => entry.type === 'group' && ((entry.collapsed && !holdsCurrent(entry)) || hasClosedGroup(entry.entries)));
}
