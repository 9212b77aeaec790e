import { SHEET_IDS, sheets, sheetToPath } from '../model/data/print-sheets.ts';
import type { SidebarGroup } from './sidebar-items.ts';

/** The printable sheets (routes in src/pages/, not content/): the list and then each sheet, in the list's order, each labelled with its page's title. */
export function printSheetsSidebar(): SidebarGroup {
  return {
    label: 'Printable sheets',
    collapsed: true,
    items: [{ label: 'Printable reference sheets', link: '/reference/print/' }, ...SHEET_IDS.map((id) => ({ label: sheets[id].title, link: sheetToPath(id) }))],
  };
}
