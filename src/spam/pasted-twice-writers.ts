/**
 * The writer's own repeats that ./find-pasted-twice.ts leaves: each a shape a writer gives a line
 * said twice (a template, a parallel frame, a lead-in, a refrain, a caption, a quotation's end),
 * read from the copies' places on the page. Pure; offsets are the masked view's.
 */
import { hanPairs } from './features-lines';
import { isHan, isWordCharacter } from './text-classes';

/** One copy of a line the page has more than once. */
export interface PastedCopy {
  paragraph: number;
  /** [start, end) in the paragraph's masked view, the paste's own closing mark included. */
  start: number;
  end: number;
}

const SENTENCE_END = '。！？!?';

/** Whether a copy opens a sentence (the paragraph's start, or after a stop). */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  return before === '' || SENTENCE_END.includes(before.charAt(before.length - 1));
}

/**
 * Whether the stretch can be a sentence set in on its own: no bracket or quotation it opens or
 * closes without the other half (a template's （德语：）是…), no label before a colon (抚慰金：…), no
 * enumeration (…、…、…: a list the writer gives twice).
 */
export function standsWhole(text: string): boolean {
  for (const [open, close] of ['（）', '()', '“”', '「」', '《》', '【】']) if ((text.split(open ?? '').length - 1) !== (text.split(close ?? '').length - 1)) return false;
  return !/[：:]/u.test(text) && (text.match(/、/gu)?.length ?? 0) < 2;
}

/**
 * A copy in quotation or title marks, or closed by a quotation mark right after it (a quotation
 * opened in an earlier paragraph); a whole paragraph (a paragraph the site printed twice).
 */
export function isWriters(texts: readonly string[], c: PastedCopy): boolean {
  const text = texts[c.paragraph] ?? '';
  const rest = text.slice(0, c.start) + text.slice(c.end);
  return /^\s*[”」』’]/u.test(text.slice(c.end)) || [...rest].filter(isHan).length <= CAPTION_HAN;
}

/**
 * Whether every copy is followed by the same character: past the paste's own closing mark the
 * copies' neighbours part, so a mark they share there (…最低年限分别为[：] twice) is the writer's frame.
 */
export function agreeAfter(texts: readonly string[], copies: readonly PastedCopy[]): boolean {
  const next = copies.map((c) => (texts[c.paragraph] ?? '').charAt(c.end));
  return next[0] !== '' && next.every((ch) => ch === next[0]);
}

/**
 * Whether a copy finishes the writer's sentence: glued to the words before it and closing the
 * paragraph (蛇根草[属的植物，是中国的特有植物。] / 山楂[属的…]). A farm glues a paste between two of the
 * writer's words, or sets it after a stop; a tail to what stands before it is the writer's.
 */
export function endsWritersSentence(text: string, c: PastedCopy): boolean {
  return isWordCharacter(text.charAt(c.start - 1)) && text.slice(c.end).trim() === '';
}

/** Han a paragraph may hold beside the line and still stand for it (a caption's （图片）, a lead box). */
const CAPTION_HAN = 3;
/** Characters read on each side of a copy for the words around it. */
const CONTEXT = 8;

/**
 * Whether the copies' surroundings say the same thing: two Han pairs or more that the text around
 * one copy and the text around another both print. The writer's parallel wording repeats its frame
 * with the line (第四十三条…[军官…] / 第四十四条…[军官…]; 完成祖国统一，[维护…] / 完成祖国统一、[维护…]); a
 * farm's paste lands in two unrelated places.
 */
export function parallelFrames(texts: readonly string[], copies: readonly PastedCopy[]): boolean {
  const around = copies.map((c) => {
    const text = texts[c.paragraph] ?? '';
    return hanPairs([text.slice(Math.max(0, c.start - CONTEXT), c.start), text.slice(c.end, c.end + CONTEXT)]);
  });
  return around.some((a, i) => around.slice(i + 1).some((b) => [...a.keys()].filter((pair) => b.has(pair)).length >= 2));
}

/** Where the sentence around offset `at` starts: the paragraph's start, or after a stop or a semicolon. */
function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !'。！？!?；;'.includes(text.charAt(from - 1))) from--;
  return from;
}

/** Two copies in one sentence: the writer naming a thing twice (…管理总局新设…管理总局招待局). */
export function oneSentence(texts: readonly string[], copies: readonly PastedCopy[]): boolean {
  return copies.some((c, i) => i > 0 && copies[i - 1]?.paragraph === c.paragraph && sentenceStart(texts[c.paragraph] ?? '', c.start) <= (copies[i - 1]?.start ?? -1));
}

/** Longest lead a template's subject takes before its repeated predicate (科克苏湖[是一个位于…的]盐湖). */
const MAX_LEAD = 10;

/**
 * Every copy set after the few words opening its sentence, and one of them glued to them: a
 * template the writer fills with another subject each time (科克苏湖[是一个位于…的] / 库木库里湖[是…];
 * 金钟花（学名：）[为…] / 奇异连翘（学名：），[为…]; 厉伯[把庞子的过错告知穆公…]). A farm's paste lands
 * anywhere; twice right after a sentence's subject is the writer's pattern. After a comma in every
 * copy (副馆长介绍，[paste] / 馆里表示，[paste]) the writer's lead is done and a paste may stand.
 */
export function sameLead(texts: readonly string[], copies: readonly PastedCopy[]): boolean {
  const leads = copies.map((c) => {
    const text = texts[c.paragraph] ?? '';
    return text.slice(sentenceStart(text, c.start), c.start).trim();
  });
  const short = leads.every((lead) => lead.length > 0 && lead.length <= MAX_LEAD && /[\p{L}\p{N}]/u.test(lead));
  return short && leads.some((lead) => isWordCharacter(lead.charAt(lead.length - 1)) || /[）)]$/u.test(lead));
}

/** Every copy opens a sentence and hands on to the writer's clause after a comma: an attribution or a time lead repeated. */
export function leadsIn(texts: readonly string[], copies: readonly PastedCopy[], text: string): boolean {
  return /[，,]$/u.test(text) && copies.every((c) => opensSentence(texts[c.paragraph] ?? '', c.start) && /\p{Script=Han}/u.test((texts[c.paragraph] ?? '').slice(c.end)));
}

/** The first copy opens the article and the last closes it: the writer's refrain. */
export function echoes(texts: readonly string[], copies: readonly PastedCopy[]): boolean {
  const first = copies[0];
  const last = copies[copies.length - 1];
  const firstParagraph = texts.findIndex((t) => t.trim() !== '');
  const lastParagraph = texts.length - 1 - [...texts].reverse().findIndex((t) => t.trim() !== '');
  return Boolean(first && last && first.paragraph === firstParagraph && first.start === 0 && last.paragraph === lastParagraph && (texts[lastParagraph] ?? '').slice(last.end).trim() === '');
}

/**
 * Whether a copy stands where the writer's own sentence could: it opens a sentence and ends one, or
 * ends its first clause (…。[copy]。 / …。[copy]，…). A farm also copies one of the writer's sentences
 * into another paragraph (QA20's class): then one copy is the writer's, standing whole in its place,
 * and which one is not known, so the copies are only marked. A copy glued into a clause is no
 * sentence of the writer's.
 */
export function fitsAsSentence(texts: readonly string[], c: PastedCopy): boolean {
  const text = texts[c.paragraph] ?? '';
  const last = text.charAt(c.end - 1);
  const next = text.slice(c.end).trimStart().charAt(0);
  const ends = SENTENCE_END.includes(last) || '，,'.includes(last) || next === '' || (SENTENCE_END + '，,').includes(next);
  return opensSentence(text, c.start) && ends;
}

/** Characters two paragraphs must share outside the copies to be one template the writer filled twice. */
const TEMPLATE_WINDOW = 10;
const STOP = /[。！？!?]/u;

/** The copy's own sentence around it, without the copy: the parts before and after it, up to the sentence's stops. */
function sentenceAround(text: string, c: PastedCopy): string[] {
  let from = c.start;
  while (from > 0 && !STOP.test(text.charAt(from - 1))) from--;
  let to = c.end;
  while (to < text.length && !STOP.test(text.charAt(to))) to++;
  return [text.slice(from, c.start), text.slice(c.end, to)];
}

/**
 * Whether the copies' paragraphs are one template the writer filled twice: the two copies' own sentences share
 * another stretch of ten characters or more (创意说明：本短片“这是汽车”系列广告代表…, said of each of a series).
 * The repeated line is then the template's own, split from its sentence by a paste in one copy
 * (…不安全驾驶[paste]|行为在情景中的体现… / …不安全驾驶|行为在情景中的体现…: session 29, seams28 held-out,
 * 64 writer's characters hidden as pasted twice). A farm pastes one line into unrelated paragraphs.
 * Session 30: only two copies, and the shared stretch in the copies' own sentences — read over their whole
 * paragraphs, a farm's line pasted three times beside the writer's phrase the story says twice, or beside
 * another pasted line, read as a template (bench:spam words style, held-out: 2 lines pasted three times left,
 * 111 pasted characters; no template there).
 */
export function templatedParagraphs(texts: readonly string[], copies: readonly PastedCopy[]): boolean {
  if (copies.length !== 2) return false;
  const [a, b] = copies as [PastedCopy, PastedCopy];
  if (a.paragraph === b.paragraph) return false;
  const windows = (parts: string[]): Set<string> => new Set(parts.flatMap((part) => [...Array(Math.max(0, part.length - TEMPLATE_WINDOW + 1)).keys()].map((i) => part.slice(i, i + TEMPLATE_WINDOW))).filter((w) => /\p{Script=Han}.*\p{Script=Han}.*\p{Script=Han}/u.test(w)));
  const theirs = windows(sentenceAround(texts[b.paragraph] ?? '', b));
  return [...windows(sentenceAround(texts[a.paragraph] ?? '', a))].some((w) => theirs.has(w));
}
