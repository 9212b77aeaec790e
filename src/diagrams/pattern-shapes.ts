import type { ParticipantKind } from '../model/index.ts';
import { mermaidLabel } from './mermaid-text.ts';

/** How one kind of participant is drawn in every pattern diagram, and what the legend calls it. */
interface Shape {
  /** Mermaid's brackets around a quoted label. */
  open: string;
  close: string;
  /** The kind's name in the legend and the text alternative. */
  name: string;
  /** The shape in words, for the legend's text alternative. */
  shape: string;
}

/**
 * One shape per kind of participant, the same in every pattern diagram and in the legend on
 * /patterns/: the flowchart conventions readers already know (a cylinder stores, a
 * parallelogram is data in or out, a plain box is a step that runs) plus a hexagon for models.
 */
export const PARTICIPANT_SHAPES = {
  data: { open: '[/', close: '/]', name: 'Data', shape: 'Slanted box (parallelogram)' },
  store: { open: '[(', close: ')]', name: 'Store', shape: 'Cylinder' },
  model: { open: '{{', close: '}}', name: 'Model', shape: 'Hexagon' },
  service: { open: '(', close: ')', name: 'Service', shape: 'Box with rounded corners' },
  job: { open: '[', close: ']', name: 'Job or step', shape: 'Plain box' },
  person: { open: '((', close: '))', name: 'Person', shape: 'Circle' },
} as const satisfies { [K in ParticipantKind]: Shape };

/** The one class every pattern diagram gives the participants that carry the key idea (diagrams.css). */
export const KEY_CLASS = 'key';

/** A Mermaid node line: `id` drawn in its kind's shape, with the key-idea class when it carries it. */
export function participantNode(id: string, kind: ParticipantKind, label: string, key: boolean): string {
  const shape = PARTICIPANT_SHAPES[kind];
  return `  ${id}${shape.open}"${mermaidLabel(label)}"${shape.close}${key ? `:::${KEY_CLASS}` : ''}`;
}
