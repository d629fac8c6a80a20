/**
 * Session 31 (s31-screen; frozen at its first commit, before any finder): the six classes QA30 never hid nor marked
 * (./classes31-wordings.ts), put into the six places of session 30's pool (./classes30-styles.ts), the same way:
 * - `inside`: after a writer's comma, the clause going on (closed by nothing, a space or a comma);
 * - `comma`: after a writer's comma, closed with a comma of its own;
 * - `between`: between two of the writer's sentences;
 * - `end`: after the paragraph's last stop;
 * - `own`: a paragraph of its own after the writer's;
 * - `quote`: inside the writer's quoted speech (right after the opening mark, after a comma or stop in it, or
 *   right before the closing mark — one of the three at random).
 * Hosts are corpus articles that quote someone (./places25-styles.ts), a third of the pages Traditional (article
 * and paste). `writers-lookalike` is the writer's own sentences about such things (no truth), between sentences.
 * Dev and held-out differ by wording (./classes31-wordings.ts) and by article (the corpus's split).
 *
 * Measure: `npx tsx scripts/spam/bench-classes31.ts` (held-out); `--split=dev --show=5` to build on.
 */
import type { Split } from './corpus';
import type { Article } from './inject';
import { classPage } from './classes30-styles';
import type { RedteamPage } from './redteam-a-styles';
import { CLASSES31, WRITERS31, wordingsOf31, type Class31 } from './classes31-wordings';

export const CLASSES31_STYLES = [...CLASSES31, 'writers-lookalike'] as const;
export type Classes31Style = (typeof CLASSES31_STYLES)[number];
export const CLASSES31_PLACES = ['inside', 'comma', 'between', 'end', 'own', 'quote'] as const;
export type Classes31Place = (typeof CLASSES31_PLACES)[number];
export const CLASSES31_SEEDS: Record<Split, number> = { dev: 3101, heldout: 3103 };

type Random = () => number;

/** As classes30's pages (./classes30-styles.ts classPage), with this session's wordings. */
export function classes31Page(article: Article, style: Classes31Style, place: Classes31Place, split: Split, random: Random, toTraditional: (text: string) => string): RedteamPage & { traditional: boolean } {
  return classPage(article, style, place, random, toTraditional, () => wordingsOf31(style as Class31, split), WRITERS31[split]);
}
