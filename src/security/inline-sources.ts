import { Parser } from 'htmlparser2';
import { createHash } from 'node:crypto';

/** What a page's Content-Security-Policy must allow by hash: its inline code and styles. */
export interface InlineSources {
  /** Text of every inline script the browser would run. */
  scripts: string[];
  /** Text of every `<style>` element. */
  styles: string[];
  /** Value of every `style="…"` attribute, entities decoded (what the browser hashes). */
  styleAttributes: string[];
}

/** `'sha256-…'` as a CSP source expression for exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Types a browser acts on, and which script-src must allow: code, and speculation rules (allowed
// by hash too). JSON-LD, import maps' data and templates are not scripts to hash.
const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'speculationrules']);

/** Every inline script, style element and style attribute in a built HTML page. */
export function htmlToInlineSources(html: string): InlineSources {
  const sources: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
  // The text of the open <script> or <style> (raw text: never entity-decoded), or undefined outside one.
  let raw: { into: string[]; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // Attribute values come decoded, as the browser hashes them.
        if (attributes.style !== undefined) sources.styleAttributes.push(attributes.style);
        if (name === 'style') raw = { into: sources.styles, text: '' };
        const runnable = attributes.src === undefined && RUNNABLE_TYPES.has((attributes.type ?? '').trim().toLowerCase());
        if (name === 'script') raw = runnable ? { into: sources.scripts, text: '' } : undefined;
      },
      ontext(text) {
        if (raw) raw.text += text;
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && raw) {
          raw.into.push(raw.text);
          raw = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return sources;
}
