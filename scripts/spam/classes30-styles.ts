/**
 * Session 30 (s30-classes; frozen at its first commit, before any finder): the seventeen classes no finder found
 * on QA29 / GATE29 (./classes30-wordings.ts) put into the six places a farm drops a paste:
 * - `inside`: after a writer's comma, the clause going on (closed by nothing, a space or a comma);
 * - `comma`: after a writer's comma, closed with a comma of its own;
 * - `between`: between two of the writer's sentences;
 * - `end`: after the paragraph's last stop;
 * - `own`: a paragraph of its own after the writer's;
 * - `quote`: inside the writer's quoted speech (right after the opening mark, after a comma or stop in it, or
 *   right before the closing mark — one of the three at random).
 * Hosts are corpus articles that quote someone (./places25-styles.ts), a third of the pages Traditional (article
 * and paste). `writers-lookalike` is the writer's own sentences about such things (no truth), between sentences.
 * Dev and held-out differ by wording (./classes30-wordings.ts) and by article (the corpus's split).
 *
 * Measure: `npx tsx scripts/spam/bench-classes30.ts` (held-out); `--split=dev --show=5` to build on.
 */
import type { Split } from './corpus';
import type { Article } from './inject';
import { closingOf, spotsOf } from './places25-styles';
import { pageWriter, type RedteamPage } from './redteam-a-styles';
import { CLASSES30, WRITERS30, wordingsOf, type Class30 } from './classes30-wordings';

export const CLASSES30_STYLES = [...CLASSES30, 'writers-lookalike'] as const;
export type Classes30Style = (typeof CLASSES30_STYLES)[number];
export const CLASSES30_PLACES = ['inside', 'comma', 'between', 'end', 'own', 'quote'] as const;
export type Classes30Place = (typeof CLASSES30_PLACES)[number];
export const CLASSES30_SEEDS: Record<Split, number> = { dev: 3001, heldout: 3003 };

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** The family a class's truth is counted under (the bench reads characters, not families). */
const FAMILY = 'seo' as const;

export function classes30Page(article: Article, style: Classes30Style, place: Classes30Place, split: Split, random: Random, toTraditional: (text: string) => string): RedteamPage & { traditional: boolean } {
  return classPage(article, style, place, random, toTraditional, () => wordingsOf(style as Class30, split), WRITERS30[split]);
}

/**
 * A page of `article` with one class's wording (`wordings`) pasted in `place`, or, for the style
 * `writers-lookalike`, one of the `writers` sentences between two of the writer's: the generator of every
 * classes pool (classes30, classes31), so pools built the same way stay the same code.
 */
export function classPage(article: Article, style: string, place: Classes30Place, random: Random, toTraditional: (text: string) => string, wordings: () => readonly string[], writers: readonly string[]): RedteamPage & { traditional: boolean } {
  const clean = style === 'writers-lookalike';
  const traditional = random() < 1 / 3;
  const script = traditional ? toTraditional : (text: string) => text;
  const { page, push } = pageWriter(script(article.title), FAMILY, style, clean);
  // A paragraph's breaks are the page's: a multi-line paste (a subtitle's cue number and timing) stands on one line.
  const next = (): string => script((clean ? pick(random, writers) : pick(random, wordings())).replace(/\s*\n\s*/gu, ' '));
  const quotePlace = pick(random, ['quote-start', 'quote-mid', 'quote-end'] as const);
  const wanted = clean || place === 'own' ? 'between' : place === 'quote' ? quotePlace : place;
  const having = article.paragraphs.flatMap((text, p) => (spotsOf(text, wanted).length ? [p] : []));
  const pool = having.length ? having : article.paragraphs.map((_, p) => p);
  const chosen = new Set<number>();
  for (let k = 0, count = 1 + Math.floor(random() * 2); k < count; k++) chosen.add(pick(random, pool));
  article.paragraphs.forEach((text, p) => {
    const own = script(text);
    if (!chosen.has(p)) return push(own, []);
    const piece = next();
    if (!clean && place === 'own') {
      push(own, []);
      return push(piece, [[0, piece.length]]);
    }
    const spots = spotsOf(text, wanted);
    const fallback = clean ? [text.length] : spotsOf(text, 'inside');
    const cut = pick(random, spots.length ? spots : fallback.length ? fallback : [text.length]);
    const glued = piece + (clean ? '' : closingOf(wanted, random));
    // A closing space is no one's text: neither spam to find nor the writer's to keep.
    push(`${own.slice(0, cut)}${glued}${own.slice(cut)}`, [[cut, cut + glued.trimEnd().length]]);
  });
  return { ...page, traditional };
}
