/**
 * A few whole words at a stretch's edge: where a row's finder cuts a cell it cannot tell from the
 * writer's words, it keeps (or takes) only the words that fit a cell's width, so the cut never falls
 * inside a word.
 */

/** The last words of `text` whose lengths add up to `max` characters at most. */
export function lastWords(text: string, segment: (text: string) => string[], max: number): string {
  let taken = '';
  for (const word of segment(text).reverse()) {
    if (taken.length + word.length > max) break;
    taken = word + taken;
  }
  return taken;
}

/** How many characters of `text`'s first words fit in `max` (one word at least). */
export function firstWords(text: string, segment: (text: string) => string[], max: number): number {
  let taken = 0;
  for (const word of segment(text)) {
    if (taken > 0 && taken + word.length > max) break;
    taken += word.length;
  }
  return taken;
}
