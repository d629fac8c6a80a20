/**
 * Benchmark of the red-team generator ./redteam-b-styles.ts (issue 12, part B: polls, ads, fake
 * comments, related lists, brand offers), per style: character precision and recall of what is
 * hidden, and of what is hidden or marked. For `lookalike` (real text, nothing pasted) the figures
 * are the characters hidden and marked: any hidden one is a defect. Figures only, never the pages:
 * the finders' author must not see this generator's wordings.
 *
 *   npx tsx scripts/spam/bench-redteam-b.ts                 held-out and fresh splits
 *   npx tsx scripts/spam/bench-redteam-b.ts --split=fresh
 *
 * Pages: every held-out article of the corpus, two pages per style, seed 61 (held-out) / 67 (fresh);
 * the look-alike articles twice each. The fresh split's second page of each article is turned
 * Traditional (character for character).
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { createRandom, type InjectedPage } from './inject';
import { createNodeSpamTools } from './node-tools';
import { REDTEAM_B_LOOKALIKE, REDTEAM_B_STYLES, redteamBPage, type RedteamSplit } from './redteam-b-styles';
import { newTallies, score, type Tally } from './tally';
import { loadToTraditional } from './traditional';

const SEEDS: Record<RedteamSplit, number> = { heldout: 61, fresh: 67 };
const VARIANTS = 2;
const option = (name: string): string | undefined => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const splits: RedteamSplit[] = option('split') ? [option('split') as RedteamSplit] : ['heldout', 'fresh'];

const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === 'heldout');
const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));
const traditional = (page: InjectedPage): InjectedPage => ({ ...page, title: toTraditional(page.title), paragraphs: page.paragraphs.map(toTraditional) });

for (const split of splits) {
  console.log(`\nRed-team B benchmark — ${split} split (${VARIANTS} pages per style per held-out article, seed ${SEEDS[split]})`);
  console.log('style          pages  spam chars | HIDDEN precision  recall | HIDDEN OR MARKED precision  recall | real chars hidden  marked');
  const all = newTallies().get('all') as Tally;
  for (const [s, style] of REDTEAM_B_STYLES.entries()) {
    const tallies = newTallies();
    let pages = 0;
    // Look-alikes are whole articles of their own (./redteam-b-styles.ts), each read as written.
    (style === 'lookalike' ? REDTEAM_B_LOOKALIKE[split] : articles).forEach((doc, index) => {
      for (let v = 0; v < VARIANTS; v++) {
        const made = redteamBPage(doc, style, split, createRandom(SEEDS[split] * 100000 + index * 100 + s * 10 + v), segment);
        const page = split === 'fresh' && v === 1 ? traditional(made) : made;
        score(page.paragraphs, page.truth, spansOf(analyzeSpam(page.title, page.paragraphs, tools)), tallies);
        pages++;
      }
    });
    const t = tallies.get('all') as Tally;
    if (style !== 'lookalike') for (const key of Object.keys(all) as (keyof Tally)[]) all[key] += t[key];
    console.log(
      `${style.padEnd(13)} ${String(pages).padStart(6)} ${String(t.truth).padStart(11)} | ${ratio(t.predictedRight, t.predicted).padStart(16)}  ${ratio(t.truthFound, t.truth)} | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(26)}  ${ratio(t.truthMarked, t.truth)} | ${String(t.predicted - t.predictedRight).padStart(17)}  ${String(t.suspect - t.suspectRight).padStart(6)}`,
    );
  }
  console.log(
    `${'all spam'.padEnd(13)} ${''.padStart(6)} ${String(all.truth).padStart(11)} | ${ratio(all.predictedRight, all.predicted).padStart(16)}  ${ratio(all.truthFound, all.truth)} | ${ratio(all.predictedRight + all.suspectRight, all.predicted + all.suspect).padStart(26)}  ${ratio(all.truthMarked, all.truth)} | ${String(all.predicted - all.predictedRight).padStart(17)}  ${String(all.suspect - all.suspectRight).padStart(6)}`,
  );
}
