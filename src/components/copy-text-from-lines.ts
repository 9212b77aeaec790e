import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { selectAll, type Element, type Nodes } from '@astrojs/starlight/expressive-code/hast';

/*
 * Expressive Code's copy button carries the whole block's text a second time, in `data-code`
 * (2.4 KB gzip on /practices/notebooks/). The lines on the page already hold that text: this
 * plugin drops the attribute when the lines give back exactly the same text, and a small script
 * puts it back from the lines when a reader presses the button, before Expressive Code's own
 * handler reads it. Where the two differ (a terminal block, whose copied text leaves out
 * comments), the attribute stays.
 */

/** Each line's text, as `textContent` gives it; an empty line renders as a lone newline. */
const LINE_SELECTOR = '.ec-line > .code';
const lineText = (text: string) => (text === '\n' ? '' : text);

function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => textContent(c)).join('');
  return '';
}

/** The text the copy button would copy, read from the rendered lines (the script below does the same in the page). */
export function textOfLines(block: Element): string {
  return selectAll(LINE_SELECTOR, block)
    .map((code) => lineText(textContent(code)))
    .join('\n');
}

// Capture phase on the document: it runs before the listener Expressive Code puts on the button.
const FILL_ON_PRESS = `document.addEventListener('click',e=>{const b=e.target instanceof Element?e.target.closest('.expressive-code .copy button'):null;if(!b||'code' in b.dataset)return;b.dataset.code=[...b.closest('figure').querySelectorAll('${LINE_SELECTOR}')].map(c=>c.textContent==='\\n'?'':c.textContent).join('\\n')},true);`;

export function copyTextFromLines(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'copy-text-from-lines',
    jsModules: [FILL_ON_PRESS],
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        const block = renderData.blockAst;
        for (const button of selectAll('.copy button', block)) {
          const code = button.properties.dataCode;
          if (typeof code === 'string' && code.replaceAll('\x7f', '\n') === textOfLines(block)) delete button.properties.dataCode;
        }
      },
    },
  });
}
