/**
 * A phrase of the headline pasted into the writer's sentences (session 19, issue 12), in the five
 * places QA18's never-seen farm pages put it (described to us by class, never seen). The phrase is
 * 6–14 Han characters of one headline part, cut at the headline's own word edges: the part's first
 * clause or its opening words (subject and predicate), now and then a stretch from inside it, and
 * one page in four "nearly" verbatim (one inner one-character word dropped). Places:
 *
 * - `phrase-quote`: inside a quotation, after a comma between two of the speaker's clauses, closed
 *   with a comma of its own (“…，PHRASE，…”);
 * - `phrase-closes`: after the paragraph's last full stop, with no punctuation of its own;
 * - `phrase-glued`: after a full stop, glued to the writer's next sentence with no punctuation;
 * - `phrase-opens`: after a full stop, closed with a comma, the writer's next sentence going on;
 * - `phrase-comma`: after a clause's comma, closed with a comma, the writer's sentence going on.
 *
 * One or two pastes a page (two in a rotation of the same phrase or another one), one page in three
 * written in Traditional characters, every other page with one farm address besides. Hosts are
 * bench-unseen's (./unseen-hosts.ts) for held-out and fresh, and the dev halves of the same sources
 * for dev. Split: dev (seed 71) is where a finder may be tuned, held-out (seed 73) and fresh
 * (seed 79) are only reported. Frozen before any finder was changed (2026-12-05, session 19).
 */
import { SHORT_ARTICLES } from '../../tests/fixtures/short-articles';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import type { TruthSpan } from './tally';
import { SHORT_HAN, unseenHosts, type UnseenHost } from './unseen-hosts';
import type { UnseenPage } from './unseen-styles';

export type PhraseSplit = 'dev' | 'heldout' | 'fresh';
export const PHRASE_POSITIONS = ['phrase-quote', 'phrase-closes', 'phrase-glued', 'phrase-opens', 'phrase-comma'] as const;
export type PhraseStyle = (typeof PHRASE_POSITIONS)[number];
export const PHRASE_SEEDS: Record<PhraseSplit, number> = { dev: 71, heldout: 73, fresh: 79 };

const FARM_MARKS = ['（来源：www.kx7788.com）', '【精彩推荐 www.hq2299.net】'];
const HAN = /\p{Script=Han}/gu;
const hanOf = (text: string): number => text.match(HAN)?.length ?? 0;
const MIN_HAN = 6;
const MAX_HAN = 14;

export function phraseHosts(split: PhraseSplit): UnseenHost[] {
  if (split !== 'dev') return unseenHosts(split);
  const han = (texts: readonly string[]): number => hanOf(texts.join(''));
  return [
    ...SHORT_ARTICLES.filter((a) => a.split === 'dev'),
    ...loadCorpus().filter((d) => d.url.includes('gongyi.sohu.com') && splitOf(d.url) === 'dev' && han(d.paragraphs) >= 150),
  ].map((h) => ({ title: h.title, paragraphs: h.paragraphs, short: han(h.paragraphs) <= SHORT_HAN }));
}

/** The headline's parts and clauses of `minHan` Han or more: split by spaces, colons, dashes, commas and brackets. */
function clausesOf(title: string, minHan: number): string[] {
  return title
    .split(/[\s\u3000：:，,；;！!？?—|（）()【】［］“”"《》]+/u)
    .map((clause) => clause.trim())
    .filter((clause) => hanOf(clause) >= minHan);
}

export interface PieceBounds {
  minHan: number;
  maxHan: number;
  /** The odds of taking a short enough clause whole rather than cutting a piece from it. */
  wholeClause: number;
}

/**
 * A piece of `minHan`–`maxHan` Han at the headline's word edges (a whole clause, its opening words
 * or a stretch from inside it), or undefined when the headline has none. The frozen benches'
 * pages depend on the order of the random calls here: keep it.
 */
export function headlinePieceOf(title: string, cut: (text: string) => string[], random: () => number, bounds: PieceBounds): string | undefined {
  const { minHan, maxHan, wholeClause } = bounds;
  const clauses = clausesOf(title, minHan);
  const clause = clauses[Math.floor(random() * clauses.length)];
  if (!clause) return undefined;
  if (hanOf(clause) <= maxHan && random() < wholeClause) return clause;
  const words = cut(clause);
  const from = random() < 0.7 ? 0 : Math.floor(random() * words.length);
  const want = minHan + Math.floor(random() * (maxHan - minHan + 1));
  let piece = '';
  for (const word of words.slice(from)) {
    if (hanOf(piece + word) > maxHan) break;
    piece += word;
    if (hanOf(piece) >= want) break;
  }
  return hanOf(piece) >= minHan ? piece : undefined;
}

const PHRASE_BOUNDS: PieceBounds = { minHan: MIN_HAN, maxHan: MAX_HAN, wholeClause: 0.5 };
const phraseOf = (title: string, cut: (text: string) => string[], random: () => number): string | undefined => headlinePieceOf(title, cut, random, PHRASE_BOUNDS);

/** The phrase with one inner one-character word dropped (将, 的, 在 …), if it keeps 6 Han. */
function nearly(phrase: string, cut: (text: string) => string[], random: () => number): string {
  const words = cut(phrase);
  const inner = words.map((w, i) => [w, i] as const).filter(([w, i]) => i > 0 && i < words.length - 1 && w.length === 1 && hanOf(w) === 1);
  const drop = inner[Math.floor(random() * inner.length)];
  if (!drop) return phrase;
  const out = words.filter((_, i) => i !== drop[1]).join('');
  return hanOf(out) >= MIN_HAN ? out : phrase;
}

/** Offsets of `text` where the style's paste goes in. */
function placesFor(style: PhraseStyle, text: string): number[] {
  const after = (re: RegExp): number[] => [...text.matchAll(re)].map((m) => (m.index ?? 0) + 1);
  switch (style) {
    case 'phrase-quote': {
      const out: number[] = [];
      for (const quote of text.matchAll(/“[^”]*”/gu)) {
        const start = quote.index ?? 0;
        for (const comma of quote[0].matchAll(/，(?=\p{Script=Han})/gu)) out.push(start + (comma.index ?? 0) + 1);
      }
      return out;
    }
    case 'phrase-closes':
      return /[。！？]”?$/u.test(text) ? [text.length] : [];
    case 'phrase-glued':
    case 'phrase-opens':
      return after(/[。！？](?=\p{Script=Han})/gu);
    case 'phrase-comma':
      return after(/，(?=\p{Script=Han})/gu);
  }
}

export interface Insert {
  p: number;
  at: number;
  text: string;
  family: TruthSpan[2];
}

export function applyInserts(paragraphs: readonly string[], inserts: readonly Insert[]): UnseenPage {
  const out = [...paragraphs];
  const truth: TruthSpan[][] = paragraphs.map(() => []);
  // From the end backwards, so earlier offsets hold; truth offsets shift for inserts before them.
  const sorted = [...inserts].sort((a, b) => a.p - b.p || a.at - b.at);
  for (let i = sorted.length - 1; i >= 0; i--) {
    const { p, at, text } = sorted[i] as Insert;
    out[p] = (out[p] ?? '').slice(0, at) + text + (out[p] ?? '').slice(at);
  }
  const shift = new Map<number, number>();
  for (const { p, at, text, family } of sorted) {
    const start = at + (shift.get(p) ?? 0);
    truth[p]?.push([start, start + text.length, family]);
    shift.set(p, (shift.get(p) ?? 0) + text.length);
  }
  return { paragraphs: out, truth };
}

/**
 * `count` pastes at places drawn from `options` (a place once), the text of paste `n` from
 * `textFor`, then with `withMark` one farm address at a paragraph's end. The frozen benches' pages
 * depend on the order of the random calls here: keep it.
 */
export function pasteInserts(paragraphs: readonly string[], random: () => number, options: readonly (readonly [number, number])[], count: number, textFor: (n: number) => string, farmMarks: readonly string[], withMark: boolean): UnseenPage {
  const inserts: Insert[] = [];
  const used = new Set<string>();
  for (let n = 0; n < count; n++) {
    const place = options[Math.floor(random() * options.length)];
    if (!place || used.has(place.join())) continue;
    used.add(place.join());
    inserts.push({ p: place[0], at: place[1], text: textFor(n), family: 'title' });
  }
  if (withMark) {
    const p = Math.floor(random() * paragraphs.length);
    inserts.push({ p, at: paragraphs[p]?.length ?? 0, text: farmMarks[Math.floor(random() * farmMarks.length)] ?? '', family: 'domain' });
  }
  return applyInserts(paragraphs, inserts);
}

/** One page of `style` on `host` (Simplified; the caller converts), or null when nothing fits. */
export function pastePhrase(host: UnseenHost, style: PhraseStyle, seed: number, withMark: boolean, cut: (text: string) => string[]): UnseenPage | null {
  const random = createRandom(seed);
  const first = phraseOf(host.title, cut, random);
  if (!first) return null;
  const options = host.paragraphs.flatMap((text, p) => placesFor(style, text).map((at) => [p, at] as const));
  if (options.length === 0) return null;
  const count = random() < 0.35 ? 2 : 1;
  return pasteInserts(host.paragraphs, random, options, count, (n) => {
    let phrase = n === 0 ? first : (random() < 0.5 ? first : (phraseOf(host.title, cut, random) ?? first));
    if (random() < 0.25) phrase = nearly(phrase, cut, random);
    return style === 'phrase-quote' || style === 'phrase-opens' || style === 'phrase-comma' ? `${phrase}，` : phrase;
  }, FARM_MARKS, withMark);
}

export interface StylePage<S extends string> {
  style: S;
  withMark: boolean;
  traditional: boolean;
  page: UnseenPage;
}
export type PhrasePage = StylePage<PhraseStyle>;

/**
 * The pasted pages of host number `h` in each of `styles`: three a style for a short host, one for a
 * long one; every other page with a farm address, one in three in Traditional characters.
 */
export function stylePagesOf<S extends string>(host: UnseenHost, h: number, styles: readonly S[], seed: number, paste: (style: S, seed: number, withMark: boolean) => UnseenPage | null): StylePage<S>[] {
  const out: StylePage<S>[] = [];
  styles.forEach((style, s) => {
    for (let n = 0; n < (host.short ? 3 : 1); n++) {
      const withMark = (h + s + n) % 2 === 1;
      const traditional = (h + s + n) % 3 === 0;
      const page = paste(style, seed * 100000 + h * 100 + s * 10 + n, withMark);
      if (page) out.push({ style, withMark, traditional, page });
    }
  });
  return out;
}

export const phrasePagesOf = (host: UnseenHost, h: number, split: PhraseSplit, cut: (text: string) => string[]): PhrasePage[] =>
  stylePagesOf(host, h, PHRASE_POSITIONS, PHRASE_SEEDS[split], (style, seed, withMark) => pastePhrase(host, style, seed, withMark, cut));
