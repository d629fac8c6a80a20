/**
 * Where a generator may paste something "mid-sentence, at a word boundary": every offset between
 * two words of `words` (a segmentation of `text`) with a Han character on both sides. Shared by
 * the generator styles so each paste position is drawn from the same definition.
 */
const HAN = /\p{Script=Han}/u;

export function hanWordSeams(text: string, words: Iterable<string>): number[] {
  const seams: number[] = [];
  let at = 0;
  for (const word of words) {
    at += word.length;
    if (at < text.length && HAN.test(text.charAt(at - 1)) && HAN.test(text.charAt(at))) seams.push(at);
  }
  return seams;
}
