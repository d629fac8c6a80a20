/**
 * What a run of text (./furniture-candidates.ts) is, read by its nature rather than by wordings, for
 * session 24's learned furniture decision: a page's furniture (a control, a counter row, a banner, a
 * prompt) is short, made of slots (numbers, times, prices, handles, icons) set apart by separators,
 * stands at a paragraph's edge or between sentences, speaks to the reader rather than about the
 * story, shares few words with the article, and the language model reads a break at its edges.
 *
 * The characters themselves enter only as a hashed bag (`char:*`), whose weights the fit learns:
 * no list of words is written here.
 */
import type { LanguageModel } from '../lm/index';
import type { BreakAt, FurnitureRun } from './furniture-candidates';
import type { TaggedWord } from '../segment/types';
import { CLOSED_FEATURES, NATURE_FEATURES, naturePage, natureFeatures, type NaturePage } from './furniture-nature';
import { languageBreaks } from './furniture-trim';

/** Hash buckets for the bag of characters. */
export const CHAR_BUCKETS = 256;

export const SHAPE_FEATURES = [
  'bias', 'length', 'han', 'digit', 'latin', 'symbol', 'separators', 'spaces', 'numberRuns', 'time', 'percent', 'currency',
  'handle', 'brackets', 'colon', 'closesStop', 'closesComma', 'closesNothing', 'wholeParagraph', 'paragraphStart', 'paragraphEnd',
  'afterLastStop', 'lastParagraph', 'firstParagraph', 'grainSentence', 'grainSpaced', 'stopsInside', 'shortParagraph',
] as const;
export const LINK_FEATURES = ['sharedBigrams', 'noSharedBigram', 'repeated'] as const;
export const LM_FEATURES = ['ownFluency', 'fluencyVsPage', 'leftFit', 'rightFit', 'removalGain'] as const;
export const FURNITURE_FEATURES: readonly string[] = [
  ...SHAPE_FEATURES,
  ...LINK_FEATURES,
  ...LM_FEATURES,
  ...Array.from({ length: CHAR_BUCKETS }, (_, i) => `char:${i}`),
  // Session 25 (./furniture-nature.ts), appended so that session 24's fitted trees keep their indices.
  ...NATURE_FEATURES,
  ...CLOSED_FEATURES,
];

/** What the features of one page's runs read once: the page's bigram counts and its mean fluency. */
export interface FurniturePage {
  title: string;
  paragraphs: readonly string[];
  bigrams: Map<string, number>;
  texts: Map<string, number>;
  /** ln P per character of the page's clauses, on average (0 without a model). */
  meanFluency: number;
  lm?: LanguageModel;
  /** Session 25's reading of the page (./furniture-nature.ts) and the trim step's break finder (with a model). */
  nature: NaturePage;
  breakAt?: BreakAt;
}

const HAN = /\p{Script=Han}/u;
const SEPARATOR = /[|｜·•・/／>＞»›→←↑↓▶▷►◀◁✦★☆◆◇■□●○◎▪▫※〓]/u;
const CLIP = 10;
const clip = (x: number, c = CLIP): number => Math.max(-c, Math.min(c, x)) / c;

function hanBigrams(text: string): string[] {
  const out: string[] = [];
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (HAN.test(chars[i] ?? '') && HAN.test(chars[i + 1] ?? '')) out.push(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

function perChar(lm: LanguageModel, text: string): number {
  const chars = text.replace(/\s/gu, '').length;
  return chars ? lm.logProb(text) / chars : 0;
}

export function furniturePage(title: string, paragraphs: readonly string[], lm?: LanguageModel, tag?: (text: string) => TaggedWord[], knows?: (word: string) => boolean): FurniturePage {
  const bigrams = new Map<string, number>();
  for (const text of [title, ...paragraphs]) for (const b of hanBigrams(text)) bigrams.set(b, (bigrams.get(b) ?? 0) + 1);
  const texts = new Map<string, number>();
  let logp = 0;
  let chars = 0;
  for (const paragraph of paragraphs) {
    for (const clause of paragraph.split(/[，,。！？!?；;]/u)) {
      const key = clause.trim();
      if (key.length >= 4) texts.set(key, (texts.get(key) ?? 0) + 1);
      if (lm && key.length >= 4 && chars < 3000) {
        logp += lm.logProb(key);
        chars += key.replace(/\s/gu, '').length;
      }
    }
  }
  return { title, paragraphs, bigrams, texts, meanFluency: chars ? logp / chars : 0, lm, nature: naturePage(title, paragraphs, tag, knows), breakAt: lm ? languageBreaks(lm) : undefined };
}

function hashOf(ch: string): number {
  let h = 2166136261;
  h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return (h ^ (h >>> 13)) % CHAR_BUCKETS;
}

/** The features of a run of the paragraph `text` (the page's paragraph `index`, or -1 when read alone). */
/** Index of the first of session 25's features (./furniture-nature.ts) in FURNITURE_FEATURES. */
export const NATURE_START = FURNITURE_FEATURES.indexOf(NATURE_FEATURES[0]!);

/**
 * The run's features. `withNature` false leaves session 25's features at 0 (a fit that reads none of
 * them scores the same): they cost a per-run reading of the page, paid only by a fit that uses it.
 */
export function furnitureFeatures(page: FurniturePage, text: string, index: number, run: FurnitureRun, withNature = true): number[] {
  const own = text.slice(run.start, run.end);
  const chars = [...own].filter((ch) => !/\s/u.test(ch));
  const n = Math.max(1, chars.length);
  const count = (re: RegExp): number => chars.filter((ch) => re.test(ch)).length;
  const after = text.slice(run.end).trimStart().charAt(0);
  const lastStop = Math.max(...['。', '！', '？', '!', '?'].map((s) => text.lastIndexOf(s, text.length - 2)));
  const bigrams = hanBigrams(own);
  const inRun = new Map<string, number>();
  for (const b of bigrams) inRun.set(b, (inRun.get(b) ?? 0) + 1);
  const shared = bigrams.filter((b) => (page.bigrams.get(b) ?? 0) > (inRun.get(b) ?? 0)).length;
  const shape = [
    1,
    Math.log1p(n) / 4,
    count(HAN) / n,
    count(/\p{N}/u) / n,
    count(/[A-Za-zＡ-Ｚａ-ｚ]/u) / n,
    count(/[\p{S}\p{Extended_Pictographic}]/u) / n,
    Math.min(4, count(SEPARATOR)) / 4,
    Math.min(4, (own.match(/\s+/gu) ?? []).length) / 4,
    Math.min(4, (own.match(/\p{N}+/gu) ?? []).length) / 4,
    /\d{1,2}[:：]\d{2}/u.test(own) ? 1 : 0,
    /[%％‰]/u.test(own) ? 1 : 0,
    /\p{Sc}/u.test(own) ? 1 : 0,
    /[@＠#＃]/u.test(own) ? 1 : 0,
    Math.min(4, count(/[【】[\]〔〕（）()<>〈〉]/u)) / 4,
    /[：:]/u.test(own) ? 1 : 0,
    /[。！？!?…]/u.test(after) ? 1 : 0,
    /[，,；;、]/u.test(after) ? 1 : 0,
    after === '' || /[“”「」『』]/u.test(after) ? 1 : 0,
    text.trim() === own ? 1 : 0,
    text.slice(0, run.start).trim() === '' ? 1 : 0,
    text.slice(run.end).replace(/[\s，,。！？!?；;…]/gu, '') === '' ? 1 : 0,
    lastStop >= 0 && run.start > lastStop ? 1 : 0,
    index >= 0 && index === page.paragraphs.length - 1 ? 1 : 0,
    index === 0 ? 1 : 0,
    run.grain === 'sentence' ? 1 : 0,
    run.grain === 'spaced' ? 1 : 0,
    Math.min(3, (own.match(/[。！？!?]/gu) ?? []).length) / 3,
    text.replace(/\s/gu, '').length < 40 ? 1 : 0,
  ];
  const link = [bigrams.length ? shared / bigrams.length : 0, bigrams.length >= 2 && shared === 0 ? 1 : 0, (page.texts.get(own) ?? 0) >= 2 ? 1 : 0];
  const lm = page.lm;
  let fluency = [0, 0, 0, 0, 0];
  if (lm) {
    const mine = perChar(lm, own);
    const gain = lm.removalGain(text, run.start, run.end);
    fluency = [clip(mine, 12), clip(mine - page.meanFluency, 8), clip(gain.leftFit), clip(gain.rightFit), clip(gain.gain)];
  }
  const bag = new Array<number>(CHAR_BUCKETS).fill(0);
  for (const ch of chars) bag[hashOf(ch)] = (bag[hashOf(ch)] ?? 0) + 1 / n;
  const nature = withNature ? natureFeatures(page.nature, text, index, run.start, run.end, run.grain === 'trimmed') : new Array<number>(FURNITURE_FEATURES.length - NATURE_START).fill(0);
  return [...shape, ...link, ...fluency, ...bag, ...nature];
}

/**
 * Session 25: where a run stands, which gets its own levels — a run that is its paragraph (`own`), one
 * after the paragraph's last stop reaching its end (`tail`), or one inside the writer's sentences
 * (`inside`). A row standing apart is cheaper to hide than one amid the writer's clauses, where the
 * writer's own short clauses (a name, a figure) read most like furniture.
 */
export const RUN_PLACES = ['own', 'tail', 'inside'] as const;
export type RunPlace = (typeof RUN_PLACES)[number];
const WHOLE = FURNITURE_FEATURES.indexOf('wholeParagraph');
const AFTER_LAST_STOP = FURNITURE_FEATURES.indexOf('afterLastStop');
const PARAGRAPH_END = FURNITURE_FEATURES.indexOf('paragraphEnd');

/** The place of a run, read off its features (`feature(i)`: the value of feature i). */
export function runPlace(feature: (i: number) => number): RunPlace {
  if (feature(WHOLE) === 1) return 'own';
  return feature(AFTER_LAST_STOP) === 1 && feature(PARAGRAPH_END) === 1 ? 'tail' : 'inside';
}
