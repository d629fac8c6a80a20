/**
 * Session 25: what a whole line of a news page is, whatever it says — read against the page around
 * it, so the features carry from one kind of pasted line to another (a copyright footer, a prize
 * ticker, a browser warning …) instead of naming their wordings.
 *
 * A paragraph of a news story continues the story: it prints the page's names and terms (Han pairs
 * the rest of the page prints too) and lies near the page's meaning (topic vectors); it is written
 * prose — it ends with a stop, carries function words, reads to the language model about as well
 * as the page's other sentences — and leans on the story (他, 该, 此前, 记者 …). A site's or a
 * platform's line shares nothing with the story, is a list of slots (separators, figures, Latin,
 * symbols), talks to the reader (您, 请, 点击, 本站 …) and stands where sites append: the page's last
 * paragraphs, or after the last stop of one.
 *
 * Candidates (`outsiderLines`): every short paragraph of one sentence as a whole, and the last sentence (or
 * two, in a longer paragraph) after the writer's stop — the places a site's line stands. Offsets are the page's masked view's (what the
 * mechanical finders hid is already out).
 */
import { topicReader } from './features-topic';
import { hanPairs } from './features-lines';
import type { SpamPage } from './page';
import { registerFeatures, screenMarks } from './register';
import { isHan } from './text-classes';

/** Session 28: the register of a screen's line (./register.ts), read from the line's text alone; appended after session 25's features. */
export const REGISTER_FEATURES = ['colonFields', 'spacedFields', 'unitFigures', 'clockTimes', 'masked', 'codes', 'figureRuns', 'clauseHan', 'screenMarks'] as const;

export const OUTSIDER_FEATURES = [
  'pairShare', 'noPairs', 'topicCosine', 'lmGap', 'endsWithStop', 'functionRate', 'symbolShare', 'digitShare', 'latinShare',
  'lengthRatio', 'toReader', 'leansOnStory', 'isTail', 'atEnd', 'quoted', 'labelled', ...REGISTER_FEATURES,
] as const;

/** The register part of a line's features, in REGISTER_FEATURES's order (counts capped: a long row says no more than a short one). */
export function registerRow(text: string): number[] {
  const r = registerFeatures(text);
  return [
    Math.min(3, r.colonFields), Math.min(4, r.spacedFields), Math.min(3, r.unitFigures), Math.min(2, r.clockTimes), Math.min(2, r.masked), Math.min(2, r.codes),
    Math.min(5, r.figureRuns), Math.log(1 + r.clauseHan), screenMarks(text),
  ];
}

export interface OutsiderLine {
  paragraph: number;
  /** [start, end) in the paragraph's masked view. */
  start: number;
  end: number;
  /** A paragraph's last sentence(s) after the writer's stop, rather than a paragraph of its own. */
  tail: boolean;
  /** Where hiding may start: after the paragraph's own bracketed run that follows the stop (OWN_TRAILER), else `start`. */
  hideFrom: number;
}

/** A paragraph up to this many Han characters is a candidate as a whole (a site's line is short). */
const MAX_LINE_HAN = 90;
/**
 * A paragraph's own short bracketed run right after its sentence's end: the link text a site prints
 * after a teaser (［详细］, [图集], ［ 详细 ］ with full-width spaces inside) or a credit in round brackets ((新京报)) — a few characters,
 * no clause inside (no comma, stop or colon). It belongs to the sentence it follows: a line glued after it
 * is read from the stop, as before, but hidden only after the run (session 26: the writer's ［详细］ was hidden
 * with the glued line — half of lines25's writer's characters hidden; session 27: read only after the run,
 * lines25 held-out tail recall fell 0.373 → 0.357). 【】 opens a label: not one.
 */
const OWN_TRAILER = String.raw`\s*(?:[［[〔][^［］\[\]〔〕，,。：:]{1,12}[］\]〔〕]|[（(][^（）()，,。：:]{1,12}[）)])`;
/**
 * A sentence's end (group 1): a stop with its closing marks, or an ellipsis (a teaser cut short: …, ．．．．．．)
 * when an own bracketed run follows it; then (group 2) the own bracketed runs after it.
 */
const STOP = new RegExp(String.raw`([。！？!?][”」』’）)]*|(?:…+|．{3,}|\.{3,})(?=${OWN_TRAILER}))((?:${OWN_TRAILER})*)`, 'gu');
/** Characters that carry grammar in prose and rarely in a list of slots. */
const FUNCTION_CHARS = new Set([...'的了是在和与对把被将也就都而着过但从向让所因为于以及其之这那他她它们会要能']);
/**
 * Second person, requests, clicks and the site speaking of itself: a line addressed to the reader. 请 asks only
 * opening a clause (请在…, ，请尽快…): inside a word it is the writer's (申请, 邀请: a CPP sentence about a trademark
 * application was hidden by it in session 28).
 */
const TO_READER = /您|你|(?<!\p{Script=Han})请|点击|点此|戳|扫码|长按|本站|本网|本号|本平台|本栏目|小编|关注我们|欢迎/gu;
/** What a writer's line leans on: the story's people, places and time (a site's line leans on none). */
const LEANS = /他|她|其|该|此前|此后|对此|目前|当地|记者|据|随后|同时|此外|今年|去年|当天|昨日|日前/gu;
/** Separators and symbols of a row of slots (not the writer's commas, stops and quotes, nor a figure's %). */
export const SLOT_CHAR = /[|｜·•/／>＞<＜»«›‹▶▷◀►★☆✔✓☐■□◆◇○●△▲▼▽↑↓←→⬇⏳⏰♥❤【】[\]〔〕_＿~～+＋=＝#＃@＠¥￥$*＊\p{Extended_Pictographic}]/u;

/** How often the line addresses the reader (capped at 3). */
export const toReaderCount = (text: string): number => Math.min(3, text.match(TO_READER)?.length ?? 0);

/** A short label and a colon opening the line (附件：, 声明：): a slot's name, as a widget prints it. */
export const LABEL = /^[【[]?[\p{Script=Han}A-Za-z]{1,6}[】\]]?\s*[:：]/u;

/**
 * A group in round or curly brackets holding a Latin name and an operator — code or a formula the writer
 * quotes (for (i = 0; i < n; i++), { x += 1; }, (a + b)): its signs are the expression's, not a row's slots.
 * Square brackets are left out: [url=…] is markup a farm leaks, not an expression.
 */
const EXPRESSION = /[(（{][^()（）{}]*[A-Za-z][^()（）{}]*[)）}]/gu;
const OPERATOR = /[=<>+*^;；]/u;

/** [start, end) of each bracketed expression of the text (code or a formula quoted by the writer). */
export function expressionRanges(text: string): [number, number][] {
  return [...text.matchAll(EXPRESSION)].filter((m) => OPERATOR.test(m[0])).map((m) => [m.index, m.index + m[0].length]);
}

/** A clause of prose this long before an emoji makes the emoji its stop (恭喜中国队夺冠🏆), not a slot's icon (首页🏠). */
const CLAUSE_HAN = 4;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** What an emoji carries with it: a variation selector (❤️), a joiner, a skin tone — part of the emoji, no character of its own. */
const EMOJI_PART = /\u200d|\ufe0e|\ufe0f|\p{Emoji_Modifier}/u;

/**
 * Share of slot characters among the line's non-space characters. Not slots: a · between two Han
 * characters (a foreign name's interpunct: 阿齐姆·伊萨别科夫); an emoji that closes a clause of prose —
 * right after four Han characters or more and followed by the next clause or the line's end, as a
 * writer who cheers puts it for a stop (夺冠🏆全国人民都沸腾了🎉); the signs of a bracketed expression
 * (code or a formula the writer quotes).
 */
export function slotShare(text: string): number {
  const chars = [...text];
  const offsets: number[] = [];
  let at = 0;
  for (const ch of chars) {
    offsets.push(at);
    at += ch.length;
  }
  const inExpression = expressionRanges(text);
  const closesClause = (i: number): boolean => {
    // The clause before the run of emoji this one is part of (下午呀💪❤️: both close the clause).
    let k = i - 1;
    while (k >= 0 && (PICTOGRAPH.test(chars[k] ?? '') || EMOJI_PART.test(chars[k] ?? ''))) k--;
    let han = 0;
    for (; k >= 0 && isHan(chars[k] ?? ''); k--) han++;
    let next = i + 1;
    while (next < chars.length && (PICTOGRAPH.test(chars[next] ?? '') || EMOJI_PART.test(chars[next] ?? ''))) next++;
    return han >= CLAUSE_HAN && (next >= chars.length || isHan(chars[next] ?? ''));
  };
  let all = 0;
  let slots = 0;
  chars.forEach((ch, i) => {
    if (/\s/u.test(ch) || EMOJI_PART.test(ch)) return;
    all++;
    if (!SLOT_CHAR.test(ch)) return;
    if (ch === '·' && isHan(chars[i - 1] ?? '') && isHan(chars[i + 1] ?? '')) return;
    if (PICTOGRAPH.test(ch) && closesClause(i)) return;
    const offset = offsets[i] ?? 0;
    if (inExpression.some(([s, e]) => offset >= s && offset < e)) return;
    slots++;
  });
  return all ? slots / all : 0;
}

const hanCount = (text: string): number => [...text].filter(isHan).length;

interface SentenceEnd {
  /** Just after the stop and its closing marks. */
  at: number;
  /** Past the paragraph's own bracketed runs after it (= `at` without any). */
  after: number;
}

/**
 * The line after a sentence's end, hidden only past the paragraph's own bracketed runs there, and read two
 * ways when there are such runs: from the stop (a held-out wording opening with a bracketed label scores as a
 * whole) and past the runs (a credit's round brackets read as a quotation's); the finder keeps the likelier.
 */
function lastLines(paragraph: number, e: SentenceEnd, end: number): OutsiderLine[] {
  const line = { paragraph, end, tail: true, hideFrom: e.after };
  return e.after > e.at ? [{ ...line, start: e.at }, { ...line, start: e.after }] : [{ ...line, start: e.at }];
}

/** Sentence ends of a paragraph's text. */
function sentenceEnds(text: string): SentenceEnd[] {
  return [...text.matchAll(STOP)].map((m) => ({ at: m.index + (m[1] ?? '').length, after: m.index + m[0].length }));
}

/** The candidate lines of a page: short paragraphs whole, and the last one or two sentences of the others. */
export function outsiderLines(page: SpamPage): OutsiderLine[] {
  const out: OutsiderLine[] = [];
  page.paragraphs.forEach((p, paragraph) => {
    if (p.isHeadline) return;
    const text = p.text;
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().length;
    if (end - start < 2) return;
    const han = hanCount(text);
    // An end whose own bracketed runs reach the paragraph's end closes the paragraph: no line after it.
    const ends = sentenceEnds(text).filter((e) => e.at > start && e.after < end);
    if (han <= MAX_LINE_HAN && !ends.length) {
      out.push({ paragraph, start, end, tail: false, hideFrom: start });
      return;
    }
    // A short paragraph of one sentence with a line glued after its stop is read as the longer ones are: the
    // line after the stop, never the writer's sentence with it (session 27: taken whole, such a paragraph hid
    // the writer's sentence with a glued rating line on lines25 held-out, 44 characters).
    if (han <= MAX_LINE_HAN && ends.length === 1) {
      out.push(...lastLines(paragraph, ends[0] as SentenceEnd, end));
      return;
    }
    // The last sentence, after the writer's last stop; and the last two, for a line of two sentences.
    const last = ends[ends.length - 1];
    if (last === undefined) return;
    out.push(...lastLines(paragraph, last, end));
    const before = ends[ends.length - 2];
    if (before !== undefined && hanCount(text.slice(before.at, end)) <= MAX_LINE_HAN) out.push({ paragraph, start: before.at, end, tail: true, hideFrom: before.after });
  });
  return out.filter((line) => hanCount(page.paragraphs[line.paragraph]?.text.slice(line.start, line.end) ?? '') >= 2);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor(sorted.length / 2)] as number) : 0;
};

/** Per-Han-character ln P of a sentence read whole (0 without a model). */
function fluency(page: SpamPage, text: string): number {
  const lm = page.tools.languageModel;
  const han = hanCount(text);
  return lm && han ? lm.logProb(text) / han : 0;
}

/** The features of each candidate line, in OUTSIDER_FEATURES's order. */
export function outsiderFeatures(page: SpamPage, lines: readonly OutsiderLine[]): number[][] {
  if (!lines.length) return [];
  const texts = page.paragraphs.map((p) => p.text);
  const all = hanPairs([page.headline, page.headline, ...texts]);
  const topic = topicReader(page);
  // The page's sentences, for its usual fluency and paragraph length.
  const sentences = texts.flatMap((text) => text.split(/(?<=[。！？!?])/u)).filter((s) => hanCount(s) >= 6);
  const pageFluency = median(sentences.map((s) => fluency(page, s)));
  const paragraphHan = median(texts.map(hanCount).filter((n) => n > 0));
  // The last paragraph of the writer's prose: lines below it stand where sites append.
  let lastProse = -1;
  texts.forEach((text, p) => {
    if (hanCount(text) >= 30 && sentenceEnds(text).length >= 2) lastProse = p;
  });
  return lines.map((line) => {
    const text = texts[line.paragraph]?.slice(line.start, line.end) ?? '';
    const han = hanCount(text);
    const own = hanPairs([text]);
    let shared = 0;
    for (const [pair, n] of own) if ((all.get(pair) ?? 0) > n) shared++;
    const chars = [...text.replace(/\s/gu, '')];
    const share = (test: (ch: string) => boolean): number => (chars.length ? chars.filter(test).length / chars.length : 0);
    const distance = topic?.(line.paragraph, line.start, line.end);
    const trimmed = text.trim();
    return [
      own.size ? shared / own.size : 0,
      own.size ? 0 : 1,
      distance && distance.cover > 0.3 ? distance.cosine : 0,
      han >= 2 ? pageFluency - fluency(page, text) : 0,
      /[。！？!?][”」』’）)]*$/u.test(trimmed) ? 1 : 0,
      han ? [...text].filter((ch) => FUNCTION_CHARS.has(ch)).length / han : 0,
      slotShare(text),
      share((ch) => /[0-9０-９]/u.test(ch)),
      share((ch) => /[A-Za-zＡ-Ｚａ-ｚ]/u.test(ch)),
      Math.log((han + 1) / (paragraphHan + 1)),
      toReaderCount(text),
      Math.min(3, text.match(LEANS)?.length ?? 0),
      line.tail ? 1 : 0,
      line.paragraph > lastProse ? 1 : line.paragraph === lastProse ? 0.5 : 0,
      /^[“「『（(]/u.test(trimmed) || /[”」』]/u.test(trimmed) ? 1 : 0,
      LABEL.test(trimmed) ? 1 : 0,
      ...registerRow(text),
    ];
  });
}
