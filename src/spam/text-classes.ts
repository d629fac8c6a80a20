/** Character classes the spam finders share. All take one UTF-16 string (a code point, or a unit). */

const HAN = /^\p{Script=Han}$/u;
/** Bracket and quotation pairs whose opening and closing marks differ, so a stretch can tell which side it stands on. */
export const OPENING_MARKS = '“「『‘（(《【〈';
export const CLOSING_MARKS = '”」』’）)》】〉';
/** Emoji and pictographs, dingbats and other "Symbol, other" characters. */
const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{So}]$/u;
/** Circled, parenthesised and dingbat numbers: ① ⑴ ⒈ ❸ ㉑. */
const ENCLOSED_NUMBER = /^[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]$/u;
/**
 * Symbols real Chinese prose uses between characters: degrees, arrows, letterlike units (℃ №), the
 * circle written for zero in dates and numbers (二○○一年, 卷五二○四), and the squares and circles
 * that stand for missing or withheld characters (追赠为□□□师, 王某○).
 */
const PROSE_SYMBOL = /^[\u00b0\u2100-\u214f\u2190-\u21ff\u00a9\u00ae\u2122\u3012\u3020\u25a0\u25a1\u25cb\u25ef]$/u;

/**
 * Mathematical signs (the operator blocks): a farm drops circled and decorated ones into words
 * (律师李⊕智贤, 日∯票). Not the ones a writer uses between characters in maths and logic, ratios and
 * ellipses (∵甲∥乙, ∠甲, 1∶2, 喂⋯⋯喂): those are PROSE_MATH.
 */
const MATH_SIGN = /^[\u2200-\u22ff\u27c0-\u27ef\u2980-\u29ff\u2a00-\u2aff]$/u;
const PROSE_MATH = /^[∶∵∴∠⊥∥≌∽≈≠≤≥≡∈∉∪∩⊂⊃⊆⊇∞√∑∏∫−∗∙⋅∘⋯∼∣±∕∆∇∂∝]$/u;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** A stray symbol a farm glues into words: emoji, dingbats, enclosed numbers, decorated maths signs; not ℃ or →. */
export function isStraySymbol(ch: string): boolean {
  if (PROSE_SYMBOL.test(ch) || PROSE_MATH.test(ch)) return false;
  return PICTOGRAPH.test(ch) || ENCLOSED_NUMBER.test(ch) || MATH_SIGN.test(ch);
}

/** Joiners that only ever appear inside emoji sequences: variation selectors, ZWJ, skin tones. */
export function isEmojiJoiner(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff);
}

export function isEnclosedNumber(ch: string): boolean {
  return ENCLOSED_NUMBER.test(ch);
}

/** Punctuation that closes a clause or sentence, in both widths. */
export function isClausePunctuation(ch: string): boolean {
  return ',，。.、;；:：!！?？'.includes(ch) && ch !== '';
}

export function isSentenceEnd(ch: string): boolean {
  return '。！？!?；;'.includes(ch) && ch !== '';
}

/** The code points of `text` with their UTF-16 start offsets, so emoji stay whole. */
export function codePoints(text: string): { ch: string; at: number }[] {
  const out: { ch: string; at: number }[] = [];
  let at = 0;
  for (const ch of text) {
    out.push({ ch, at });
    at += ch.length;
  }
  return out;
}

/** Han characters of `text` only, in order (the form farms cut title fragments from). */
export function hanOnly(text: string): string {
  let out = '';
  for (const ch of text) if (isHan(ch)) out += ch;
  return out;
}

/** A Han character, letter or digit: text a word is made of (not punctuation, space or nothing). */
export function isWordCharacter(ch: string): boolean {
  return ch !== '' && (isHan(ch) || /^[A-Za-z0-9]$/u.test(ch));
}

/**
 * Whether offset `at` lies inside quotation marks opened earlier in the paragraph (“…”, 「…」,
 * 『…』), or inside 《…》 too when `titleMarks` is set.
 */
export function insideQuotes(text: string, at: number, titleMarks = false): boolean {
  const before = text.slice(0, at);
  const opens = before.match(titleMarks ? /[“「『《]/gu : /[“「『]/gu)?.length ?? 0;
  const closes = before.match(titleMarks ? /[”」』》]/gu : /[”」』]/gu)?.length ?? 0;
  return opens > closes;
}

/**
 * A story telling how a string is written (骗子常把网址写成“…”这类形式, 警方提醒): words a farm's own
 * advertisement never puts around its address or string.
 */
const TELLS_OF_A_FORM = /写成|写作|写为|写法|改成|换成|变成|伪装|冒充|仿冒|假冒|骗子|诈骗|警方|民警|提醒|形式|字样|之类|这类|诸如|例如|比如/u;

/**
 * Whether offset `at` is inside quotation marks in a sentence that tells of how something is
 * written: a cited example, not a paste. Read in the sentence around `at` only.
 */
export function citedAsExample(text: string, at: number): boolean {
  if (!insideQuotes(text, at)) return false;
  const from = Math.max(...['。', '！', '？', '!', '?'].map((mark) => text.lastIndexOf(mark, at)));
  const ends = ['。', '！', '？', '!', '?'].map((mark) => text.indexOf(mark, at)).filter((i) => i >= 0);
  const sentence = text.slice(from + 1, ends.length ? Math.min(...ends) : text.length);
  return TELLS_OF_A_FORM.test(sentence.replace(/“[^”]*”|「[^」]*」/gu, ''));
}
