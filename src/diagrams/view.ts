/** A diagram of part of the model: what `<Diagram view="…">` shows, downloads and prints. */
export interface DiagramView<Id extends string = string> {
  id: Id;
  /** Caption and accessible name. */
  title: string;
  /** Accessible description: the diagram's content in one or two sentences. */
  description: string;
  /** Mermaid source, ending in a newline. */
  mermaid: string;
}
