/**
 * Held-out furniture for session 24 (written by s24-heldout for s24-furniture, before reading any
 * finder of src/spam, frozen at its first commit: measure on it, never tune on it, never edit its
 * wordings). Classes and wordings: ./furniture24-heldout-wordings.ts — 23 classes nobody generated
 * before (score bars, alert banners, comment boxes, mini-program cards, red packets, captchas,
 * queue numbers…) and four themes of the writer's look-alike sentences.
 *
 * Pages: each held-out article of the corpus (./corpus.ts's split), one page per class and place;
 * one or two of its paragraphs get a piece. A third of the pages are Traditional: article and piece
 * alike, half of their pieces written in Taiwan's or Hong Kong's own wording. Places, QA's six:
 * - `own`: a paragraph of its own (after the chosen paragraph, or above the first: sites put these
 *   bars at the top);
 * - `between`: between two of the writer's sentences;
 * - `end`: after the paragraph's last stop;
 * - `inside`: after a writer's comma, the clause going on (closed by nothing, a space or a comma);
 * - `comma`: after a writer's comma or stop, closed with a comma of its own;
 * - `quote`: inside a quotation of the writer's, just after its opening mark.
 * A paragraph lacking the place falls back to a comma of the writer's, else its end.
 *
 * Look-alike pages carry one or two of the writer's sentences instead (no truth: every character of
 * them hidden is a defect), between sentences wherever the place is inside one; at `quote`, the
 * sentences that cite the furniture in quotation marks.
 *
 * Measure: `npx tsx scripts/spam/bench-furniture24.ts` (seed 2401; `--seed=2402` draws another page set).
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article } from './inject';
import { placesIn } from './interface23-heldout';
import { FURNITURE24_CLASSES, LOOKALIKE24_STYLES, LOOKALIKES24, MAKERS24, type Furniture24Class, type Int, type Lookalike24, type Pick } from './furniture24-heldout-wordings';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const FURNITURE24_STYLES = [...FURNITURE24_CLASSES, ...LOOKALIKE24_STYLES] as const;
export type Furniture24Style = Furniture24Class | Lookalike24;
export const FURNITURE24_PLACES = ['own', 'between', 'end', 'inside', 'comma', 'quote'] as const;
export type Furniture24Place = (typeof FURNITURE24_PLACES)[number];
export const FURNITURE24_SEED = 2401;

const isLookalike = (style: Furniture24Style): style is Lookalike24 => style in LOOKALIKES24;

/** One piece of a class; on a Traditional page half of them in the Traditional sites' own wording (kept as written). */
function pieceOf(style: Furniture24Class, traditional: boolean, pick: Pick, int: Int, script: (text: string) => string): string {
  const makers = MAKERS24[style];
  if (traditional && int(0, 1) === 1) return pick(makers.tw)(pick, int);
  return script(pick(makers.s)(pick, int));
}

/** One writer's sentence of a look-alike theme: at `quote`, one that cites the furniture in quotation marks. */
function lookalikeOf(style: Lookalike24, place: Furniture24Place, pick: Pick, script: (text: string) => string): string {
  const all: readonly string[] = LOOKALIKES24[style];
  const quoting = all.filter((s) => s.includes('“'));
  return script(pick(place === 'quote' ? quoting : all));
}

/** One page of `style` pasted at `place` (look-alike themes: the writer's sentences, no truth). */
export function furniture24Page(article: Article, style: Furniture24Style, place: Furniture24Place, random: () => number, toTraditional: (text: string) => string): RedteamPage & { traditional: boolean } {
  // The furniture is interface text: scored under one family (the benches read 'all').
  const family: SpamFamily = 'seo';
  const pick: Pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int: Int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const clean = isLookalike(style);
  const traditional = random() < 1 / 3;
  const script = traditional ? toTraditional : (text: string) => text;
  // Trimmed: a bar's trailing space is no one's text.
  const next = (): string => (isLookalike(style) ? lookalikeOf(style, place, pick, script) : pieceOf(style, traditional, pick, int, script)).trim();
  const { page, push } = pageWriter(script(article.title), family, style, clean);

  // Quotation pages prefer paragraphs that hold a quotation, so the place is what it says.
  const paragraphs = article.paragraphs.map((text, p) => ({ text, p }));
  const withQuote = paragraphs.filter(({ text }) => placesIn(text).quote.length > 0);
  const pool = place === 'quote' && withQuote.length ? withQuote : paragraphs;
  const chosen = new Set<number>();
  for (let k = 0, count = int(1, 2); k < count; k++) chosen.add(pick(pool).p);
  const onTop = place === 'own' && random() < 0.25;
  if (onTop) {
    const piece = next();
    push(piece, [[0, piece.length]]);
  }

  article.paragraphs.forEach((text, p) => {
    const own = script(text);
    if (!chosen.has(p)) return push(own, []);
    const piece = next();
    if (place === 'own') {
      push(own, []);
      return push(piece, [[0, piece.length]]);
    }
    const spots = placesIn(text);
    // The writer's sentence goes between sentences wherever the place is inside one: glued after a
    // comma it would be a pasted sentence, which a finder may rightly take.
    const wanted = clean && place !== 'end' ? 'between' : place;
    const where = spots[wanted].length ? wanted : spots.inside.length && !clean ? 'inside' : 'end';
    const cut = where === 'end' ? text.length : pick(spots[where]);
    const closing = clean ? '' : where === 'comma' ? '，' : where === 'inside' || where === 'quote' ? pick(['', ' ', '，', '']) : pick(['', ' ', '', '　']);
    const glued = piece + closing;
    // A closing space is no one's text: neither spam to find nor the writer's to keep.
    push(`${own.slice(0, cut)}${glued}${own.slice(cut)}`, [[cut, cut + glued.trimEnd().length]]);
  });
  return { ...page, traditional };
}
