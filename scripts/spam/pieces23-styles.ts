/**
 * Headline pieces stuffed into a copied article, session 23's generator (frozen before any finder
 * was read or changed; seeds dev 231, held-out 232, fresh 237 — fresh is never looked at while
 * developing). Written from what a keyword farm does, not from any finder's misses:
 *
 * A farm wants the page to rank for the headline's words, so it pushes them back into the story.
 * It does so in one of several habits, one habit a page:
 * - `density`: one or two of the headline's longest words (its keywords), again and again through
 *   the whole article, every so many characters, wherever the cut falls between two words;
 * - `lead`: three to six distinct pieces (whole words, or stretches that cut across two words) piled
 *   into the first one or two paragraphs;
 * - `tails`: a piece stuck on the end of a clause, right before its comma or stop (…上涨[油价调整]，…);
 * - `links`: a piece right after a linking word (的, 在, 和, 与, 对, 是, 将), where the host still reads;
 * - `pairs`: two headline words that stand apart in the headline, run together as one paste.
 * Every paste sits at one of the writer's word boundaries; a page has two to twelve pastes.
 *
 * Look-alikes (nothing pasted, nothing may be hidden): the same article under a headline made of
 * the words its writer repeats most (its topic: the people, places and things the story keeps
 * naming) with a verb of its lead — a page whose body says the headline's words many times, as a
 * real report does.
 */
import { createRandom } from './inject';
import type { TruthSpan } from './tally';

export type Pieces23Habit = 'density' | 'lead' | 'tails' | 'links' | 'pairs';
export const PIECES23_HABITS: readonly Pieces23Habit[] = ['density', 'lead', 'tails', 'links', 'pairs'];
export const PIECES23_SEEDS = { dev: 231, heldout: 232, fresh: 237 } as const;

export interface TaggedWord {
  word: string;
  tag: string;
}

export interface Pieces23Page {
  title: string;
  paragraphs: string[];
  truth: TruthSpan[][];
  habit: Pieces23Habit | 'lookalike';
  /** Each paste's place in the writer's text: between words, after a comma, after a link word, before punctuation. */
  places: { paragraph: number; start: number; end: number; place: string }[];
}

const HAN = /\p{Script=Han}/u;
const allHan = (text: string): boolean => text.length > 0 && [...text].every((ch) => HAN.test(ch));
const LINK_WORDS = new Set(['的', '在', '和', '与', '对', '是', '将']);

interface Spot {
  paragraph: number;
  at: number;
  place: string;
}

/** Every word boundary of the article with a Han character after it, named by what is before it. */
function spotsOf(paragraphs: readonly string[], segment: (text: string) => string[]): Spot[] {
  const spots: Spot[] = [];
  paragraphs.forEach((text, paragraph) => {
    let at = 0;
    const words = segment(text);
    words.forEach((word, w) => {
      at += word.length;
      if (at >= text.length) return;
      const before = text.charAt(at - 1);
      const after = text.charAt(at);
      if (HAN.test(before) && HAN.test(after)) spots.push({ paragraph, at, place: LINK_WORDS.has(word) ? 'link' : 'between' });
      else if (HAN.test(after) && '，、'.includes(before)) spots.push({ paragraph, at, place: 'comma' });
      else if (HAN.test(before) && '，。；！？'.includes(after) && w > 0) spots.push({ paragraph, at, place: 'tail' });
    });
  });
  return spots;
}

/** The headline's Han words of two to four characters, longest first (its keywords). */
function headlineWords(title: string, segment: (text: string) => string[]): string[] {
  const words = [...new Set(segment(title).filter((w) => allHan(w) && w.length >= 2 && w.length <= 4))];
  return words.sort((a, b) => b.length - a.length);
}

/** Stretches of the headline that cut across two of its words: the end of one and the start of the next. */
function acrossStretches(title: string, segment: (text: string) => string[]): string[] {
  const cut = segment(title);
  const out: string[] = [];
  for (let i = 0; i + 1 < cut.length; i++) {
    const left = cut[i] ?? '';
    const right = cut[i + 1] ?? '';
    if (!allHan(left) || !allHan(right) || left.length < 2) continue;
    out.push(left.slice(-1) + right.slice(0, 2), left.slice(-2) + right.slice(0, 1));
  }
  return [...new Set(out.filter((s) => s.length >= 2 && s.length <= 4 && allHan(s)))];
}

export function pieces23Page(
  article: { title: string; paragraphs: readonly string[] },
  seed: number,
  segment: (text: string) => string[],
  habitOverride?: Pieces23Habit,
): Pieces23Page | null {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const habit = habitOverride ?? pick(PIECES23_HABITS);
  const words = headlineWords(article.title, segment);
  if (words.length === 0) return null;
  const spots = spotsOf(article.paragraphs, segment);
  const length = article.paragraphs.join('').length;
  let chosen: { spot: Spot; text: string }[] = [];
  const take = (pool: readonly Spot[], texts: readonly string[], count: number): void => {
    for (let tries = 0; chosen.length < count && tries < count * 8 && pool.length > 0; tries++) {
      const spot = pick(pool);
      if (chosen.some((c) => c.spot.paragraph === spot.paragraph && Math.abs(c.spot.at - spot.at) < 4)) continue;
      chosen.push({ spot, text: pick(texts) });
    }
  };
  if (habit === 'density') {
    // Keywords every 60 to 160 characters of the article, two to twelve in all.
    const keywords = words.slice(0, between(1, 2));
    const count = Math.max(2, Math.min(12, Math.floor(length / between(60, 160))));
    take(spots.filter((s) => s.place === 'between' || s.place === 'link'), keywords, count);
  } else if (habit === 'lead') {
    const pool = [...words, ...acrossStretches(article.title, segment)];
    const distinct: string[] = [];
    for (let tries = 0; distinct.length < between(3, 6) && tries < 30; tries++) {
      const piece = pick(pool);
      if (!distinct.includes(piece)) distinct.push(piece);
    }
    const reach = random() < 0.5 ? 1 : 2;
    take(spots.filter((s) => s.paragraph < reach && s.place !== 'tail'), distinct, between(3, 10));
  } else if (habit === 'tails') {
    take(spots.filter((s) => s.place === 'tail'), words, between(2, 6));
  } else if (habit === 'links') {
    take(spots.filter((s) => s.place === 'link'), words, between(2, 6));
  } else {
    if (words.length < 2) return null;
    const title = article.title;
    const pairs: string[] = [];
    for (const a of words) for (const b of words) if (a !== b && !title.includes(a + b) && (a + b).length <= 7) pairs.push(a + b);
    if (pairs.length === 0) return null;
    take(spots.filter((s) => s.place === 'between'), pairs, between(2, 5));
  }
  if (chosen.length < 2) return null;
  chosen = chosen.sort((a, b) => a.spot.paragraph - b.spot.paragraph || a.spot.at - b.spot.at);
  const paragraphs = [...article.paragraphs];
  const truth: TruthSpan[][] = paragraphs.map(() => []);
  const places: Pieces23Page['places'] = [];
  // Pasted in reading order, each later offset shifted by what was pasted before it.
  for (let p = 0; p < paragraphs.length; p++) {
    const here = chosen.filter((c) => c.spot.paragraph === p);
    let text = article.paragraphs[p] ?? '';
    let shift = 0;
    for (const { spot, text: piece } of here) {
      const at = spot.at + shift;
      text = text.slice(0, at) + piece + text.slice(at);
      (truth[p] as TruthSpan[]).push([at, at + piece.length, 'title']);
      places.push({ paragraph: p, start: at, end: at + piece.length, place: spot.place });
      shift += piece.length;
    }
    paragraphs[p] = text;
  }
  return { title: article.title, paragraphs, truth, habit, places };
}

/**
 * The look-alike's headline: the body's most repeated content words (nouns and names of two to four
 * Han characters said at least twice), with a verb of the lead between them — a topic headline a
 * writer's body keeps saying.
 */
export function topicHeadline(paragraphs: readonly string[], tag: (text: string) => TaggedWord[], seed: number): string | null {
  const random = createRandom(seed ^ 0x70c1c);
  const counts = new Map<string, number>();
  const tagged = tag(paragraphs.join(''));
  for (const { word, tag: t } of tagged) if (t.startsWith('n') && allHan(word) && word.length >= 2 && word.length <= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
  const topic = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).map(([w]) => w);
  if (topic.length < 2) return null;
  const verbs = tag(paragraphs[0] ?? '').filter((w) => w.tag.startsWith('v') && allHan(w.word) && w.word.length === 2).map((w) => w.word);
  const verb = verbs.length ? (verbs[Math.floor(random() * verbs.length)] ?? '') : '';
  const [first, second, third] = topic;
  return random() < 0.5 || !third ? `${first}${verb}${second}` : `${first}${second}${verb}${third}`;
}
