import { describe, expect, test } from 'vitest';
import { dropIdleSidebarState } from '../../src/build/idle-sidebar-state.ts';
import { htmlAfter } from '../../src/html/page-document.ts';

// Starlight's module, shortened: it is recognised by the sessionStorage key it keeps the state under.
const STATE_MODULE = '<script type="module">var n=`sl-sidebar-state`;addEventListener(`visibilitychange`,()=>{})</script>';
const OTHER_MODULE = '<script type="module">customElements.define(`sl-sidebar-pane`,class extends HTMLElement{})</script>';
const page = (persist: string) => `<!doctype html><html><head></head><body><nav>${persist}<ul></ul></nav>${OTHER_MODULE}${STATE_MODULE}</body></html>`;
const after = (html: string) => htmlAfter(html, dropIdleSidebarState);

describe('dropIdleSidebarState', () => {
  test("drops Starlight's sidebar-state module from a page whose sidebar has no persister, and nothing else", () => {
    const html = after(page('<sl-sidebar-state-persist>'));
    expect(html).not.toContain('sl-sidebar-state`');
    expect(html).toContain(OTHER_MODULE);
    expect(html).toBe(page('<sl-sidebar-state-persist>').replace(STATE_MODULE, ''));
  });

  test('keeps it where a persister (with the hash Starlight gives it) has groups to remember', () => {
    const kept = page('<sl-sidebar-state-persist data-hash="0ttetft">');
    expect(after(kept)).toBe(kept);
  });
});
