import { SHEET_IDS, sheets, sheetToPath } from '../print/sheets.ts';
import type { SidebarGroup } from './sidebar-items.ts';

/** The printable sheets (routes in src/pages/, not content/): the list and then each sheet, in the list's order. */
export function printSheetsSidebar(): SidebarGroup {
  return {
    label: 'Printable sheets',
    collapsed: true,
    items: [{ label: 'All sheets and PDFs', link: '/reference/print/' }, ...SHEET_IDS.map((id) => ({ label: sheets[id].title, link: sheetToPath(id) }))],
  };
}
