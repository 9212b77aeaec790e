import { eachElement, elementText, type PageDocument, type PageElement, type PageNode } from '../html/page-document.ts';

/** What Starlight's sidebar-state module keeps its state under in sessionStorage: how its script is recognised. */
const STATE_KEY = 'sl-sidebar-state';

/**
 * Starlight's Page puts its sidebar-state module (which stores the open groups and the scroll
 * position) on every page with a sidebar, 0.45 KB gzip inline. The guide's sidebar shows only
 * the reader's section in full (src/navigation/compact-sidebar.ts), and a page where no group of
 * it shows closed has no persister (no `data-hash`): there the module has nothing to keep, and it
 * goes. Pages with a persister keep it.
 */
export function dropIdleSidebarState(document: PageDocument): void {
  let persists = false;
  const modules: { siblings: PageNode[]; element: PageElement }[] = [];
  eachElement(document, (element, siblings) => {
    if (element.name === 'sl-sidebar-state-persist' && element.attributes['data-hash'] !== undefined) persists = true;
    if (element.name === 'script' && element.attributes.type === 'module' && element.attributes.src === undefined && elementText(element).includes(STATE_KEY)) {
      modules.push({ siblings, element });
    }
  });
  if (persists) return;
  for (const { siblings, element } of modules) siblings.splice(siblings.indexOf(element), 1);
}
