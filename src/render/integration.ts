import type { AstroIntegration } from 'astro';
import { renderAllViews } from './rendered-views.ts';

/**
 * Checks the model and renders every diagram once, in one browser, before any page is built,
 * so a broken model or Mermaid text stops the build with a message naming the file and the
 * entity. Pages then read the SVGs from the cache and never start a browser themselves.
 */
export function fieldGuideDiagrams(): AstroIntegration {
  return {
    name: 'field-guide-diagrams',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        await renderAllViews(undefined, {
          onStats: ({ rendered, cached, ms }) =>
            logger.info(`diagrams: ${rendered} rendered, ${cached} from cache, ${Math.round(ms)} ms`),
        });
      },
    },
  };
}
