/**
 * Generator for the mechanical classes QA18 described by class only (session 19, s19-mech; frozen
 * at 22:53 UTC before any finder was changed). Every paste sits where QA18 put it, inside the
 * writer's paragraphs:
 * - `q-twice`: a stretch of a writer's sentence pasted again *after* it (a later paragraph's start,
 *   between two sentences of a later paragraph, or a sentence or two later in the same paragraph):
 *   its first clauses closed with 。, its tail after a speaker (…说，[tail]), or the whole sentence.
 * - `q-pinyin`: the writer's word pasted again with its toned reading, right after the clause it
 *   ends (…接驳，[接驳（jiē bó）]…), two such pairs in a row, or at the next paragraph's start.
 * - `q-separators`: a come-on with one separator between every character, glued between two
 *   sentences, sometimes inside a quotation.
 * - `q-domain`: a disguised address (full-width with a Han or odd dot, or spaced letters) with its
 *   come-on around it.
 * - `q-arrows`: a row of arrows glued after an ad clause.
 * - `q-lookalike`: the writer's text like these (no truth: it must stay): a refrain, a question asked
 *   again, a lead box repeating the first sentence, a caption repeating a line, a lesson on readings.
 *
 * Two splits with their own articles, wordings and seeds: `dev` (dev articles, seed 191) is what the
 * finders are built on; `heldout` (held-out articles, seed 193) is measured only. Run by
 * ./bench-redteam-a.ts --generator=mech19 (--split=dev|heldout).
 */
import { pinyin } from 'pinyin-pro';
import type { SpamFamily } from '../../src/spam/types';
import type { Article } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const MECH19_STYLES = ['q-twice', 'q-pinyin', 'q-separators', 'q-domain', 'q-arrows', 'q-lookalike'] as const;
export type Mech19Style = (typeof MECH19_STYLES)[number];
export type Mech19Split = 'dev' | 'heldout';
export const MECH19_SEEDS: Record<Mech19Split, number> = { dev: 191, heldout: 193 };
export const MECH19_FAMILY: Record<Mech19Style, SpamFamily> = {
  'q-twice': 'sentence',
  'q-pinyin': 'pinyin',
  'q-separators': 'jammer',
  'q-domain': 'domain',
  'q-arrows': 'seo',
  'q-lookalike': 'seo',
};

interface Wordings {
  comeOns: string[];
  separators: string[];
  hosts: string[];
  dots: string[];
  domainCalls: [string, string][];
  adClauses: string[];
  arrows: string[];
  speakers: RegExp;
  brackets: [string, string][];
  /** The writer's own look-alike paragraphs; `{s}` is a sentence of the article, `{f}` the first one. */
  lookalikes: string[];
}

const WORDINGS: Record<Mech19Split, Wordings> = {
  dev: {
    comeOns: ['棋牌注册送８８元', '进群领取内部资料', '添加微信号ｗｘ６６８', '开户即送体验金', '关注我们领取红包'],
    separators: ['　', '-', '★'],
    hosts: ['ｂｅｔ５２０', 'ｈｕａｎｌｅ８', 'ｑｉｐａｉ３６５'],
    dots: ['点', '．'],
    domainCalls: [['安装官方APP请认准', ''], ['平台网址：', '（复制后在浏览器打开）'], ['想要同款→搜', ''], ['（更多详情见', '）']],
    adClauses: ['福利都在下面', '戳下面看全部内容'],
    arrows: ['↓↓↓↓', '⬇⬇⬇⬇⬇'],
    speakers: /(说|表示|指出|介绍)，/u,
    brackets: [['（', '）']],
    lookalikes: [
      '问：孩子几岁可以上学？答：年满六周岁。有家长又问：孩子几岁可以上学？工作人员耐心解释了一遍。',
      '{f}',
      '图为：{s}',
      '老师教大家读“蹒跚（pán shān）”这个词，蹒跚（pán shān）的“蹒”字读音容易读错。',
      '山那边是故乡，我们一起回家。水那边是故乡，我们一起回家。',
    ],
  },
  heldout: {
    comeOns: ['真人平台首充送１８８', '私信客服获取课程', '加扣扣号７７５２１', '新会员注册领彩金', '扫一扫领取优惠券'],
    separators: [' ', '－', '★'],
    hosts: ['ｌｅｙｕ８８', 'ｋａｉｙｕｎ６', 'ｙｌ８８８'],
    dots: ['點', '﹒'],
    domainCalls: [['下载客户端认准官网', ''], ['官方入口：', '（请粘贴到浏览器）'], ['好物推荐→请搜索', ''], ['（具体可登录', '了解）']],
    adClauses: ['更多优惠看这里', '好礼领取入口'],
    arrows: ['↓↓↓↓↓↓', '👇👇👇'],
    speakers: /(认为|称|告诉记者|坦言)，/u,
    brackets: [['（', '）'], ['(', ')']],
    lookalikes: [
      '记者问：这项补贴什么时候发放到位？对方沉默了片刻。记者再问：这项补贴什么时候发放到位？',
      '{f}',
      '（图片说明）{s}',
      '语文课上，老师讲解“踟蹰（chí chú）”的读音：踟蹰（chí chú）两个字都是翘舌音。',
      '风吹过麦田，我还在这里等你。雪落满山头，我还在这里等你。',
    ],
  },
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (random: () => number, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const hanCount = (text: string): number => text.match(/\p{Script=Han}/gu)?.length ?? 0;

type Paste = { paragraph: number; at: number; text: string; truth: [number, number][] } | { paragraph: number; newParagraph: string; truth: [number, number][] };

/** Sentences of a paragraph, with their start offsets. */
function sentencesOf(text: string): { start: number; text: string }[] {
  return [...text.matchAll(/[^。！？]+[。！？]/gu)].map((m) => ({ start: m.index, text: m[0] }));
}

/** The stretch of `sentence` a farm pastes again, or null: first clauses, tail after a speaker, or all of it. */
function copyOf(sentence: string, w: Wordings, random: () => number): string | null {
  const form = random();
  const speaker = sentence.match(w.speakers);
  if (form < 0.35 && speaker?.index !== undefined) {
    const tail = sentence.slice(speaker.index + speaker[0].length);
    if (!/[“”"「」]/u.test(tail) && hanCount(tail) >= 10 && hanCount(tail) <= 30) return tail;
  }
  const clauses = sentence.slice(0, -1).split('，');
  if (form < 0.7 && clauses.length >= 2) {
    const head = `${clauses.slice(0, int(random, 1, clauses.length - 1)).join('，')}。`;
    if (hanCount(head) >= 10 && hanCount(head) <= 30) return head;
  }
  return hanCount(sentence) >= 10 && hanCount(sentence) <= 30 && /。$/u.test(sentence) ? sentence : null;
}

function twicePaste(article: Article, w: Wordings, random: () => number): Paste | null {
  const sentences = article.paragraphs.flatMap((text, paragraph) => sentencesOf(text).map((s) => ({ paragraph, ...s })));
  const s = pick(random, sentences);
  if (!s || /[“”"「」]/u.test(s.text)) return null;
  const copy = copyOf(s.text, w, random);
  if (!copy) return null;
  const place = random();
  if (place < 0.4) {
    // The same paragraph, one or two sentences later.
    const own = sentencesOf(article.paragraphs[s.paragraph] ?? '');
    const i = own.findIndex((x) => x.start === s.start) + int(random, 1, 2);
    const after = own[i];
    if (!after) return null;
    const at = after.start + after.text.length;
    return { paragraph: s.paragraph, at, text: copy, truth: [[at, at + copy.length]] };
  }
  // A later paragraph: at its start, or between two of its sentences.
  if (s.paragraph + 1 >= article.paragraphs.length) return null;
  const p = int(random, s.paragraph + 1, Math.min(article.paragraphs.length - 1, s.paragraph + 3));
  const text = article.paragraphs[p] ?? '';
  const stops = sentencesOf(text).map((x) => x.start + x.text.length).filter((i) => i < text.length);
  const at = place < 0.7 || stops.length === 0 ? 0 : pick(random, stops);
  return { paragraph: p, at, text: copy, truth: [[at, at + copy.length]] };
}

function readingOf(word: string, random: () => number): string {
  const syllables = pinyin(word, { type: 'array' });
  return random() < 0.8 ? syllables.join(' ') : syllables.join('');
}

function pinyinPaste(article: Article, w: Wordings, random: () => number, segment: (t: string) => string[]): Paste | null {
  const p = int(random, 0, article.paragraphs.length - 1);
  const text = article.paragraphs[p] ?? '';
  const words = (clause: string): string[] => segment(clause).filter((x) => /^\p{Script=Han}{2,3}$/u.test(x));
  const gloss = (list: string[]): string => list.map((word) => {
    const [open, close] = pick(random, w.brackets);
    return `${word}${open}${readingOf(word, random)}${close}`;
  }).join('');
  if (random() < 0.25) {
    // At the next paragraph's start: the last words of this paragraph, each with its reading.
    const next = article.paragraphs[p + 1];
    const last = segment(text.replace(/[。！？”」]+$/u, '')).slice(-2);
    if (!next || !last.every((x) => /^\p{Script=Han}{2,3}$/u.test(x))) return null;
    const paste = gloss(random() < 0.5 ? last : last.slice(-1));
    return { paragraph: p + 1, at: 0, text: paste, truth: [[0, paste.length]] };
  }
  // After a comma: the word (or two) that ended the clause, again, with readings.
  const commas = [...text.matchAll(/，/gu)].map((m) => m.index);
  const at = commas.length ? pick(random, commas) : -1;
  if (at < 0) return null;
  const clauseWords = segment(text.slice(Math.max(0, at - 12), at));
  const last = clauseWords.slice(random() < 0.6 ? -1 : -2);
  if (!last.every((x) => /^\p{Script=Han}{2,3}$/u.test(x)) || words(last.join('')).length !== last.length) return null;
  const paste = gloss(last);
  return { paragraph: p, at: at + 1, text: paste, truth: [[at + 1, at + 1 + paste.length]] };
}

/** Where a glued run goes: after a full stop mid-paragraph, inside a quotation when there is one. */
function gluePoint(text: string, random: () => number): number {
  const inQuote = [...text.matchAll(/“[^”]*?。(?=[^”])/gu)].map((m) => m.index + m[0].length);
  if (inQuote.length && random() < 0.3) return pick(random, inQuote);
  const stops = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
  return stops.length ? pick(random, stops) : -1;
}

function gluedPaste(article: Article, line: string, random: () => number): Paste | null {
  const p = int(random, 0, article.paragraphs.length - 1);
  const at = gluePoint(article.paragraphs[p] ?? '', random);
  if (at < 0) return null;
  return { paragraph: p, at, text: line, truth: [[at, at + line.length]] };
}

function separatorLine(w: Wordings, random: () => number): string {
  const sep = pick(random, w.separators);
  return [...pick(random, w.comeOns)].join(sep);
}

function domainLine(w: Wordings, random: () => number): string {
  const host = pick(random, w.hosts);
  const dot = pick(random, w.dots);
  const spaced = random() < 0.3;
  const address = spaced
    ? [...`${host.normalize('NFKC')}${dot === '点' || dot === '點' ? '.' : dot}com`].join(' ')
    : `${random() < 0.4 ? `ｗｗｗ${dot}` : ''}${host}${dot}${pick(random, ['ｃｏｍ', 'ｎｅｔ', 'ｃｃ'])}`;
  const [lead, tail] = pick(random, w.domainCalls);
  return `${lead}${address}${tail}`;
}

function lookalikePaste(article: Article, w: Wordings, random: () => number): Paste | null {
  const template = pick(random, w.lookalikes);
  const sentences = article.paragraphs.flatMap((text) => sentencesOf(text)).filter((s) => hanCount(s.text) >= 10 && !/[“”]/u.test(s.text));
  const first = sentencesOf(article.paragraphs[0] ?? '')[0];
  if (template === '{f}') {
    // A lead box: the first sentence standing before the first paragraph (the copy comes first).
    if (!first || hanCount(first.text) < 10) return null;
    return { paragraph: -1, newParagraph: first.text, truth: [[0, first.text.length]] };
  }
  const s = pick(random, sentences);
  if (template.includes('{s}') && !s) return null;
  const text = template.replace('{s}', s?.text ?? '');
  // A caption goes after the paragraph it repeats a line of; the rest anywhere.
  const p = template.includes('{s}') ? article.paragraphs.findIndex((x) => x.includes(s?.text ?? '\u0000')) : int(random, 0, article.paragraphs.length - 1);
  return { paragraph: p, newParagraph: text, truth: [[0, text.length]] };
}

/** A clean article with one style's pastes, in the page shape of ./redteam-a-styles.ts. */
export function mech19Page(article: Article, style: Mech19Style, split: Mech19Split, random: () => number, segment: (t: string) => string[]): RedteamPage {
  const w = WORDINGS[split];
  const clean = style === 'q-lookalike';
  const pastes: Paste[] = [];
  const tries = int(random, 1, 2);
  for (let n = 0; n < tries * 6 && pastes.length < tries; n++) {
    const made =
      style === 'q-twice'
        ? twicePaste(article, w, random)
        : style === 'q-pinyin'
          ? pinyinPaste(article, w, random, segment)
          : style === 'q-separators'
            ? gluedPaste(article, separatorLine(w, random), random)
            : style === 'q-domain'
              ? gluedPaste(article, domainLine(w, random), random)
              : style === 'q-arrows'
                ? gluedPaste(article, `${pick(random, w.adClauses)}${pick(random, w.arrows)}`, random)
                : lookalikePaste(article, w, random);
    // One paste a paragraph (and none into a paragraph another paste repeats), so offsets stay simple.
    if (made && !pastes.some((x) => Math.abs(x.paragraph - made.paragraph) <= (style === 'q-twice' ? 3 : 0))) pastes.push(made);
  }
  const { page, push } = pageWriter(article.title, MECH19_FAMILY[style], style, clean);
  const lead = pastes.find((x) => x.paragraph === -1);
  if (lead && 'newParagraph' in lead) push(lead.newParagraph, lead.truth);
  article.paragraphs.forEach((text, p) => {
    const paste = pastes.find((x) => x.paragraph === p);
    if (!paste) return push(text, []);
    if ('newParagraph' in paste) {
      push(text, []);
      return push(paste.newParagraph, paste.truth);
    }
    push(`${text.slice(0, paste.at)}${paste.text}${text.slice(paste.at)}`, paste.truth);
  });
  return page;
}
