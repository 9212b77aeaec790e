import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import systemCandidates from './chromium-candidates.json' with { type: 'json' };
import headlessShellCandidates from './headless-shell-candidates.json' with { type: 'json' };

/** Environment variable that names the Chromium binary to use for rendering and tests. */
export const CHROMIUM_ENV = 'CHROMIUM_PATH';

/**
 * Where Debian, Ubuntu, Fedora, Arch and macOS put a system Chromium or Chrome. A JSON file so
 * that `.ci/run`, which looks for a browser before the npm dependencies exist, reads the same list.
 */
const SYSTEM_CANDIDATES: readonly string[] = systemCandidates;

/**
 * Flags for a headless Chromium on a machine with no network but loopback: without the
 * background-networking flags Chromium keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export class ChromiumNotFoundError extends Error {
  constructor(tried: readonly string[]) {
    super(
      [
        'No Chromium found to render diagrams and run browser tests. Tried:',
        ...tried.map((p) => `  - ${p}`),
        `Fix: set ${CHROMIUM_ENV}=/path/to/chromium, install your system's chromium package,`,
        'or, on a machine with internet access, run `npx playwright install chromium`.',
      ].join('\n'),
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/**
 * The Chromium to launch: $CHROMIUM_PATH, then a system install, then Playwright's own
 * download (if a user installed one). Throws a message that says how to get one.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightOwn: () => string | undefined = playwrightBrowserPath,
): string {
  const tried: string[] = [];
  const fromEnv = env[CHROMIUM_ENV];
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    // A wrong explicit path is a mistake to report, not a reason to quietly use another browser.
    throw new ChromiumNotFoundError([`${CHROMIUM_ENV}=${fromEnv} (no such file)`]);
  }
  tried.push(`${CHROMIUM_ENV} (not set)`);
  for (const candidate of SYSTEM_CANDIDATES) {
    if (exists(candidate)) return candidate;
    tried.push(candidate);
  }
  const own = playwrightOwn();
  if (own && exists(own)) return own;
  tried.push(own ? `Playwright's Chromium at ${own}` : "Playwright's Chromium (not installed)");
  throw new ChromiumNotFoundError(tried);
}

/**
 * Where Debian (its `chromium-headless-shell` package) and others put Chromium's headless shell:
 * the same Blink with no browser around it, which Playwright itself runs for headless tests. A
 * JSON file so that `.ci/run` reads the same list.
 */
const HEADLESS_SHELL_CANDIDATES: readonly string[] = headlessShellCandidates;

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, then Chromium's headless shell, then the
 * browser findChromium() finds. Pages load, lay out and run the same in the shell, with the whole
 * browser's process and UI work left out: the browser tests took 4.8 minutes in it where they
 * took 8 to 9 in the whole browser on the 2-core machine (docs/performance.md). Rendering keeps
 * findChromium(), whose output readers download.
 */
export function findTestChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightOwn: () => string | undefined = playwrightBrowserPath,
): string {
  if (!env[CHROMIUM_ENV]) {
    const shell = HEADLESS_SHELL_CANDIDATES.find((candidate) => exists(candidate));
    if (shell) return shell;
  }
  return findChromium(env, exists, playwrightOwn);
}

function playwrightBrowserPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
