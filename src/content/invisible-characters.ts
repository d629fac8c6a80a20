/**
 * Characters a page's text may hold that show nothing by themselves. They are left out of the text
 * the reader analyses (so 小\u200B路 is segmented as 小路, not 小 + 路) but stay in the page: the
 * paragraph's map back to the raw text skips them, and a ruby built over a word keeps the ones
 * inside it.
 *
 * - Format characters: zero-width space, non-joiner, joiner, word joiner, soft hyphen, and a
 *   byte-order mark in mid-text (the old zero-width no-break space). Anti-scraping pages put them
 *   inside words; some editors leave them behind.
 * - Variation selectors (U+FE00–FE0F, and U+E0100–E01EF, two UTF-16 units): they choose a glyph for
 *   the character before them (葛 with U+E0100 is a different ideograph form, ❤ with U+FE0F the emoji), so
 *   they belong to that character: see `attachesToPrevious`.
 */

/** Whether the UTF-16 unit at `index` of `text` is (part of) a character the reader leaves out of the analysed text. */
export function isInvisibleAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x00ad || code === 0xfeff || code === 0x2060) return true;
  if (code >= 0x200b && code <= 0x200d) return true;
  return isVariationSelectorAt(text, index);
}

/**
 * Whether the unit at `index` belongs to a variation selector: U+FE00–FE0F, or either half of the
 * surrogate pair of U+E0100–E01EF (D B40 followed by DD00–DDEF).
 */
export function isVariationSelectorAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0xfe00 && code <= 0xfe0f) return true;
  if (code === 0xdb40) {
    const low = text.charCodeAt(index + 1);
    return low >= 0xdd00 && low <= 0xddef;
  }
  if (code >= 0xdd00 && code <= 0xddef) return index > 0 && text.charCodeAt(index - 1) === 0xdb40;
  return false;
}

/** Variation selectors modify the character before them: wherever it goes (into a ruby), they go too. */
export function attachesToPrevious(text: string, index: number): boolean {
  return isVariationSelectorAt(text, index);
}
