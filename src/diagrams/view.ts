/** The diagram's facts as a table, for readers who cannot see the picture (and for everyone who prefers text). */
export interface TextAlternative {
  /** Column headings; the first column holds each row's header. */
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * A node the page turns into a link: the reader follows it to the page or anchor it stands for.
 * A node links as a whole; a subgraph by its title; with `text`, only those words of the node's
 * label link (a box that lists several tools, each with a page of its own).
 */
export interface NodeLink {
  /** The node's (or subgraph's) Mermaid id in the view's text. */
  node: string;
  /** Root-relative page or `#anchor`. */
  href: string;
  /** The link's accessible name, when the node's label does not say it; left out, the label is the name. */
  name?: string;
  /** The words of the node's label that link, as the label shows them (line breaks may fall between words). */
  text?: string;
}

/**
 * Where a diagram is shown, and so how it is laid out. `column`: a laptop's text column (about
 * 630 px) and the downloads; `phone`: a phone's column (about 360 px); `landscape`: a landscape
 * sheet of paper. Labels are drawn at 16 px and must stay legible where they are shown, so a view
 * whose column layout cannot fit a space is laid out again for it, never shrunk to fit.
 */
export type DiagramLayout = 'column' | AlternateLayout;

/** The layouts a view may add to its column layout. */
export const ALTERNATE_LAYOUTS = ['phone', 'landscape'] as const;
export type AlternateLayout = (typeof ALTERNATE_LAYOUTS)[number];

/**
 * One line of a diagram's key: a swatch drawn with the diagram's own classes (so the same
 * stylesheet draws it in both themes and in print) and what it means.
 */
export interface LegendEntry {
  /** A box (`node` classes), a rounded box, or a line (`flowchart-link` classes). */
  shape: 'box' | 'rounded' | 'line';
  /** The role or edge class the diagram gives what the entry stands for: `primary`, `edge-pattern-dotted`. */
  className: string;
  meaning: string;
}

/** A diagram of part of the model: what `<Diagram view="…">` shows, downloads and prints. */
export interface DiagramView<Id extends string = string> {
  id: Id;
  /** Caption and accessible name. */
  title: string;
  /** Accessible description: the diagram's content in one or two sentences. */
  description: string;
  /** Mermaid source of the column layout (the one downloaded), ending in a newline. */
  mermaid: string;
  /**
   * The same view laid out for a space its column layout does not fit, built by the same function
   * from the same model: same nodes, same labels, other arrangement.
   */
  alternates?: Partial<Record<AlternateLayout, string>>;
  /** The same facts as the diagram, as a table generated from the same data. */
  textAlternative: TextAlternative;
  /** Nodes that link somewhere; added to the SVG at build, after Mermaid has drawn it. */
  links?: readonly NodeLink[];
  /** What the diagram's line styles and box styles mean, shown beside it wherever it appears; only what it draws. */
  legend?: readonly LegendEntry[];
}
