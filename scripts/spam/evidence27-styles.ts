/**
 * Headline pieces on pages that show the farm's hand elsewhere (session 27, issue 12): the test of
 * page evidence for pieces. A farm that stuffs its headline's pieces into the article pastes other
 * things too — a reading in brackets after a character, stray symbols inside words, a chatty line
 * two or three times — and a clean page has none. This takes the pages of the two frozen piece
 * generators (./rotation25-styles.ts: walks through the headline and its look-alike pages;
 * ./pieces23-styles.ts: five farm habits and the article clean under its own and a topic headline)
 * and adds, page by page, the farm's other habits: none (a quarter of the pages), one, or two of
 * them. Look-alike and clean pages get them too: there the writer's own headline words stand on a
 * page the evidence says is a farm's, which is exactly what page evidence must not hide.
 *
 * The habits' wordings are written here (symbols, chatty lines), not taken from ./inject.ts's pools.
 * The pieces' truth is carried through the insertions. Seeds are the generators' own (rotation25 dev
 * 251 / held-out 253, pieces23 dev 231 / held-out 232), the habits drawn from a stream of their own
 * (EVIDENCE27_SALT). Frozen before any finder changed (2026-12-07, session 27).
 */
import { pinyin } from 'pinyin-pro';
import { createRandom } from './inject';
import type { SpamFamily } from '../../src/spam/types';

export const EVIDENCE27_SALT = 0x27e5;
export const OTHER_HABITS = ['none', 'pinyin', 'symbols', 'twice', 'two'] as const;
export type OtherHabit = (typeof OTHER_HABITS)[number];

/** [start, end, family] in a paragraph. */
export type Span27 = [number, number, SpamFamily];

export interface Evidence27Page {
  title: string;
  paragraphs: string[];
  /** Per paragraph: the headline pieces pasted ('title') and the other habits' pastes. */
  truth: Span27[][];
  habit: OtherHabit;
}

const HAN = /\p{Script=Han}/u;
/** Symbols a farm scatters inside words (none of ./inject.ts's pool). */
const STRAY = ['✦', '❖', '☼', '♣', '✪', '❥', '☯', '✈', '⚡', '☘', '♞', '✉'];
/** Chatty lines a farm pastes again and again, written for this generator. */
const CHATTY = [
  '喜欢的朋友记得点个关注哦',
  '看完这篇文章你有什么想法呢',
  '小编整理不易希望大家多多支持',
  '觉得有用就转发给身边的人吧',
  '每天更新精彩内容等你来看',
  '欢迎在下方留言说说你的看法',
];

interface Insertion {
  paragraph: number;
  at: number;
  text: string;
  family: SpamFamily;
}

/** Places between two Han characters of paragraph p (inside or between words). */
function hanPairs(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) if (HAN.test(text.charAt(i - 1)) && HAN.test(text.charAt(i))) out.push(i);
  return out;
}

/** Word edges of paragraph p with a Han character on the left. */
function wordEdges(text: string, segment: (text: string) => string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const word of segment(text)) {
    at += word.length;
    if (at < text.length && HAN.test(text.charAt(at - 1))) out.push(at);
  }
  return out;
}

/** The insertions of one habit on the page (none where the page gives no place). */
function habitInsertions(habit: Exclude<OtherHabit, 'none' | 'two'>, paragraphs: readonly string[], random: () => number, segment: (text: string) => string[]): Insertion[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const out: Insertion[] = [];
  const count = habit === 'twice' ? 2 + Math.floor(random() * 2) : 2 + Math.floor(random() * 4);
  const line = pick(CHATTY);
  for (let n = 0; n < count; n++) {
    const paragraph = Math.floor(random() * paragraphs.length);
    const text = paragraphs[paragraph] ?? '';
    if (habit === 'twice') {
      const spots = wordEdges(text, segment);
      if (spots.length) out.push({ paragraph, at: pick(spots), text: line, family: 'sentence' });
      continue;
    }
    const spots = hanPairs(text);
    if (spots.length === 0) continue;
    const at = pick(spots);
    if (habit === 'symbols') out.push({ paragraph, at, text: pick(STRAY), family: 'symbol' });
    else {
      const reading = pinyin(text.slice(Math.max(0, at - 6), at), { type: 'array', toneType: 'none' }).at(-1) ?? '';
      if (/^[a-zü]+$/u.test(reading)) out.push({ paragraph, at, text: `(${reading})`, family: 'pinyin' });
    }
  }
  return out;
}

/**
 * The page with the farm's other habits added: `truth` gives the pieces already pasted
 * ([start, end) per paragraph, family 'title'); every span keeps its text through the insertions.
 */
export function withOtherHabits(page: { title: string; paragraphs: readonly string[]; truth: readonly (readonly Span27[])[] }, seed: number, segment: (text: string) => string[]): Evidence27Page {
  const random = createRandom(seed ^ EVIDENCE27_SALT);
  const draw = random();
  const habit: OtherHabit = draw < 0.25 ? 'none' : draw < 0.45 ? 'pinyin' : draw < 0.65 ? 'symbols' : draw < 0.85 ? 'twice' : 'two';
  const kinds: Exclude<OtherHabit, 'none' | 'two'>[] = habit === 'none' ? [] : habit === 'two' ? (['pinyin', 'symbols', 'twice'] as const).filter(() => random() < 0.67).slice(0, 2) : [habit];
  if (habit === 'two' && kinds.length < 2) kinds.splice(0, kinds.length, 'symbols', 'twice');
  // Never inside a pasted piece: an insertion there would cut the truth.
  const insertions = kinds.flatMap((kind) => habitInsertions(kind, page.paragraphs, random, segment)).filter((ins) => !(page.truth[ins.paragraph] ?? []).some(([a, b]) => a < ins.at && ins.at < b));
  const paragraphs: string[] = [];
  const truth: Span27[][] = [];
  page.paragraphs.forEach((text, p) => {
    const here = insertions.filter((ins) => ins.paragraph === p).sort((a, b) => a.at - b.at);
    // New offset of an old one: every insertion at or before it shifts it (an insertion at a piece's
    // start goes before the piece; at its end, after it).
    const shiftStart = (at: number): number => at + here.filter((ins) => ins.at <= at).reduce((n, ins) => n + ins.text.length, 0);
    const shiftEnd = (at: number): number => at + here.filter((ins) => ins.at < at).reduce((n, ins) => n + ins.text.length, 0);
    let out = '';
    let from = 0;
    const spans: Span27[] = [];
    for (const ins of here) {
      out += text.slice(from, ins.at);
      spans.push([out.length, out.length + ins.text.length, ins.family]);
      out += ins.text;
      from = ins.at;
    }
    out += text.slice(from);
    for (const [a, b, family] of page.truth[p] ?? []) spans.push([shiftStart(a), shiftEnd(b), family]);
    paragraphs.push(out);
    truth.push(spans.sort((x, y) => x[0] - y[0]));
  });
  return { title: page.title, paragraphs, truth, habit };
}
