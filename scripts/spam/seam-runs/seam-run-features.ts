/**
 * What a seam run (./seam-runs.ts) says about itself and its page, read without any class's words:
 *
 * - **Edges.** The seam fit at each edge, the fit across the gap once it is gone and the gain
 *   (bridge − left − right): the host reads on without a pasted run.
 * - **Its own fluency.** ln P per character of the run read as a sentence: a line of fields and
 *   figures reads unlike running prose.
 * - **Topic.** How far its content words lie from the page's (./features-topic.ts) and how many of its
 *   Han pairs the page or the headline prints elsewhere: a writer's clause repeats the story's words.
 * - **Register.** Its share of figures, Latin, and symbols that are not the writer's punctuation
 *   (fields, separators, masks, units): what a screen prints, not a sentence.
 * - **Shape.** Its length and whether each edge is the writer's punctuation.
 */
import type { LanguageModel } from '../../../src/lm/index';
import { hanPairs } from '../../../src/spam/features-lines';
import { topicReader } from '../../../src/spam/features-topic';
import type { SpamPage } from '../../../src/spam/page';
import type { SeamRun } from './seam-runs';
import { isHan } from '../../../src/spam/text-classes';

export const SEAM_RUN_FEATURES = [
  'leftFit', 'rightFit', 'bridgeFit', 'gain', 'leftPunct', 'rightPunct', 'fluency', 'topicCosine', 'topicCover',
  'pageShare', 'headlineShare', 'figures', 'latin', 'symbols', 'length',
] as const;

const CLIP = 10;
const clip = (x: number): number => Math.max(-CLIP, Math.min(CLIP, x)) / CLIP;
const WRITER_PUNCT = /[，,、；;。！？!?“”「」『』（）()《》…—\s]/u;

/** The shares of figures, Latin letters and non-writer symbols among a run's characters. */
export function runRegister(run: string): [number, number, number] {
  let figures = 0;
  let latin = 0;
  let symbols = 0;
  let all = 0;
  for (const ch of run) {
    all++;
    if (/[0-9０-９]/u.test(ch)) figures++;
    else if (/[A-Za-zＡ-Ｚａ-ｚ]/u.test(ch)) latin++;
    else if (!isHan(ch) && !WRITER_PUNCT.test(ch)) symbols++;
  }
  return all ? [figures / all, latin / all, symbols / all] : [0, 0, 0];
}

function fluencyOf(lm: LanguageModel | undefined, run: string): number {
  if (!lm) return 0;
  const han = [...run].filter(isHan).length;
  return han ? Math.max(-2, lm.logProb(run) / han / CLIP) : 0;
}

/** Share of the run's different Han pairs printed on the page outside the run. */
function shareOutside(pageCounts: ReadonlyMap<string, number>, run: string): number {
  const own = hanPairs([run]);
  if (!own.size) return 0;
  let shared = 0;
  for (const [pair, n] of own) if ((pageCounts.get(pair) ?? 0) > n) shared++;
  return shared / own.size;
}

export function seamRunFeatures(page: SpamPage, runs: readonly SeamRun[]): number[][] {
  const lm = page.tools.languageModel;
  const topic = topicReader(page);
  const pageCounts = hanPairs(page.paragraphs.filter((p) => !p.isHeadline).map((p) => p.text));
  const headlinePairs = hanPairs([page.headline]);
  return runs.map((r) => {
    const run = page.paragraphs[r.paragraph]?.text.slice(r.start, r.end) ?? '';
    const t = topic?.(r.paragraph, r.start, r.end) ?? { cosine: 0, cover: 0 };
    const own = hanPairs([run]);
    const inHeadline = own.size ? [...own.keys()].filter((k) => headlinePairs.has(k)).length / own.size : 0;
    return [
      clip(r.leftFit),
      clip(r.rightFit),
      clip(r.bridgeFit),
      clip(r.bridgeFit - r.leftFit - r.rightFit),
      Number(r.leftPunct),
      Number(r.rightPunct),
      fluencyOf(lm, run),
      t.cosine,
      t.cover,
      shareOutside(pageCounts, run),
      inHeadline,
      ...runRegister(run),
      Math.log(1 + run.length) / Math.log(1 + 48),
    ];
  });
}
