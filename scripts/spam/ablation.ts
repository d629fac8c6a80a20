/**
 * The ablation of the spam decision: each group of features (or exact rule) is left out, the
 * models are trained again on the development pages without it (tiers too, out of fold), and the
 * held-out generated pages and the clean text are judged again, for what is hidden and for what
 * is hidden or marked (the reader is shown both). The generated pages are the bench's: its run's
 * three per article and its two in the words style (./headline-words-farm.ts). A group earns its
 * place when leaving it out loses recall without buying back precision, in either. The mechanical finders' rows come
 * from the full run: the recall of their family, and what they hide on clean text.
 *
 *   npm run bench:spam-ablation
 *   npm run bench:spam-ablation -- --split=fresh          the fresh run's pages instead of the held-out ones
 *   npm run bench:spam-ablation -- --only=seams,phrase    only the groups whose names contain one of these
 */
import { decide, probabilityOf } from '../../src/spam/decide';
import { analyzeSpam, type SpamAnalysis } from '../../src/spam/index';
import { mergeSpans } from '../../src/spam/merge-spans';
import { probability, type DecisionModel, type ModelName } from '../../src/spam/score';
import { tiersFor } from '../../src/spam/tiers';
import type { SpamSpan } from '../../src/spam/types';
import * as jieba from 'jieba-wasm';
import { generatorRun, loadCorpus, loadCppPages, splitOf, type BenchSplit } from './corpus';
import { developmentExamples } from './dev-examples';
import { newsHeadline, type Tagger } from './headlines';
import { injectSpam } from './inject';
import { newsSentences } from './paste-styles';
import { createNodeSpamTools } from './node-tools';
import { FAMILIES, newTallies, score, type Tally, type TruthSpan } from './tally';
import { trainModel } from './train-decision';

const LANGUAGE = ['leftFit', 'rightFit', 'bridgeFit', 'gain'];
const every = (models: ModelName[], features: string[]): string[] => models.flatMap((m) => features.map((f) => `${m}.${f}`));

/** Groups of features, as `model.feature`, and exact rules, by the evidence they stand for. */
const GROUPS: { name: string; without: string[]; exact?: string[] }[] = [
  { name: 'language model (seams at both edges)', without: [...every(['piece', 'headline', 'sentence', 'once'], LANGUAGE), 'stuffing.misfits'] },
  { name: 'odd pieces (a number jumped, a character lost, glued out of order, doubled)', without: [...every(['piece'], ['jumpsGlued', 'jumpsBreak', 'lossy', 'outOfOrder', 'gluedOutOfOrder', 'doubled']), ...every(['stuffing'], ['oddPieces', 'outOfOrder', 'doubled'])] },
  { name: 'repeats on the page', without: [...every(['piece'], ['copies', 'excess', 'amongExcess', 'leadShare']), 'stuffing.leadRepeated', ...every(['sentence'], ['copies', 'contexts'])] },
  { name: 'cycle of pastes', without: [...every(['piece'], ['pageCycle', 'cycleFollows', 'cycleLeads']), 'stuffing.pageCycle'] },
  { name: 'whole headline pasted too / farm marks', without: [...every(['piece', 'headline', 'sentence'], ['farmMarks']), ...every(['stuffing'], ['farmMarks', 'wholeHeadline'])] },
  { name: 'site memory', without: ['sentence.known'] },
  { name: 'a said clause (pronouns, particles)', without: ['sentence.clauseChars', ...every(['once'], ['clauseChars', 'person', 'mood', 'pageSpeaks'])] },
  { name: 'off topic (not the article’s words)', without: ['sentence.topicOverlap', 'once.articleShare', 'once.headlineWords', 'once.contentWords'] },
  { name: 'wider seams (the clause read with and without a piece)', without: every(['piece'], ['clauseLeft', 'clauseRight', 'clauseGain']) },
  { name: 'a phrase across the gap said elsewhere, pieces close by', without: every(['piece'], ['bridgeAttested', 'neighbours']) },
  { name: 'word boundaries and phrases', without: [...every(['piece'], ['aligned', 'afterLink', 'dictionaryWord', 'attested']), ...every(['sentence'], ['aligned', 'particleEdge']), ...every(['once'], ['gluedBoth', 'commaEdge'])] },
  { name: 'topic weighed by word information (the line’s and its host’s)', without: ['once.topicShare', 'once.hostTopicShare'] },
  { name: 'a whole sentence: opens and closes like one, worst seams at its edges', without: every(['once'], ['opensSentence', 'closesSentence', 'leftDip', 'rightDip']) },
  { name: 'another article’s sentence: after a full stop, figures the page never prints', without: every(['line'], ['afterStop', 'newFigures']) },
  { name: 'another article’s sentence: topic weighed by word information (the line’s and its host’s)', without: every(['line'], ['topicShare', 'hostTopicShare']) },
  { name: 'a headline word the clause reads better without (its own cost given back), how many in the lead', without: [...every(['piece'], ['clauseRemoval', 'localRemoval', 'leadMisfits']), 'stuffing.leadMisfits'] },
  { name: 'a headline word echoed a few characters on; how far down the page', without: every(['piece'], ['echo', 'position']) },
  { name: 'exact: two-part headline pasted with its separator', without: [], exact: ['headlineWithSeparator'] },
];

interface Judged {
  paragraphs: readonly string[];
  truth: TruthSpan[][];
  analysis: SpamAnalysis;
}

function spansUnder(model: DecisionModel, analysis: SpamAnalysis): SpamSpan[][] {
  const scored = analysis.scored.map((c) => ({ ...c, probability: probabilityOf(c, probabilityOfStuffing(model, analysis), model) }));
  const language = decide(scored, analysis.mechanical.length, tiersFor(model));
  return analysis.mechanical.map((spans, i) => mergeSpans([...spans, ...(language[i] ?? [])]));
}

function probabilityOfStuffing(model: DecisionModel, analysis: SpamAnalysis): number {
  return analysis.scored.some((c) => c.kind === 'piece') ? probability(model.stuffing, analysis.stuffing) : 0;
}

function measure(model: DecisionModel, generated: readonly Judged[], clean: readonly Judged[]): { all: Tally; title: Tally; sentence: Tally; cleanHidden: number; cleanMarked: number } {
  const tallies = newTallies();
  for (const page of generated) score(page.paragraphs, page.truth, spansUnder(model, page.analysis), tallies);
  let cleanHidden = 0;
  let cleanMarked = 0;
  for (const page of clean) {
    for (const spans of spansUnder(model, page.analysis)) {
      for (const s of spans) {
        if (s.tier === 'hidden') cleanHidden += s.end - s.start;
        else cleanMarked += s.end - s.start;
      }
    }
  }
  return { all: tallies.get('all') as Tally, title: tallies.get('title') as Tally, sentence: tallies.get('sentence') as Tally, cleanHidden, cleanMarked };
}

const p = (t: Tally): number => (t.predicted ? t.predictedRight / t.predicted : 1);
const r = (t: Tally): number => (t.truth ? t.truthFound / t.truth : 0);
/** The same, for what is hidden or marked (what the reader is shown as possibly inserted too). */
const pMarked = (t: Tally): number => (t.predicted + t.suspect ? (t.predictedRight + t.suspectRight) / (t.predicted + t.suspect) : 1);
const rMarked = (t: Tally): number => (t.truth ? t.truthMarked / t.truth : 0);
const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(4)}`;

async function main(): Promise<void> {
  const tools = await createNodeSpamTools();
  const segment = (text: string): string[] => tools.segmenter.cut(text);
  const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const split = (option('split') as BenchSplit | undefined) ?? 'heldout';
  const only = option('only')?.split(',').filter(Boolean);
  const run = generatorRun(split);
  const docs = loadCorpus();
  const generated: Judged[] = [];
  // The same pages as bench:spam's, with its extra styles (a news sentence, commercial keywords).
  const donors = newsSentences(docs.filter((d) => splitOf(d.url) === run.pools));
  docs.forEach((doc, index) => {
    if (splitOf(doc.url) !== run.articles) return;
    for (let v = 0; v < 3; v++) {
      const page = injectSpam(doc, run.seed * 100000 + index * 10 + v, run.pools, segment, run.headlineStyle, { donors });
      generated.push({ paragraphs: page.paragraphs, truth: page.truth, analysis: analyzeSpam(page.title, page.paragraphs, tools) });
    }
    // And the bench's pages in the words style (whole headline words pasted, no other mark).
    for (let v = 0; v < 2; v++) {
      const page = injectSpam(doc, run.wordsSeed * 100000 + index * 10 + v, run.pools, segment, 'words');
      generated.push({ paragraphs: page.paragraphs, truth: page.truth, analysis: analyzeSpam(page.title, page.paragraphs, tools) });
    }
  });
  const clean: Judged[] = docs.map((doc) => ({ paragraphs: doc.paragraphs, truth: [], analysis: analyzeSpam(doc.title, doc.paragraphs, tools) }));
  for (const [page, { texts }] of loadCppPages().entries()) clean.push({ paragraphs: texts, truth: [], analysis: analyzeSpam(newsHeadline(texts, tag, page), texts, tools) });

  const examples = await developmentExamples();
  const full = await trainModel(new Set(), examples);
  const base = measure(full, generated, clean);
  console.log(`Ablation on the ${split} run (${generated.length} pages) and clean text (${clean.length} pages: corpus articles and the stress test)`);
  console.log(`full decision: precision ${p(base.all).toFixed(4)} recall ${r(base.all).toFixed(4)} (headline ${r(base.title).toFixed(4)}, sentences ${r(base.sentence).toFixed(4)}); clean characters hidden ${base.cleanHidden}`);
  console.log(`  hidden or marked: precision ${pMarked(base.all).toFixed(4)} recall ${rMarked(base.all).toFixed(4)} (headline ${rMarked(base.title).toFixed(4)}, sentences ${rMarked(base.sentence).toFixed(4)}); clean characters marked ${base.cleanMarked}\n`);
  console.log('Each column is what the group adds: the full decision minus the decision trained without it (clean: characters the full decision spares).');
  console.log('left out                                                                  HIDDEN recall (headline / sentences)  precision  clean | HIDDEN OR MARKED recall (headline / sentences)  precision  clean');
  for (const group of GROUPS.filter((g) => !only || only.some((word) => g.name.includes(word)))) {
    const model = await trainModel(new Set(group.without), examples);
    const m = measure({ ...model, withoutExact: group.exact ?? [] }, generated, clean);
    console.log(
      `${group.name.padEnd(76)} ${signed(r(base.all) - r(m.all))} (${signed(r(base.title) - r(m.title))} / ${signed(r(base.sentence) - r(m.sentence))})  ${signed(p(base.all) - p(m.all))}  ${m.cleanHidden - base.cleanHidden} | ${signed(rMarked(base.all) - rMarked(m.all))} (${signed(rMarked(base.title) - rMarked(m.title))} / ${signed(rMarked(base.sentence) - rMarked(m.sentence))})  ${signed(pMarked(base.all) - pMarked(m.all))}  ${m.cleanMarked - base.cleanMarked}`,
    );
  }
  // The mechanical finders are exact and run before the decision: leaving one out loses its family.
  const families = newTallies();
  for (const page of generated) score(page.paragraphs, page.truth, page.analysis.mechanical, families);
  const cleanByFamily = new Map<string, number>();
  for (const page of clean) for (const spans of page.analysis.mechanical) for (const s of spans) cleanByFamily.set(s.family, (cleanByFamily.get(s.family) ?? 0) + s.end - s.start);
  console.log('\nmechanical finder                                                         recall gain (of all)   its family: precision / recall   clean chars it hides');
  for (const family of FAMILIES.filter((f) => f !== 'title' && f !== 'sentence')) {
    const t = families.get(family) as Tally;
    const total = (families.get('all') as Tally).truth;
    console.log(`${family.padEnd(76)} ${signed(t.truthFound / Math.max(1, total)).padStart(8)}              ${p(t).toFixed(4)} / ${r(t).toFixed(4)}                 ${cleanByFamily.get(family) ?? 0}`);
  }
}

await main();
