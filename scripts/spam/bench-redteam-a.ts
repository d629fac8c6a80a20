/**
 * Benchmark of the red-team generator for part A's classes (./redteam-a-styles.ts, written by
 * s17-blocks for finders it did not write): per style, character precision and recall of what is
 * hidden, and of what is hidden or marked, on held-out articles carrying that one style. The
 * `rt-lookalike` row is the writer's text that looks like these classes: its figures are the
 * look-alike characters hidden and marked (each should be 0), beside what the page lost elsewhere.
 *
 *   npx tsx scripts/spam/bench-redteam-a.ts                     held-out and fresh
 *   npx tsx scripts/spam/bench-redteam-a.ts --split=heldout     one split
 *   npx tsx scripts/spam/bench-redteam-a.ts --styles=rt-twice,rt-garbled
 *   npx tsx scripts/spam/bench-redteam-a.ts --without=site-notices  figures without these finders
 *   npx tsx scripts/spam/bench-redteam-a.ts --show=N            N missed / wrongly found examples per style
 *   npx tsx scripts/spam/bench-redteam-a.ts --generator=blocks-dev  s17-blocks's dev pages (./blocks-dev-styles.ts, dev articles)
 *   npx tsx scripts/spam/bench-redteam-a.ts --generator=mech        s18-mech's pages (./mech-styles.ts): --split=dev builds, --split=heldout measures
 *   npx tsx scripts/spam/bench-redteam-a.ts --generator=mech19      s19-mech's pages (./mech19-styles.ts): --split=dev builds, --split=heldout measures
 *   npx tsx scripts/spam/bench-redteam-a.ts --generator=mech20      s20-mech's pages (./mech20-styles.ts): --split=dev builds, --split=heldout measures
 *   npx tsx scripts/spam/bench-redteam-a.ts --generator=mech21      s21-mech's pages (./mech21-styles.ts): --split=dev builds, --split=heldout measures
 *   npx tsx scripts/spam/bench-redteam-a.ts --generator=glued       s18-glued's runs (./glued-styles.ts): held-out and fresh measure, --split=dev builds
 *   npx tsx scripts/spam/bench-redteam-a.ts --generator=ontopic     s19-ads's on-topic runs (./ontopic-ad-styles.ts): held-out measures, --split=dev builds
 *
 * Pages: every held-out article, three per style, from the split's seed (./redteam-a-styles.ts).
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';
import { BLOCKS_DEV_STYLES, blocksDevPage, type BlocksDevStyle } from './blocks-dev-styles';
import { GLUED_SEEDS, GLUED_STYLES, gluedPage, type GluedSplit, type GluedStyle } from './glued-styles';
import { MECH21_FAMILY, MECH21_SEEDS, MECH21_STYLES, mech21Page, type Mech21Split, type Mech21Style } from './mech21-styles';
import { MECH20_FAMILY, MECH20_SEEDS, MECH20_STYLES, mech20Page, type Mech20Split, type Mech20Style } from './mech20-styles';
import { MECH19_FAMILY, MECH19_SEEDS, MECH19_STYLES, mech19Page, type Mech19Split, type Mech19Style } from './mech19-styles';
import { ONTOPIC_SEEDS, ONTOPIC_STYLES, ontopicPage, type OntopicSplit, type OntopicStyle } from './ontopic-ad-styles';
import { MECH_FAMILY, MECH_SEEDS, MECH_STYLES, mechPage, type MechSplit, type MechStyle } from './mech-styles';
import { REDTEAM_A_FAMILY, REDTEAM_A_SEEDS, REDTEAM_A_STYLES, donorSentences, redteamAPage, type RedteamAStyle, type RedteamSplit } from './redteam-a-styles';
import { excerpt, isSuspect, newTallies, score, type Tally } from './tally';
import { loadToTraditional } from './traditional';

const VARIANTS = 3;
const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const dev = option('generator') === 'blocks-dev';
const mech = option('generator') === 'mech';
const glued = option('generator') === 'glued';
const mech19 = option('generator') === 'mech19';
const mech20 = option('generator') === 'mech20';
const mech21 = option('generator') === 'mech21';
const ontopic = option('generator') === 'ontopic';
const splits: string[] = option('split') ? [option('split') ?? ''] : dev || ontopic ? ['heldout'] : mech || mech19 || mech20 || mech21 ? ['dev', 'heldout'] : ['heldout', 'fresh'];
const allStyles: readonly string[] = dev ? BLOCKS_DEV_STYLES : mech ? MECH_STYLES : mech19 ? MECH19_STYLES : mech20 ? MECH20_STYLES : mech21 ? MECH21_STYLES : glued ? GLUED_STYLES : ontopic ? ONTOPIC_STYLES : REDTEAM_A_STYLES;
const styles = allStyles.filter((s) => !option('styles') || (option('styles')?.split(',') ?? []).includes(s));
const isClean = (style: string): boolean => style.endsWith('-lookalike');
const without = new Set(option('without')?.split(',') ?? []);
const show = Number(option('show') ?? 0);

const tools = await createNodeSpamTools();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const toTraditional = await loadToTraditional();
const corpus = loadCorpus();
const articlesOf = (split: string): typeof corpus => corpus.filter((doc) => splitOf(doc.url) === (dev || ((mech || mech19 || mech20 || mech21 || glued || ontopic) && split === 'dev') ? 'dev' : 'heldout'));
const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));

for (const split of splits) {
  const articles = articlesOf(split);
  const seed = mech ? MECH_SEEDS[split as MechSplit] : mech19 ? MECH19_SEEDS[split as Mech19Split] : mech20 ? MECH20_SEEDS[split as Mech20Split] : mech21 ? MECH21_SEEDS[split as Mech21Split] : glued ? GLUED_SEEDS[split as GluedSplit] : ontopic ? ONTOPIC_SEEDS[split as OntopicSplit] : REDTEAM_A_SEEDS[split as RedteamSplit];
  console.log(`\n${dev ? 'Blocks dev' : mech ? 'Mechanical classes (s18)' : mech19 ? 'Mechanical classes (s19)' : mech20 ? 'Mechanical classes (s20)' : mech21 ? 'Mechanical classes (s21)' : glued ? 'Glued runs (s18)' : ontopic ? 'On-topic runs (s19)' : 'Red-team A'} benchmark — ${split} (${articles.length} articles, ${VARIANTS} pages per style each, seed ${seed})${without.size ? `, without ${[...without].join(', ')}` : ''}`);
  console.log('style             family    pages  spam chars   HIDDEN precision  recall   | HIDDEN OR MARKED precision  recall');
  const total = newTallies();
  for (const style of styles) {
    const tallies = newTallies();
    const look = { chars: 0, hidden: 0, marked: 0, elsewhereHidden: 0 };
    const examples: string[] = [];
    let pages = 0;
    articles.forEach((article, index) => {
      const donors = donorSentences(articles.filter((a) => a !== article));
      for (let v = 0; v < VARIANTS; v++) {
        const random = createRandom(seed * 100000 + index * 100 + allStyles.indexOf(style) * 10 + v);
        const page = dev
          ? blocksDevPage(article, style as BlocksDevStyle, random)
          : mech
            ? mechPage(article, style as MechStyle, split as MechSplit, random, segment)
            : mech19
              ? mech19Page(article, style as Mech19Style, split as Mech19Split, random, segment)
              : mech20
                ? mech20Page(article, style as Mech20Style, split as Mech20Split, random, segment, toTraditional)
              : mech21
                ? mech21Page(article, style as Mech21Style, split as Mech21Split, random, segment, toTraditional)
              : glued
                ? gluedPage(article, style as GluedStyle, split as GluedSplit, random)
                : ontopic
                  ? ontopicPage(article, style as OntopicStyle, split as OntopicSplit, random, segment)
                  : redteamAPage(article, style as RedteamAStyle, split as RedteamSplit, random, segment, donors, toTraditional);
        const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools, undefined, without));
        pages++;
        score(page.paragraphs, page.truth, found, tallies, show ? { out: examples, limit: show } : undefined);
        if (!isClean(style)) score(page.paragraphs, page.truth, found, total);
        page.lookalike.forEach((ranges, p) => {
          for (const [a, b] of ranges) {
            look.chars += b - a;
            for (const s of found[p] ?? []) {
              const overlap = Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
              if (isSuspect(s)) look.marked += overlap;
              else look.hidden += overlap;
              if (overlap && show && examples.length < show) examples.push(`  LOOKALIKE ${s.tier} ${s.family}: ${excerpt(page.paragraphs[p] ?? '', s.start, s.end)}`);
            }
          }
        });
      }
    });
    const t = tallies.get('all') as Tally;
    if (isClean(style)) {
      console.log(`${style.padEnd(17)} ${'(clean)'.padEnd(9)} ${String(pages).padStart(5)}  look-alike chars ${look.chars}: hidden ${look.hidden}, marked ${look.marked}; whole pages hidden ${t.predicted}, marked ${t.suspect}`);
    } else {
      console.log(
        `${style.padEnd(17)} ${((mech ? MECH_FAMILY[style as MechStyle] : mech19 ? MECH19_FAMILY[style as Mech19Style] : mech20 ? MECH20_FAMILY[style as Mech20Style] : mech21 ? MECH21_FAMILY[style as Mech21Style] : REDTEAM_A_FAMILY[style as RedteamAStyle]) ?? 'seo').padEnd(9)} ${String(pages).padStart(5)}  ${String(t.truth).padStart(10)}   ${ratio(t.predictedRight, t.predicted).padStart(16)}  ${ratio(t.truthFound, t.truth)}   | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(26)}  ${ratio(t.truthMarked, t.truth)}`,
      );
    }
    for (const line of examples) console.log(line);
  }
  const t = total.get('all') as Tally;
  console.log(`${'all (spam styles)'.padEnd(17)} ${''.padEnd(9)} ${''.padStart(5)}  ${String(t.truth).padStart(10)}   ${ratio(t.predictedRight, t.predicted).padStart(16)}  ${ratio(t.truthFound, t.truth)}   | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(26)}  ${ratio(t.truthMarked, t.truth)}`);
}
