import { describe, expect, test } from 'vitest';
// Starlight's own generator of the module, so that a Starlight update that changes it fails here.
import { vitePluginStarlightVirtualModules } from '../../node_modules/@astrojs/starlight/dist/integrations/vite-virtual-modules.js';
import {
  PAGEFIND_CONFIG_MODULE,
  RESOLVED_PAGEFIND_CONFIG_MODULE,
  SEARCH_DEBOUNCE_MS,
  pagefindUiOptions,
  withPagefindUiOptions,
} from '../../src/search/pagefind-ui-options.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** The module code Starlight generates for a given `pagefind` option. */
function starlightModule(pagefind: Record<string, unknown>): string {
  const root = new URL('../../', import.meta.url);
  const plugin = vitePluginStarlightVirtualModules(
    { command: 'dev', isNodeCompatibleEnv: true },
    // Only the fields the generator reads.
    { pagefind, components: {}, markdown: { headingLinks: true }, customCss: [], routeMiddleware: [] } as never,
    { build: { format: 'directory' }, legacy: { collectionsBackwardsCompat: false }, root, srcDir: new URL('src/', root), trailingSlash: 'always' },
    {},
  ) as { resolveId: { handler: Hook }; load: { handler: Hook } };
  const id = plugin.resolveId.handler.call({}, PAGEFIND_CONFIG_MODULE);
  expect(id).toBe(RESOLVED_PAGEFIND_CONFIG_MODULE);
  const code = plugin.load.handler.call({}, id);
  if (typeof code !== 'string') throw new Error(`Starlight generated no code for ${PAGEFIND_CONFIG_MODULE}`);
  return code;
}

/** What a module's `pagefindUserConfig` export evaluates to. */
async function exportedConfig(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { pagefindUserConfig: unknown };
  return module.pagefindUserConfig;
}

const RANKING = { ranking: { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8 } };
const LOUD = /^src\/search\/pagefind-ui-options\.ts: .*export const pagefindUserConfig = \{…JSON…\}/;

describe('withPagefindUiOptions', () => {
  test("adds the debounce to the options Starlight generates and keeps Starlight's own", async () => {
    const code = withPagefindUiOptions(starlightModule(RANKING), { debounceTimeoutMs: SEARCH_DEBOUNCE_MS });
    expect(await exportedConfig(code)).toEqual({ ...RANKING, debounceTimeoutMs: SEARCH_DEBOUNCE_MS });
  });

  test('works when Starlight passes no options', async () => {
    expect(await exportedConfig(withPagefindUiOptions(starlightModule({}), { debounceTimeoutMs: 100 }))).toEqual({ debounceTimeoutMs: 100 });
  });

  test('waits less than Pagefind UI’s 300 ms default', () => {
    expect(SEARCH_DEBOUNCE_MS).toBeGreaterThan(0);
    expect(SEARCH_DEBOUNCE_MS).toBeLessThan(300);
  });

  test.each([
    ['another export', 'export default {"ranking":{}}'],
    ['another name', 'export const pagefindConfig = {"ranking":{}}'],
    ['code around the object', 'export const pagefindUserConfig = {}; export const other = {}'],
    ['something other than JSON', 'export const pagefindUserConfig = { ranking: defaults }'],
    ['an empty module', ''],
  ])('fails loudly, naming the plugin file and the shape it expects, on %s', (_, code) => {
    expect(() => withPagefindUiOptions(code, { debounceTimeoutMs: 100 })).toThrow(LOUD);
  });

  test('fails loudly when Starlight already sets the option, instead of overriding it', () => {
    expect(() => withPagefindUiOptions(starlightModule({ debounceTimeoutMs: 50 }), { debounceTimeoutMs: 100 })).toThrow(/already sets debounceTimeoutMs/);
  });
});

describe('pagefindUiOptions (Vite plugin)', () => {
  function context(name: string, mode: 'build' | 'dev') {
    return {
      environment: { name, mode },
      error(message: string): never {
        throw new Error(message);
      },
    };
  }
  const hooks = () => pagefindUiOptions() as unknown as { transform: Hook; buildEnd: Hook };

  test("rewrites only Starlight's resolved pagefind-config module", () => {
    const plugin = hooks();
    const client = context('client', 'build');
    expect(plugin.transform.call(client, 'export const x = 1', '/src/other.ts')).toBeNull();
    expect(plugin.transform.call(client, 'export const pagefindUserConfig = {}', PAGEFIND_CONFIG_MODULE)).toBeNull();
    const result = plugin.transform.call(client, starlightModule(RANKING), RESOLVED_PAGEFIND_CONFIG_MODULE) as { code: string };
    expect(result.code).toContain(`"debounceTimeoutMs":${SEARCH_DEBOUNCE_MS}`);
    expect(() => plugin.buildEnd.call(client)).not.toThrow();
  });

  test('fails the build when the module has another shape', () => {
    expect(() => hooks().transform.call(context('client', 'build'), 'export default {}', RESOLVED_PAGEFIND_CONFIG_MODULE)).toThrow(LOUD);
  });

  test('fails the client build when it never loaded the module (renamed by a Starlight update)', () => {
    const plugin = hooks();
    expect(() => plugin.buildEnd.call(context('client', 'build'))).toThrow(/pagefind-ui-options\.ts: the client build never loaded "virtual:starlight\/pagefind-config"/);
  });

  test('leaves other builds alone: the server-side builds and the dev server need not load it', () => {
    const plugin = hooks();
    expect(() => plugin.buildEnd.call(context('prerender', 'build'))).not.toThrow();
    expect(() => plugin.buildEnd.call(context('ssr', 'build'))).not.toThrow();
    expect(() => plugin.buildEnd.call(context('client', 'dev'))).not.toThrow();
    expect(() => plugin.buildEnd.call(context('client', 'build'), new Error('another plugin failed'))).not.toThrow();
  });
});
