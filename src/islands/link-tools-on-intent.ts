/**
 * The site-wide part of the link tools: it loads ./link-tools.ts (copying links and snippets,
 * moving renamed anchors, prefetching a diagram's links) when the reader first moves the pointer,
 * touches, focuses or types, or at once when the address has an anchor, which may be a renamed
 * one to move. Most page views copy nothing, and the tools have nothing to do before the reader
 * acts, so a page carries this loader instead of the tools. Without JavaScript nothing changes:
 * the icons are plain links and the copy buttons stay hidden.
 */

/**
 * What a reader does first: any of these loads the tools. A move, not `pointerover`: browsers
 * send that one, with no move, when the page appears under a pointer resting where it loads.
 * `click` too, for the clicks a screen reader sends in browse mode with no pointer, focus or key
 * event of the page's before them (opening "Use in your docs", whose copy buttons the tools show).
 */
export const INTENT_EVENTS = ['pointermove', 'pointerdown', 'focusin', 'keydown', 'click'] as const;

/** A permanent anchor's link icon (Starlight's beside headings, src/links/anchor-link-html.ts elsewhere): clicked, the tools copy its URL. */
export const ANCHOR_LINKS = 'a.sl-anchor-link[href^="#"]';

/** Whether a click is a plain one (a modified click opens a tab or a window: not a request to copy). */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** The anchor icon a plain click landed on, if any (read by shape: a click is a MouseEvent, its target an Element). */
function anchorLinkClicked(event: Event): HTMLElement | undefined {
  if (!('button' in event) || !isPlainClick(event as MouseEvent)) return undefined;
  const target = event.target as { closest?: (selector: string) => HTMLElement | null } | null;
  return target?.closest?.(ANCHOR_LINKS) ?? undefined;
}

/**
 * Calls `load` once: at once when `hash` is set, else on the first intent event or change of hash
 * on `target`. A plain click on an anchor's icon that comes before `load` has resolved (a first
 * tap, on a slow connection) is held and given to the tools once they are in, so it copies too.
 */
export function loadOnIntent(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>, hash: string, load: () => Promise<unknown>): void {
  let started = false;
  let loaded = false;
  let held: HTMLElement | undefined;
  const holdEarlyClick = (event: Event) => {
    const link = loaded ? undefined : anchorLinkClicked(event);
    if (!link) return;
    event.preventDefault();
    held = link;
  };
  const start = () => {
    if (started) return;
    started = true;
    for (const type of INTENT_EVENTS) target.removeEventListener(type, start, true);
    target.removeEventListener('hashchange', start);
    void load().then(() => {
      loaded = true;
      target.removeEventListener('click', holdEarlyClick, true);
      held?.click();
    });
  };
  target.addEventListener('click', holdEarlyClick, true);
  if (hash !== '') return start();
  for (const type of INTENT_EVENTS) target.addEventListener(type, start, { capture: true, passive: true });
  target.addEventListener('hashchange', start);
}

if (typeof window !== 'undefined') loadOnIntent(window, location.hash, () => import('./link-tools.ts'));
