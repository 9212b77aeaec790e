// Starlight 0.42's <site-search> (its Search.astro), except that Pagefind UI and Pagefind are
// imported when the reader first reaches for search (the pointer or focus on the button, or opening
// it by keyboard) instead of on every page view when the page goes idle. Opening also answers "/"
// outside text fields, as many documentation sites do.
import { relaxingPagefindBundlePath } from './relaxing-pagefind-dir.ts';

/** Whether a key press belongs to a field the reader is typing in, where "/" is a character. */
function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Shows the button's keyboard shortcut with the platform's key: ⌘ on Apple devices, by the
 * deprecated `navigator.platform`, which opening the devtools does not spoof as it does the user
 * agent. Starlight does this in an inline script; here it costs the page no script and no hash.
 */
function showShortcut(openBtn: HTMLButtonElement): void {
  const shortcut = openBtn.querySelector<HTMLElement>('kbd[data-shortcut-pending]');
  if (!shortcut) return;
  const platformKey = shortcut.querySelector('kbd');
  if (platformKey && /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
    platformKey.textContent = '⌘';
    openBtn.setAttribute('aria-keyshortcuts', 'Meta+K /');
  }
  delete shortcut.dataset.shortcutPending;
}

class SiteSearch extends HTMLElement {
  /** Pagefind UI, once it is loaded and rendered; shared by every way of opening. */
  #ui: Promise<void> | undefined;

  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
    const dialog = this.querySelector('dialog');
    const dialogFrame = this.querySelector('.dialog-frame');
    if (!openBtn || !closeBtn || !dialog || !dialogFrame) return;
    showShortcut(openBtn);

    /** Close the modal if a reader clicks a link or outside the modal. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (event.target instanceof Node && document.body.contains(event.target) && !dialogFrame.contains(event.target))) {
        closeModal();
      }
    };

    // Opening by keyboard with nothing loaded does not warm Pagefind beside the UI: both would
    // compete for the main thread, and the box taking focus loads Pagefind right after.
    const openModal = (event?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      event?.stopPropagation();
      window.addEventListener('click', onClick);
      this.#loadUi().then(() => {
        // Focusing the box is what makes Pagefind UI fetch Pagefind and its index (see README, "Search").
        if (dialog.open) this.querySelector('input')?.focus();
      });
    };

    const closeModal = () => dialog.close();
    // Focus can stay in the closed dialog's box until Chromium's next rendering update, so a "/"
    // pressed just after closing targets the hidden box: that is not a field the reader is in.
    const isTypingElsewhere = (target: EventTarget | null) => isTypingTarget(target) && !(target instanceof Node && dialog.contains(target));

    // The pointer or focus reaching the button is the reader reaching for search: fetching and
    // rendering Pagefind UI then, not on click, makes the box ready sooner, and loading Pagefind
    // (its worker, Wasm, index metadata and filters) then makes the first result come sooner.
    const prefetch = () => {
      this.#warmPagefind();
      void this.#loadUi().catch(() => undefined);
    };
    openBtn.addEventListener('pointerenter', prefetch, { once: true });
    openBtn.addEventListener('focus', prefetch, { once: true });
    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        dialog.open ? closeModal() : openModal();
        event.preventDefault();
      } else if (event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !dialog.open && !isTypingElsewhere(event.target)) {
        openModal();
        event.preventDefault();
      }
    });
  }

  /** Pagefind, loaded through the module Pagefind UI searches with (./relaxing-pagefind.ts), once. */
  #pagefind: Promise<void> | undefined;

  #warmPagefind(): void {
    const url = `${relaxingPagefindBundlePath(import.meta.env.BASE_URL)}pagefind.js`;
    this.#pagefind ??= import(/* @vite-ignore */ url).then((module: unknown) => {
      if (typeof module === 'object' && module !== null && 'warm' in module && typeof module.warm === 'function') return module.warm();
    });
    // Offline, or Pagefind failed: Pagefind UI loads it again when the box takes focus.
    this.#pagefind.catch(() => (this.#pagefind = undefined));
  }

  #loadUi(): Promise<void> {
    this.#ui ??= import('./mount-pagefind-ui.ts').then(async ({ loadPagefindUiStylesheet, mountPagefindUi, showSearchOutcome }) => {
      await loadPagefindUiStylesheet();
      let translations: Record<string, string> = {};
      try {
        translations = JSON.parse(this.dataset.translations || '{}');
      } catch {
        // Starlight writes this attribute; Pagefind UI falls back to its English texts.
      }
      const shouldStrip = this.dataset.stripTrailingSlash !== undefined;
      const formatUrl = shouldStrip ? (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2') : (path: string) => path;
      mountPagefindUi({ element: '#starlight__search', translations, formatUrl });
      showSearchOutcome(this);
    });
    // A failed load (the reader went offline) is tried again on the next opening.
    this.#ui.catch(() => (this.#ui = undefined));
    return this.#ui;
  }
}
customElements.define('site-search', SiteSearch);
