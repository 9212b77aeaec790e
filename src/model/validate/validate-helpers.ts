// Readers and checks shared by every validator: they read fields without trusting their types,
// because what they check may come from a fixture or from JSON, where the compiler has not looked.

/** A record of entities keyed by id, each read field by field. */
export type LooseRecord = { readonly [key: string]: object };

/** Records one problem: `file › entity › field: message`. */
export type Report = (file: string, entity: string, field: string, message: string) => void;

/** The value as a list, or an empty list when it is not one. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An own field of an object, or undefined. */
export function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Object.getOwnPropertyDescriptor(value, name)?.value : undefined;
}

/** A text that is there and not blank. */
export function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** The message for an id that is not one of `known`, listing the ones that are. */
export function unknownId(kind: string, value: unknown, known: ReadonlySet<string>): string {
  return `unknown ${kind} id ${JSON.stringify(value)}; known: ${[...known].join(', ')}`;
}

/** Every reference in `refs` is a known id, and none is listed twice. */
export function checkRefs(
  report: Report,
  file: string,
  entity: string,
  name: string,
  refs: readonly unknown[],
  known: ReadonlySet<string>,
  kind: string,
): void {
  const seen = new Set<unknown>();
  refs.forEach((ref, i) => {
    if (typeof ref !== 'string' || !known.has(ref)) report(file, entity, `${name}[${i}]`, unknownId(kind, ref, known));
    else if (seen.has(ref)) report(file, entity, `${name}[${i}]`, `"${ref}" is listed twice`);
    seen.add(ref);
  });
}
