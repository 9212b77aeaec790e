/**
 * A sentence made to read on after a lead-in ("pick it instead when …"): its first letter lowered,
 * unless it starts with a name ("Kubernetes", "TFX"), which keeps its capital.
 */
export const lowerFirst = (text: string): string =>
  /^[A-Z][a-z]/.test(text) && !/^(?:Kubernetes|Python|Spark|Google|AWS|Azure)\b/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
