/**
 * The site-wide loader of what a page does only once the reader acts: the link tools
 * (./link-tools.ts: copying links and snippets, moving renamed anchors, prefetching a diagram's
 * links) and, on a page with code blocks, Expressive Code's script (the copy button, the fill of
 * its text from the lines, src/components/copy-text-from-lines.ts), whose URL the pass over the
 * built pages leaves in `data-script-on-intent` (src/build/code-block-script.ts). Both load when
 * the reader first moves the pointer, touches, focuses or types, or at once when the address has
 * an anchor, which may be a renamed one to move. Most page views copy nothing, and neither has
 * anything to do before the reader acts, so a page carries this loader instead of them. Without
 * JavaScript nothing changes: the icons are plain links and the copy buttons do nothing.
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

/** A code block's copy button (Expressive Code's); its script listens on the button itself. */
export const CODE_COPY_BUTTONS = '.expressive-code .copy button';

/** The attribute by which a page names a script to load on the reader's first act (its URL). */
export const SCRIPT_ON_INTENT = 'data-script-on-intent';

/** What a click that comes before the scripts are in is held for, and given to once they are. */
const HELD_CLICKS = `${ANCHOR_LINKS}, ${CODE_COPY_BUTTONS}`;

/** Whether a click is a plain one (a modified click opens a tab or a window: not a request to copy). */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** The link icon or copy button a plain click landed on, if any (read by shape: a click is a MouseEvent, its target an Element). */
function heldClickTarget(event: Event): HTMLElement | undefined {
  if (!('button' in event) || !isPlainClick(event as MouseEvent)) return undefined;
  const target = event.target as { closest?: (selector: string) => HTMLElement | null } | null;
  return target?.closest?.(HELD_CLICKS) ?? undefined;
}

/**
 * Whether a pointermove only repeats where a resting pointer already is: Chromium sends one, trusted
 * and with no movement, when the page lays out under the pointer as it loads (seen at (0, 0) in
 * headless runs, in about 1 load of 40). Not a reader's move; their next one is.
 */
function isRestingPointer(event: Event): boolean {
  const { movementX, movementY } = event as Partial<Pick<PointerEvent, 'movementX' | 'movementY'>>;
  return event.type === 'pointermove' && movementX === 0 && movementY === 0;
}

/**
 * Calls `load` once: at once when `hash` is set, else on the first intent event or change of hash
 * on `target`. A plain click on an anchor's icon or a code block's copy button that comes before
 * `load` has settled (a first tap, on a slow connection; Enter on a button the reader tabbed to)
 * is held and given to the scripts once they are in, so it copies too. When `load` fails, the
 * click is given back all the same: an icon then goes to its anchor, as without JavaScript.
 */
export function loadOnIntent(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>, hash: string, load: () => Promise<unknown>): void {
  let started = false;
  let loaded = false;
  let held: HTMLElement | undefined;
  const holdEarlyClick = (event: Event) => {
    const clicked = loaded ? undefined : heldClickTarget(event);
    if (!clicked) return;
    event.preventDefault();
    held = clicked;
  };
  const start = (event?: Event) => {
    if (started || (event && isRestingPointer(event))) return;
    started = true;
    for (const type of INTENT_EVENTS) target.removeEventListener(type, start, true);
    target.removeEventListener('hashchange', start);
    const settle = () => {
      loaded = true;
      target.removeEventListener('click', holdEarlyClick, true);
      held?.click();
    };
    void load().then(settle, settle);
  };
  target.addEventListener('click', holdEarlyClick, true);
  if (hash !== '') return start();
  for (const type of INTENT_EVENTS) target.addEventListener(type, start, { capture: true, passive: true });
  target.addEventListener('hashchange', start);
}

/** The scripts a page names for loading on intent, each once. */
export function scriptsOnIntent(root: Pick<ParentNode, 'querySelectorAll'>): string[] {
  const urls = [...root.querySelectorAll(`[${SCRIPT_ON_INTENT}]`)].map((element) => element.getAttribute(SCRIPT_ON_INTENT) ?? '');
  return [...new Set(urls.filter((url) => url !== ''))];
}

if (typeof window !== 'undefined') {
  loadOnIntent(window, location.hash, () =>
    Promise.allSettled([import('./link-tools.ts'), ...scriptsOnIntent(document).map((url) => import(/* @vite-ignore */ url))]),
  );
}
