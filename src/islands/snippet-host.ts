/**
 * Only on pages built without SITE_URL, imported by the link tools on the
 * reader's first act, before any "Use in your docs" panel can be open: the snippets were written
 * with root-relative URLs; this puts them on the host the page was opened from, so a copied
 * snippet works in a wiki, and removes the line that says they are relative. Without JavaScript
 * the snippets stay relative and that line stays.
 */
import { isSnippetKind, snippetOnOrigin } from '../links/snippet-origin.ts';
import { RELATIVE_SNIPPETS_NOTE as NOTE } from './snippet-note.ts';

function putSnippetsOnThisHost(): void {
  // A page opened from a file has no host to give: the relative URLs and their note stay.
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  for (const pre of document.querySelectorAll<HTMLElement>('pre[data-snippet]')) {
    const kind = pre.dataset.snippet;
    const code = pre.querySelector('code');
    if (!code || !isSnippetKind(kind)) continue;
    code.textContent = snippetOnOrigin(kind, code.textContent ?? '', location.origin);
  }
  for (const note of document.querySelectorAll(NOTE)) note.remove();
}

if (typeof document !== 'undefined') putSnippetsOnThisHost();
