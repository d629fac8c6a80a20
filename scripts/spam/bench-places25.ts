/**
 * Benchmark of ./places25-styles.ts (s25-places, frozen first): the pieces of six older generators
 * moved into eight places, on articles that quote someone; per source and per place, character
 * precision and recall of what is hidden and of what is hidden or marked, the writer's characters
 * hidden on the pages that carry pieces (`host hidden`), per place over all sources, Simplified and
 * Traditional apart; look-alikes (the writer quoting such text on purpose) hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-places25.ts                          held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-places25.ts --split=dev --show=5     dev (build on this)
 *   npx tsx scripts/spam/bench-places25.ts --every=2                every second article (a subset of the full run's pages)
 *   npx tsx scripts/spam/bench-places25.ts --styles=grey --places=quote-mid --without=some-finder
 *
 * The held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { runQuotingPlacesCli } from './quoting-places-cli';
import { PLACES25_PLACES, PLACES25_SEEDS, PLACES25_STYLES, places25Page } from './places25-styles';

await runQuotingPlacesCli({
  name: 'Places (s25)',
  styles: PLACES25_STYLES,
  places: PLACES25_PLACES,
  seeds: PLACES25_SEEDS,
  articleStride: 100,
  makePage: places25Page,
});
