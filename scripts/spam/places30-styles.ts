/**
 * Session 30 (s30-inside; frozen at its first commit, before any finder changed: measure on the
 * held-out seed, tune on dev only, never edit the wordings or the places afterwards). QA29 and
 * GATE29 found every class weakest inside a sentence (7.6–17.2% hidden) and inside a quotation
 * (7.7–8.4%) against 31–39% after the last stop or as an own paragraph. This generator pastes one
 * piece of each of nineteen classes (./places30-wordings.ts, written here, dev and held-out wordings
 * apart; `headline`: 4–8 Han of the page's own headline at its word edges) in each of six places:
 *
 * - `inside`: between two of the writer's words inside a clause (jieba's seams, two Han or more
 *   from any punctuation on both sides), bare or closed by a space;
 * - `comma`: after one of the writer's commas, closed with a comma of its own;
 * - `between`: after one of the writer's stops, the writer's next sentence following;
 * - `end`: after the paragraph's last stop;
 * - `own`: a paragraph of its own after the writer's;
 * - `quote`: inside the writer's quotation (“…” or 「…」) — right after its opening mark, after a
 *   comma or stop inside it, or right before its closing mark.
 *
 * Hosts: corpus articles of the split that quote someone (./places25-styles.ts quotingArticles), so
 * every place exists. One page in three is Traditional (host and piece). One or two pastes a page,
 * in one or two paragraphs. Look-alikes (`cited-lookalike`, no truth: every character of theirs
 * hidden is a defect): the writer citing such a piece on purpose, in the place's own shape — a
 * sentence of the writer's between sentences (between, end, own), a clause after a comma (inside,
 * comma), nested ‘…’ in someone's quoted words (quote).
 *
 * Measure: `npx tsx scripts/spam/bench-places30.ts` (held-out); `--split=dev` to tune.
 */
import * as jieba from 'jieba-wasm';
import type { Split } from './corpus';
import type { Article } from './inject';
import { headlinePieceOf } from './phrase-styles';
import { quotationsIn } from './places25-styles';
import { LOOKALIKE_FRAMES, PLACES30_CLASSES, SLOTS, WORDINGS, type Places30Class } from './places30-wordings';
import { pageWriter, type RedteamPage } from './redteam-a-styles';
import { hanWordSeams } from './word-seams';

export const PLACES30_STYLES = [...PLACES30_CLASSES, 'headline', 'cited-lookalike'] as const;
export type Places30Style = (typeof PLACES30_STYLES)[number];
export const PLACES30_PLACES = ['inside', 'comma', 'between', 'end', 'own', 'quote'] as const;
export type Places30Place = (typeof PLACES30_PLACES)[number];
export const PLACES30_SEEDS: Record<Split, number> = { dev: 3001, heldout: 3007 };

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const cut = (text: string): string[] => jieba.cut(text, true);

/** One piece of a class in the split's wordings ({slots} filled; a number drawn fresh each time). */
export function pieceOf(cls: Places30Class, split: Split, random: Random, title: string): string {
  if (cls === 'headline') return headlinePieceOf(title, cut, random, { minHan: 4, maxHan: 8, wholeClause: 0.3 }) ?? title.slice(0, 6);
  return pick(random, WORDINGS[cls][split]).replace(/\{(\w+)\}/gu, (_, slot: string) => {
    if (slot === 'n') return String(100 + Math.floor(random() * 9900));
    if (slot === 'n2') return String(1 + Math.floor(random() * 9));
    return pick(random, SLOTS[split][slot] ?? ['']);
  });
}

const PUNCTUATION = /[\s，,。；;：:！!？?、—“”"「」『』‘’《》（）()【】…·]/u;

/** Offsets of a place in a paragraph (empty: the paragraph lacks it). */
function spotsOf(text: string, place: Exclude<Places30Place, 'own'>): number[] {
  const quotes = quotationsIn(text);
  const inQuote = (i: number): boolean => quotes.some(([a, b]) => i > a - 2 && i < b + 2);
  const after = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i > 2 && i < text.length - 2);
  switch (place) {
    case 'inside': {
      const clear = (i: number): boolean => [i - 2, i - 1, i, i + 1].every((k) => k >= 0 && k < text.length && !PUNCTUATION.test(text.charAt(k)));
      return hanWordSeams(text, cut(text)).filter((i) => clear(i) && !inQuote(i));
    }
    case 'comma':
      return after(/，(?=\p{Script=Han})/gu).filter((i) => !inQuote(i));
    case 'between':
      return after(/[。！？](?![”」』’])/gu).filter((i) => !inQuote(i));
    case 'end':
      return /[。！？”」]$/u.test(text) ? [text.length] : [];
    case 'quote':
      return quotes.flatMap(([a, b]) => [a, b, ...[...text.slice(a, b).matchAll(/[，。；！？]/gu)].map((m) => a + m.index + 1).filter((i) => i < b - 1)]);
  }
}

/** How a piece is closed at its place (a closing mark is the farm's: truth; a space is no one's). */
function closingOf(place: Exclude<Places30Place, 'own'>, random: Random): string {
  switch (place) {
    case 'inside':
      return pick(random, ['', '', ' ']);
    case 'comma':
      return '，';
    case 'between':
      return pick(random, ['', ' ', '。']);
    case 'end':
      return pick(random, ['', ' ']);
    case 'quote':
      return pick(random, ['', '，', '']);
  }
}

/** The writer citing a piece on purpose, in the place's shape (see the header). */
function lookalikeOf(place: Places30Place, split: Split, random: Random, title: string): { text: string; shape: 'sentence' | 'clause' | 'speech' } {
  let piece = pieceOf(pick(random, PLACES30_CLASSES), split, random, title);
  for (let k = 0; k < 5 && (piece.length > 24 || /[“”「」『』‘’]/u.test(piece)); k++) piece = pieceOf(pick(random, PLACES30_CLASSES), split, random, title);
  const shape = place === 'quote' ? 'speech' : place === 'inside' || place === 'comma' ? 'clause' : 'sentence';
  return { text: pick(random, LOOKALIKE_FRAMES[split][shape]).replace('{p}', piece), shape };
}

/** One page: the article with one or two pieces of `style` at `place` (look-alikes: the writer's, no truth). */
export function places30Page(article: Article, style: Places30Style, place: Places30Place, split: Split, random: Random, toTraditional: (text: string) => string): RedteamPage & { traditional: boolean } {
  const clean = style === 'cited-lookalike';
  const traditional = random() < 1 / 3;
  const script = traditional ? toTraditional : (text: string) => text;
  const { page, push } = pageWriter(script(article.title), 'seo', style, clean);
  // A look-alike clause goes after a comma, a look-alike sentence between sentences, speech inside a quotation.
  const wanted: Exclude<Places30Place, 'own'> = clean ? (place === 'quote' ? 'quote' : place === 'inside' || place === 'comma' ? 'comma' : 'between') : place === 'own' ? 'between' : place;
  const having = article.paragraphs.flatMap((text, p) => (spotsOf(text, wanted).length ? [p] : []));
  const pool = having.length ? having : article.paragraphs.map((_, p) => p);
  const chosen = new Set<number>();
  for (let k = 0, count = 1 + Math.floor(random() * 2); k < count; k++) chosen.add(pick(random, pool));
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(script(text), []);
    if (clean) {
      const { text: cited, shape } = lookalikeOf(place, split, random, article.title);
      const spots = spotsOf(text, wanted);
      const at = pick(random, spots.length ? spots : [text.length]);
      const glued = script(shape === 'clause' ? `${cited}，` : cited);
      return push(`${script(text.slice(0, at))}${glued}${script(text.slice(at))}`, [[at, at + glued.length]]);
    }
    const piece = script(pieceOf(style as Places30Class, split, random, article.title));
    if (place === 'own') {
      push(script(text), []);
      return push(piece, [[0, piece.length]]);
    }
    const spots = spotsOf(text, place);
    const at = pick(random, spots.length ? spots : [text.length]);
    const glued = piece + closingOf(place, random);
    push(`${script(text.slice(0, at))}${glued}${script(text.slice(at))}`, [[at, at + glued.trimEnd().length]]);
  });
  return { ...page, traditional };
}
