/** The word of a segmentation that ends, or starts, exactly at a text offset ('' when a word spans it). */
export function wordEndingAt(words: readonly string[], at: number): string {
  let end = 0;
  for (const word of words) {
    end += word.length;
    if (end === at) return word;
    if (end > at) return '';
  }
  return '';
}

export function wordStartingAt(words: readonly string[], at: number): string {
  let start = 0;
  for (const word of words) {
    if (start === at) return word;
    if (start > at) return '';
    start += word.length;
  }
  return '';
}
