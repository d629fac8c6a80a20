/**
 * A word jieba cut from a longer dictionary phrase takes the phrase's reading: 武装|分子 is 武装分子
 * (fèn zǐ "members", not fēn zǐ "molecules"), 不|正当 is 不正当 (zhèng dàng "proper", not zhèng dāng
 * "just as"), 粮食|播种|面积 is 播种面积 (bō zhòng). The model file's lexicon holds the readings both
 * dictionaries agree on where pinyin-pro reads otherwise (model.lexicon), and the model, reading jieba's
 * word alone, cannot see the phrase. Only for a unit of a word of two or more characters (a lone
 * character inside a phrase is as often a coincidence of neighbours: 更|高性能 is no 更高性能 gēng),
 * only phrases of whole jieba words, the longest first, and never a change of the neutral tone alone,
 * which neutral-tones.ts decides after.
 */
import type { PolyphoneModel } from './model';

const HAN = /^\p{Script=Han}+$/u;
const syllable = (r: string): string => r.replace(/[1-5]$/, '');

/** Dictionary phrases of 2–4 whole words holding word `w` (at most two words either side), longest first, with where `w` starts in each. */
function phrasesAround(words: readonly string[], starts: readonly number[], w: number): [string, number][] {
  const out: [string, number][] = [];
  for (let a = Math.max(0, w - 2); a <= w; a++) {
    for (let b = w + 1; b <= Math.min(words.length, w + 3); b++) {
      if (b - a < 2) continue;
      const phrase = words.slice(a, b).join('');
      if (HAN.test(phrase)) out.push([phrase, starts[w]! - starts[a]!]);
    }
  }
  return out.sort((x, y) => y[0].length - x[0].length);
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyPhraseReadings(model: PolyphoneModel, words: readonly string[], readings: string[][]): void {
  const starts: number[] = [];
  let at = 0;
  for (const word of words) {
    starts.push(at);
    at += word.length;
  }
  const candidates = model.header.candidates;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.length < 2) continue;
    let phrases: [string, number][] | undefined;
    for (let k = 0; k < word.length; k++) {
      // The lexicon holds only characters the model decides (buildLexicon in train:pinyin): skip the rest.
      const own = readings[w]![k];
      if (!own || !candidates[word[k]!]) continue;
      phrases ??= phrasesAround(words, starts, w);
      let phrase: string | undefined;
      for (const [text, offset] of phrases) if ((phrase = model.lexicon(text, offset + k))) break;
      if (!phrase || phrase === own) continue;
      if ((phrase.endsWith('5') || own.endsWith('5')) && syllable(phrase) === syllable(own)) continue;
      readings[w]![k] = phrase;
    }
  }
}
