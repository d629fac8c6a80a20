/**
 * A content character left alone beside a longer dictionary word that could take it: jieba's
 * frequencies chose 车|窗玻璃, 上海市|区, 老年人|口 where 车窗|玻璃, 上海|市区, 老年|人口 leave no
 * character stranded. rescore-ambiguities.ts settles such crossings among short words the model
 * knows; this step reaches the rest: a word of three or more characters, names and places
 * included (上海市), and halves the model lacks (it then scores them by its own cut).
 *
 * The other cut is taken when both its halves are words of both dictionaries (jieba's and
 * CC-CEDICT) and the language model reads it better in context (no margin: the stranded character
 * is the prior against jieba's cut). A function character, a glued verb or a number alone is no
 * stranding (的, 说, 375|万|千伏安 stand alone by right), nor a verb before a word, its object.
 */
import { cutScorer, modelIds } from './rescore-ambiguities';
import type { TaggedWord, WordModel } from './types';
import { GLUED_VERBS, isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN_WORD = /^\p{Script=Han}+$/u;

export function recutStrandedCharacters(words: readonly TaggedWord[], lexicon: WordLexicon, model?: WordModel): TaggedWord[] {
  if (!model) return [...words];
  const idsOf = modelIds(model);
  // A word of both dictionaries: jieba's dictionary holds it whole and CC-CEDICT knows it.
  const isWord = (text: string): boolean => text.length >= 2 && lexicon.tagOf(text) !== 'x' && lexicon.isKnownWord(text);
  const stranded = (w: TaggedWord): boolean => {
    const tag = lexicon.tagOf(w.word);
    return w.word.length === 1 && HAN_WORD.test(w.word) && !GLUED_VERBS.has(w.word) && !isFunctionTag(tag) && !tag.startsWith('m');
  };
  const long = (w: TaggedWord): boolean => w.word.length >= 3 && HAN_WORD.test(w.word) && !lexicon.isCustomWord(w.word);
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1];
    let other: [string, string] | undefined;
    // 撒拉族|人, 中国|人: 人 after a people or a place is its people (join-known-compounds.ts leaves it so too).
    if (b && long(a) && stranded(b) && !(b.word === '人' && /^n[sz]/.test(a.tag))) other = [a.word.slice(0, -1), a.word.slice(-1) + b.word];
    // A verb of one character before a word has its object there (迎|新世纪, 当|日全食).
    else if (b && stranded(a) && !lexicon.tagOf(a.word).startsWith('v') && long(b)) other = [a.word + b.word[0], b.word.slice(1)];
    if (!other || !other.every(isWord)) {
      // 非机动车|道: no word is left before the pair (非机动), so the noun takes the character whole
      // (非机动车道 "non-motor lane"): its last character and the stranded one are a noun of both
      // dictionaries (车道), and both it and the joined word are nouns (session 23).
      if (other && b && long(a) && stranded(b) && endsInNoun(a, b, lexicon, isWord)) {
        out.push({ word: a.word + b.word, tag: a.tag });
        i++;
      } else out.push(a);
      continue;
    }
    const score = cutScorer(model, idsOf, out, words, i + 2);
    if (score(other) > score([a.word, b!.word])) {
      out.push(...other.map((word) => ({ word, tag: lexicon.tagOf(word) })));
      i++;
    } else out.push(a);
  }
  return out;
}

/** Whether noun `a`'s last character and the character `b` after it make a noun of both dictionaries (车|道 of 非机动车|道). */
function endsInNoun(a: TaggedWord, b: TaggedWord, lexicon: WordLexicon, isWord: (text: string) => boolean): boolean {
  const pair = a.word.slice(-1) + b.word;
  return /^(n|l)$/.test(a.tag) && isWord(pair) && lexicon.tagOf(pair) === 'n' && !/^[vaf]/.test(lexicon.tagOf(b.word));
}
