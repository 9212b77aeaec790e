/**
 * Progressive enhancement for every page: each permanent anchor's link icon (Starlight's
 * `.sl-anchor-link` beside headings, and the same icon beside diagrams and explorer stages) also
 * copies its URL, says "Link copied" beside it and announces it; each "Use in your docs" snippet's
 * copy button copies the snippet the same way; and old (renamed) anchors in the address bar move
 * to their new ids; and a diagram's links prefetch their pages (diagram-link-prefetch.ts).
 * Without JavaScript the icons are plain links to themselves and the copy buttons stay hidden
 * (the snippets can still be selected). Loaded by ./load-on-intent.ts on the reader's first
 * move, touch, focus or key, or at once when the address has an anchor.
 */
import { ANCHOR_REDIRECTS_ID, type PageAnchorRedirects } from '../links/anchor-redirects-block.ts';
import { prefetchDiagramLinks } from './diagram-link-prefetch.ts';
import { ANCHOR_LINKS, isPlainClick } from './load-on-intent.ts';
import { RELATIVE_SNIPPETS_NOTE } from './snippet-note.ts';

/** The copy button above each snippet (src/components/DiagramSnippets.astro); its snippet is the next element. */
const SNIPPET_COPY = 'button.diagram-snippet-copy';
/** How long "Link copied" stays beside the icon; the announcement does not depend on it. */
const FEEDBACK_MS = 2500;

/** The id a renamed anchor points to now (from this page's aliases), or undefined when the hash needs no change. */
export function aliasedHash(aliases: Readonly<Record<string, string>>, hash: string, exists: (id: string) => boolean): string | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id || exists(id)) return undefined;
  const next = aliases[id];
  return next && exists(next) ? next : undefined;
}

/** The page an anchor moved to (from this page's moves), or undefined when it is here (or never moved). */
export function movedAnchorPage(moves: Readonly<Record<string, string>>, hash: string, exists: (id: string) => boolean): string | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id || exists(id)) return undefined;
  return moves[id];
}

/**
 * This page's renamed and moved anchors, written into the page at build (Head.astro) rather than
 * bundled: the whole site's table in the script cost every page about half a kilobyte.
 */
function pageRedirects(): PageAnchorRedirects {
  const text = document.getElementById(ANCHOR_REDIRECTS_ID)?.textContent;
  if (!text) return { aliases: {}, moves: {} };
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) return { aliases: {}, moves: {} };
  const record = (value: unknown): Record<string, string> =>
    typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
  return { aliases: record('aliases' in parsed ? parsed.aliases : undefined), moves: record('moves' in parsed ? parsed.moves : undefined) };
}

function followAlias(): void {
  if (!location.hash) return;
  const exists = (id: string) => document.getElementById(id) !== null;
  const { aliases, moves } = pageRedirects();
  const page = movedAnchorPage(moves, location.hash, exists);
  if (page) {
    location.replace(`${page}${location.hash}`);
    return;
  }
  const next = aliasedHash(aliases, location.hash, exists);
  if (!next) return;
  history.replaceState(history.state, '', `#${encodeURIComponent(next)}`);
  document.getElementById(next)?.scrollIntoView();
}

function liveRegion(): HTMLElement {
  const region = document.createElement('div');
  region.id = 'link-tools-status';
  region.className = 'sr-only';
  region.setAttribute('role', 'status');
  document.body.append(region);
  return region;
}

/** What the target is called: its labelling element (figures, stages) or its own text (headings). */
function targetName(target: Element): string {
  const labelledBy = target.getAttribute('aria-labelledby');
  const label = labelledBy ? document.getElementById(labelledBy) : null;
  return (label ?? target).textContent?.trim() || target.id;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard (insecure context, denied permission): following the link puts it in the address bar.
    return false;
  }
}

/** A short visible note after the icon; hidden from screen readers, which hear the live region. */
function showFeedback(link: Element, text: string): void {
  document.querySelector('.link-copied')?.remove();
  const note = document.createElement('span');
  note.className = 'link-copied';
  note.setAttribute('aria-hidden', 'true');
  note.textContent = text;
  link.after(note);
  setTimeout(() => note.remove(), FEEDBACK_MS);
}

/** Copies the snippet after a copy button, or selects it where there is no clipboard, and says which. */
async function copySnippet(button: Element, status: HTMLElement): Promise<void> {
  const snippet = button.parentElement?.nextElementSibling;
  if (!(snippet instanceof HTMLElement) || !snippet.dataset.snippet) return;
  const copied = await copyText(snippet.textContent ?? '');
  if (!copied) getSelection()?.selectAllChildren(snippet);
  const kind = snippet.dataset.snippet === 'html' ? 'HTML' : 'Markdown';
  const name = snippet.closest<HTMLElement>('[data-snippet-of]')?.dataset.snippetOf;
  const what = name ? `${kind} for “${name}”` : kind;
  status.textContent = '';
  status.textContent = copied ? `${what} copied` : `${what} selected: press Ctrl+C or ⌘C to copy`;
  showFeedback(button, copied ? 'Copied' : 'Selected');
}

function enhance(): void {
  followAlias();
  const status = liveRegion();
  for (const button of document.querySelectorAll<HTMLButtonElement>(SNIPPET_COPY)) button.hidden = false;
  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest(SNIPPET_COPY) : null;
    if (button) return copySnippet(button, status);
    const link = event.target instanceof Element ? event.target.closest(ANCHOR_LINKS) : null;
    if (!link || !isPlainClick(event)) return;
    const id = decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '');
    const target = document.getElementById(id);
    if (!target) return;
    // The link still does what a link does (the hash changes, the page scrolls); it also copies.
    // A diagram's icon is under the picture: jumping to the figure's top would scroll the
    // "Link copied" note out of sight, so there only the address changes.
    const url = new URL(location.href);
    url.hash = id;
    if (link.closest('figcaption')) {
      event.preventDefault();
      history.pushState(history.state, '', url.hash);
    }
    const copied = await copyText(url.href);
    const name = targetName(target);
    // Clear first so that copying the same link twice is announced twice.
    status.textContent = '';
    status.textContent = copied ? `Link to “${name}” copied` : `Link to “${name}” is in the address bar`;
    showFeedback(link, copied ? 'Link copied' : 'Link in address bar');
  });
  window.addEventListener('hashchange', followAlias);
  prefetchDiagramLinks();
  // A build without SITE_URL: its snippets go on this page's host. A page of any other build has no such line and loads nothing.
  if (document.querySelector(RELATIVE_SNIPPETS_NOTE)) void import('./snippet-host.ts');
}

if (typeof document !== 'undefined') enhance();
