/** Starlight's sidebar config items the guide builds, as plain data (astro.config.mjs passes them on). */

/** A link by URL, with the label to show. */
export interface SidebarLink {
  label: string;
  link: string;
}

/** A page of the docs collection by its slug: Starlight fails the build when it does not exist, and labels it from its frontmatter unless given a label. */
export interface SidebarPage {
  slug: string;
  label?: string;
}

/** A group of links; `collapsed` groups still open on the page that is inside them. */
export interface SidebarGroup {
  label: string;
  collapsed?: boolean;
  items: SidebarItem[];
}

export type SidebarItem = SidebarLink | SidebarPage | SidebarGroup;
