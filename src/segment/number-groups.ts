/**
 * A number written in characters is one group. jieba's dictionary holds number words of its own
 * (百分之六十, 三点, 一米, 四年), so a number longer than any of them comes out in pieces:
 * 百分之六十|二, 三点|五倍, 二|〇|〇|八年, 两千|三百五十|万元, 一米|八. Rather than one rule per
 * example, the pieces are joined where, together, they parse by the grammar of Chinese numerals;
 * a word that is no number (一点 "a little", 十分 "very", 万一 "in case", 一一 "one by one") never
 * parses, so it is left as jieba drew it.
 */
import type { TaggedWord } from './types';

const D = '[一二三四五六七八九两几]';
// ○ (a circle) stands for 〇 in much printed news: 二○○○年.
const DIGITS = '[〇○零一二三四五六七八九]';
// A section below 万: 三千零五, 十五, 三四十 "thirty or forty", 一千二 "1,200", 二十多.
const SECTION = `(?:${D}{1,2}千)?(?:零?${D}{1,2}百)?(?:零?${D}{0,2}十)?(?:零?${D}{1,2})?[多余]?`;
const INTEGER = `(?:(?:${SECTION}亿)?(?:${SECTION}万)?${SECTION}|${DIGITS}{3,})`;
const DECIMAL = `(?:${INTEGER}|零)点${DIGITS}+[万亿]?`;
const AMOUNT = `(?:${DECIMAL}|${INTEGER})`;
/** 百分之六十二, 千分之三点二, 第三十二, 一万多: a number, whole. */
const NUMBER = new RegExp(`^(?:第?${AMOUNT}|[百千万]{1,2}分之${AMOUNT}?)$`);
/** A run made only of numeral characters (no suffix), as the pieces of a number are. */
const NUMERALS = /^[〇○零一二三四五六七八九十百千万亿两几多余点第]+$|^[百千万]{1,2}分之/;
const LEADING_NUMERALS = /^(?:[百千万]{1,2}分之|第)?[〇○零一二三四五六七八九十百千万亿两几多余点]*/;
// After a decimal, these read it as a clock time (三点|五十分, 三点五分 "five past three"): left alone.
const CLOCK_AFTER = /^[十百千分刻]/;
/** A height or a price with its trailing digit: 一米八 "1.8 m", 一米七五, 两块五 "2.5 yuan". */
const UNIT_WITH_DIGITS = /^[一二三四五六七八九两]+[米块]$/;
const TRAILING_DIGITS = /^[一二三四五六七八九]{1,2}$/;

/** Whether `text` is one number by the grammar (a doubled digit, 一一 "one by one", 九九, is not). */
export function isChineseNumber(text: string): boolean {
  return text.length > 1 && !(text.length === 2 && text[0] === text[1]) && NUMBER.test(text) && /^第?(?:[〇一二三四五六七八九十两几]|零点)|^[百千万]{1,2}分之/.test(text);
}

/** A suffix a number keeps as jieba keeps it (四年, 三千余名); a longer unit is a word of its own (公里). */
function closingPieces(number: string, suffix: string, tag: string): TaggedWord[] {
  if (!suffix) return [{ word: number, tag: 'm' }];
  if (suffix.length === 1) return [{ word: number + suffix, tag: 'm' }];
  return [{ word: number, tag: 'm' }, { word: suffix, tag: tag === 'm' ? 'q' : tag }];
}

/**
 * The longest join of words[i..j] (j > i) that reads as one number: every piece but the last is
 * numerals only; the last starts with numerals and may end in its measure (jieba's 五倍, 八年).
 */
function numberAt(words: readonly TaggedWord[], i: number): { end: number; pieces: TaggedWord[] } | undefined {
  let body = '';
  let best: { end: number; pieces: TaggedWord[] } | undefined;
  for (let j = i; j < words.length && j < i + 6; j++) {
    const w = words[j]!;
    const lead = LEADING_NUMERALS.exec(w.word)?.[0] ?? '';
    if (!lead) break;
    const suffix = w.word.slice(lead.length);
    const after = suffix || words[j + 1]?.word || '';
    const number = body + lead;
    // A distinguishing word (b) of a power of ten and a unit is a measure too: 五|千吨级 → 五千|吨级 (session 23).
    const measured = !suffix || w.tag === 'm' || w.tag === 't' || w.tag === 'q' || w.tag === 'b';
    if (j > i && measured && isChineseNumber(number) && !(number.includes('点') && CLOCK_AFTER.test(after))) {
      best = { end: j, pieces: closingPieces(number, suffix, w.tag) };
    }
    if (suffix || !NUMERALS.test(w.word)) break;
    body += w.word;
  }
  return best;
}

/**
 * jieba's dictionary glues a count and its measure word to the number after it (一个七十, 一个五百):
 * 一个七十|亿 "a seven-billion …". Where what follows the measure is a number with a power of ten
 * (七十, 五百; not 一米|七五 "1.75 m", a height, nor 一个亿 "a hundred million"), the count keeps
 * its measure (一个) and the rest starts a number of its own, which the pieces after it may finish
 * (七十亿), or keeps its own measure (一个|二十岁). 点 and 分 are no measure there: 一点五, 三分之一 are one number.
 */
const COUNT_AND_NUMBER = new RegExp(`^(${D}[^点分之〇○零一二三四五六七八九十百千万亿两几多余第])(${D}[〇○零一二三四五六七八九十百千万亿两几]*)([^点分之〇○零一二三四五六七八九十百千万亿两几多余第]?)$`);

function countOffNumber(w: TaggedWord): TaggedWord[] {
  const parts = w.tag === 'm' ? COUNT_AND_NUMBER.exec(w.word) : null;
  if (!parts || !/[十百千万亿]/.test(parts[2]!) || !isChineseNumber(parts[2]!)) return [w];
  return [{ word: parts[1]!, tag: 'm' }, { word: parts[2]! + parts[3]!, tag: 'm' }];
}

export function joinNumberPieces(input: readonly TaggedWord[]): TaggedWord[] {
  const words = input.flatMap(countOffNumber);
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const following = words[i + 2];
    if (
      UNIT_WITH_DIGITS.test(w.word) && w.tag === 'm' && next?.tag === 'm' && TRAILING_DIGITS.test(next.word) &&
      !(following && (following.tag === 'm' || following.tag === 'q'))
    ) {
      out.push({ word: w.word + next.word, tag: 'm' });
      i++;
      continue;
    }
    const found = NUMERALS.test(w.word) ? numberAt(words, i) : undefined;
    if (found) {
      out.push(...found.pieces);
      i = found.end;
    } else out.push(w);
  }
  return out;
}
