/** Where the social card of a page is written: `/pipeline/` → `/og/pipeline.png`, `/` → `/og/index.png`. */
export function pathToCardPath(pathname: string): string {
  const slug = pathname.replace(/^\/|\/$/g, '').replace(/\//g, '--');
  return `/og/${slug || 'index'}.png`;
}
