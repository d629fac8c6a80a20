/**
 * How many pages of ./places30-styles.ts hold an account's name in quotes (src/spam/quoted-speech.ts
 * withoutNameMarks changes a paragraph), per split and place, pipeline not run: a page without one
 * reads the same with and without the s32-quotes change. Prints counts only (no held-out text).
 *
 *   npx tsx scripts/spam/count-quoted-names32.ts
 */
import { withoutNameMarks } from '../../src/spam/quoted-speech';
import { loadCorpus, splitOf, type Split } from './corpus';
import { createRandom } from './inject';
import { quotingArticles } from './places25-styles';
import { PLACES30_PLACES, PLACES30_SEEDS, PLACES30_STYLES, places30Page } from './places30-styles';
import { loadToTraditional } from './traditional';

const toTraditional = await loadToTraditional();
for (const split of ['dev', 'heldout'] as Split[]) {
  const seed = PLACES30_SEEDS[split];
  const articles = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === split));
  const counts = new Map<string, [number, number]>();
  articles.forEach((article, index) => {
    for (const style of PLACES30_STYLES) for (const place of PLACES30_PLACES) {
      // The page seed of ./quoting-places-cli.ts (articleStride 1000).
      const random = createRandom(seed * 1000 * 1000 + index * 1000 + PLACES30_STYLES.indexOf(style) * 10 + PLACES30_PLACES.indexOf(place));
      const page = places30Page(article, style, place, split, random, toTraditional);
      const named = page.paragraphs.some((p) => withoutNameMarks(p) !== p);
      for (const k of [`${place}`, `${style}@${place}`]) {
        const c = counts.get(k) ?? [0, 0];
        counts.set(k, [c[0] + 1, c[1] + (named ? 1 : 0)]);
      }
    }
  });
  console.log(`${split}: ${articles.length} articles`);
  for (const [k, [pages, named]] of counts) if (!k.includes('@') || named) console.log(`  ${k.padEnd(28)} pages ${pages}, with a name in quotes ${named}`);
}
