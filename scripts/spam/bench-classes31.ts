/**
 * Benchmark of ./classes31-styles.ts (s31-screen, frozen first): the six classes never found on QA30, in six places, on articles that quote someone; per class and per place, character precision and
 * recall of what is hidden and of what is hidden or marked, the writer's characters hidden on the pages that
 * carry pastes (`host hidden`), and the writer's own sentences about such things hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-classes31.ts                          held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-classes31.ts --split=dev --show=5     dev (build on this)
 *   npx tsx scripts/spam/bench-classes31.ts --every=3 --styles=captcha-prompts --places=inside
 *
 * The held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { runQuotingPlacesCli } from './quoting-places-cli';
import { CLASSES31_PLACES, CLASSES31_SEEDS, CLASSES31_STYLES, classes31Page } from './classes31-styles';

await runQuotingPlacesCli({
  name: 'Classes (s31)',
  styles: CLASSES31_STYLES,
  places: CLASSES31_PLACES,
  seeds: CLASSES31_SEEDS,
  articleStride: 1000,
  makePage: classes31Page,
  groups: [
    { label: 'mechanical classes', styles: ['jammer-strings31', 'stray-symbols31'] },
    { label: 'textual classes', styles: ['mini-program-cards', 'app-update-prompts', 'captcha-prompts', 'related-elsewhere'] },
  ],
});
