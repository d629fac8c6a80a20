/**
 * Short names of the bodies a page names in full. A news page names a society or an association in
 * full once (市红十字会, 县消费者协会, 市作家协会) and by its two-character short name after that (红会, 消协,
 * 作协): the first character of the name and the first of its head (会, 协会, 联合会). jieba's dictionary
 * lacks most such short names, so it cuts them apart (红|会) or glues the head's character to the next word
 * (消|协同 商家, for 消协|同 商家). The page itself is the evidence: where it holds the full name, the two
 * characters elsewhere on it are the body's short name, and are grouped as one word.
 * - Full names: a word ending in a body's head word (作家协会 → 作协), a body's name jieba tags so (nt, nz) of
 *   four characters or more ending in 会 (红十字会 → 红会) unless its first character is a noun or pronoun by
 *   itself (人民代表大会: 人|会 is "people will"), or a word of two characters or more before a body's
 *   head word (消费者 协会 → 消协).
 * - Grouped: the short name cut in two (红|会), or its first character alone and its second opening a
 *   dictionary word whose rest is a word of its own (消|协同 → 消协|同). Never inside the full name, and
 *   never where another word already holds the two characters whole.
 */
import type { TaggedWord } from './types';
import { isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN = /^\p{Script=Han}+$/u;
/** Head words that name a body of people (a society, an association, a federation, a committee). */
const BODY_HEADS = new Set(['协会', '学会', '商会', '联合会', '委员会', '总会', '联谊会', '促进会', '基金会']);
/** Tags of the word before a head that can name a body: nouns, names, verbal nouns (消费者, 作家, 足球, 红十字). */
const BODY_NAME_TAG = /^(n|nz|nt|nr|ns|vn|b|x)$/;
/** Tags of a character that can be the subject of the modal 会 "will" by itself: nouns and pronouns (人, 我). */
const SUBJECT_TAG = /^(n|ng|nr|ns|nt|nz|r)$/;

/** Short names of the bodies `page` (each paragraph's words) names in full, as full name → short name. */
export function findPageAbbreviations(pageWords: readonly (readonly TaggedWord[])[], lexicon: WordLexicon): Map<string, string> {
  const out = new Map<string, string>();
  for (const words of pageWords) {
    words.forEach((w, i) => {
      if (!HAN.test(w.word)) return;
      const head = [...BODY_HEADS].find((h) => w.word.length >= h.length + 2 && w.word.endsWith(h));
      if (head) out.set(w.word, w.word[0]! + head[0]!);
      // 会 alone is also the modal "will": not after a character that is a subject of its own (人民代表大会 … 很多|人|会|关注).
      else if (w.word.length >= 4 && w.word.endsWith('会') && /^(nt|nz)$/.test(w.tag) && !SUBJECT_TAG.test(lexicon.tagOf(w.word[0]!)))
        out.set(w.word, w.word[0]! + '会');
      const next = words[i + 1];
      if (next && BODY_HEADS.has(next.word) && w.word.length >= 2 && BODY_NAME_TAG.test(w.tag)) out.set(w.word + next.word, w.word[0]! + next.word[0]!);
    });
  }
  // A short name the page never writes outside its full name is no word of the page's.
  const texts = pageWords.map((words) => words.map((w) => w.word).join(''));
  for (const [full, short] of out) {
    const outside = texts.some((text) => text.split(full).some((part) => part.includes(short)));
    if (!outside) out.delete(full);
  }
  return out;
}

/** `words` with each of `shortNames` cut apart (红|会) or glued to the next word (消|协同) grouped as one word. */
export function joinPageAbbreviations(words: readonly TaggedWord[], shortNames: ReadonlySet<string>, lexicon: WordLexicon): TaggedWord[] {
  if (shortNames.size === 0) return [...words];
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // A function word or a localiser alone (中|会见, 在|会上) is no body's first character.
    if (w.word.length === 1 && next && HAN.test(next.word) && !isFunctionTag(w.tag) && w.tag !== 'f') {
      const short = w.word + next.word[0]!;
      if (shortNames.has(short)) {
        const rest = next.word.slice(1);
        if (rest === '') {
          out.push({ word: short, tag: 'nt' });
          i++;
          continue;
        }
        // 消|协同: the rest (同) must be a dictionary word of its own.
        if (lexicon.tagOf(rest) !== 'x') {
          out.push({ word: short, tag: 'nt' }, { word: rest, tag: lexicon.tagOf(rest) });
          i++;
          continue;
        }
      }
    }
    out.push(w);
  }
  return out;
}
