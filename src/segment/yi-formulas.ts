/**
 * Four-character formulas of policy and trade, 以 A 代 B "B replaced by A", 以 A 养 B "A pays for B"
 * (以奖代补, 以房养老, 以老带新, 以旧补旧, 以租代售, 以文促商): a reader takes them whole, as jieba's
 * dictionary takes the famous ones (以工代赈, 以旧换新); the others it cuts anywhere (以|旧|补旧,
 * 以|奖代补, 以|老带|新). Joined where 以 stands alone, the two nouns are single content characters
 * (no pronoun, number or function word: 以|他|代替 is no formula) and the third character is one of the
 * formula's verbs, the four characters ending on a boundary jieba drew.
 */
import type { TaggedWord } from './types';
import { isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

/** The verbs these formulas turn on: replace, supplement, lead, support, promote, exchange, govern, guard … */
const FORMULA_VERBS = new Set([...'代补带养促换治保抵替顶防']);
const HAN_CHARACTER = /^\p{Script=Han}$/u;

/** Whether `c` can be a formula's noun: a content character, not a pronoun, number or function word. */
function contentCharacter(c: string, lexicon: WordLexicon): boolean {
  if (!HAN_CHARACTER.test(c)) return false;
  const tag = lexicon.tagOf(c);
  return !isFunctionTag(tag) && !/^(m|mq|q|r)$/.test(tag);
}

export function joinYiFormulas(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.word === '以') {
      let text = '以';
      let j = i + 1;
      while (j < words.length && text.length < 4) text += words[j++]!.word;
      const formula =
        text.length === 4 && j - i >= 2 && FORMULA_VERBS.has(text[2]!) && contentCharacter(text[1]!, lexicon) && contentCharacter(text[3]!, lexicon);
      if (formula) {
        out.push({ word: text, tag: 'l' });
        i = j - 1;
        continue;
      }
    }
    out.push(words[i]!);
  }
  return out;
}
