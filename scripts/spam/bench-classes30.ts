/**
 * Benchmark of ./classes30-styles.ts (s30-classes, frozen first): the seventeen classes never found on QA29 /
 * GATE29, in six places, on articles that quote someone; per class and per place, character precision and
 * recall of what is hidden and of what is hidden or marked, the writer's characters hidden on the pages that
 * carry pastes (`host hidden`), and the writer's own sentences about such things hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-classes30.ts                          held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-classes30.ts --split=dev --show=5     dev (build on this)
 *   npx tsx scripts/spam/bench-classes30.ts --every=3 --styles=mojibake,emoji-codes --places=inside
 *
 * The held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { runQuotingPlacesCli } from './quoting-places-cli';
import { CLASSES30_PLACES, CLASSES30_SEEDS, CLASSES30_STYLES, classes30Page } from './classes30-styles';
import { MECHANICAL30 } from './classes30-wordings';

await runQuotingPlacesCli({
  name: 'Classes (s30)',
  styles: CLASSES30_STYLES,
  places: CLASSES30_PLACES,
  seeds: CLASSES30_SEEDS,
  articleStride: 1000,
  makePage: classes30Page,
  groups: [
    { label: 'mechanical classes', styles: MECHANICAL30 },
    { label: 'textual classes', styles: CLASSES30_STYLES.filter((s) => s !== 'writers-lookalike' && !MECHANICAL30.includes(s as never)) },
  ],
});
