// The pipeline explorer: enhances the static stage sections and the linked diagram rendered by
// PipelineExplorer.astro. Reads all its data from the page; state lives in the URL.

import { words } from './words.ts';

interface ExplorerState {
  stage?: string;
  type?: string;
  tool?: string;
}

const PARAMS = ['stage', 'type', 'tool'] as const;

/** Wires up one explorer: stage links in the diagram, type radios, tool select, back and forward. */
export function startExplorer(root: HTMLElement): void {
  const links = Array.from(root.querySelectorAll('a[data-stage]'));
  const articles = Array.from(root.querySelectorAll<HTMLElement>('article[data-stage]'));
  const radios = Array.from(root.querySelectorAll<HTMLInputElement>('input[name="type"]'));
  const select = root.querySelector<HTMLSelectElement>('select[data-explorer-tool]');
  const status = root.querySelector<HTMLElement>('[data-explorer-status]');
  if (!select || !status) return;

  const known = {
    stage: new Set(links.map((l) => l.getAttribute('data-stage') ?? '')),
    type: new Set(radios.map((r) => r.value).filter(Boolean)),
    tool: new Set(Array.from(select.options, (o) => o.value).filter(Boolean)),
  };
  let state = stateFromUrl(new URL(location.href), known);

  const go = (next: ExplorerState) => {
    state = next;
    const url = urlForState(new URL(location.href), next);
    if (url.href !== location.href) history.pushState(null, '', url);
    render();
  };

  function render(): void {
    const radio = radios.find((r) => r.value === (state.type ?? '')) ?? radios[0];
    const option = Array.from(select?.options ?? []).find((o) => o.value === (state.tool ?? ''));
    const primary = words(radio?.dataset.primary);
    const supporting = words(radio?.dataset.supporting);
    const fits = words(option?.dataset.stages);
    // One stage's details at a time, beside the diagram: the first until the reader picks one.
    const shown = state.stage ?? links[0]?.getAttribute('data-stage') ?? undefined;
    for (const link of links) {
      const id = link.getAttribute('data-stage') ?? '';
      link.classList.toggle('is-selected', id === shown);
      link.classList.toggle('is-primary', primary.includes(id));
      link.classList.toggle('is-supporting', supporting.includes(id));
      link.classList.toggle('is-tool-fit', fits.includes(id));
      if (id === shown) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    for (const article of articles) article.hidden = article.dataset.stage !== shown;
    if (radio) radio.checked = true;
    if (select) select.value = state.tool ?? '';
    root.querySelector('[data-explorer-legend]')?.toggleAttribute('hidden', !state.type && !state.tool);

    const stageName = links.find((l) => l.getAttribute('data-stage') === state.stage)?.getAttribute('aria-label');
    const sentences = [
      stageName ? `Showing ${stageName}.` : '',
      state.type ? (radio?.dataset.summary ?? '') : '',
      state.tool ? (option?.dataset.summary ?? '') : '',
    ];
    if (status) status.textContent = sentences.filter(Boolean).join(' ');
  }

  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      go({ ...state, stage: link.getAttribute('data-stage') ?? undefined });
    });
  }
  for (const radio of radios) radio.addEventListener('change', () => go({ ...state, type: radio.value || undefined }));
  select.addEventListener('change', () => go({ ...state, tool: select.value || undefined }));
  window.addEventListener('popstate', () => {
    state = stateFromUrl(new URL(location.href), known);
    const focused = document.activeElement;
    render();
    // Never leave focus inside a section that just got hidden.
    if (focused instanceof HTMLElement && focused.closest('[hidden]')) {
      const link = links.find((l) => l.getAttribute('data-stage') === state.stage) ?? links[0];
      if (link instanceof SVGElement) link.focus();
    }
  });

  root.querySelector('[data-explorer-controls]')?.removeAttribute('data-pending');
  render();
}

/** The explorer's state from a URL; unknown values are ignored. */
function stateFromUrl(url: URL, known: { readonly [K in keyof ExplorerState]-?: ReadonlySet<string> }): ExplorerState {
  const state: ExplorerState = {};
  for (const key of PARAMS) {
    const value = url.searchParams.get(key);
    if (value !== null && known[key].has(value)) state[key] = value;
  }
  // A no-JavaScript link to a stage's anchor (`#stage-data-validation`) selects that stage.
  const anchored = url.hash.replace(/^#stage-/, '');
  if (state.stage === undefined && url.hash.startsWith('#stage-') && known.stage.has(anchored)) state.stage = anchored;
  return state;
}

/** The URL for a state: its parameters in a fixed order, no fragment. */
function urlForState(current: URL, state: ExplorerState): URL {
  const url = new URL(current.pathname, current.origin);
  for (const key of PARAMS) {
    const value = state[key];
    if (value) url.searchParams.set(key, value);
  }
  return url;
}

