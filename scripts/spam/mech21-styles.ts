/**
 * Generator for the mechanical classes QA20 described by class and place only (session 21, s21-mech;
 * frozen before any finder was changed). Each paste sits in one of the places QA20 used, inside the
 * writer's paragraphs: `word` (mid-sentence, glued between two of the writer's characters, no
 * punctuation of its own), `comma` (after a comma, the writer's clause going on), `between` (after a
 * full stop inside the paragraph), `end` (after the paragraph's last stop), `quote` (right after an
 * opening quotation mark) and `own` (a paragraph of its own).
 * - `b-zhuyin`: bare zhuyin (no bracket, a space between syllables) of a word of the sentence before.
 * - `b-domain`: an address in compatibility forms (⒜ parenthesised, ⓐ① circled, full-width), or
 *   spaced letters with 点 for the dot behind a lead-in call.
 * - `b-separator`: a farm phrase of 4–6 characters with one separator between each pair.
 * - `b-symbols`: a run of 2–4 identical pictographs.
 * - `b-markup`: a template placeholder, or BBCode with a path or address between its tags.
 * - `b-twice`: one of the writer's sentences from another paragraph pasted again (whole, or its first
 *   clause cut at a comma and closed with 。).
 * - `b-lookalike`: the writer's text like these (no truth: it must stay): a story about zhuyin, a
 *   template or an address in a tech story, a speaker repeating a line, a refrain, emoji as words.
 * Half the pages are turned Traditional.
 *
 * Two splits with their own articles, wordings and seeds: `dev` (dev articles, seed 211) is what the
 * finders are built on; `heldout` (held-out articles, seed 213, other phrases, separators, symbols,
 * placeholders and look-alikes) is measured only. Run by ./bench-redteam-a.ts --generator=mech21.
 */
import { pinyin } from 'pinyin-pro';
import { toZhuyin } from '../../src/pinyin/zhuyin';
import type { SpamFamily } from '../../src/spam/types';
import type { Article } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const MECH21_STYLES = ['b-zhuyin', 'b-domain', 'b-separator', 'b-symbols', 'b-markup', 'b-twice', 'b-lookalike'] as const;
export type Mech21Style = (typeof MECH21_STYLES)[number];
export type Mech21Split = 'dev' | 'heldout';
export const MECH21_SEEDS: Record<Mech21Split, number> = { dev: 211, heldout: 213 };
export const MECH21_FAMILY: Record<Mech21Style, SpamFamily> = {
  'b-zhuyin': 'pinyin',
  'b-domain': 'domain',
  'b-separator': 'jammer',
  'b-symbols': 'symbol',
  'b-markup': 'jammer',
  'b-twice': 'sentence',
  'b-lookalike': 'seo',
};

type Place = 'word' | 'comma' | 'between' | 'end' | 'quote' | 'own';
const PLACES: Record<Exclude<Mech21Style, 'b-lookalike'>, Place[]> = {
  'b-zhuyin': ['between', 'between', 'comma', 'end', 'word'],
  'b-domain': ['word', 'comma', 'between', 'end'],
  'b-separator': ['comma', 'comma', 'word', 'between', 'end'],
  'b-symbols': ['word', 'comma', 'between', 'end'],
  'b-markup': ['word', 'comma', 'between', 'end', 'own'],
  'b-twice': ['end', 'comma', 'quote', 'between'],
};

interface Wordings {
  domainNames: string[];
  tlds: string[];
  calls: string[];
  phrases: string[];
  separators: string[];
  symbols: string[];
  markup: string[];
  lookalikes: string[];
}

const WORDINGS: Record<Mech21Split, Wordings> = {
  dev: {
    domainNames: ['tv8', 'ok365', 'yy99', 'vip77', 'hd520'],
    tlds: ['com', 'net', 'cc'],
    calls: ['看片请到', '更多资源上', '免费下载去'],
    phrases: ['私聊送福利', '扫码领红包', '低价出账号', '刷单返现金', '兼职日结', '精品外围'],
    separators: ['‖', '—', '｜', '●'],
    symbols: ['✪', '🔥', '⚡', '❀', '💥'],
    markup: ['{{ad_slot_top}}', '{{banner_bottom}}', '[img]upload/2023/07/ab12.jpg[/img]', '${article.footer}', '[url]http://m.abc123.cn/a/123[/url]', '{$adcode}'],
    lookalikes: [
      '老師在黑板上寫下ㄅ、ㄆ、ㄇ，孩子們跟著念「ㄇㄚ ㄇㄚ」，很快就學會了拼讀。',
      '在模板里，{{ title }} 这样的占位符会在渲染时换成文章的标题。',
      '想了解详情的读者可以登录官网 www.gov.cn 查询。',
      '“我们不怕难。”他顿了顿，又说了一遍，“我们不怕难。”',
      '不少网友在评论区刷起了“👍👍”，为这位老师点赞。',
    ],
  },
  heldout: {
    domainNames: ['kk168', 'mm66', 'bet777', 'av58', 'pp886'],
    tlds: ['com', 'top', 'vip', 'xyz'],
    calls: ['高清影视尽在', '最新地址', '备用网址请记', '想看完整版上'],
    phrases: ['办理学历证书', '无抵押贷款', '代写论文', '上门服务', '内部渠道价', '出售银行卡'],
    separators: ['∥', '—', '｜', '◆', '※', '―'],
    symbols: ['☀', '⚠', '✿', '🎁', '💰', '❤'],
    markup: ['{{ad_inline_2}}', '{{ promo_box }}', '[img]/data/attachment/forum/201907/15/x9k2.png[/img]', '%%AD_MIDDLE%%', '[attach]2231[/attach]', '{#ad_float#}'],
    lookalikes: [
      '這本童書每個字旁都標著注音，像「ㄊㄞˊ ㄨㄢ」這樣，讓剛上小學的孩子也能自己讀。',
      '开发者只需把 {{ username }} 写进页面，系统就会自动填上登录者的名字。',
      '市民也可以通过 www.12345.gov.cn 反映问题。',
      '“回家吧。”母亲在电话里反复说，“回家吧。”',
      '她给每张照片都配上了“❤❤”，说这是给家人的。',
    ],
  },
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (random: () => number, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

interface Paste {
  paragraph: number;
  at: number;
  text: string;
  own?: boolean;
}

/** Where a place lies in a paragraph (−1: the paragraph has no such place). */
function pointOf(text: string, place: Place, random: () => number, segment: (t: string) => string[]): number {
  const choose = (points: number[]): number => (points.length ? pick(random, points) : -1);
  if (place === 'end') return /[。！？]$/u.test(text) ? text.length : -1;
  if (place === 'between') return choose([...text.matchAll(/[。！？](?=\p{Script=Han})/gu)].map((m) => m.index + 1));
  if (place === 'comma') return choose([...text.matchAll(/，(?=\p{Script=Han})/gu)].map((m) => m.index + 1).filter((i) => i < text.length - 4));
  if (place === 'quote') return choose([...text.matchAll(/[“「](?=\p{Script=Han})/gu)].map((m) => m.index + 1));
  if (place === 'own') return text.length;
  const points: number[] = [];
  let offset = 0;
  for (const word of segment(text)) {
    offset += word.length;
    if (/^\p{Script=Han}{2,}$/u.test(word) && /^\p{Script=Han}{2}/u.test(text.slice(offset, offset + 2)) && offset > 4) points.push(offset);
  }
  return choose(points);
}

function zhuyinOf(word: string): string {
  return pinyin(word, { type: 'array', toneType: 'num' })
    .map((s) => toZhuyin(s.replace(/0$/u, '5')))
    .join(' ');
}

/** The reading of a word of the writer's text just before the point. */
function zhuyinText(text: string, at: number, segment: (t: string) => string[], random: () => number): string | null {
  const before = text.slice(0, at).replace(/[。！？，]$/u, '');
  const clause = before.split(/[。！？，]/u).pop() ?? '';
  const words = segment(clause).filter((x) => /^\p{Script=Han}{2,3}$/u.test(x));
  return words.length ? zhuyinOf(pick(random, words)) : null;
}

const PARENTHESISED = (c: string): string => (/[a-z]/u.test(c) ? String.fromCodePoint(0x249c + c.charCodeAt(0) - 97) : c);
const CIRCLED = (c: string): string =>
  /[a-z]/u.test(c) ? String.fromCodePoint(0x24d0 + c.charCodeAt(0) - 97) : /[1-9]/u.test(c) ? String.fromCodePoint(0x2460 + Number(c) - 1) : c === '0' ? '⓪' : c;
const FULL_WIDTH = (c: string): string => (/[!-~]/u.test(c) ? String.fromCodePoint(c.charCodeAt(0) + 0xfee0) : c);

function domainText(w: Wordings, random: () => number): string {
  const name = pick(random, w.domainNames);
  const tld = pick(random, w.tlds);
  const www = random() < 0.6;
  const form = int(random, 0, 3);
  if (form === 3) {
    // Spaced letters, 点 for the dot, behind a call.
    return `${pick(random, w.calls)}${[...name].join(' ')}点${tld}`;
  }
  const encode = form === 0 ? PARENTHESISED : form === 1 ? CIRCLED : FULL_WIDTH;
  const dot = form === 2 ? '．' : pick(random, ['．', '·', '.']);
  const parts = [...(www ? ['www'] : []), name, tld].map((part) => [...part].map(encode).join(''));
  const address = parts.join(dot);
  return random() < 0.4 ? `${pick(random, w.calls)}${address}` : address;
}

function separatorText(w: Wordings, random: () => number): string {
  return [...pick(random, w.phrases)].join(pick(random, w.separators));
}

/** One of the writer's sentences from another paragraph (with its stop), or its first clause. */
function twiceText(article: Article, p: number, place: Place, random: () => number): string | null {
  const sentences = article.paragraphs
    .flatMap((text, q) => (q === p ? [] : (text.match(/[^。！？]+[。！？]/gu) ?? []).map((s) => s.replace(/^[”」]/u, ''))))
    .filter((s) => /^\p{Script=Han}/u.test(s) && s.length >= 10 && s.length <= 60 && !/[“”「」]/u.test(s));
  if (!sentences.length) return null;
  const sentence = pick(random, sentences);
  if (place === 'end' && random() < 0.4) {
    const clause = sentence.split('，')[0] ?? '';
    if (clause.length >= 6 && clause.length < sentence.length - 1) return `${clause}。`;
  }
  return sentence;
}

function pasteOf(article: Article, style: Exclude<Mech21Style, 'b-lookalike'>, w: Wordings, random: () => number, segment: (t: string) => string[]): Paste | null {
  const place = pick(random, PLACES[style]);
  const p = int(random, 0, article.paragraphs.length - 1);
  const text = article.paragraphs[p] ?? '';
  const at = pointOf(text, place, random, segment);
  if (at < 0) return null;
  const made =
    style === 'b-zhuyin'
      ? zhuyinText(text, at, segment, random)
      : style === 'b-domain'
        ? domainText(w, random)
        : style === 'b-separator'
          ? separatorText(w, random)
          : style === 'b-symbols'
            ? pick(random, w.symbols).repeat(int(random, 2, 4))
            : style === 'b-markup'
              ? pick(random, w.markup)
              : twiceText(article, p, place, random);
  if (!made) return null;
  return { paragraph: p, at, text: made, own: place === 'own' };
}

/** A clean article with one style's pastes, in the page shape of ./redteam-a-styles.ts. */
export function mech21Page(
  article: Article,
  style: Mech21Style,
  split: Mech21Split,
  random: () => number,
  segment: (t: string) => string[],
  toTraditional: (text: string) => string,
): RedteamPage {
  const w = WORDINGS[split];
  const clean = style === 'b-lookalike';
  const pastes: Paste[] = [];
  const tries = int(random, 1, 2);
  for (let n = 0; n < tries * 8 && pastes.length < tries; n++) {
    const made = clean
      ? { paragraph: int(random, 0, article.paragraphs.length - 1), at: 0, text: pick(random, w.lookalikes), own: true }
      : pasteOf(article, style, w, random, segment);
    // One paste a paragraph, so offsets stay simple.
    if (made && !pastes.some((x) => x.paragraph === made.paragraph)) pastes.push(made);
  }
  const { page, push } = pageWriter(article.title, MECH21_FAMILY[style], style, clean);
  article.paragraphs.forEach((text, p) => {
    const paste = pastes.find((x) => x.paragraph === p);
    if (!paste) return push(text, []);
    if (paste.own) {
      push(text, []);
      return push(paste.text, [[0, paste.text.length]]);
    }
    push(`${text.slice(0, paste.at)}${paste.text}${text.slice(paste.at)}`, [[paste.at, paste.at + paste.text.length]]);
  });
  if (random() < 0.5) {
    page.title = toTraditional(page.title);
    page.paragraphs = page.paragraphs.map(toTraditional);
  }
  return page;
}
