import type { ToolId } from './ids.ts';

/** A tool's own page: /tools/<id>/. The id is the URL segment, so it never changes once published. */
export function toolUrl(id: ToolId): `/tools/${ToolId}/` {
  return `/tools/${id}/`;
}
