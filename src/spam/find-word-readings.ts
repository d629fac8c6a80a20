/**
 * Family "pinyin", the reading kind: the toned reading of a whole word in brackets right after it,
 * 上班（shàng bān）, 服务(fu2 wu4). ./find-pinyin.ts takes one syllable per bracket and
 * ./find-pinyin-words.ts toneless words that are *not* the reading before them; neither takes this.
 *
 * A writer of Chinese news glosses a word only when its readers may not know how to say it: a rare
 * word or character (饕餮（tāo tiè）), a dialect word. Nobody writing for Chinese readers glosses
 * 上班. So a toned reading of a word the language model counts common, or of a word made of common
 * characters, is the copier's and is hidden; the reading of a word with a rare character may be the
 * writer's gloss and is only marked. A toneless spelling is
 * left to ./find-pinyin-words.ts (胡同（hutong） is a romanisation for foreign readers), and a paragraph
 * about pronunciation (ABOUT_READINGS) glosses on purpose.
 *
 * Session 20: a Taiwanese page's gloss is zhuyin, 騎樓（ㄑㄧˊ ㄌㄡˊ）, and a farm copying Traditional
 * pages pastes those (QA19: 0 of 5 found). The same tiers hold, read syllable by syllable.
 */
import { ABOUT_READINGS } from './find-pinyin';
import { hanBefore, readingsOf, readsCharacters, syllableCount } from './find-pinyin-words';
import { finderSpan } from './finder-span';
import { PINYIN_SYLLABLES } from './pinyin-syllables';
import type { SpamSpan, SpamTools } from './types';
import { toSimplifiedForm } from '../script/simplified-view';
import { toZhuyin } from '../pinyin/zhuyin';

/** Lowercase pinyin with tone marks or tone digits, syllables apart or together, in any bracket pair. */
const BRACKET = /[(（【[]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5' ]{4,40})[)）】\]]/gu;
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ1-5]/u;
/**
 * Two or more zhuyin syllables (bopomofo with tone marks), a space between, in any bracket pair. One
 * syllable alone is left: a zhuyin lesson spells single characters, 「大（ㄉㄚˋ）」.
 */
const ZHUYIN_SYLLABLE = String.raw`˙?[\u3105-\u312f\u31a0-\u31bf]{1,4}[ˊˇˋ˙]?`;
const ZHUYIN_BRACKET = new RegExp(String.raw`[(（【[](${ZHUYIN_SYLLABLE}(?:[ \u3000]+${ZHUYIN_SYLLABLE}){1,7})[)）】\]]`, 'gu');
/** Zhuyin standing in the text itself, outside brackets: the paragraph teaches it (先学ㄅ、ㄆ、ㄇ). */
const BARE_ZHUYIN = /(?:^|[^(（【[\u3105-\u312f\u31a0-\u31bf ˊˇˋ˙\u3000])[\u3105-\u312f\u31a0-\u31bf]/u;
const ZHUYIN_TONES = /[ˊˇˋ˙]/gu;
/**
 * ln P of a word alone in open-gram at or above which it is common: 帮忙 −9.6, 上班 −9.2, 发展 −8.4
 * are above; words a writer does gloss fall well below (胡同 −11.9, 忐忑 −12.7, 饕餮 −13.3), and
 * so do the rarer words a farm may pick (稻米 −14.0), which are then only marked.
 */
const COMMON_WORD_LOGP = -11;
/**
 * A writer glosses a character a reader may not know (魑 −14.8, 踟 −13.3, 蚵 −14.5; 觊 忐 龘 not in
 * the model at all), so a reading of a word whose every character stands at or above this as a word
 * alone (骑 −10.3, 酱 −11.0, 芒 −11.9) is a common word's reading, whatever the word's own count
 * (骑楼, 果酱 and 通勤 are rare as words in open-gram). Session 20: QA19's pinyin glosses were 28%
 * hidden, 82% marked, and its zhuyin glosses were of such words.
 */
const COMMON_CHARACTER_LOGP = -12;

/** Toneless letters of a bracket's content (ü as v, as PINYIN_SYLLABLES spells it). */
function lettersOf(content: string): string {
  return content
    .replace(/[ǖǘǚǜü]/gu, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f1-5' ]/gu, '');
}

/**
 * Whether the page teaches pronunciation (a pinyin lesson): its headline speaks of readings, or two
 * of its paragraphs do. Such a page glosses its example words in every paragraph, even those that
 * do not say why (练习这几个词：朋友（péngyou）、学习（xuéxí）).
 */
export function isAboutReadings(title: string, paragraphs: readonly string[]): boolean {
  return ABOUT_READINGS.test(toSimplifiedForm(title)) || paragraphs.filter((text) => ABOUT_READINGS.test(toSimplifiedForm(text))).length >= 2;
}

/** `previous`: the page's text before this paragraph, or a function giving it (read only when a gloss is found). */
export function findWordReadings(text: string, tools: SpamTools, aboutReadings = false, previous: string | (() => string) = ''): SpamSpan[] {
  const spans: SpamSpan[] = [];
  if (aboutReadings || ABOUT_READINGS.test(toSimplifiedForm(text))) return spans;
  const bare = bareZhuyin(text);
  if (BARE_ZHUYIN.test(bare.rest)) return spans;
  spans.push(...bare.spans);
  const glosses: Gloss[] = [];
  for (const m of readingBrackets(text)) {
    const before = hanBefore(text, m.index);
    if (before.length === 0) {
      const detached = detachedReading(text, m.index, m.length, m.syllables, m.reads);
      if (detached) spans.push(detached);
      continue;
    }
    const word = before.slice(-m.count);
    if (word.length < m.count || !m.readsWord(word)) continue;
    const model = tools.languageModel;
    const commonAs = (text: string, floor: number): boolean => {
      const id = model?.idOf(toSimplifiedForm(text)) ?? -1;
      return model !== undefined && id >= 0 && model.logp(-1, -1, id) >= floor;
    };
    const common = commonAs(word.join(''), COMMON_WORD_LOGP) || word.every((ch) => commonAs(ch, COMMON_CHARACTER_LOGP));
    glosses.push({ wordStart: m.index - word.join('').length, start: m.index, end: m.index + m.length, word: word.join(''), common });
  }
  let earlier: string | null = null;
  const earlierText = (): string => (earlier ??= typeof previous === 'string' ? previous : previous());
  for (const row of rowsOf(glosses)) spans.push(...rowSpans(row, text, earlierText()));
  return spans.sort((a, b) => a.start - b.start);
}

/** A reading in brackets: where it runs, its syllables (toneless), and how to test characters against them. */
interface ReadingBracket {
  index: number;
  length: number;
  count: number;
  syllables: string[];

  /** Whether one character reads one syllable. */
  reads(ch: string | undefined, syllable: string): boolean;
  /** Whether the characters just before (as many as `count`) are what the bracket reads. */
  readsWord(chars: readonly string[]): boolean;
}

const pinyinReads = (ch: string | undefined, syllable: string): boolean => ch !== undefined && readingsOf(ch).includes(syllable);
const zhuyinCache = new Map<string, string[]>();
/** A character's toneless readings written in zhuyin (the first tone carries no mark). */
function zhuyinReadingsOf(ch: string): string[] {
  let readings = zhuyinCache.get(ch);
  if (!readings) zhuyinCache.set(ch, (readings = readingsOf(ch).map((r) => toZhuyin(`${r}1`))));
  return readings;
}
const zhuyinReads = (ch: string | undefined, syllable: string): boolean => ch !== undefined && zhuyinReadingsOf(ch).includes(syllable);

/** Toned pinyin of two or more syllables, and zhuyin of two or more, in brackets, in text order. */
function readingBrackets(text: string): ReadingBracket[] {
  const out: ReadingBracket[] = [];
  for (const m of text.matchAll(BRACKET)) {
    const content = m[1] ?? '';
    if (!TONED.test(content)) continue;
    const letters = lettersOf(content);
    const count = syllableCount(letters);
    if (count < 2) continue;
    const syllables = content.trim().split(/\s+/u).map(lettersOf);
    out.push({ index: m.index, length: m[0].length, count, syllables, reads: pinyinReads, readsWord: (chars) => readsCharacters(letters, chars) });
  }
  for (const m of text.matchAll(ZHUYIN_BRACKET)) {
    const syllables = (m[1] ?? '').trim().split(/[ \u3000]+/u).map((s) => s.replace(ZHUYIN_TONES, ''));
    const readsWord = (chars: readonly string[]): boolean => syllables.every((s, i) => zhuyinReads(chars[i], s));
    out.push({ index: m.index, length: m[0].length, count: syllables.length, syllables, reads: zhuyinReads, readsWord });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A word's reading in brackets right after it: where the word starts, where the bracket runs. */
interface Gloss {
  wordStart: number;
  start: number;
  end: number;
  word: string;
  common: boolean;
}

/** Glosses in a row, each word starting where the last bracket closed (筑巢（zhù cháo）繁殖（fán zhí）). */
function rowsOf(glosses: readonly Gloss[]): Gloss[][] {
  const rows: Gloss[][] = [];
  for (const g of glosses) {
    const row = rows[rows.length - 1];
    const last = row?.[row.length - 1];
    if (row && last && last.end === g.wordStart) row.push(g);
    else rows.push([g]);
  }
  return rows;
}

/**
 * Session 19. QA18's farm pasted the writer's word again with its reading, right after the clause
 * the writer ended with it (…公交接驳，[接驳（jiē bó）]步行到…), or several such pairs (…筑巢繁殖，
 * [筑巢（zhù cháo）繁殖（fán zhí）]), or at the next paragraph's start: 9.8% hidden, the rest only
 * marked, as the readings of rarer words. A writer glosses a word at its first use, once; a word said
 * again at once with its reading, or a row of words each glossed, is the copier's. A repeated row
 * (its words end the text just before it, but for the punctuation) is hidden whole, words with
 * readings; a row of two or more glosses of the writer's own words has its readings hidden; a
 * single gloss is judged as before: hidden for a common word, marked for a rarer one.
 * `previous`: the page's text before this paragraph (its last paragraph last).
 */
function rowSpans(row: readonly Gloss[], text: string, previous: string): SpamSpan[] {
  const first = row[0];
  const last = row[row.length - 1];
  if (!first || !last) return [];
  const lead = `${previous}${text.slice(0, first.wordStart)}`;
  const cut = lead.replace(/[，,、；;。！？!?\s]+$/u, '');
  const words = row.map((g) => g.word).join('');
  // After a comma, or opening the next paragraph; a sentence of the same paragraph may open with the
  // word the last one ended with (…去看姑姑。姑姑老了…), and a gloss there is judged alone.
  const seam = /[，,、；;]$/u.test(lead.trimEnd()) || text.slice(0, first.wordStart).trim() === '';
  if (seam && cut.endsWith(words)) {
    return [
      finderSpan(first.wordStart, last.end, 'pinyin', true, {
        hidden: 'The writer’s words pasted again right after them, each with its reading in brackets, by the copying site.',
        marked: '',
      }),
    ];
  }
  // Session 20: a writer glosses a word once; a second gloss of it is the copier's, whatever the
  // word (QA19's zhuyin glossed words again). A word said before and glossed at a later use may be
  // the writer's (饕餮是…。…常见饕餮（tāo tiè）纹样), so only an earlier gloss counts.
  const again = (g: Gloss): boolean => `${previous}${text.slice(0, g.wordStart)}`.split(g.word).slice(1).some((after) => /^[(（【[][^)）】\]]{2,40}[)）】\]]/u.test(after));
  return row.map((g) =>
    finderSpan(g.start, g.end, 'pinyin', g.common || row.length >= 2 || again(g), {
      hidden: 'The reading of a common word, or of a word the page has glossed already, in brackets after it: added by the copying site.',
      marked: 'A reading in brackets after a word: a gloss of the writer, or added by the copying site.',
    }),
  );
}

/**
 * Two or more zhuyin syllables standing in the text with no bracket, spaces between (QA20: …這樣說。
 * ㄎㄤ ㄕ ˙ㄈㄨ康師傅…), neither quoted nor led up to by the writer's words: after a stop or a comma,
 * or right after the word it reads.
 */
const BARE_RUN = new RegExp(String.raw`(?<![\u3105-\u312f\u31a0-\u31bfˊˇˋ˙(（【[「『“‘])${ZHUYIN_SYLLABLE}(?:[ \u3000]+${ZHUYIN_SYLLABLE}){1,7}(?![\u3105-\u312f\u31a0-\u31bfˊˇˋ˙)）】\]」』”’])`, 'gu');

/** Words that lead a sentence up to a reading it quotes (念作ㄇㄚ ㄇㄚ, 拼成, 注音是, 写：). */
const ZHUYIN_LEAD_IN = /(?:念|读|拼|写|注|标|作|成|为|是|叫|[:：])$/u;
/** Words that carry on a sentence whose subject or object the reading is (ㄋㄞˇ ㄋㄞ˙是…, …的写法, ㄇㄚ和ㄅㄚ). */
const ZHUYIN_GOES_ON = /^(?:是|就是|即|为|这|的|念|读|也|和|与|、|：|:)/u;

/**
 * Session 21. A farm copying a Taiwanese page also pastes a word's zhuyin bare (QA20: 0 of 4 found):
 * a run of syllables glued after a stop or a comma, or right after the word it reads. A writer quotes
 * zhuyin (「ㄇㄚ ㄇㄚ」), leads up to it (念作ㄇㄚ ㄇㄚ) or teaches it (ABOUT_READINGS, single letters
 * ㄅ、ㄆ left in `rest`, which still stops the paragraph). Such a run is hidden when two of its syllables
 * read two characters in a row of the text before it (a word a clause or a sentence back), marked
 * otherwise; one glued between two of the writer's words is marked, and one led up to by a verb of
 * reading or a colon, or carried on by the writer's grammar (ㄋㄞˇ ㄋㄞ˙是她的称呼), is left and counts as taught.
 */
function bareZhuyin(text: string): { spans: SpamSpan[]; rest: string } {
  const spans: SpamSpan[] = [];
  let rest = text;
  for (const m of text.matchAll(BARE_RUN)) {
    const syllables = m[0].trim().split(/[ \u3000]+/u).map((x) => x.replace(ZHUYIN_TONES, ''));
    const before = text.slice(0, m.index);
    const afterMark = before === '' || DETACHED_AFTER.test(before);
    const own = [...before].slice(-syllables.length);
    const afterWord = own.length === syllables.length && syllables.every((x, i) => zhuyinReads(own[i], x));
    const after = toSimplifiedForm(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    if ((!afterMark && !afterWord && ZHUYIN_LEAD_IN.test(toSimplifiedForm(before))) || ZHUYIN_GOES_ON.test(after)) continue;
    const window = [...before.slice(-DETACHED_REACH)];
    const found = afterWord || window.some((ch, i) => zhuyinReads(ch, syllables[0] ?? '') && zhuyinReads(window[i + 1], syllables[1] ?? ''));
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    // Glued between two of the writer's words, away from its word: unsure, so marked at most.
    spans.push(
      finderSpan(m.index, m.index + m[0].length, 'pinyin', found && (afterMark || afterWord), {
        hidden: 'A word’s reading in zhuyin glued into the text with no bracket: added by the copying site.',
        marked: 'Zhuyin standing in the text, away from a word it reads: possibly added by the copying site.',
      }),
    );
  }
  return { spans, rest };
}

/** Marks after which a farm drops a reading away from its word: a clause's or a sentence's end. */
const DETACHED_AFTER = /[，,；;。！？!?、]$/u;
/** Characters before a detached reading searched for the word it reads: a long sentence or two. */
const DETACHED_REACH = 150;

/**
 * Session 18: a toned reading of two or more syllables, apart, standing after punctuation instead
 * of its word (经济发展，（jīng jì）…; …的目标。【mù biāo】). A writer's gloss sits right after its
 * word; a reading after a comma or a full stop is the copier's, reading a word a clause or a
 * sentence back, or a compound only partly there. Hidden when its first two syllables read two
 * characters in a row of the text before it; otherwise (a reading of nothing near) only marked.
 * Not after a colon or inside a list: a pinyin lesson's examples (ABOUT_READINGS) stand there.
 */
function detachedReading(text: string, at: number, length: number, syllables: readonly string[], reads: ReadingBracket['reads']): SpamSpan | null {
  if (!DETACHED_AFTER.test(text.slice(0, at))) return null;
  if (syllables.length < 2 || (reads === pinyinReads && syllables.some((s) => !PINYIN_SYLLABLES.has(s)))) return null;
  const window = [...text.slice(Math.max(0, at - DETACHED_REACH), at)];
  const found = window.some((ch, i) => reads(ch, syllables[0] ?? '') && reads(window[i + 1], syllables[1] ?? ''));
  const end = at + length;
  return finderSpan(at, end, 'pinyin', found, {
    hidden: 'A word’s reading in brackets, set apart from the word after punctuation: added by the copying site.',
    marked: 'A reading in brackets standing after punctuation, away from any word it reads: possibly added by the copying site.',
  });
}
