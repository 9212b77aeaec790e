import { openTags } from '../html/open-tags.ts';

/**
 * Every plain `<style>` in a page's `<head>` joined into one, where the last of them stood. Astro
 * writes one per component (six on /patterns/), and the policy hashes each: 45 bytes that do not
 * compress. Joined in order, with no stylesheet between them, the cascade is unchanged; when a
 * stylesheet link or a `<style media=…>` does sit between them, the page is left as it is.
 */
export function htmlWithOneHeadStyle(html: string): string {
  const tags = openTags(html);
  const inHead = tags.filter((t) => t.parents.some((p) => p.name === 'head') && !t.parents.some((p) => p.name === 'template'));
  const styles = inHead.filter((t) => t.name === 'style');
  if (styles.length < 2 || styles.some((t) => Object.keys(t.attributes).length > 0)) return html;
  const first = styles[0].start;
  const last = styles.at(-1)!.start;
  const between = inHead.filter((t) => t.start > first && t.start < last);
  if (between.some((t) => t.name === 'link' && (t.attributes.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))) return html;

  const elements = styles.map((t) => {
    const close = html.slice(t.end).search(/<\/style\s*>/i);
    if (close < 0) throw new Error(`A <style> at offset ${t.start} has no end tag`);
    const end = t.end + close + html.slice(t.end + close).indexOf('>') + 1;
    return { start: t.start, end, css: html.slice(t.end, t.end + close) };
  });
  let out = '';
  let at = 0;
  for (const [i, e] of elements.entries()) {
    out += html.slice(at, e.start);
    if (i === elements.length - 1) out += `<style>${elements.map((x) => x.css).join('')}</style>`;
    at = e.end;
  }
  return out + html.slice(at);
}
