import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

import { RELAXING_PAGEFIND_DIR } from './relaxing-pagefind-dir.ts';

const FILE = `${RELAXING_PAGEFIND_DIR}pagefind.js`;

/**
 * Vite plugin: builds src/search/relaxing-pagefind.ts as its own file of the client build at
 * `_astro/search/pagefind.js`, the name Pagefind UI asks for, so Pagefind UI searches through it.
 */
export function relaxingPagefindChunk(): Plugin {
  let emitted = false;
  return {
    name: 'field-guide-relaxing-pagefind',
    buildStart() {
      if (this.environment.mode !== 'build' || this.environment.name !== 'client') return;
      this.emitFile({ type: 'chunk', id: fileURLToPath(new URL('./relaxing-pagefind.ts', import.meta.url)), fileName: FILE, preserveSignature: 'strict' });
      emitted = true;
    },
    buildEnd(error) {
      if (error || this.environment.mode !== 'build' || this.environment.name !== 'client') return;
      if (!emitted) this.error(`src/search/relaxing-pagefind-chunk.ts: the client build did not write ${FILE}; search would fall back to nothing`);
    },
  };
}
