/**
 * Headline pieces standing as a paragraph of their own, session 28's generator (frozen before any
 * finder was read for it or changed; seeds dev 281, held-out 282). Written from what a farm does and
 * from what a writer does with the same words, not from any finder's misses:
 *
 * A farm that wants the page to rank for its headline pushes a run of the headline's words back in
 * as a line by itself — between two of the writer's paragraphs, or after the last — with nothing
 * of its own: no verb added, no subject, cut wherever two of the headline's words meet. Habits, one
 * a page:
 * - `lone`: one run (two to four of the headline's words, 4–14 Han) between two paragraphs;
 * - `several`: two or three different runs, each a paragraph, spread through the article;
 * - `stopped`: a run closed with a full stop or an exclamation mark, as if it were a sentence;
 * - `closing`: a run as the article's last paragraph;
 * - `part`: a whole part of a two-part headline (主题␣副题), mid-article.
 * Half of the farm pages also carry a farm's domain glued to a paragraph's end (evidence the page is
 * a farm's, as on most real farm pages); the other half carry nothing else.
 *
 * Look-alikes (nothing pasted; nothing may be hidden): what a writer or an editor prints that
 * repeats the headline's words as a line of its own:
 * - `h1`: the headline read as the first paragraph (a two-part headline as two: title and deck);
 * - `subheads`: the writer's section heads before two to four paragraphs, one of them a run of the
 *   headline, the others the next paragraph's own opening words;
 * - `numbered`: the same heads numbered (一、, （二）, 3.) — every head a run of the headline;
 * - `styled`: heads printed with a mark (■, ◆, ▲, 【】);
 * - `caption`: a photo caption naming the headline's words inside a sentence of its own (图为…);
 * - `lonehead`: one unnumbered head that is a run of the headline and nothing else to tell it
 *   from a paste (the hard case: what is unsure stays visible, marked at most).
 * Half of the look-alike pages carry the same glued domain, so that page evidence is measured on
 * them too.
 */
import { createRandom } from './inject';
import type { TruthSpan } from './tally';
import { HEADLINE_PARTS, hanCount, headlineOf } from '../../src/spam/headline-text';

export type Ownpara28Habit = 'lone' | 'several' | 'stopped' | 'closing' | 'part';
export type Ownpara28Lookalike = 'h1' | 'subheads' | 'numbered' | 'styled' | 'caption' | 'lonehead';
export const OWNPARA28_HABITS: readonly Ownpara28Habit[] = ['lone', 'several', 'stopped', 'closing', 'part'];
export const OWNPARA28_LOOKALIKES: readonly Ownpara28Lookalike[] = ['h1', 'subheads', 'numbered', 'styled', 'caption', 'lonehead'];
export const OWNPARA28_SEEDS = { dev: 281, heldout: 282 } as const;

export interface Ownpara28Page {
  title: string;
  paragraphs: string[];
  truth: TruthSpan[][];
  style: Ownpara28Habit | Ownpara28Lookalike;
  farm: boolean;
  /** The page carries a farm's domain too (the domain is in `truth` as 'domain'). */
  evidence: boolean;
}

const HAN = /\p{Script=Han}/u;
const allHan = (text: string): boolean => text.length > 0 && [...text].every((ch) => HAN.test(ch));
/** Farm domains, written here: letters and digits a farm registers, never a news site's. */
const DOMAINS = ['www.k8fz.com', 'm.ttx55.cc', 'www.jq668.net', 'wap.hy77.top', 'www.zb9c.vip', 'm.xq228.cn'];
const NUMBERS = ['一、', '二、', '三、', '四、'];
const BRACKET_NUMBERS = ['（一）', '（二）', '（三）', '（四）'];
const MARKS = ['■', '◆', '▲', '●'];
const CAPTIONS: ((run: string) => string)[] = [
  (run) => `图为${run}的现场。`,
  (run) => `▲${run}相关情况，记者摄`,
  (run) => `（图为记者在现场拍到的${run}）`,
  (run) => `资料图：${run}相关画面`,
];

/** The headline's parts (split as a headline separates them), each cut into words. */
function partsOf(headline: string, segment: (text: string) => string[]): string[][] {
  return headline
    .split(HEADLINE_PARTS)
    .map((part) => part.trim())
    .filter((part) => hanCount(part) >= 2)
    .map((part) => segment(part));
}

/** Runs of two to four consecutive words inside one part, 4–14 Han, all Han, not the whole part. */
export function headlineRuns(headline: string, segment: (text: string) => string[]): string[] {
  const out = new Set<string>();
  for (const words of partsOf(headline, segment)) {
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= 4 && i + n <= words.length; n++) {
        if (n === words.length) continue;
        const run = words.slice(i, i + n).join('');
        if (allHan(run) && run.length >= 4 && run.length <= 14) out.add(run);
      }
    }
  }
  return [...out];
}

/** The opening words of a writer's paragraph as a head: its first clause cut at a word edge to 4–10 Han. */
function openingHead(paragraph: string, segment: (text: string) => string[]): string | null {
  const clause = paragraph.split(/[，。；：！？、（）“”]/u)[0] ?? '';
  let head = '';
  for (const word of segment(clause)) {
    if (!allHan(word)) break;
    if (head.length + word.length > 10) break;
    head += word;
  }
  return head.length >= 4 ? head : null;
}

export function ownpara28Page(
  article: { title: string; paragraphs: readonly string[] },
  seed: number,
  segment: (text: string) => string[],
  style: Ownpara28Habit | Ownpara28Lookalike,
): Ownpara28Page | null {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const headline = headlineOf(article.title);
  const runs = headlineRuns(headline, segment);
  const writer = article.paragraphs.filter((p) => p.trim() !== '');
  if (writer.length < 4) return null;
  const farm = (OWNPARA28_HABITS as readonly string[]).includes(style);
  // Paragraphs as [text, truth] in order; insertions go before writer paragraph `at` (1..length).
  const lines: { text: string; truth: TruthSpan[] }[] = writer.map((text) => ({ text, truth: [] }));
  const inserts: { at: number; text: string; pasted: boolean }[] = [];
  const spots = (count: number): number[] => {
    const out = new Set<number>();
    for (let tries = 0; out.size < count && tries < 40; tries++) out.add(between(1, writer.length - 1));
    return [...out].sort((a, b) => a - b);
  };
  const distinctRuns = (count: number): string[] => {
    const out = new Set<string>();
    for (let tries = 0; out.size < count && tries < 30 && runs.length; tries++) out.add(pick(runs));
    return [...out];
  };
  switch (style) {
    case 'lone':
    case 'stopped': {
      if (runs.length === 0) return null;
      const [at = 1] = spots(1);
      inserts.push({ at, text: pick(runs) + (style === 'stopped' ? pick(['。', '！', '。']) : ''), pasted: true });
      break;
    }
    case 'several': {
      const chosen = distinctRuns(between(2, 3));
      if (chosen.length < 2) return null;
      spots(chosen.length).forEach((at, i) => inserts.push({ at, text: chosen[i] ?? '', pasted: true }));
      break;
    }
    case 'closing':
      if (runs.length === 0) return null;
      inserts.push({ at: writer.length, text: pick(runs), pasted: true });
      break;
    case 'part': {
      const parts = headline.split(HEADLINE_PARTS).map((p) => p.trim()).filter((p) => hanCount(p) >= 4);
      if (parts.length < 2) return null;
      const [at = 1] = spots(1);
      inserts.push({ at, text: pick(parts), pasted: true });
      break;
    }
    case 'h1': {
      const parts = headline.split(HEADLINE_PARTS).map((p) => p.trim()).filter((p) => hanCount(p) >= 2);
      if (parts.length >= 2 && random() < 0.6) parts.forEach((part) => inserts.push({ at: 0, text: part, pasted: false }));
      else inserts.push({ at: 0, text: headline, pasted: false });
      break;
    }
    case 'subheads':
    case 'numbered':
    case 'styled': {
      if (runs.length === 0) return null;
      const at = spots(between(2, 4));
      if (at.length < 2) return null;
      const headAt = pick(at);
      at.forEach((p, i) => {
        const own = openingHead(writer[p] ?? '', segment);
        const text = style === 'subheads' && p !== headAt && own ? own : pick(runs);
        const numbered = random() < 0.5 ? NUMBERS[i] : BRACKET_NUMBERS[i];
        const mark = pick(MARKS);
        const shown = style === 'numbered' ? `${numbered}${text}` : style === 'styled' ? (random() < 0.3 ? `【${text}】` : `${mark}${text}`) : text;
        inserts.push({ at: p, text: shown, pasted: false });
      });
      break;
    }
    case 'caption': {
      if (runs.length === 0) return null;
      const [at = 1] = spots(1);
      inserts.push({ at, text: pick(CAPTIONS)(pick(runs)), pasted: false });
      break;
    }
    case 'lonehead': {
      if (runs.length === 0) return null;
      const [at = 1] = spots(1);
      inserts.push({ at, text: pick(runs), pasted: false });
      break;
    }
  }
  const out: { text: string; truth: TruthSpan[] }[] = [];
  for (let i = 0; i <= lines.length; i++) {
    for (const insert of inserts.filter((x) => x.at === i)) out.push({ text: insert.text, truth: insert.pasted ? [[0, insert.text.length, 'title']] : [] });
    const line = lines[i];
    if (line) out.push(line);
  }
  // A farm's domain glued to the end of one of the writer's paragraphs (half of the pages).
  const evidence = random() < 0.5;
  if (evidence) {
    const writerLines = out.filter((l) => l.truth.length === 0 && hanCount(l.text) > 30);
    const host = writerLines.length ? pick(writerLines) : undefined;
    if (host) {
      const domain = pick(DOMAINS);
      host.truth = [...host.truth, [host.text.length, host.text.length + domain.length, 'domain']];
      host.text += domain;
    }
  }
  return { title: article.title, paragraphs: out.map((l) => l.text), truth: out.map((l) => l.truth), style, farm, evidence };
}
