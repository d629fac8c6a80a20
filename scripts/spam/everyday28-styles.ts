/**
 * Session 28: lines a phone, an app, a device or a service shows a person in everyday life, pasted into a
 * news page by a farm (issue 12) — twenty-four kinds nobody in the project had written (./everyday28-wordings.ts:
 * battery, weather, ride-hailing, food delivery, sleep, music, download, storage, bike sharing, hotel, flight,
 * a market ticker, an alarm, a smart home, a payment, a game, a video player, screen time, a library, a data
 * plan, an app store row, a one-time code, a transit display, a car's dashboard). Frozen before the outsider
 * finder was changed this session; the held-out half's makers share no template with dev's, and the held-out
 * seed is read only to report.
 *
 * Places: `own` a paragraph of its own between two of the writer's; `last` after the story's last paragraph;
 * `tail` glued after the last stop of one of the writer's paragraphs. The variant picks the place. About a
 * third of the pages are Traditional (article and line alike).
 *
 * Look-alikes (no truth, every character must stay): `quoting` (a story about such a screen, quoting it) and
 * `figures` (a writer's report full of figures, units, times and dates), in the same places.
 *
 *   npx tsx scripts/spam/bench-lines.ts --generator=everyday28 [--split=dev]   (dev seed 281, held-out 282)
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage, Split } from './inject';
import { EVERYDAY28_KINDS, EVERYDAY28_LOOKALIKES, EVERYDAY28_MAKERS, type Int, type Pick } from './everyday28-wordings';

export const EVERYDAY28_STYLES = [...EVERYDAY28_KINDS, 'quoting', 'figures'] as const;
export type Everyday28Style = (typeof EVERYDAY28_STYLES)[number];
export const EVERYDAY28_PLACES = ['own', 'last', 'tail'] as const;
export const EVERYDAY28_SEEDS: Record<Split, number> = { dev: 281, heldout: 282 };
export const isEverydayLookalike = (style: string): boolean => style === 'quoting' || style === 'figures';
const FAMILY: SpamFamily = 'seo';

/** One page: `article` with one or two lines of `style` in the variant's place (look-alikes: no truth). */
export function everyday28Page(article: Article, style: Everyday28Style, split: Split, random: () => number, variant: number, toTraditional: (text: string) => string): InjectedPage {
  const pick: Pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int: Int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const place = EVERYDAY28_PLACES[variant % EVERYDAY28_PLACES.length] as (typeof EVERYDAY28_PLACES)[number];
  const real = isEverydayLookalike(style);
  const script = random() < 0.33 ? toTraditional : (text: string) => text;
  const paragraphs: string[] = [...article.paragraphs];
  const truth: [number, number, SpamFamily][][] = paragraphs.map(() => []);
  const count = 1 + Math.floor(random() * 2);
  for (let k = 0; k < count; k++) {
    const makers = real ? EVERYDAY28_LOOKALIKES[split][style as 'quoting' | 'figures'] : EVERYDAY28_MAKERS[split][style as (typeof EVERYDAY28_KINDS)[number]];
    const line = pick(makers)(pick, int);
    const spans: [number, number, SpamFamily][] = real ? [] : [[0, line.length, FAMILY]];
    if (place === 'tail') {
      const ends = paragraphs.map((_, i) => i).filter((i) => /[。！？”]$/u.test(paragraphs[i] ?? '') && !(truth[i] ?? []).length);
      const p = ends.length ? pick(ends) : paragraphs.length - 1;
      const text = paragraphs[p] ?? '';
      truth[p] = [...(truth[p] ?? []), ...spans.map(([s, e, f]) => [text.length + s, text.length + e, f] as [number, number, SpamFamily])];
      paragraphs[p] = text + line;
      continue;
    }
    const at = place === 'last' || paragraphs.length < 2 ? paragraphs.length : 1 + Math.floor(random() * (paragraphs.length - 1));
    paragraphs.splice(at, 0, line);
    truth.splice(at, 0, spans);
  }
  // Traditional conversion keeps lengths (one character for one), so truth offsets stay.
  return { title: script(article.title), paragraphs: paragraphs.map(script), truth, styles: truth.map((s) => s.map(() => style)), links: paragraphs.map(() => []), families: real ? [] : [FAMILY] };
}
