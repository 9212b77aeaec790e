/**
 * Progressive enhancement for every page: a "Copy link" button on each heading and diagram,
 * and old (renamed) anchors in the address bar moved to their new ids. Without JavaScript the
 * headings and diagrams still link to themselves; nothing here is needed to read the page.
 */
import { anchorAliasesFor } from '../links/redirects.ts';

const TARGETS = '.sl-markdown-content :is(h2, h3, h4, h5, h6)[id], figure.diagram[id]';

/** The id a renamed anchor points to now, or undefined when the hash needs no change. */
export function aliasedHash(path: string, hash: string, exists: (id: string) => boolean): string | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id || exists(id)) return undefined;
  const next = anchorAliasesFor(path)[id];
  return next && exists(next) ? next : undefined;
}

function followAlias(): void {
  const next = aliasedHash(location.pathname, location.hash, (id) => document.getElementById(id) !== null);
  if (!next) return;
  history.replaceState(history.state, '', `#${encodeURIComponent(next)}`);
  document.getElementById(next)?.scrollIntoView();
}

function liveRegion(): HTMLElement {
  const existing = document.getElementById('link-tools-status');
  if (existing) return existing;
  const region = document.createElement('div');
  region.id = 'link-tools-status';
  region.className = 'link-tools-status';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}

function targetName(target: Element): string {
  const caption = target.matches('figure') ? target.querySelector('figcaption .diagram-anchor') : target;
  return (caption?.textContent ?? target.id).trim();
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard (insecure context, denied permission): the address bar still gets the link.
    return false;
  }
}

function addButton(target: Element, status: HTMLElement): void {
  const name = targetName(target);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.textContent = 'Copy link';
  button.setAttribute('aria-label', `Copy link to “${name}”`);
  button.addEventListener('click', async () => {
    const url = new URL(location.href);
    url.hash = target.id;
    const copied = await copyText(url.href);
    if (!copied) history.replaceState(history.state, '', url.hash);
    // Clear first so that copying the same link twice is announced twice.
    status.textContent = '';
    status.textContent = copied ? `Link to “${name}” copied` : `Link to “${name}” is in the address bar`;
  });
  if (target.matches('figure')) {
    target.querySelector('figcaption')?.append(button);
    return;
  }
  // Never inside the heading: the button's label would become part of the heading's
  // accessible name ("Checks Copy link to …"). Starlight wraps Markdown headings, so the button
  // joins that row; a heading a component rendered gets it right after.
  const wrapper = target.closest('.sl-heading-wrapper');
  if (wrapper) wrapper.append(button);
  else {
    button.classList.add('copy-link--after');
    target.after(button);
  }
}

function enhance(): void {
  followAlias();
  const status = liveRegion();
  for (const target of document.querySelectorAll(TARGETS)) addButton(target, status);
  window.addEventListener('hashchange', followAlias);
}

if (typeof document !== 'undefined') enhance();
