/**
 * Two farm styles the first generator did not make, seen on real farm pages (issue 12, QA's unseen
 * pages described in NOTES.md; none of their strings is used here):
 *
 * - **a news sentence pasted once**: one whole sentence of *another* article of the same split
 *   (14–50 characters, ending 。), dropped after a full stop or right after a comma, anywhere in a
 *   paragraph. Unlike the chatty lines of OFF_TOPIC it reads as news prose, so only its topic and
 *   its seams give it away.
 * - **commercial keywords as link text**: a betting, loan, SEO-service or black-market keyword
 *   (a brand or a city in front, an action head behind) at a paragraph's end, after a full stop,
 *   or at a word boundary mid-sentence.
 *
 * Each draws from a random stream of its own, so the rest of a page stays as it was.
 */
import { hanWordSeams } from './word-seams';
import type { SpamFamily } from '../../src/spam/types';
import type { Split } from './corpus';

export interface Paste {
  at: number;
  text: string;
  family: SpamFamily;
}

const HAN = /\p{Script=Han}/u;
const MIN_SENTENCE = 14;
const MAX_SENTENCE = 50;

/** The whole sentences of some articles (14–50 characters, ending 。, no quote left open). */
export function newsSentences(articles: readonly { paragraphs: readonly string[] }[]): string[] {
  const out: string[] = [];
  for (const { paragraphs } of articles) {
    for (const text of paragraphs) {
      for (const m of text.matchAll(/[^。！？]+。/gu)) {
        const s = m[0];
        const opens = (s.match(/[“「（(《]/gu) ?? []).length;
        const closes = (s.match(/[”」）)》]/gu) ?? []).length;
        if (s.length >= MIN_SENTENCE && s.length <= MAX_SENTENCE && HAN.test(s.charAt(0)) && opens === closes) out.push(s);
      }
    }
  }
  return out;
}

/**
 * One sentence of `donors` the article does not say, pasted once after a full stop or a comma
 * (never at the paragraph's very start or end, so it always has text on both sides).
 */
export function pasteNewsSentence(paragraphs: readonly string[], donors: readonly string[], random: () => number): { paragraph: number; paste: Paste } | null {
  const own = paragraphs.join('');
  const candidates = donors.filter((s) => !own.includes(s));
  if (candidates.length === 0) return null;
  const text = candidates[Math.floor(random() * candidates.length)] ?? '';
  const spots: [number, number][] = [];
  paragraphs.forEach((t, p) => {
    for (const m of t.matchAll(/[。，]/gu)) if (m.index + 1 < t.length && HAN.test(t.charAt(m.index + 1))) spots.push([p, m.index + 1]);
  });
  if (spots.length === 0) return null;
  const [paragraph, at] = spots[Math.floor(random() * spots.length)] ?? [0, 0];
  return { paragraph, paste: { at, text, family: 'sentence' } };
}

/**
 * Commercial keywords, split like the other pools so the held-out run reads strings the finder was
 * not written from. Each is [prefixes, heads]: a keyword is one prefix (or none, '') and one head.
 */
const COMMERCE: Record<Split, [string[], string[]][]> = {
  dev: [
    [['金沙', '鸿运', '必赢', '九游'], ['足球投注', '娱乐开户', '棋牌下注', '真人娱乐城', '彩票注册送彩金', '体育在线投注']],
    [['', '个人', '急用钱'], ['无抵押贷款', '快速放款', '信用贷款秒批', '网贷口子']],
    [['杭州', '成都', '郑州'], ['网站优化公司', 'seo优化', '关键词排名优化', '网站推广外包']],
    [['', '专业'], ['代开发票', '代办信用卡', '代孕中介']],
  ],
  heldout: [
    [['永利', '凯发', '博天堂', '新葡京'], ['体育下注', '娱乐注册开户', '电竞投注平台', '百家乐娱乐城', '老虎机送彩金', '真人赌场开户']],
    [['', '学生', '零用'], ['免抵押借款', '当天放款', '小额网贷', '无担保贷款']],
    [['武汉', '南京', '西安'], ['SEO优化公司', '网站排名优化', '网络推广外包', '百度快照优化']],
    [['', '正规'], ['代开增值税发票', '办理假证', '代孕机构']],
  ],
};

export function commercialKeyword(split: Split, random: () => number): string {
  const groups = COMMERCE[split];
  const [prefixes, heads] = groups[Math.floor(random() * groups.length)] ?? [[], []];
  return (prefixes[Math.floor(random() * prefixes.length)] ?? '') + (heads[Math.floor(random() * heads.length)] ?? '');
}

/**
 * One or two commercial keywords (as a farm's link text): after a paragraph's last full stop,
 * after a full stop mid-paragraph, or at a word boundary after a Han character mid-sentence.
 */
export function pasteCommercialKeywords(paragraphs: readonly string[], split: Split, random: () => number, segment: (text: string) => string[]): { paragraph: number; paste: Paste }[] {
  const out: { paragraph: number; paste: Paste }[] = [];
  const count = random() < 0.7 ? 1 : 2;
  for (let n = 0; n < count; n++) {
    const paragraph = Math.floor(random() * paragraphs.length);
    const text = paragraphs[paragraph] ?? '';
    const where = random();
    let spots: number[];
    if (where < 0.35) spots = /[。！？]$/u.test(text) ? [text.length] : [];
    else if (where < 0.7) spots = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
    else spots = hanWordSeams(text, segment(text));
    if (spots.length === 0) continue;
    out.push({ paragraph, paste: { at: spots[Math.floor(random() * spots.length)] ?? 0, text: commercialKeyword(split, random), family: 'seo' } });
  }
  return out;
}
