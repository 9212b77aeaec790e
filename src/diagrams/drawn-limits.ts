import { listInWords } from '../model/queries/in-words.ts';

/**
 * How much a diagram draws before it stops being readable. A stage column of more than sixteen
 * tools, or a pattern map of more than sixteen patterns in a category, no longer fits a phone
 * screen or a printed A4 or Letter page. Past these counts a view draws the first items and a
 * "more" box, so that the picture
 * and the build grow no faster than the model. The text alternative under every diagram and the
 * page's own tables always list every item.
 */
export const DRAWN_LIMITS = {
  /** Items drawn in one box (a stage column, a stage's tools, a category's patterns, one pattern's relations). */
  itemsPerBox: 16,
  /** Names spelled out in an accessible description before "and n more". */
  namesInDescription: 12,
} as const;

/** The items a box draws, and how many it leaves to the text alternative. */
export function itemsToDraw<T>(items: readonly T[], limit: number = DRAWN_LIMITS.itemsPerBox): { shown: readonly T[]; hidden: number } {
  // Leaving out a single item saves nothing: its "1 more" box takes the same room.
  if (items.length <= limit + 1) return { shown: items, hidden: 0 };
  return { shown: items.slice(0, limit), hidden: items.length - limit };
}

/** The label of the box that stands for items not drawn. */
export function moreLabel(hidden: number): string {
  return `and ${hidden} more (see the table)`;
}

/** Names as words for a description, cut to the first few and "n more" on a long list. */
export function namesInWords(names: readonly string[]): string {
  const { shown, hidden } = itemsToDraw(names, DRAWN_LIMITS.namesInDescription);
  return hidden === 0 ? listInWords(shown) : `${shown.join(', ')} and ${hidden} more`;
}
