/**
 * Family "jammer", one mark at a time: a lone letter or sign of another script dropped inside a
 * word to break copying and search (截∷至, 成ξ交, 半导※体, 分析ぃ师, 外wwW资). The runs of ASCII tokens
 * are ./find-jammers.ts; this is the single-mark kind, which a reader meets on scraped finance and
 * sports pages.
 *
 * Real prose also puts letters and signs between Han characters (α粒子 after a noun, 阿Q正传, 卡拉OK厅,
 * 我の家, 1∶2 between digits), so the mark alone proves nothing. What proves the paste is the word
 * it cuts: with the mark taken out, the characters on both sides read as ONE dictionary word (not a
 * guess of jieba's), the word the mark was dropped into. A letter a writer puts between two
 * characters sits between two words (阿Q|正传 → 阿正传 has no word across the seam).
 */
import type { SpamSpan, SpamTools } from './types';

/**
 * Marks of other scripts that no Chinese sentence puts inside a word: Greek, Cyrillic, Bopomofo
 * (ㄨ is a reading aid, written before or above a character, never inside a word), small kana and
 * kana iteration marks (not の and the other kana a Chinese writer borrows), letters of any width,
 * mathematical signs, and a few reference marks.
 */
const FOREIGN_MARK =
  /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Bopomofo}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}A-Za-zＡ-Ｚａ-ｚ\p{Sm}※§¶†‡⁂]/u;
/** The kana a Chinese writer borrows as a word of its own (鲜の每日): never a mark inside a word. */
const BORROWED_KANA = /[のノ]/u;

/**
 * Signs a writer puts between characters as words of their own (甲＞乙, 互联网+医疗, 1∶2), and the
 * mathematical dots and ellipsis some fonts and editors give for … and · (喂⋯⋯喂).
 */
const PROSE_SIGN = /[+＋=＝<>＜＞±×÷∶~～−–\-|｜¬⋯∙⋅∘]/u;
/**
 * Capital letters stand before a word as part of it (B级, K线图, A股, X光, U盘): an acronym or a grade.
 * A farm's letters are random in case (ｘ, wwW).
 */
const CAPITALS = /^[A-ZＡ-Ｚ]+$/u;
/** At most three marks: longer runs of letters are words (iPhone, CBD) or ./find-jammers.ts. */
const SPLIT = /(\p{Script=Han})([^\p{Script=Han}\s\d]{1,3})(?=\p{Script=Han})/gu;

/** What the words of `text` are, as [start, end) offsets. */
function wordBounds(words: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const word of words) {
    out.push([at, at + word.length]);
    at += word.length;
  }
  return out;
}

/**
 * The dictionary word (not a guess of jieba's) that spans a mark once it is taken out of its clause,
 * or null: the word the mark was dropped into.
 */
export function wordAcross(text: string, start: number, end: number, tools: SpamTools): string | null {
  const isWord = tools.segmenter.isDictionaryWord ?? tools.isKnownWord;
  if (!isWord) return null;
  const from = Math.max(0, start - 8);
  const joined = text.slice(from, start) + text.slice(end, Math.min(text.length, end + 8));
  const seam = start - from;
  const across = wordBounds(tools.segmenter.cut(joined)).find(([s, e]) => s < seam && e > seam);
  const word = across ? joined.slice(across[0], across[1]) : '';
  return word && isWord(word) ? word : null;
}

export function findSplitWords(text: string, tools: SpamTools): SpamSpan[] {
  const marks: { start: number; end: number }[] = [];
  for (const match of text.matchAll(SPLIT)) {
    const run = match[2] ?? '';
    if (![...run].every((ch) => FOREIGN_MARK.test(ch) && !PROSE_SIGN.test(ch) && !BORROWED_KANA.test(ch)) || CAPITALS.test(run)) continue;
    const start = match.index + (match[1]?.length ?? 0);
    marks.push({ start, end: start + run.length });
  }

  const spans: SpamSpan[] = [];
  for (const mark of marks) {
    const word = wordAcross(text, mark.start, mark.end, tools);
    if (!word) continue;
    spans.push({
      start: mark.start,
      end: mark.end,
      family: 'jammer',
      confidence: 0.95,
      tier: 'hidden',
      reason: `A stray mark dropped inside the word ${word}, inserted to break copying and search.`,
    });
  }
  return spans;
}
