/** A heading as Astro reports it for a Markdown page: level, anchor and text. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A component that renders headings of its own, which Astro does not see in the page's Markdown. */
export interface HeadingComponent {
  /** Its tag in MDX: `StageDetails`. */
  name: string;
  /** The headings it renders for these string props; `where` names the page for errors. */
  headings(props: Readonly<Record<string, string>>, where: string): PageHeading[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** How many Markdown (ATX) headings an MDX source has before `offset`, code fences left out. */
function markdownHeadingsBefore(source: string, offset: number): number {
  let fence: string | undefined;
  let count = 0;
  for (const line of source.slice(0, offset).split('\n')) {
    const opens = FENCE.exec(line);
    if (fence !== undefined) {
      if (opens && opens[1][0] === fence[0] && opens[1].length >= fence.length && line.trim() === opens[1]) fence = undefined;
    } else if (opens) {
      fence = opens[1];
    } else if (ATX_HEADING.test(line)) {
      count += 1;
    }
  }
  return count;
}

function propsOf(tag: string, name: string, where: string): Record<string, string> {
  const attributes = tag.slice(name.length + 1).replace(/\/?>$/, '');
  const props: Record<string, string> = {};
  const rest = attributes.replace(/([A-Za-z][\w-]*)="([^"]*)"/g, (_, key: string, value: string) => {
    props[key] = value;
    return '';
  });
  if (rest.trim() !== '') {
    throw new Error(`${where}: <${name}> takes only string props here ("On this page" lists its headings from them), got ${JSON.stringify(rest.trim())}`);
  }
  return props;
}

/**
 * The page's headings in document order, with the headings each component renders placed where
 * the component stands among the authored ones. Fails, naming the page, when the Markdown
 * headings it counts do not match Astro's (the place would be a guess).
 */
export function withComponentHeadings(
  source: string,
  authored: readonly PageHeading[],
  components: readonly HeadingComponent[],
  where: string,
): PageHeading[] {
  const placed: { at: number; order: number; headings: PageHeading[] }[] = [];
  for (const component of components) {
    for (const match of source.matchAll(new RegExp(`<${component.name}(?=[\\s/>])[^>]*>`, 'g'))) {
      const at = markdownHeadingsBefore(source, match.index);
      placed.push({ at, order: match.index, headings: component.headings(propsOf(match[0], component.name, where), where) });
    }
  }
  if (placed.length === 0) return [...authored];
  const counted = markdownHeadingsBefore(source, source.length);
  if (counted !== authored.length) {
    throw new Error(
      `${where}: found ${counted} Markdown headings but the page has ${authored.length}, so the headings of <${components.map((c) => c.name).join('>, <')}> cannot be placed in "On this page"; write the page's headings as "## Heading" lines`,
    );
  }
  placed.sort((a, b) => a.order - b.order);
  const result: PageHeading[] = [];
  authored.forEach((heading, index) => {
    for (const p of placed.filter((p) => p.at === index)) result.push(...p.headings);
    result.push(heading);
  });
  for (const p of placed.filter((p) => p.at === authored.length)) result.push(...p.headings);
  return result;
}
