/**
 * Pasted spans against real ones, to measure how well the language model tells them apart.
 *
 * Positives: a piece of the article's own headline (2–4 Han characters along its words) pasted at
 * a word boundary of one of its paragraphs, as farms paste them; or a whole clause of another
 * article (8–30 characters), or one of the spam generator's chatty lines, pasted the same way.
 * Negatives: a span of the same article's own text, at word boundaries, of the same lengths.
 * Each sample is one insertion into a clean paragraph, so what is measured is the model alone.
 */
import { createRandom } from '../spam/inject';
import type { CorpusArticle } from './held-out-text';

export type SampleKind = 'headline-piece' | 'clause-of-another-article' | 'chatty-line';

export interface Sample {
  kind: SampleKind;
  pasted: boolean;
  text: string;
  start: number;
  end: number;
}

type Cut = (text: string) => string[];

const HAN = /^\p{Script=Han}+$/u;
const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);

/** Written for this measurement (the generator's pools stay its own). */
const CHATTY = [
  '今天又是被老板骂哭的一天', '我好想回到十八岁那年的夏天', '这家火锅店真的太好吃了吧', '有没有人陪我去看演唱会啊',
  '朋友圈里都在晒旅游照片', '下班路上淋成了落汤鸡', '我的猫今天学会了开门', '周末打算在家睡一整天',
  '听说明天要降温大家多穿点', '减肥第三天我又吃了炸鸡', '外卖小哥送错了我的奶茶', '谁能告诉我考试考了什么',
];

function wordStarts(text: string, cut: Cut): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const word of cut(text)) {
    starts.push(at);
    at += word.length;
  }
  starts.push(at);
  return starts;
}

function headlinePieces(title: string, cut: Cut): string[] {
  const words = cut(title).filter((w) => HAN.test(w));
  const pieces = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let piece = '';
    for (let j = i; j < words.length && piece.length < 4; j++) {
      piece += words[j];
      if (piece.length >= 2 && piece.length <= 4) pieces.add(piece);
    }
  }
  return [...pieces];
}

function clauses(article: CorpusArticle): string[] {
  return article.paragraphs
    .flatMap((p) => p.split(/[，。；！？,;!?：:]/u))
    .filter((c) => c.length >= 8 && c.length <= 30 && [...c].every(isHan));
}

/** Word boundaries strictly inside `text` with Han on both sides. */
function hanBoundaries(text: string, starts: number[]): number[] {
  return starts.filter((i) => i > 0 && i < text.length && isHan(text.charAt(i - 1)) && isHan(text.charAt(i)));
}

/** A real span [a, b) of `text` at word boundaries, all Han, with a length in [low, high]. */
function realSpan(text: string, starts: number[], low: number, high: number, random: () => number): [number, number] | null {
  for (let attempt = 0; attempt < 40; attempt++) {
    const i = Math.floor(random() * (starts.length - 1));
    const a = starts[i] as number;
    for (let j = i + 1; j < starts.length; j++) {
      const b = starts[j] as number;
      if (b - a > high) break;
      if (b - a >= low && random() < 0.6 && [...text.slice(a, b)].every(isHan) && a > 0 && b < text.length) return [a, b];
    }
  }
  return null;
}

export function pasteSamples(articles: CorpusArticle[], cut: Cut, seed: number, perArticle = 4): Sample[] {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const samples: Sample[] = [];
  const allClauses = articles.map(clauses);
  articles.forEach((article, index) => {
    const paragraphs = article.paragraphs.filter((p) => p.length >= 20);
    if (paragraphs.length === 0) return;
    const pieces = headlinePieces(article.title, cut);
    const others = allClauses.filter((_, i) => i !== index).flat();
    const paste = (kind: SampleKind, piece: string) => {
      const host = pick(paragraphs);
      const spots = hanBoundaries(host, wordStarts(host, cut));
      if (spots.length === 0) return;
      const at = pick(spots);
      samples.push({ kind, pasted: true, text: host.slice(0, at) + piece + host.slice(at), start: at, end: at + piece.length });
      const real = pick(paragraphs);
      const span = realSpan(real, wordStarts(real, cut), Math.max(2, piece.length - 2), piece.length + 2, random);
      if (span) samples.push({ kind, pasted: false, text: real, start: span[0], end: span[1] });
    };
    for (let n = 0; n < perArticle; n++) {
      if (pieces.length > 0) paste('headline-piece', pick(pieces));
      if (others.length > 0) paste('clause-of-another-article', pick(others));
      paste('chatty-line', pick(CHATTY));
    }
  });
  return samples;
}

/** Area under the ROC curve: the chance a pasted sample scores above a real one (ties count half). */
export function auc(pasted: number[], real: number[]): number {
  const all = [...pasted.map((s) => [s, 1] as const), ...real.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]?.[0] === all[i]?.[0]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]?.[1] === 1) rankSum += rank;
    i = j;
  }
  return (rankSum - (pasted.length * (pasted.length + 1)) / 2) / (pasted.length * real.length);
}
