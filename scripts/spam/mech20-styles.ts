/**
 * Generator for the mechanical classes QA19 described by class only (session 20, s20-mech; frozen
 * at 02:25 UTC before any finder was changed). Pastes sit where QA19 put them, inside the writer's
 * paragraphs:
 * - `z-zhuyin`: a word's reading in zhuyin (ㄅㄆㄇ, tones ˊ ˇ ˋ ˙, a space between syllables) in
 *   brackets right after the word mid-sentence (a common word, some the writer used before), or
 *   alone after a paragraph's last full stop (the reading of a word of the sentence before).
 * - `z-markup`: HTML entities, tags or BBCode as visible text, glued after a full stop (mid-paragraph
 *   or at the paragraph's end) or after a comma.
 * - `z-hashtag`: one or two microblog topics (#话题#, spaces between) after a paragraph's last full
 *   stop, after a ；or ，mid-sentence with the writer's clause going on, or between two sentences.
 * - `z-lookalike`: the writer's text like these (no truth: it must stay): a lesson on zhuyin, a rare
 *   character glossed once, an article about HTML or BBCode, a story naming one topic in its sentence.
 * Half the pages are turned Traditional (zhuyin is a Taiwanese page's gloss).
 *
 * Two splits with their own articles, wordings and seeds: `dev` (dev articles, seed 201) is what the
 * finders are built on; `heldout` (held-out articles, seed 203, other tags, entities and topics) is
 * measured only. Run by ./bench-redteam-a.ts --generator=mech20 (--split=dev|heldout).
 */
import { pinyin } from 'pinyin-pro';
import { toZhuyin } from '../../src/pinyin/zhuyin';
import type { SpamFamily } from '../../src/spam/types';
import type { Article } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const MECH20_STYLES = ['z-zhuyin', 'z-markup', 'z-hashtag', 'z-lookalike'] as const;
export type Mech20Style = (typeof MECH20_STYLES)[number];
export type Mech20Split = 'dev' | 'heldout';
export const MECH20_SEEDS: Record<Mech20Split, number> = { dev: 201, heldout: 203 };
export const MECH20_FAMILY: Record<Mech20Style, SpamFamily> = {
  'z-zhuyin': 'pinyin',
  'z-markup': 'jammer',
  'z-hashtag': 'seo',
  'z-lookalike': 'seo',
};

interface Wordings {
  brackets: [string, string][];
  markup: string[];
  topics: string[];
  /** The writer's own look-alike paragraphs. */
  lookalikes: string[];
}

const WORDINGS: Record<Mech20Split, Wordings> = {
  dev: {
    brackets: [['（', '）']],
    markup: ['&nbsp;&nbsp;<br/>', '[/url][/b]', '[url=]点此阅读全文[/url]', '&lt;/p&gt;', '</span></div>', '&amp;nbsp;', '<br><br>', '[img][/img]'],
    topics: ['周末去哪儿', '打工人日常', '今日份快乐', '生活小妙招', '家常菜谱'],
    lookalikes: [
      '小学一年级先学注音符号，老师带着孩子念ㄅ、ㄆ、ㄇ、ㄈ，再拼出「妈（ㄇㄚ）」和「爸（ㄅㄚˋ）」。',
      '文中的“魑魅（ㄔ ㄇㄟˋ）”一词出自古书，意思是山林里的鬼怪。',
      '在 HTML 里，<br> 标签用来换行，而 &nbsp; 表示一个不会被折断的空格。',
      '论坛早年的帖子常用 [b] 和 [/b] 把字加粗，这套写法叫作 BBCode。',
      '这条视频登上热搜后，话题#城市夜跑#在微博上的阅读量超过了两亿。',
    ],
  },
  heldout: {
    brackets: [['（', '）'], ['(', ')']],
    markup: ['&emsp;&emsp;&ensp;', '&quot;&gt;&lt;/td&gt;', '[/color][/size]', '[link=]进入专题页[/link]', '<p style="">&#160;</p>', '&hellip;&raquo;', '[quote][/quote]', '</li></ul>'],
    topics: ['打卡城市角落', '早餐吃什么', '追星日记', '宠物的一天', '旅行攻略分享'],
    lookalikes: [
      '课堂上，老师在黑板上写下声母ㄉ、ㄊ、ㄋ、ㄌ，让学生拼读「大（ㄉㄚˋ）」与「土（ㄊㄨˇ）」。',
      '碑文里的“龘（ㄉㄚˊ）”字笔画极多，形容龙腾飞的样子。',
      '网页排版时，段落写在 <p> 与 </p> 之间，&amp; 则是和号本身的写法。',
      '老网友都记得，在帖子里写 [quote] 就能引用别人的话，这是当年论坛的规矩。',
      '发布会结束后，品牌方发起了#我的第一辆车#话题，邀请车主分享故事。',
    ],
  },
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (random: () => number, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

interface Paste {
  paragraph: number;
  at: number;
  text: string;
  /** The paste's own characters, relative to `at` (a whole new paragraph when `own`). */
  truth: [number, number][];
  own?: boolean;
}

/** A word's reading in zhuyin, syllables apart: 騎樓 → ㄑㄧˊ ㄌㄡˊ. */
function zhuyinOf(word: string): string {
  return pinyin(word, { type: 'array', toneType: 'num' })
    .map((s) => toZhuyin(s.replace(/0$/u, '5')))
    .join(' ');
}

const isWord = (x: string): boolean => /^\p{Script=Han}{2,3}$/u.test(x);

function zhuyinPaste(article: Article, w: Wordings, random: () => number, segment: (t: string) => string[]): Paste | null {
  const p = int(random, 0, article.paragraphs.length - 1);
  const text = article.paragraphs[p] ?? '';
  const [open, close] = pick(random, w.brackets);
  if (random() < 0.25) {
    // Alone after the paragraph's last full stop: the reading of a word of its last sentence.
    if (!/。$/u.test(text)) return null;
    const last = text.slice(0, -1).split(/[。！？]/u).pop() ?? '';
    const words = segment(last).filter(isWord);
    if (!words.length) return null;
    const paste = `${open}${zhuyinOf(pick(random, words))}${close}`;
    return { paragraph: p, at: text.length, text: paste, truth: [[0, paste.length]] };
  }
  // Right after a word, mid-sentence (the next character Han or a comma).
  const words: { end: number; word: string }[] = [];
  let offset = 0;
  for (const word of segment(text)) {
    offset += word.length;
    if (isWord(word) && /^[\p{Script=Han}，]/u.test(text.slice(offset, offset + 1))) words.push({ end: offset, word });
  }
  if (!words.length) return null;
  // Half the time a word the writer had used before (a gloss again), when there is one.
  const again = words.filter((x) => text.slice(0, x.end - x.word.length).includes(x.word));
  const chosen = again.length && random() < 0.5 ? pick(random, again) : pick(random, words);
  const paste = `${open}${zhuyinOf(chosen.word)}${close}`;
  return { paragraph: p, at: chosen.end, text: paste, truth: [[0, paste.length]] };
}

/** A point after a full stop: mid-paragraph, or the paragraph's end. */
function stopPoint(text: string, random: () => number): number {
  const stops = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1);
  return stops.length ? pick(random, stops) : -1;
}

/** A point after a mark inside a sentence (the writer's clause goes on after it). */
function clausePoint(text: string, marks: RegExp, random: () => number): number {
  const points = [...text.matchAll(marks)].map((m) => m.index + 1).filter((i) => i < text.length - 4);
  return points.length ? pick(random, points) : -1;
}

function markupPaste(article: Article, w: Wordings, random: () => number): Paste | null {
  const p = int(random, 0, article.paragraphs.length - 1);
  const text = article.paragraphs[p] ?? '';
  const paste = pick(random, w.markup);
  const at = random() < 0.2 ? clausePoint(text, /，/gu, random) : stopPoint(text, random);
  if (at < 0) return null;
  return { paragraph: p, at, text: paste, truth: [[0, paste.length]] };
}

function hashtagPaste(article: Article, w: Wordings, random: () => number): Paste | null {
  const p = int(random, 0, article.paragraphs.length - 1);
  const text = article.paragraphs[p] ?? '';
  const tags = [pick(random, w.topics)];
  if (random() < 0.5) tags.push(pick(random, w.topics.filter((t) => t !== tags[0])));
  const paste = tags.map((t) => `#${t}#`).join(' ');
  const place = random();
  const at = place < 0.45 ? (/[。！？]$/u.test(text) ? text.length : -1) : place < 0.8 ? clausePoint(text, /[；，]/gu, random) : stopPoint(text, random);
  if (at < 0) return null;
  return { paragraph: p, at, text: paste, truth: [[0, paste.length]] };
}

function lookalikePaste(article: Article, w: Wordings, random: () => number): Paste {
  const text = pick(random, w.lookalikes);
  return { paragraph: int(random, 0, article.paragraphs.length - 1), at: 0, text, truth: [[0, text.length]], own: true };
}

/** A clean article with one style's pastes, in the page shape of ./redteam-a-styles.ts. */
export function mech20Page(
  article: Article,
  style: Mech20Style,
  split: Mech20Split,
  random: () => number,
  segment: (t: string) => string[],
  toTraditional: (text: string) => string,
): RedteamPage {
  const w = WORDINGS[split];
  const clean = style === 'z-lookalike';
  const pastes: Paste[] = [];
  const tries = int(random, 1, 2);
  for (let n = 0; n < tries * 6 && pastes.length < tries; n++) {
    const made =
      style === 'z-zhuyin'
        ? zhuyinPaste(article, w, random, segment)
        : style === 'z-markup'
          ? markupPaste(article, w, random)
          : style === 'z-hashtag'
            ? hashtagPaste(article, w, random)
            : lookalikePaste(article, w, random);
    // One paste a paragraph, so offsets stay simple.
    if (made && !pastes.some((x) => x.paragraph === made.paragraph)) pastes.push(made);
  }
  const { page, push } = pageWriter(article.title, MECH20_FAMILY[style], style, clean);
  article.paragraphs.forEach((text, p) => {
    const paste = pastes.find((x) => x.paragraph === p);
    if (!paste) return push(text, []);
    if (paste.own) {
      push(text, []);
      return push(paste.text, paste.truth);
    }
    push(`${text.slice(0, paste.at)}${paste.text}${text.slice(paste.at)}`, paste.truth.map(([a, b]) => [paste.at + a, paste.at + b]));
  });
  if (random() < 0.5) {
    page.title = toTraditional(page.title);
    page.paragraphs = page.paragraphs.map(toTraditional);
  }
  return page;
}
