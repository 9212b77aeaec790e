import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { TOKEN_RULES, TOKEN_SELECTOR } from '../../src/security/style-attributes-to-classes.ts';

// The build colours code tokens by class with a copy of Expressive Code's rules that select them
// by their style attribute. When an update of Expressive Code changes those rules, this fails
// before a reader sees code in the wrong colours.
const BY_ATTRIBUTE = ":where(span[style^='--']:not([class]))";
const ecStylesheets = readdirSync('dist/_astro').filter((f) => /^ec\..*\.css$/.test(f));

/** A stylesheet's style rules, each with the at-rules around it (a brace walk: minified CSS, no comments). */
function styleRules(css: string): { within: string[]; rule: string }[] {
  const rules: { within: string[]; rule: string }[] = [];
  const open: string[] = [];
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === quote && css[i - 1] !== '\\') quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') {
      const prelude = css.slice(start, i).trim();
      if (prelude.startsWith('@')) {
        open.push(prelude);
        start = i + 1;
      } else {
        const end = css.indexOf('}', i);
        rules.push({ within: [...open], rule: css.slice(start, end + 1).trim() });
        i = end;
        start = end + 1;
      }
    } else if (c === '}') {
      open.pop();
      start = i + 1;
    } else if (c === ';' && open.length === 0) start = i + 1;
  }
  return rules;
}

/** The rules that select tokens by attribute, each written back inside its at-rules. */
function tokenRules(css: string): string[] {
  return styleRules(css)
    .filter((r) => r.rule.includes(BY_ATTRIBUTE))
    .map((r) => r.within.reduceRight((inner, at) => `${at}{${inner}}`, r.rule));
}

test('there is one Expressive Code stylesheet, with three token colour rules', () => {
  expect(ecStylesheets).toHaveLength(1);
  const css = readFileSync(join('dist/_astro', ecStylesheets[0]), 'utf8');
  expect(tokenRules(css)).toHaveLength(3);
});

test("the class-based token rules are Expressive Code's, with the attribute test swapped for the class", () => {
  const css = readFileSync(join('dist/_astro', ecStylesheets[0]), 'utf8');
  const expected = tokenRules(css).map((rule) => rule.replaceAll(BY_ATTRIBUTE, TOKEN_SELECTOR));
  expect(expected).toEqual(TOKEN_RULES);
});
