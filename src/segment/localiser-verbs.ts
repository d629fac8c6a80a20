/**
 * 上 and 下 open many verbs (上传, 上调, 下载, 下调), and jieba's dictionary also holds the verb's
 * second character with a result complement (传到, 调至, 载往): its frequencies then leave 上 alone as
 * a localiser and glue the verb's half to the complement, 文件|上|传到|云端 for 文件|上传|到|云端.
 * Where the localiser and the next character are a verb of both dictionaries and the pair after it
 * is no word CC-CEDICT knows (a verb half and its complement, not 达到 or 看到), the verb takes its
 * character back and the complement stands alone, as jieba cuts 上传|到 elsewhere. 中 前 后 内 外
 * lead nouns and phrases of their own (其中|计入, 门前|排成) and are left to jieba.
 */
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

const VERB_OPENERS = new Set([...'上下']);
/** Result and direction complements a verb takes before its goal: 传到, 调至, 跌入, 嫁给, 设在. */
const COMPLEMENTS = new Set([...'到在给至入进回出往向成']);

export function rejoinLocaliserVerbs(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1];
    const verb = b ? a.word + b.word[0] : '';
    if (
      b && VERB_OPENERS.has(a.word) && a.tag === 'f' && b.word.length === 2 && COMPLEMENTS.has(b.word[1]!) &&
      !lexicon.isKnownWord(b.word) && lexicon.tagOf(verb).startsWith('v') && lexicon.isKnownWord(verb)
    ) {
      out.push({ word: verb, tag: lexicon.tagOf(verb) }, { word: b.word[1]!, tag: lexicon.tagOf(b.word[1]!) });
      i++;
    } else out.push(a);
  }
  return out;
}
