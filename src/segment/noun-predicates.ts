/**
 * A noun and a one-character predicate closing the clause are two words (负担|重 "the burden is heavy",
 * 压力|大), though jieba's dictionary lists some such clauses as one entry (负担重/n). CC-CEDICT, a dictionary
 * of words, lacks them, and the reader pointing at 负担重 finds nothing. Cut where the entry is three
 * characters, CC-CEDICT lacks it, its first two are a CC-CEDICT noun and its last an adjective of amount or
 * degree (subject-predicates.ts's list), and punctuation, the text's end or a sentence particle follows:
 * before a word of its own (负担重的家庭) the entry may be a modifier, so it stays; so do CC-CEDICT's
 * entries (眼光高 would be kept were it one).
 */
import { PREDICATES } from './subject-predicates';
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

const HAN_THREE = /^\p{Script=Han}{3}$/u;
/** Tags of the subject: a noun, or a verbal noun (负担 is tagged v or n by context). */
const NOUN = /^(n|vn|v)$/;
/** What closes a clause after its predicate: an aspect or sentence particle (了, 啊, 呢, 吧; jieba tags 啊 a bound form). */
const CLOSING = /^(ul|y)$/;
const PARTICLES = new Set([...'了啊呀吧呢嘛啦']);

export function splitNounPredicates(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  words.forEach((w, k) => {
    const next = words[k + 1];
    const closes = !next || !/^[\p{L}\p{N}]/u.test(next.word) || CLOSING.test(next.tag) || PARTICLES.has(next.word);
    if (closes && isNounAndPredicate(w, lexicon)) {
      const noun = w.word.slice(0, 2);
      out.push({ word: noun, tag: lexicon.tagOf(noun) }, { word: w.word[2]!, tag: lexicon.tagOf(w.word[2]!) });
    } else out.push(w);
  });
  return out;
}

function isNounAndPredicate(w: TaggedWord, lexicon: WordLexicon): boolean {
  if (!HAN_THREE.test(w.word) || w.tag === 'x' || lexicon.isKnownWord(w.word) || lexicon.isCustomWord(w.word)) return false;
  const noun = w.word.slice(0, 2);
  return PREDICATES.has(w.word[2]!) && lexicon.isKnownWord(noun) && NOUN.test(lexicon.tagOf(noun));
}
