/**
 * Benchmark of ./places30-styles.ts (s30-inside, frozen first): nineteen classes of paste in six
 * places (inside a clause between two words, closed with a comma, between sentences, after the last
 * stop, own paragraph, inside a quotation) on corpus articles that quote someone; per class and
 * place, character precision and recall of what is hidden and of what is hidden or marked, the
 * writer's characters hidden on the pasted pages (`host hidden`), per place over all classes;
 * the writer's look-alikes (citing such text on purpose) hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-places30.ts                          held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-places30.ts --split=dev --show=5     dev (build on this)
 *   npx tsx scripts/spam/bench-places30.ts --every=3 --styles=danmaku,platform --places=inside,quote --without=some-finder
 *
 * The held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { runQuotingPlacesCli } from './quoting-places-cli';
import { PLACES30_PLACES, PLACES30_SEEDS, PLACES30_STYLES, places30Page } from './places30-styles';

await runQuotingPlacesCli({
  name: 'Places (s30)',
  styles: PLACES30_STYLES,
  places: PLACES30_PLACES,
  seeds: PLACES30_SEEDS,
  articleStride: 1000,
  makePage: places30Page,
});
