/**
 * Nouns whose last character jieba leaves alone or hands to the next word, though it cannot stand
 * there alone:
 * - an estate's 苑 or a workshop's 坊 after a word of two characters (幸福|苑 → 幸福苑, 青瓷|坊 →
 *   青瓷坊): neither is a word of modern prose by itself. 苑 is also a surname (祖父|苑|咸) and 坊
 *   opens words (坊|巷志稿), so not before a single content character or a guess;
 * - a chat group: a noun of two characters and 群 (班级|群|里 → 班级群|里, 业主|群 → 业主群, and
 *   租户|群里发 → 租户群|里|发): a noun jieba tags n (or b: 年级) and a lone 群 make a group's name
 *   (商品群, 旁系群), while a measure's 群 follows a number or a demonstrative, which are not nouns;
 * - the plural of a person noun jieba cut before its 人 (老|人们 → 老人|们, 华|人们 → 华人|们), where
 *   the character and 人 are a word CC-CEDICT has and the character is no verb, preposition, adverb
 *   or pronoun (给|人们, 让|人们, 使|人们 stay), nor a verb's complement (保护好|人们).
 * - the person something was done to, 被 + a one-character verb + 者 (被|救者 → 被救者, 被困|者 → 被困者, 被|骗|者):
 *   者 after a verb names its doer, and after 被 + the verb the one it was done to; jieba's dictionary holds a few
 *   (被害者, 被调查者) and guesses or cuts the rest. Not where the verb and 者 are a word of jieba's dictionary or of
 *   CC-CEDICT (被|记者 拦住, 被|读者 喜爱, 被|强者 欺负): there 被 is the passive and the word its doer.
 */
import type { TaggedWord } from './types';
import { isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN = /^\p{Script=Han}+$/u;
/** Last characters of the names of estates and workshops that never stand alone in prose. */
const BOUND_PLACE_ENDS = new Set(['苑', '坊']);

/** What may follow an estate's or a workshop's name: not a single content character nor a guess. */
function endsName(after: TaggedWord | undefined): boolean {
  if (!after || !HAN.test(after.word)) return true;
  if (after.tag === 'x') return false;
  return after.word.length >= 2 || isFunctionTag(after.tag) || /^(v|uj|ul)$/.test(after.tag);
}

/** Whether `verb` (one character) + 者 after 被 is the one it was done to: a verb, and 者 with it no word of its own. */
function doneToVerb(verb: string, lexicon: WordLexicon): boolean {
  return verb.length === 1 && HAN.test(verb) && lexicon.tagOf(verb).startsWith('v') && lexicon.tagOf(`${verb}者`) === 'x' && !lexicon.isKnownWord(`${verb}者`);
}

/** How many words from words[i] spell 被 + a verb + 者 (被|救者, 被困|者, 被|骗|者); 0 when none. */
function doneToWords(words: readonly TaggedWord[], i: number, lexicon: WordLexicon): number {
  const [a, b, c] = [words[i]?.word, words[i + 1]?.word, words[i + 2]?.word];
  if (a === '被' && b?.length === 2 && b.endsWith('者') && doneToVerb(b[0]!, lexicon)) return 2;
  if (a?.length === 2 && a.startsWith('被') && b === '者' && doneToVerb(a[1]!, lexicon)) return 2;
  if (a === '被' && b !== undefined && c === '者' && doneToVerb(b, lexicon)) return 3;
  return 0;
}

export function joinBoundSuffixes(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const twoCharacters = w.word.length === 2 && HAN.test(w.word) && !isFunctionTag(w.tag) && !/^(m|mq|q)$/.test(w.tag);
    if (twoCharacters && next && BOUND_PLACE_ENDS.has(next.word) && endsName(words[i + 2])) {
      out.push({ word: w.word + next.word, tag: 'ns' });
      i++;
      continue;
    }
    // 群, jieba's 群里, or its guess that glued a verb on (租户|群里发).
    const group = next && (/^群(里|中|内)?$/.test(next.word) || (next.tag === 'x' && /^群[里中内]\p{Script=Han}$/u.test(next.word)));
    if (twoCharacters && /^(n|b|nz)$/.test(w.tag) && group) {
      out.push({ word: `${w.word}群`, tag: 'n' });
      if (next.word.length > 1) out.push({ word: next.word[1]!, tag: 'f' });
      if (next.word.length > 2) out.push({ word: next.word.slice(2), tag: lexicon.tagOf(next.word.slice(2)) });
      i++;
      continue;
    }
    const doneTo = doneToWords(words, i, lexicon);
    if (doneTo) {
      out.push({ word: words.slice(i, i + doneTo).map((p) => p.word).join(''), tag: 'n' });
      i += doneTo - 1;
      continue;
    }
    const afterVerb = out.at(-1)?.tag.startsWith('v') ?? false;
    if (w.word.length === 1 && next?.word === '人们' && !afterVerb && /^(a|b|n|ng|ns|nr)$/.test(w.tag) && lexicon.isKnownWord(`${w.word}人`)) {
      out.push({ word: `${w.word}人`, tag: 'n' }, { word: '们', tag: 'k' });
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
