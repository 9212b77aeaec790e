import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { fenceProblem, mermaidFencePlugin, mermaidFencesUnder } from './mermaid-fences.ts';
import { DiagramRenderError } from './render-mermaid.ts';
import { renderAllViews } from './rendered-views.ts';

/** Where the pages are (see src/content.config.ts). */
const CONTENT_DIR = 'content';

/**
 * Renders every diagram once, in one browser, before any page is built: the model's views (of
 * the model the model check has passed) and the pages' ```mermaid fences alike, so a broken view
 * or fence stops the build with a message naming the file and the view or fence. Pages then read the
 * SVGs from the cache and never start a browser themselves.
 */
export function fieldGuideDiagrams(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'field-guide-diagrams',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        const processor = config.markdown.processor;
        // Astro's default Markdown processor (Sätteri) runs its own kind of plugins, not remark's.
        if (!isSatteriProcessor(processor)) {
          throw new Error(`Mermaid fences are rendered by a Sätteri plugin, but markdown.processor is "${processor.name}".`);
        }
        processor.options.mdastPlugins.push(mermaidFencePlugin(root));
      },
      'astro:build:start': async ({ logger }) => {
        const fences = await mermaidFencesUnder(root, CONTENT_DIR);
        const problems = fences.flatMap((f) => {
          const problem = fenceProblem(f);
          return problem ? [{ name: f.name, error: problem }] : [];
        });
        const renderable = fences.filter((f) => fenceProblem(f) === undefined);
        try {
          await renderAllViews(
            undefined,
            {
              onStats: ({ rendered, cached, ms }) =>
                logger.info(`diagrams: ${rendered} rendered, ${cached} from cache, ${Math.round(ms)} ms (${renderable.length} from mermaid fences)`),
            },
            renderable,
          );
        } catch (error) {
          // One message for every broken diagram: Mermaid's errors and the fences' missing names.
          if (error instanceof DiagramRenderError && problems.length > 0) throw new DiagramRenderError([...error.failures, ...problems]);
          throw error;
        }
        if (problems.length > 0) throw new DiagramRenderError(problems);
      },
    },
  };
}
