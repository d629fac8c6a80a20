/**
 * Generator of session 23 (s23-rows), frozen before any finder changed: the old row classes that
 * QA's never-seen pages keep low (betting rows, reading-time lines, image notes, search rows, app
 * plugs, site notices, pagers, counters, bait, tag lines, hashtags), in wordings of
 * ./rows23-wordings.ts written from each class's nature, and `lookalike`: the writer's sentences
 * like them (a lottery win, a photographer's credit, a reading-time study, an app launch, a
 * correction, a page number, a hashtag quoted in a story…), which must stay.
 *
 * Places, QA22's six: `inside` glued after a writer's word mid-clause (no mark before), `comma` after
 * a writer's comma and closed with a comma of its own, `between` two sentences, `end` after the
 * paragraph's last stop, `own` a paragraph of its own, `quote` inside the writer's quotation marks
 * (an article with no quotation falls back to `comma`). A third of the pages are Traditional.
 * Two pools: `dev` (dev articles, seed 231) to build on, `heldout` (held-out articles, seed 233)
 * measured only.
 *   npx tsx scripts/spam/bench-plugs.ts --generator=rows23 [--split=dev|heldout] [--show=N]
 */
import type { SpamFamily } from '../../src/spam/types';
import { int, pick } from './glued-styles';
import type { Article } from './inject';
import { topicWord } from './ontopic-ad-styles';
import type { RedteamPage } from './redteam-a-styles';
import { ROWS23_CLASSES, ROWS23_POOLS, type Rows23Class, type Rows23Split } from './rows23-wordings';

export const ROWS23_STYLES = [...ROWS23_CLASSES, 'lookalike'] as const;
export type Rows23Style = (typeof ROWS23_STYLES)[number];
export const ROWS23_PLACES = ['inside', 'comma', 'between', 'end', 'own', 'quote'] as const;
export type Rows23Place = (typeof ROWS23_PLACES)[number];
export const ROWS23_SEEDS: Record<Rows23Split, number> = { dev: 231, heldout: 233 };

/** One row of the class, its slots filled (every slot drawn afresh where it recurs). */
export function rowOf(kind: Rows23Class, split: Rows23Split, random: () => number, topic: string): string {
  const pools = ROWS23_POOLS[split];
  const two = (): string => String(int(random, 1, 33)).padStart(2, '0');
  const slots: Record<string, () => string> = {
    T: () => topic,
    C: () => pick(random, pools.cities),
    S: () => pick(random, pools.separators),
    SITE: () => pick(random, pools.sites),
    APP: () => pick(random, pools.apps),
    AG: () => pick(random, pools.agencies),
    NAME: () => pick(random, pools.names),
    TEAM: () => pick(random, pools.teams),
    n: () => String(int(random, 2, 15)),
    m: () => String(int(random, 1, 9)),
    k: () => String(int(random, 12, 9999)),
    kc: () => `${int(random, 1, 9)},${String(int(random, 0, 999)).padStart(3, '0')}`,
    w: () => `${int(random, 1, 99)}${random() < 0.5 ? `.${int(random, 1, 9)}` : ''}${random() < 0.3 ? 'w' : '万'}`,
    q: () => `2026${String(int(random, 1, 150)).padStart(3, '0')}`,
    b: two,
  };
  return pick(random, pools.rows[kind]).replace(/\{(\w+)\}/gu, (whole, name: string) => slots[name]?.() ?? whole);
}

/** Offsets inside `text` between two Han characters where jieba sees a word end, away from the edges. */
function wordEnds(text: string, segment: (text: string) => string[], from = 0, to = text.length): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const word of segment(text)) {
    at += word.length;
    if (at > from + 2 && at < to - 2 && /\p{Script=Han}/u.test(text.charAt(at - 1)) && /\p{Script=Han}/u.test(text.charAt(at))) ends.push(at);
  }
  return ends;
}

/** The inner ranges of the writer's “…” / 「…」 quotations long enough to hold a paste. */
function quotations(text: string): [number, number][] {
  return [...text.matchAll(/[“「]([^”」]{6,})[”」]/gu)].map((m) => [m.index + 1, m.index + 1 + (m[1]?.length ?? 0)]);
}

/** Where in the paragraph the row goes and what closes it; null when the paragraph lacks the place. */
function cutFor(text: string, place: Exclude<Rows23Place, 'own'>, random: () => number, segment: (text: string) => string[]): { at: number; close: string } | null {
  const commas = [...text.matchAll(/，/gu)].map((m) => m.index + 1).filter((i) => i < text.length - 1);
  const stops = [...text.matchAll(/[。！？](?![”」])/gu)].map((m) => m.index + 1).filter((i) => i < text.length - 1);
  if (place === 'end') return /[。！？”」]$/u.test(text) ? { at: text.length, close: pick(random, ['', '', '。']) } : null;
  if (place === 'between') return stops.length ? { at: pick(random, stops), close: pick(random, ['', '。', ' ']) } : null;
  if (place === 'comma') return commas.length ? { at: pick(random, commas), close: '，' } : null;
  if (place === 'inside') {
    const ends = wordEnds(text, segment);
    return ends.length ? { at: pick(random, ends), close: pick(random, ['', ' ', '']) } : null;
  }
  const quotes = quotations(text);
  if (!quotes.length) return null;
  const [from, to] = pick(random, quotes);
  const inner = wordEnds(text, segment, from, to);
  return { at: inner.length ? pick(random, inner) : from, close: pick(random, ['', '，', ' ']) };
}

/** A clean article with one or two rows of one class in one place; a third of the pages Traditional. */
export function rows23Page(
  article: Article,
  style: Rows23Style,
  place: Rows23Place,
  split: Rows23Split,
  random: () => number,
  segment: (text: string) => string[],
  toTraditional: (text: string) => string,
): RedteamPage {
  const family: SpamFamily = 'seo';
  const clean = style === 'lookalike';
  const script = random() < 1 / 3 ? toTraditional : (text: string) => text;
  const topic = topicWord(article.title, segment);
  const page: RedteamPage = { title: script(article.title), paragraphs: [], truth: [], styles: [], links: [], families: clean ? [] : [family], lookalike: [] };
  const push = (text: string, spam: [number, number][], writer: [number, number][]): void => {
    page.paragraphs.push(script(text));
    page.truth.push(spam.map(([a, b]) => [a, b, family]));
    page.styles.push(spam.map(() => style));
    page.links.push([]);
    page.lookalike.push(writer);
  };
  // A quotation place takes the paragraphs that quote someone, when the article has any.
  const quoting = article.paragraphs.flatMap((text, p) => (quotations(text).length ? [p] : []));
  const candidates = place === 'quote' && quoting.length ? quoting : article.paragraphs.map((_, p) => p);
  const chosen = new Set<number>();
  for (let n = 0, count = int(random, 1, 2); n < count; n++) chosen.add(pick(random, candidates));
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(text, [], []);
    const row = clean ? pick(random, ROWS23_POOLS[split].lookalikes) : rowOf(style, split, random, topic);
    if (place === 'own') {
      push(text, [], []);
      return clean ? push(row, [], [[0, row.length]]) : push(row, [[0, row.length]], []);
    }
    // The writer's look-alike is a whole sentence: it goes between sentences or after the last one.
    const cut =
      (clean ? cutFor(text, place === 'end' ? 'end' : 'between', random, segment) : cutFor(text, place, random, segment)) ??
      (clean ? null : cutFor(text, 'comma', random, segment)) ?? { at: text.length, close: '' };
    const pasted = clean ? row : row + cut.close;
    const span: [number, number] = [cut.at, cut.at + pasted.length];
    return push(`${text.slice(0, cut.at)}${pasted}${text.slice(cut.at)}`, clean ? [] : [span], clean ? [span] : []);
  });
  return page;
}
