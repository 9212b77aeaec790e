import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);
/** The W3C Nu HTML Checker (vnu-jar from npm). It needs a Java runtime, which `.ci/run` installs. */
const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');

/** One message of the checker's JSON output (`--format json`). */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** A pattern of third-party output the checker rejects, with why it is not ours to fix. */
interface Ignored {
  owner: string;
  reason: string;
  message: RegExp;
  /** The text around the problem must match too, so the rule cannot hide our own markup. */
  extract: RegExp;
}

/**
 * The only messages that do not fail the build's check. Each names whose markup it is and why it
 * stays; our own markup has no exception. A new pattern here needs an owner outside this project.
 */
export const IGNORED: readonly Ignored[] = [
  {
    owner: 'Expressive Code (code blocks)',
    reason: 'it writes each line of a block as <div class="ec-line"> inside <code>, for its line markers and wrapping',
    message: /^Element “div” not allowed as child of element “code”/,
    extract: /<div class="ec-line\b/,
  },
  {
    owner: 'Expressive Code (code blocks)',
    reason: 'its copy button holds an empty <div> that draws the "Copied!" feedback',
    message: /^Element “div” not allowed as child of element “button”/,
    // The checker's quote can stop inside the closing tag ("Copied!"><div></di…").
    extract: /Copied!"><div><\//,
  },
  {
    owner: 'Expressive Code (code blocks)',
    reason:
      'its token colours are custom properties named --0, --1, --0bg … (valid CSS); the checker\'s CSS parser refuses a custom ' +
      'property whose name starts with a digit, in our class rules (src/security/style-attributes-to-classes.ts) as in its own',
    message: /^CSS: “[a-z-]+”: Parse Error\.$/,
    // The checker quotes 30 characters: `--0:#C792EA`, `var(--1fs, inherit)`, or just the
    // fallback of `var(--0bg, transparent)` (its background, font-style, weight, decoration).
    extract: /--\d|(?:bg, transparent|(?:fs|fw|td), inherit)\)/,
  },
  {
    owner: 'Starlight (SidebarPersister.astro)',
    reason: 'it marks the inline scripts that restore the sidebar\'s state aria-hidden',
    message: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
    extract: /<script aria-hidden="true">/,
  },
  {
    owner: 'the Nu checker itself',
    reason: 'its CSS profile predates container queries (CSS Containment 3), which the explorer uses and browsers support',
    message: /^CSS: (?:“container-type”: Property “container-type” doesn't exist\.|Unrecognized at-rule “@container”)$/,
    extract: /container-type:|iner-type:inline-size|@container \(/,
  },
];

/** Whether a message is one of the named third-party patterns. */
export function isIgnored(message: NuMessage): boolean {
  return IGNORED.some((rule) => rule.message.test(message.message) && rule.extract.test(message.extract ?? ''));
}

/** `pipeline/index.html:12: Element “p” not allowed …`: where a failing message is, relative to `root`. */
export function describeNuMessage(message: NuMessage, root: string): string {
  const file = message.url?.startsWith('file:') ? relative(root, fileURLToPath(message.url)) : (message.url ?? '?');
  const extract = message.extract ? ` (…${message.extract.replace(/\s+/g, ' ').trim()}…)` : '';
  return `${file}:${message.lastLine ?? '?'}: ${message.message}${extract}`;
}

/** Every message the checker gives for `files`, in one Java process (a JVM start per page would take minutes). */
export async function nuCheck(files: readonly string[]): Promise<NuMessage[]> {
  let stderr: string;
  try {
    // --exit-zero-always: errors are read from the JSON, not the exit code; it goes to stderr.
    ({ stderr } = await promisify(execFile)('java', ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files], {
      maxBuffer: 256 * 1024 * 1024,
    }));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new Error('No `java` on PATH: the HTML checker (vnu-jar) needs a Java runtime 11+; `bash .ci/run` installs Debian\'s default-jre-headless.');
    }
    throw error;
  }
  const output: unknown = JSON.parse(stderr);
  if (typeof output !== 'object' || output === null || !('messages' in output) || !Array.isArray(output.messages)) {
    throw new Error(`The HTML checker gave no messages list: ${stderr.slice(0, 200)}`);
  }
  return output.messages;
}

/** What fails: errors (the checker's own problems included) outside the named patterns. */
export function failures(messages: readonly NuMessage[]): NuMessage[] {
  return messages.filter((m) => m.type !== 'info' && !isIgnored(m));
}
