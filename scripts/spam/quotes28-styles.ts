/**
 * Inside a quotation (session 28, s28-places; frozen at its first commit: measure on the held-out
 * seed, tune on dev only, never edit the wordings or the places afterwards). Inside a quotation has
 * been the weakest place on never-seen pages three rounds running (QA25–QA27: 12% hidden): a paste
 * right after an opening “ or 「 reads as the speaker's words to every gate. This generator glues
 * pieces of sixteen kinds of furniture no earlier generator wrote (./quotes28-wordings.ts) into the
 * writer's quoted speech on corpus articles that quote someone:
 * - `quote-start`: right after the opening mark, the speaker's words glued after it (closed by
 *   nothing, a space or a comma);
 * - `quote-mid`: after a comma or stop inside a quotation, preferring long ones (twenty characters
 *   or more), the speaker's words going on;
 * - `quote-end`: right before the closing mark, after the speaker's last words.
 * A third of the pages are Traditional, their quotations set in 「」 (and 『』 inside).
 *
 * Classes: eight `TUNED` (read on dev while building) and eight `UNSEEN` (no dev wordings: held-out
 * only — the figure for classes a change was never tuned on).
 * Look-alikes (no truth: every character hidden is a defect): a speaker's own words that resemble
 * furniture — reading out a notice or a message, a slogan, prices, a warning that urges the listener
 * — quoted by the writer in a sentence of their own between the writer's sentences. The corpus's
 * own quotations count too (`host hidden`).
 *
 * Measure: `npx tsx scripts/spam/bench-quotes28.ts` (held-out); `--split=dev --show=5` to build on.
 */
import type { Split } from './corpus';
import type { Article } from './inject';
import { quotationsIn } from './places25-styles';
import { pageWriter, type RedteamPage } from './redteam-a-styles';
import { FRAMES, fill, LOOKALIKE_SPEECH, LOOKALIKES, PIECES, SPEAKERS, TUNED, UNSEEN, type Quotes28Class, type Quotes28Lookalike } from './quotes28-wordings';

export { TUNED, UNSEEN } from './quotes28-wordings';
export const QUOTES28_STYLES = [...TUNED, ...UNSEEN, ...LOOKALIKES] as const;
export type Quotes28Style = (typeof QUOTES28_STYLES)[number];
export const QUOTES28_PLACES = ['quote-start', 'quote-mid', 'quote-end'] as const;
export type Quotes28Place = (typeof QUOTES28_PLACES)[number];
export const QUOTES28_SEEDS: Record<Split, number> = { dev: 2801, heldout: 2803 };

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** Traditional pages set speech in corner marks (one for one: offsets hold). */
const CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const cornered = (text: string): string => text.replace(/[“”‘’]/gu, (ch) => CORNER[ch] ?? ch);

/** Positions of a place in a paragraph (empty: the paragraph lacks it). */
function spotsOf(text: string, place: Quotes28Place | 'between'): number[] {
  const quotes = quotationsIn(text);
  switch (place) {
    case 'quote-start':
      return quotes.map(([a]) => a);
    case 'quote-end':
      return quotes.map(([, b]) => b);
    case 'quote-mid': {
      const inner = (q: readonly [number, number][]): number[] => q.flatMap(([a, b]) => [...text.slice(a, b).matchAll(/[，。；！？]/gu)].map((m) => a + m.index + 1).filter((i) => i < b - 2));
      const long = inner(quotes.filter(([a, b]) => b - a >= 20));
      return long.length ? long : inner(quotes);
    }
    case 'between': {
      const inQuote = (i: number): boolean => quotes.some(([a, b]) => i >= a - 1 && i <= b + 1);
      return [...text.matchAll(/[。！？](?![”」])/gu)].map((m) => m.index + 1).filter((i) => i > 2 && i < text.length - 2 && !inQuote(i));
    }
  }
}

/** What closes a piece at its place (the farm's: truth). */
function closingOf(place: Quotes28Place, random: Random): string {
  return place === 'quote-end' ? pick(random, ['', '', ' ']) : pick(random, ['', ' ', '，', '']);
}

/** A speaker's look-alike sentence, framed by the writer. */
function lookalikeSentence(style: Quotes28Lookalike, split: Split, random: Random): string {
  const speech = fill(LOOKALIKE_SPEECH[split][style], random);
  const frame = pick(random, FRAMES[split]);
  // A quotation opening its sentence ends on the speaker's comma: “…，”某某说。
  const quoted = frame.startsWith('{q}') ? `“${speech.replace(/。$/u, '，')}”` : `“${speech}”`;
  return frame.replace('{s}', pick(random, SPEAKERS[split])).replace('{q}', quoted);
}

/**
 * One page: the article with one or two pieces of `style` at `place` (look-alikes: one or two speaker's
 * sentences between the writer's sentences, no truth).
 */
export function quotes28Page(article: Article, style: Quotes28Style, place: Quotes28Place, split: Split, random: Random, toTraditional: (text: string) => string): RedteamPage & { traditional: boolean } {
  const clean = style.endsWith('lookalike');
  if (!clean && split === 'dev' && (UNSEEN as readonly string[]).includes(style)) throw new Error(`${style} is held-out only`);
  const traditional = random() < 1 / 3;
  const script = traditional ? (text: string) => cornered(toTraditional(text)) : (text: string) => text;
  const { page, push } = pageWriter(script(article.title), 'seo', style, clean);
  const next = (): string => script(clean ? lookalikeSentence(style as Quotes28Lookalike, split, random) : fill(PIECES[split][style as Quotes28Class], random));
  const wanted = clean ? 'between' : place;
  const having = article.paragraphs.flatMap((text, p) => (spotsOf(text, wanted).length ? [p] : []));
  const pool = having.length ? having : article.paragraphs.map((_, p) => p);
  const chosen = new Set<number>();
  for (let k = 0, count = 1 + Math.floor(random() * 2); k < count; k++) chosen.add(pick(random, pool));
  article.paragraphs.forEach((text, p) => {
    const own = script(text);
    if (!chosen.has(p)) return push(own, []);
    const piece = next();
    const spots = spotsOf(text, wanted);
    const cut = pick(random, spots.length ? spots : [text.length]);
    const glued = piece + (clean ? '' : closingOf(place, random));
    // A closing space is no one's text: neither spam to find nor the writer's to keep.
    push(`${own.slice(0, cut)}${glued}${own.slice(cut)}`, [[cut, cut + glued.trimEnd().length]]);
  });
  return { ...page, traditional };
}
