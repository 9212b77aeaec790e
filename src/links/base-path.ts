/** The example every message about BASE_PATH shows. */
const EXAMPLE = 'e.g. BASE_PATH=/ml-guide/ for a guide served at https://docs.example.org/ml-guide/';

/**
 * The path the guide is served under, read from the BASE_PATH environment variable: `/` when it
 * is not set, else the value with one slash at each end (`ml-guide` → `/ml-guide/`). A value that
 * is not a path (a URL, a query, `..`, characters a URL would escape) stops the build.
 */
export function basePathFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const value = env.BASE_PATH?.trim();
  if (!value || /^\/+$/.test(value)) return '/';
  const segments = value.split('/').filter((s) => s !== '');
  const bad = segments.find((s) => s === '.' || s === '..' || !/^[A-Za-z0-9._~-]+$/.test(s));
  if (bad !== undefined) {
    throw new Error(
      `BASE_PATH: "${value}" is not a path (the segment "${bad}" is not allowed); set it to the path the guide is served under, ${EXAMPLE}, or leave it unset for the root of the host`,
    );
  }
  return `/${segments.join('/')}/`;
}

/** The path the guide is served under (BASE_PATH): `/`, or e.g. `/ml-guide/`. */
export const BASE_PATH = basePathFromEnv(process.env);

/** A root-relative path of the guide (`/pipeline/`) as served under `base` (`/ml-guide/pipeline/`). */
export function withBase(path: string, base: string = BASE_PATH): string {
  if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  return `${base}${path.slice(1)}`;
}

/** A served path (`/ml-guide/pipeline/`) as the guide's own path (`/pipeline/`); paths outside `base` are kept. */
export function withoutBase(pathname: string, base: string = BASE_PATH): string {
  if (base === '/') return pathname;
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}
