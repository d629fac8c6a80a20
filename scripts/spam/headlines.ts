/**
 * Headlines written the way news desks write them, for clean pages that have none (the CPP
 * Wikipedia pages of the stress test): the hard case for a headline-piece detector is a writer
 * whose body says the headline's words, because a headline is made of them. Modelled on the
 * corpus's own headlines (␣ marks their ideographic space): 深圳地铁将设立VIP头等车厢␣买双倍票可享坐票,
 * 黄怒波：10年内捐500亿␣不再信任官办慈善机构, “信为本、孝为先”␣敬老爱老公益计划在京启动,
 * 中国扶贫基金会“有爱·有家”孤儿助养项目内容（从2010年7月起实行新助养方案）, 浙江9名师生支教四川␣凉山深处上学娃（图）:
 *
 * - a clause of the lead (or of an early sentence) cut down to its content words: particles,
 *   conjunctions, mood words dropped, now and then an adverb or a modifier too, so two words the
 *   body keeps apart stand side by side in the headline;
 * - often in two parts (a second clause, shorter), joined by an ideographic space, a colon, a dash
 *   or a space; sometimes "speaker：what they say";
 * - sometimes a term of the page in quotation marks, an aside in brackets inside a phrase the body
 *   says whole (名称（English name 2019）活动), or （图） at the end.
 */
import { createRandom } from './inject';

export interface TaggedWord {
  word: string;
  tag: string;
}
export type Tagger = (text: string) => TaggedWord[];

const HAN = /\p{Script=Han}/u;
/** jieba tags that headlines drop: particles, conjunctions, mood words, interjections, onomatopoeia, punctuation. */
const ALWAYS_DROPPED = /^(?:u\w*|c|y|e|o|x|w)$/u;
/** Dropped half the time: adverbs, prepositions, distinguishing and descriptive modifiers, pronouns. */
const SOMETIMES_DROPPED = /^(?:d|p|b|z|r|f)$/u;
const SEPARATORS = ['\u3000', '\u3000', '：', ' ', '——'];
const NAME_TAGS = /^(?:nr|nt|ns|nz)$/u;

function hanLength(text: string): number {
  return [...text].filter((ch) => HAN.test(ch)).length;
}

/** The clauses of a text, split at punctuation. */
function clauses(text: string): string[] {
  return text
    .split(/[，。；！？,;!?：:、（）()“”"]/u)
    .map((c) => c.trim())
    .filter((c) => hanLength(c) >= 4);
}

/**
 * One of the clauses cut to a headline's content words: the first that fits in `limit` Han
 * characters whole (headlines say a whole phrase), else the first cut at a word boundary.
 */
function compressOne(candidates: readonly string[], tag: Tagger, random: () => number, limit: number): string {
  const cut = candidates.map((clause) => compress(clause, tag, random, Infinity)).filter((c) => hanLength(c) >= 4);
  const whole = cut.find((c) => hanLength(c) <= limit);
  if (whole) return whole;
  return candidates.length ? compress(candidates[0] ?? '', tag, random, limit) : '';
}

/** A clause cut to a headline's content words, at most `limit` Han characters. */
function compress(clause: string, tag: Tagger, random: () => number, limit: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const { word, tag: t } of tag(clause)) {
    if (!HAN.test(word) && !/^[0-9A-Za-z.%]+$/u.test(word)) continue;
    if (ALWAYS_DROPPED.test(t) && word.length === 1) continue;
    if (SOMETIMES_DROPPED.test(t) && random() < 0.5) continue;
    if (length + hanLength(word) > limit && length >= 4) break;
    kept.push(word);
    length += hanLength(word);
  }
  return kept.join('');
}

/** A name on the page (a person, a place, a body) of two to four characters. */
function nameOnPage(texts: readonly string[], tag: Tagger, random: () => number): string | null {
  const names = texts.slice(0, 4).flatMap((t) => tag(t).filter((w) => NAME_TAGS.test(w.tag) && w.word.length >= 2 && w.word.length <= 4 && [...w.word].every((ch) => HAN.test(ch))));
  if (names.length === 0) return null;
  return names[Math.floor(random() * names.length)]?.word ?? null;
}

/** An aside the page itself puts in brackets, or a year it names; null when it has neither. */
function asideOnPage(texts: readonly string[], random: () => number): string | null {
  const brackets = texts.flatMap((t) => [...t.matchAll(/[（(]([^（）()]{2,20})[）)]/gu)].map((m) => m[1] ?? ''));
  if (brackets.length > 0) return brackets[Math.floor(random() * brackets.length)] ?? null;
  const year = texts.join('').match(/(?:1[89]|20)\d\d/u);
  return year ? year[0] : null;
}

/** A news-style headline for a page of `texts`; `page` seeds the choices, so it is stable. */
export function newsHeadline(texts: readonly string[], tag: Tagger, page: number): string {
  const random = createRandom(0x4ead + page * 7919);
  const source = random() < 0.6 ? (texts[0] ?? '') : (texts[Math.floor(random() * Math.min(4, texts.length))] ?? '');
  const leadClauses = clauses(source);
  const main = compressOne(leadClauses.slice(Math.floor(random() * 2)), tag, random, 8 + Math.floor(random() * 9)) || compressOne(clauses(texts.join('，')), tag, random, 16);
  let headline = main;
  const form = random();
  if (form < 0.45) {
    // Two parts: a second clause from another early sentence, shorter.
    const other = clauses(texts[1 + Math.floor(random() * Math.min(3, Math.max(1, texts.length - 1)))] ?? '');
    const second = compressOne(other.slice(Math.floor(random() * other.length)), tag, random, 5 + Math.floor(random() * 6));
    if (second) headline = `${main}${SEPARATORS[Math.floor(random() * SEPARATORS.length)]}${second}`;
  } else if (form < 0.6) {
    const speaker = nameOnPage(texts, tag, random);
    if (speaker && !main.startsWith(speaker)) headline = `${speaker}：${main}`;
  }
  const decoration = random();
  if (decoration < 0.2) {
    // A term of the headline in quotation marks.
    const words = tag(headline).filter((w) => w.word.length >= 2 && w.word.length <= 4 && [...w.word].every((ch) => HAN.test(ch)));
    const term = words[Math.floor(random() * words.length)]?.word;
    if (term) headline = headline.replace(term, `“${term}”`);
  } else if (decoration < 0.4) {
    // An aside in brackets, inside a phrase of the headline between two of its words.
    const aside = asideOnPage(texts, random);
    const words = tag(headline).map((w) => w.word);
    if (aside && words.length >= 3) {
      const at = 1 + Math.floor(random() * (words.length - 1));
      headline = `${words.slice(0, at).join('')}（${aside}）${words.slice(at).join('')}`;
    }
  } else if (decoration < 0.5) headline += '（图）';
  return headline;
}

/**
 * A headline naming what the page keeps talking about: its six most frequent words of two or more
 * Han characters, as a headline in two parts (三个词：三个词) on every other page, and as one with a
 * quoted name in front (“词”三个词) on the others.
 */
export function headlineFromFrequentWords(texts: readonly string[], segment: (text: string) => string[], page: number): string {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of segment(text)) if (word.length >= 2 && /^\p{Script=Han}+$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([word]) => word);
  return page % 2 ? `${top.slice(0, 3).join('')}：${top.slice(3).join('')}` : `“${top[0] ?? ''}”${top.slice(1, 4).join('')}`;
}
