/**
 * A whole line that is not the writer's (issue 12, session 25): site and platform lines pasted as a
 * paragraph of their own or glued after a paragraph's last stop — twenty kinds of ./lines25-wordings.ts
 * (a disclaimer, a copyright footer, an errata link, a prize-winner ticker, a membership plug, an
 * attachment, a check-in reward, a cookie banner, a font/script toolbar, a call for submissions, a
 * rating row, a browser warning, a live-stream teaser, a tip jar, an elder-care mode switch, a footer
 * menu or breadcrumb, a countdown, comment rules, a subscription prompt, an anti-fraud slogan).
 *
 * Places: `own` a paragraph of its own between two of the writer's; `last` a paragraph of its own
 * after the story's last paragraph (where farms and sites append); `tail` glued after the last stop
 * of one of the writer's paragraphs. The page's variant picks the place. A quarter of the pages are
 * Traditional (article and line alike).
 *
 * `lookalike` puts the writer's own short paragraphs (./lines25-wordings.ts's `real`) in the same
 * places: no truth, must stay.
 *
 * `npx tsx scripts/spam/bench-lines.ts --generator=lines25` (dev seed 251, held-out 252).
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage, Split } from './inject';
import { LINES25_KINDS, WORDINGS, type Int, type Pick } from './lines25-wordings';

export const LINES25_STYLES = [...LINES25_KINDS, 'lookalike'] as const;
export type Lines25Style = (typeof LINES25_STYLES)[number];
export const LINES25_PLACES = ['own', 'last', 'tail'] as const;
export type Lines25Place = (typeof LINES25_PLACES)[number];
const FAMILY: SpamFamily = 'seo';

/** One page: `article` with one or two lines of `style` in the variant's place (`lookalike`: real text, no truth). */
export function lines25Page(article: Article, style: Lines25Style, split: Split, random: () => number, variant: number, toTraditional: (text: string) => string): InjectedPage {
  const words = WORDINGS[split];
  const pick: Pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int: Int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const place = LINES25_PLACES[variant % LINES25_PLACES.length] as Lines25Place;
  const real = style === 'lookalike';
  const script = random() < 0.25 ? toTraditional : (text: string) => text;
  const paragraphs: string[] = [...article.paragraphs];
  const truth: [number, number, SpamFamily][][] = paragraphs.map(() => []);
  const count = 1 + Math.floor(random() * 2);
  for (let k = 0; k < count; k++) {
    const line = real ? pick(words.real) : pick(words.makers[style])(pick, int);
    const spans: [number, number, SpamFamily][] = real ? [] : [[0, line.length, FAMILY]];
    if (place === 'last') {
      paragraphs.push(line);
      truth.push(spans);
      continue;
    }
    if (place === 'own') {
      // Between two of the writer's paragraphs (after the first at the earliest, before the last at the latest).
      const at = paragraphs.length < 2 ? paragraphs.length : 1 + Math.floor(random() * (paragraphs.length - 1));
      paragraphs.splice(at, 0, line);
      truth.splice(at, 0, spans);
      continue;
    }
    // `tail`: after the last stop of a writer's paragraph that ends in one and carries no line yet.
    const ends = paragraphs.map((text, i) => i).filter((i) => /[。！？”]$/u.test(paragraphs[i] ?? '') && !(truth[i] ?? []).length);
    const p = ends.length ? pick(ends) : paragraphs.length - 1;
    const text = paragraphs[p] ?? '';
    truth[p] = [...(truth[p] ?? []), ...(real ? [] : [[text.length, text.length + line.length, FAMILY] as [number, number, SpamFamily]])];
    paragraphs[p] = text + line;
  }
  return {
    title: script(article.title),
    paragraphs: paragraphs.map(script),
    truth,
    styles: truth.map((spans) => spans.map(() => style)),
    links: paragraphs.map(() => []),
    families: truth.some((s) => s.length) ? [FAMILY] : [],
  };
}
