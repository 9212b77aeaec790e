import { openTags } from '../html/open-tags.ts';
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
 * A built page with every root-relative URL in its tags (`href`, `src`, `srcset`, `action`,
 * `xlink:href`, `poster`) moved under `base`; URLs Astro and Starlight already wrote under it are
 * kept. Text, scripts and styles are left alone: only start tags are rewritten, in place.
 */
export function htmlWithBase(html: string, base: string): string {
  if (base === '/') return html;
  let out = '';
  let from = 0;
  for (const tag of openTags(html)) {
    const changed = URL_ATTRIBUTES.some((name) => needsBase(tag.attributes[name] ?? '', base)) || (tag.attributes.srcset ?? '') !== srcsetWithBase(tag.attributes.srcset ?? '', base);
    if (!changed) continue;
    const source = html.slice(tag.start, tag.end);
    // Attribute values as written: quoted or not, any of the names above, case as in the source.
    const rewritten = source.replace(/(\s)([\w:-]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/g, (all, space: string, name: string, equals: string, raw: string) => {
      const attribute = name.toLowerCase();
      const quote = raw.startsWith('"') || raw.startsWith("'") ? raw[0] : '';
      const value = quote ? raw.slice(1, -1) : raw;
      let next = value;
      if (attribute === 'srcset') next = srcsetWithBase(value, base);
      else if ((URL_ATTRIBUTES as readonly string[]).includes(attribute) && needsBase(value, base)) next = withBase(value, base);
      return next === value ? all : `${space}${name}${equals}${quote}${next}${quote}`;
    });
    out += html.slice(from, tag.start) + rewritten;
    from = tag.end;
  }
  return out + html.slice(from);
}
