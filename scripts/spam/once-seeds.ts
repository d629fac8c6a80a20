/**
 * The curve of lines pasted once on several held-out generator seeds at a time: a bench:spam run
 * has about thirty such pages, too few to tell two versions of the score apart. Each kind's
 * candidates alone, as bench:spam's curves (./curves.ts); the score is trained again on the dev
 * pages, with the named features left out when asked, so a feature group's worth on this kind can
 * be read. Measuring only: the seeds are not the fresh split's (7), and nothing is tuned on them.
 *
 *   npx tsx scripts/spam/once-seeds.ts                                   seeds 2,3,4,5,6,8, full score
 *   npx tsx scripts/spam/once-seeds.ts --seeds=3,4 --without=once.leftDip,once.rightDip
 */
import { probabilityOf } from '../../src/spam/decide';
import { analyzeSpam, type SpamAnalysis } from '../../src/spam/index';
import { probability } from '../../src/spam/score';
import { generatorRun, loadCorpus, splitOf } from './corpus';
import { Curve } from './curves';
import { developmentExamples } from './dev-examples';
import { injectSpam } from './inject';
import { createNodeSpamTools } from './node-tools';
import type { TruthSpan } from './tally';
import { trainModel } from './train-decision';

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const seeds = (option('seeds') ?? '2,3,4,5,6,8').split(',').map(Number);
const without = new Set((option('without') ?? '').split(',').filter(Boolean));

const tools = await createNodeSpamTools();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const pages: { paragraphs: string[]; truth: TruthSpan[][]; once: TruthSpan[][]; analysis: SpamAnalysis }[] = [];
let oncePages = 0;
const docs = loadCorpus();
for (const seed of seeds) {
  const run = generatorRun('heldout', seed);
  docs.forEach((doc, index) => {
    if (splitOf(doc.url) !== run.articles) return;
    for (let v = 0; v < 3; v++) {
      const page = injectSpam(doc, run.seed * 100000 + index * 10 + v, run.pools, segment, run.headlineStyle);
      const sentences = page.truth.map((spans) => spans.filter((s) => s[2] === 'sentence'));
      const once = sentences.flat().length === 1;
      if (once) oncePages++;
      pages.push({ paragraphs: page.paragraphs, truth: page.truth, once: once ? sentences : page.paragraphs.map(() => []), analysis: analyzeSpam(page.title, page.paragraphs, tools) });
    }
  });
}
const model = await trainModel(without, await developmentExamples());
const curve = new Curve('sentences pasted once', ['once'], 'sentence');
for (const page of pages) {
  const stuffed = page.analysis.scored.some((c) => c.kind === 'piece') ? probability(model.stuffing, page.analysis.stuffing) : 0;
  curve.add(page.paragraphs, page.truth, page.once, page.analysis.scored.map((c) => ({ ...c, probability: probabilityOf(c, stuffed, model) })));
}
console.log(`Held-out seeds ${seeds.join(', ')}: ${pages.length} pages, ${oncePages} with a line pasted once; left out: ${[...without].join(', ') || 'nothing'}; trained once tiers ${JSON.stringify(model.once.tiers)}`);
console.log(curve.print());
