/** The diagram's facts as a table, for readers who cannot see the picture (and for everyone who prefers text). */
export interface TextAlternative {
  /** Column headings; the first column holds each row's header. */
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** A node the page turns into a link: the reader follows it to the page or anchor it stands for. */
export interface NodeLink {
  /** The node's Mermaid id in the view's text. */
  node: string;
  /** Root-relative page or `#anchor`. */
  href: string;
  /** The link's accessible name. */
  name: string;
}

/** A diagram of part of the model: what `<Diagram view="…">` shows, downloads and prints. */
export interface DiagramView<Id extends string = string> {
  id: Id;
  /** Caption and accessible name. */
  title: string;
  /** Accessible description: the diagram's content in one or two sentences. */
  description: string;
  /** Mermaid source, ending in a newline. */
  mermaid: string;
  /** The same facts as the diagram, as a table generated from the same data. */
  textAlternative: TextAlternative;
  /** Nodes that link somewhere; added to the SVG at build, after Mermaid has drawn it. */
  links?: readonly NodeLink[];
}
