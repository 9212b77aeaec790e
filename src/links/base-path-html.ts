import { eachElement, htmlAfter, type PageDocument } from '../html/page-document.ts';
import { withBase } from './base-path.ts';

/** Attributes whose value is one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'xlink:href', 'poster'] as const;

/** Whether a URL is root-relative (`/pipeline/`, not `//host/` or `pipeline/`) and not yet under `base`. */
function needsBase(url: string, base: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base) && `${url}/` !== base;
}

/** A `srcset` with each root-relative candidate under `base`. */
function srcsetWithBase(srcset: string, base: string): string {
  return srcset.replace(/(^|,)(\s*)(\S+)/g, (all, comma: string, space: string, url: string) =>
    needsBase(url, base) ? `${comma}${space}${withBase(url, base)}` : all,
  );
}

/**
 * Moves every root-relative URL in the page's tags (`href`, `src`, `srcset`, `action`,
 * `xlink:href`, `poster`) under `base`; URLs Astro and Starlight already wrote under it are
 * kept. Text, scripts and styles are left alone: only start tags are rewritten, in place.
 */
export function moveUnderBase(document: PageDocument, base: string): void {
  if (base === '/') return;
  eachElement(document, (element) => {
    const { attributes } = element;
    const changed = URL_ATTRIBUTES.some((name) => needsBase(attributes[name] ?? '', base)) || (attributes.srcset ?? '') !== srcsetWithBase(attributes.srcset ?? '', base);
    if (!changed) return;
    // Attribute values as written: quoted or not, any of the names above, case as in the source.
    element.startTag = element.startTag.replace(/(\s)([\w:-]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/g, (all, space: string, name: string, equals: string, raw: string) => {
      const attribute = name.toLowerCase();
      const quote = raw.startsWith('"') || raw.startsWith("'") ? raw[0] : '';
      const value = quote ? raw.slice(1, -1) : raw;
      let next = value;
      if (attribute === 'srcset') next = srcsetWithBase(value, base);
      else if ((URL_ATTRIBUTES as readonly string[]).includes(attribute) && needsBase(value, base)) next = withBase(value, base);
      return next === value ? all : `${space}${name}${equals}${quote}${next}${quote}`;
    });
    for (const name of URL_ATTRIBUTES) if (needsBase(attributes[name] ?? '', base)) attributes[name] = withBase(attributes[name] ?? '', base);
    if (attributes.srcset !== undefined) attributes.srcset = srcsetWithBase(attributes.srcset, base);
  });
}

/** `moveUnderBase` on a page's HTML. */
export function htmlWithBase(html: string, base: string): string {
  return htmlAfter(html, (document) => moveUnderBase(document, base));
}
