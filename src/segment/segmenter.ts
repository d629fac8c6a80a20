/**
 * The segmenter behind a small interface, so the language modules (spam, pinyin) can be tested in
 * Node with jieba's Node build and run in the background with its web build.
 * Stages, each its own file: the Simplified view (simplified-stage.ts) → jieba's tagged words →
 * regrouping where a reader draws the words otherwise (regroup.ts) → words on the page.
 */
import { readWhole, returnNameStarts, WHOLE_READS } from './page-name-starts';
import { findPageAbbreviations, joinPageAbbreviations } from './page-abbreviations';
import { findPageWords, joinPageWords } from './page-words';
import { regroupWords } from './regroup';
import { throughSimplifiedView } from './simplified-stage';
import type { JiebaApi, Segmenter, TaggedWord, WordModel } from './types';
import { createJiebaLexicon } from './word-lexicon';

export type { JiebaApi, Segmenter, TaggedWord, WordModel } from './types';

/**
 * Characters of text whose words the segmenter keeps: a 30,000-character page cuts about 58,000
 * characters of distinct texts (its paragraphs, their clauses), a news page a tenth of it. Words
 * take about 40 bytes a character here, so the bound holds the heap to a few MB.
 */
const KEPT_CHARS = 150_000;

/**
 * Wraps jieba, teaching it `customWords` (glossary terms) first so they stay whole words.
 * `knownWord` (CC-CEDICT's headwords) vouches for words jieba only guessed (据信, 低碳), so the
 * regrouping leaves them whole. `model` (the language model, src/lm) settles where jieba's
 * dictionary could cut the same characters otherwise (rescore-ambiguities.ts; `margin` only to
 * measure other margins; `checkMargin` the same for model-regroup-check.ts, Infinity to leave it
 * out); without it jieba's cut stands.
 */
export function createJiebaSegmenter(
  jieba: JiebaApi,
  customWords: Iterable<string> = [],
  knownWord?: (word: string) => boolean,
  model?: WordModel,
  margin?: number,
  checkMargin?: number,
): Segmenter {
  const custom = new Set(customWords);
  for (const word of custom) jieba.add_word(word);
  const lexicon = createJiebaLexicon(jieba, custom, knownWord);
  const tagAnew = (text: string): TaggedWord[] => (text ? regroupWords(jieba.tag(text, true), lexicon, model, margin, checkMargin) : []);
  // The same texts are cut again and again: a page asked for in parts (the reader's visible
  // paragraphs), and within one request the spam judgement's cuts of the paragraphs and their
  // clauses, then the page's words for its ruby (a third of the characters cut on a news page were
  // cut before). The words of a text are the same every time, so they are kept, up to a bound; what
  // is handed out is a copy, so no caller can change what the next one gets.
  const textWords = new Map<string, TaggedWord[]>();
  let keptChars = 0;
  const tagKept = (text: string): TaggedWord[] => {
    const kept = textWords.get(text);
    if (kept) return kept;
    const words = tagAnew(text);
    // The oldest texts go first (a Map iterates in insertion order).
    for (const [old] of textWords) {
      if (keptChars + text.length <= KEPT_CHARS) break;
      textWords.delete(old);
      keptChars -= old.length;
    }
    if (text.length <= KEPT_CHARS) {
      textWords.set(text, words);
      keptChars += text.length;
    }
    return words;
  };
  const tag = (text: string): TaggedWord[] => tagKept(text).map((w) => ({ ...w }));
  return throughSimplifiedView({
    cut: (text) => tagKept(text).map((w) => w.word),
    tag,
    tagPage: (texts, wanted) => {
      const wordsOf = (other: number): TaggedWord[] => tagKept(texts[other]!);
      // A name the page shows: read whole twice, or a page word of a name's kind in a paragraph holding it
      // (asked once a page per name: a page word's paragraphs are read again only for a guess ending in a surname).
      const names = new Map<string, boolean>();
      const isPageName = (name: string): boolean => {
        let shown = names.get(name);
        if (shown === undefined) {
          shown =
            readWhole(name, texts, wordsOf) >= WHOLE_READS ||
            texts.some((other, q) => other.includes(name) && findPageWords(wordsOf(q), texts, wordsOf, lexicon, model).get(name) === 'nr');
          names.set(name, shown);
        }
        return shown;
      };
      // Short names of the bodies the page names in full (红十字会 … 红会): asked only of a page naming a body (会).
      const shortNames = texts.some((text) => text.includes('会')) ? new Set(findPageAbbreviations(texts.map((_, q) => wordsOf(q)), lexicon).values()) : new Set<string>();
      return texts.map((text, p) => {
        if (wanted && !wanted.has(p)) return [];
        const words = returnNameStarts(tagKept(text), isPageName, lexicon);
        return joinPageAbbreviations(joinPageWords(words, findPageWords(words, texts, wordsOf, lexicon, model), lexicon), shortNames, lexicon);
      });
    },
    isDictionaryWord: (word) => word.length >= 2 && jieba.cut(word, false).length === 1,
  });
}
