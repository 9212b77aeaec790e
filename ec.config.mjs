// @ts-check
// Expressive Code's options live here, not in astro.config.mjs, because one of them is a plugin
// (a function): Starlight's <Code> component can only read options from this file.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { copyTextFromLines } from './src/components/copy-text-from-lines.ts';

export default defineEcConfig({
  // Long code lines wrap (keeping their indent) instead of scrolling: no keyboard trap for
  // a scrollable block, and nothing cut off on paper.
  defaultProps: { wrap: true },
  textMarkers: false,
  // The copy button reads its text from the lines rather than a second copy in the page.
  plugins: [copyTextFromLines()],
});
