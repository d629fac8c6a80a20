/**
 * Session 25: what a run of text *is*, in features meant to carry to furniture no generator wrote
 * (./furniture-features.ts appends them to session 24's). Session 24's trees leaned on a hashed bag of
 * characters and learned each generator's wordings (left out of the fit, a generator's classes fell
 * to near nothing); these describe a paste by its shape and its relation to the page instead:
 *   - slots: what furniture is made of (a number with its unit or label, a date, a time, a price, a
 *     code of letters and digits) and how often the character classes switch inside the run;
 *   - words: the parts of speech jieba gives (a control speaks to the reader with a verb first and a
 *     pronoun; a counter row is numerals and measure words; the writer's clause is nouns and verbs
 *     tied by function words), and the share of its words the dictionary knows;
 *   - the page: content words shared with the headline and the rest of the page (none: not the
 *     story's), and how unlike the page's other clauses the run is (a row shaped like no clause of the
 *     story), its share of its paragraph and its paragraph's length against the page's.
 * No word list: the only words read are the closed classes jieba tags (pronouns, particles,
 * prepositions …), hashed into a few buckets whose weights the fit learns.
 */
import type { TaggedWord } from '../segment/types';

export const NATURE_FEATURES = [
  'classSwitches', 'slots', 'slotShare', 'numberUnit', 'date', 'price', 'code', 'runShare', 'paragraphVsPage', 'shapeRarity',
  'titleShare', 'sharedWords', 'noSharedWord', 'knownShare', 'posNoun', 'posVerb', 'posNumeral', 'posPronoun', 'posFunction',
  'posTime', 'posName', 'posLatin', 'posOther', 'opensVerb', 'endsNoun', 'grainTrimmed',
] as const;
/** Buckets for the closed-class words (pronouns, prepositions, particles, conjunctions, interjections). */
export const CLOSED_BUCKETS = 8;
export const CLOSED_FEATURES: readonly string[] = Array.from({ length: CLOSED_BUCKETS }, (_, i) => `closed:${i}`);

/** What the nature features read once a page: its clauses' shapes and its text, for comparison. */
export interface NaturePage {
  title: string;
  paragraphs: readonly string[];
  /** Per paragraph, the non-Han share of each of its clauses of four characters or more. */
  clauseShapes: number[][];
  medianLength: number;
  text: string;
  tag?: (text: string) => TaggedWord[];
  knows?: (word: string) => boolean;
  tagged: Map<string, { word: string; tag: string; start: number }[]>;
}

const HAN = /\p{Script=Han}/u;
const nonSpaceLength = (text: string): number => text.replace(/\s/gu, '').length;

function nonHanShare(text: string): number {
  const chars = [...text.replace(/[\s，,。！？!?；;：:、“”「」『』（）()]/gu, '')];
  return chars.length ? chars.filter((ch) => !HAN.test(ch)).length / chars.length : 0;
}

export function naturePage(title: string, paragraphs: readonly string[], tag?: (text: string) => TaggedWord[], knows?: (word: string) => boolean): NaturePage {
  const clauseShapes = paragraphs.map((p) => p.split(/[，,。！？!?；;…]/u).map((c) => c.trim()).filter((c) => c.length >= 4).map(nonHanShare));
  const lengths = paragraphs.map(nonSpaceLength).sort((a, b) => a - b);
  return { title, paragraphs, clauseShapes, medianLength: lengths[Math.floor(lengths.length / 2)] ?? 0, text: [title, ...paragraphs].join('\n'), tag, knows, tagged: new Map() };
}

/** A character's class, for counting how often a run switches between them. */
function classOf(ch: string): number {
  if (HAN.test(ch)) return 0;
  if (/\p{N}/u.test(ch)) return 1;
  if (/\p{L}/u.test(ch)) return 2;
  if (/\p{P}/u.test(ch)) return 3;
  return 4;
}

/**
 * Slots: a number with a Han unit or label after it (3楼, 12万, 5条) or a label before it (等级：3), a date,
 * a price, a code of letters with digits. Shapes of any furniture's values, not anyone's wordings.
 */
const SLOTS = {
  numberUnit: /\d+(?:[.,]\d+)?\s?\p{Script=Han}|\p{Script=Han}[：:]\s?\d/gu,
  date: /\d{2,4}[年/.-]\d{1,2}[月/.-]\d{0,2}|\d{1,2}月\d{1,2}[日号]/gu,
  price: /[¥￥$€£]\s?\d|\d+(?:\.\d+)?\s?元/gu,
  code: /(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{4,}|\d{6,}/gu,
  other: /\d{1,2}[:：]\d{2}|\d+(?:\.\d+)?\s?[%％‰]|[@＠#＃][^\s#＃]+/gu,
} as const;

const ratio = (a: number, b: number): number => (b ? a / b : 0);
const clip01 = (x: number): number => Math.max(0, Math.min(1, x));

/** The paragraph's words with their offsets, tagged once a page. */
function taggedOf(page: NaturePage, text: string): { word: string; tag: string; start: number }[] {
  let words = page.tagged.get(text);
  if (!words) {
    let at = 0;
    words = (page.tag?.(text) ?? []).map((w) => {
      const start = at;
      at += w.word.length;
      return { word: w.word, tag: w.tag, start };
    });
    page.tagged.set(text, words);
  }
  return words;
}

function hashOf(word: string): number {
  let h = 2166136261;
  for (const ch of word) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return (h ^ (h >>> 13)) % CLOSED_BUCKETS;
}

const count = (haystack: string, needle: string): number => {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
};

/** The nature features of the run [start, end) of the page's paragraph `index` (-1: read alone), and the closed-class bag. */
export function natureFeatures(page: NaturePage, text: string, index: number, start: number, end: number, trimmed: boolean): number[] {
  const own = text.slice(start, end);
  const chars = [...own].filter((ch) => !/\s/u.test(ch));
  const n = Math.max(1, chars.length);
  let switches = 0;
  for (let i = 1; i < chars.length; i++) if (classOf(chars[i]!) !== classOf(chars[i - 1]!)) switches++;
  const found = Object.fromEntries(Object.entries(SLOTS).map(([name, re]) => [name, [...own.matchAll(re)]])) as Record<keyof typeof SLOTS, RegExpMatchArray[]>;
  const slots = Object.values(found).reduce((s, m) => s + m.length, 0);
  const slotChars = Object.values(found).reduce((s, m) => s + m.reduce((t, x) => t + x[0].length, 0), 0);
  const paragraphLength = nonSpaceLength(text);
  // How many of the page's other clauses are at least as far from plain Han prose as this run.
  const shape = nonHanShare(own);
  const others = page.clauseShapes.filter((_, i) => i !== index).flat();
  const rarity = shape === 0 || !others.length ? 0 : 1 - ratio(others.filter((s) => s >= shape).length, others.length);
  const titleBigrams = new Set<string>();
  for (let i = 0; i + 1 < page.title.length; i++) titleBigrams.add(page.title.slice(i, i + 2));
  const hanBigrams: string[] = [];
  for (let i = 0; i + 1 < own.length; i++) if (HAN.test(own[i]!) && HAN.test(own[i + 1]!)) hanBigrams.push(own.slice(i, i + 2));
  const words = taggedOf(page, text).filter((w) => w.start >= start && w.start + w.word.length <= end && w.word.trim());
  const content = words.filter((w) => w.word.length >= 2 && HAN.test(w.word));
  const shared = content.filter((w) => count(page.text, w.word) > count(own, w.word)).length;
  const share = (re: RegExp): number => ratio(words.filter((w) => re.test(w.tag)).length, words.length);
  const bag = new Array<number>(CLOSED_BUCKETS).fill(0);
  for (const w of words) if (/^(r|p|u|c|y|e|o)/u.test(w.tag) && HAN.test(w.word)) bag[hashOf(w.word)] = (bag[hashOf(w.word)] ?? 0) + 1 / Math.max(1, words.length);
  const firstWord = words.find((w) => !/^[xw]/u.test(w.tag));
  const lastWord = [...words].reverse().find((w) => !/^[xw]/u.test(w.tag));
  return [
    clip01(switches / n),
    Math.min(6, slots) / 6,
    clip01(slotChars / n),
    found.numberUnit.length ? 1 : 0,
    found.date.length ? 1 : 0,
    found.price.length ? 1 : 0,
    found.code.length ? 1 : 0,
    clip01(ratio(n, paragraphLength)),
    page.medianLength ? Math.max(-1, Math.min(1, Math.log((paragraphLength + 1) / (page.medianLength + 1)) / 3)) : 0,
    rarity,
    hanBigrams.length ? ratio(hanBigrams.filter((b) => titleBigrams.has(b)).length, hanBigrams.length) : 0,
    content.length ? ratio(shared, content.length) : 0,
    content.length >= 2 && shared === 0 ? 1 : 0,
    page.knows && content.length ? ratio(content.filter((w) => page.knows?.(w.word)).length, content.length) : 0,
    share(/^n(?![rstz])/u),
    share(/^v/u),
    share(/^[mq]/u),
    share(/^r/u),
    share(/^(p|u|c|d|y|e|o)/u),
    share(/^t/u),
    share(/^n[rstz]/u),
    share(/^eng/u),
    share(/^(x|w|un)/u),
    firstWord && /^v/u.test(firstWord.tag) ? 1 : 0,
    lastWord && /^n/u.test(lastWord.tag) ? 1 : 0,
    trimmed ? 1 : 0,
    ...bag,
  ];
}
