import type { Plugin } from 'vite';

/**
 * How long Pagefind UI waits after the last keystroke before it searches (its default is 300 ms).
 *
 * That wait would be most of the time from typing to the first result, but the search itself no
 * longer waits for it: Pagefind UI calls `pagefind.preload(term)` on every keystroke, and the
 * Pagefind it searches through (./relaxing-pagefind.ts) starts the whole search there (index
 * chunks, the first results' fragments), so the search after the wait takes over one under way.
 * The wait now only decides when the list changes. 60 ms still folds a held key (about 30 repeats a
 * second) into one update. The price: a reader typing at an ordinary pace (150-250 ms between keys)
 * gets a list per keystroke, so the list follows the query as it is typed. See README, "Search".
 */
export const SEARCH_DEBOUNCE_MS = 60;

/** Starlight's virtual module with the `pagefind` options it passes to `new PagefindUI()`. */
export const PAGEFIND_CONFIG_MODULE = 'virtual:starlight/pagefind-config';
/** The id Vite gives it once Starlight's plugin resolves it (`\0` marks a virtual module). */
export const RESOLVED_PAGEFIND_CONFIG_MODULE = `\0${PAGEFIND_CONFIG_MODULE}`;

const PLUGIN_FILE = 'src/search/pagefind-ui-options.ts';
/** What Starlight 0.42 generates: `export const pagefindUserConfig = <JSON of its pagefind option>`. */
const EXPECTED_SHAPE = /^export const pagefindUserConfig = (\{[\s\S]*\})\s*;?\s*$/;

function unexpected(what: string): Error {
  return new Error(
    `${PLUGIN_FILE}: ${what}. It adds debounceTimeoutMs to Pagefind UI's options by rewriting Starlight's ` +
      `"${PAGEFIND_CONFIG_MODULE}" module, which it expects to be exactly ` +
      '`export const pagefindUserConfig = {…JSON…}` (Starlight 0.42). Starlight has probably changed how it ' +
      'passes options to Pagefind UI: update the plugin, or remove it if Starlight now accepts debounceTimeoutMs.',
  );
}

/** Starlight's module code with `options` added to the exported `pagefindUserConfig`; throws on anything else. */
export function withPagefindUiOptions(code: string, options: Readonly<Record<string, unknown>>): string {
  const match = EXPECTED_SHAPE.exec(code.trim());
  if (!match?.[1]) throw unexpected('the module no longer has the expected shape');
  let config: unknown;
  try {
    config = JSON.parse(match[1]);
  } catch {
    throw unexpected('the exported pagefindUserConfig is not a JSON object');
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw unexpected('the exported pagefindUserConfig is not a JSON object');
  const clashes = Object.keys(options).filter((key) => key in config);
  if (clashes.length > 0) throw unexpected(`Starlight already sets ${clashes.join(', ')}`);
  return `export const pagefindUserConfig = ${JSON.stringify({ ...config, ...options })};\n`;
}

/**
 * Vite plugin: Pagefind UI gets `debounceTimeoutMs` (Starlight's `pagefind` option drops keys it
 * does not know, so it cannot be set there). Starlight's own search component stays as it is.
 * Fails the build when the module has another shape, or when the client bundle never loaded it.
 */
export function pagefindUiOptions(options: Readonly<Record<string, unknown>> = { debounceTimeoutMs: SEARCH_DEBOUNCE_MS }): Plugin {
  /** The environments (client, prerender, …) whose build rewrote the module. */
  const rewrittenIn = new Set<string>();
  return {
    name: 'field-guide-pagefind-ui-options',
    transform(code, id) {
      if (id !== RESOLVED_PAGEFIND_CONFIG_MODULE) return null;
      rewrittenIn.add(this.environment.name);
      try {
        return { code: withPagefindUiOptions(code, options), map: null };
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    buildEnd(error) {
      // The search script is bundled for the browser: its build must have gone through the module.
      if (error || this.environment.mode !== 'build' || this.environment.name !== 'client') return;
      if (!rewrittenIn.has('client')) this.error(unexpected(`the client build never loaded "${PAGEFIND_CONFIG_MODULE}"`).message);
    },
  };
}
