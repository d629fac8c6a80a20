/**
 * Generator for the mechanical classes QA17 described by class only (session 18, s18-mech; frozen
 * at 19:20 UTC before any finder was changed): pinyin in brackets away from its word, separators
 * between every character of a come-on or slogan and inside the writer's words, disguised addresses
 * with a spelt dot and the come-on around them, rows of alternating symbols between sentences, date
 * stamps glued into a paragraph, and a sentence of the article pasted again (right after itself,
 * into an earlier paragraph, or cut short as a paragraph of its own). `m-lookalike` pastes the
 * writer's own text that looks like these (no truth: it must stay).
 *
 * Two splits with their own articles, wordings and seeds: `dev` (dev articles, seed 181) is what the
 * finders are built on; `heldout` (held-out articles, seed 187) is measured only. The wordings of the
 * two splits are disjoint. Run by ./bench-redteam-a.ts --generator=mech (--split=dev|heldout).
 */
import { pinyin } from 'pinyin-pro';
import type { SpamFamily } from '../../src/spam/types';
import type { Article } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const MECH_STYLES = ['m-pinyin', 'm-separators', 'm-domain', 'm-symbols', 'm-stamp', 'm-twice', 'm-lookalike'] as const;
export type MechStyle = (typeof MECH_STYLES)[number];
export type MechSplit = 'dev' | 'heldout';
export const MECH_SEEDS: Record<MechSplit, number> = { dev: 181, heldout: 187 };
export const MECH_FAMILY: Record<MechStyle, SpamFamily> = {
  'm-pinyin': 'pinyin',
  'm-separators': 'jammer',
  'm-domain': 'domain',
  'm-symbols': 'symbol',
  'm-stamp': 'seo',
  'm-twice': 'sentence',
  'm-lookalike': 'seo',
};

interface Wordings {
  comeOns: string[];
  slogans: string[];
  separators: string[];
  hosts: string[];
  domainCalls: [string, string][];
  replaceNotes: string[];
  symbolRows: string[];
  stampLabels: string[];
  lookalikes: string[];
}

const WORDINGS: Record<MechSplit, Wordings> = {
  dev: {
    comeOns: ['加微信送免费茶叶', '扫码关注领红包', '私聊获取内部资料', '进群免费领课程', '加好友送体验卡'],
    slogans: ['品质生活从这里开始', '诚信经营服务至上', '百年老店值得信赖'],
    separators: ['/', '・', '‧'],
    hosts: ['ｈａｏ１２３', 'ｘｉｎｗｅｎ８', 'ｌｅｄａｏ', 'ｙｏｕｊｉａ６６'],
    domainCalls: [['更多精彩请到', '查看'], ['详情请访问', '了解'], ['想看更多内容可上', '']],
    replaceNotes: ['（把＃换成点）', '（请将※换成.）'],
    symbolRows: ['▲▼▲▼', '☆★☆★☆', '◆◇◆◇'],
    stampLabels: ['发布于', '更新：', '发布时间：', ''],
    lookalikes: [
      '据悉，该项目将于2026年11月28日上午9时正式启动。',
      '市民可登录官网www.gov.cn查询办理进度。',
      '表格中性别一栏填写男/女，地区一栏填写省/市。',
      '美国作家约翰·斯坦贝克曾在这里居住。',
      '这道菜的口味：★★★★☆，价格适中。',
      '“绿水青山就是金山银山。”村支书说，“绿水青山就是金山银山。”',
    ],
  },
  heldout: {
    comeOns: ['关注公众号领优惠券', '添加客服免费试用', '留言即可领取礼品', '点击链接抢购特价', '加群享受会员折扣'],
    slogans: ['用心做好每一件事', '专业团队贴心服务', '健康生活幸福人生'],
    separators: ['·', '⋯', '／'],
    hosts: ['ｍａｉｄｏｕ５', 'ｋａｎｋａｎ２４', 'ｊｉｎｒｉ９９', 'ｌｕｏｙｕ'],
    domainCalls: [['欲知后续请前往', '阅读'], ['完整版请移步', '观看'], ['更多资讯尽在', '']],
    replaceNotes: ['（＠改成点即可）', '（＊替换为.）'],
    symbolRows: ['△▽△▽', '★☆★☆', '■□■□'],
    stampLabels: ['发布于 ', '最后更新：', '更新时间 ', '上传于'],
    lookalikes: [
      '会议定于12月3日下午2时30分在市政府礼堂举行。',
      '报名请访问网址：www.chsi.com.cn。',
      '申请人须注明是/否已婚，以及户籍所在的区/县。',
      '英国物理学家艾萨克·牛顿提出了万有引力定律。',
      '评分：☆☆☆，不推荐。',
      '他说：“慢慢来，比较快。”这句话他说了很多年：“慢慢来，比较快。”',
    ],
  },
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (random: () => number, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const pad = (n: number): string => String(n).padStart(2, '0');

type Paste = { paragraph: number; at: number; text: string; truth: [number, number][] } | { paragraph: number; newParagraph: string; truth: [number, number][] };

const BRACKETS: readonly [string, string][] = [['（', '）'], ['【', '】']];
/** The toned reading of a word, syllables apart. */
const readingOf = (word: string): string => pinyin(word, { type: 'array' }).join(' ');

/** Sentences of a paragraph, with their start offsets. */
function sentencesOf(text: string): { start: number; text: string }[] {
  return [...text.matchAll(/[^。！？]+[。！？]/gu)].map((m) => ({ start: m.index, text: m[0] }));
}

/** Two or three Han characters ending right before `end` in `text`, or ''. */
function hanEndingAt(text: string, end: number, n: number): string {
  const word = text.slice(end - n, end);
  return /^\p{Script=Han}+$/u.test(word) && word.length === n ? word : '';
}

function pinyinPaste(article: Article, random: () => number, segment: (t: string) => string[]): Paste | null {
  const p = int(random, 0, article.paragraphs.length - 1);
  const text = article.paragraphs[p] ?? '';
  const form = random();
  if (form < 0.35) {
    // After the comma that follows the word: 经济，（jīng jì）…
    const commas = [...text.matchAll(/，/gu)].map((m) => m.index).filter((i) => hanEndingAt(text, i, 2));
    if (commas.length === 0) return null;
    const at = pick(random, commas);
    const words = segment(text.slice(Math.max(0, at - 8), at));
    const word = words[words.length - 1] ?? '';
    if (word.length < 2 || !/^\p{Script=Han}+$/u.test(word)) return null;
    const [open, close] = pick(random, BRACKETS);
    const gloss = `${open}${readingOf(word)}${close}`;
    return { paragraph: p, at: at + 1, text: gloss, truth: [[at + 1, at + 1 + gloss.length]] };
  }
  const sentences = sentencesOf(text);
  const last = sentences[sentences.length - 1];
  if (!last || last.start + last.text.length !== text.length) return null;
  const words = segment(last.text).filter((w) => w.length >= 2 && /^\p{Script=Han}+$/u.test(w));
  if (words.length === 0) return null;
  let word = pick(random, words);
  if (form >= 0.7) {
    // A compound only partly in the sentence before: the word and the characters after it in the next paragraph's opening.
    const next = article.paragraphs[p + 1] ?? '';
    const lead = next.match(/^\p{Script=Han}{2}/u)?.[0];
    const lastWord = segment(last.text.slice(0, -1)).pop() ?? '';
    if (!lead || lastWord.length < 2) return null;
    word = `${lastWord}${lead}`;
  }
  const [open, close] = pick(random, BRACKETS);
  const closed = `${open}${readingOf(word)}${close}`;
  return { paragraph: p, at: text.length, text: closed, truth: [[text.length, text.length + closed.length]] };
}

function separatorPaste(article: Article, w: Wordings, random: () => number, segment: (t: string) => string[]): Paste[] {
  const sep = pick(random, w.separators);
  const form = random();
  if (form < 0.6) {
    // A come-on or a slogan with the separator between (and, for a slogan, around) every character.
    const slogan = form >= 0.35;
    const words = [...pick(random, slogan ? w.slogans : w.comeOns)];
    const line = slogan ? `${sep}${words.join(sep)}${sep}` : words.join(sep);
    const p = int(random, 0, Math.max(0, article.paragraphs.length - 2));
    const text = article.paragraphs[p] ?? '';
    const stops = [...text.matchAll(/[。，]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
    if (random() < 0.3 || stops.length === 0) return [{ paragraph: p, newParagraph: line, truth: [[0, line.length]] }];
    const at = pick(random, stops);
    const glued = slogan ? line : `${line}，`;
    return [{ paragraph: p, at, text: glued, truth: [[at, at + line.length]] }];
  }
  // Single separators inside the writer's words, two to four on a page: only the separators are the farm's.
  const pastes: Paste[] = [];
  const count = int(random, 2, 4);
  for (let n = 0; n < count * 3 && pastes.length < count; n++) {
    const p = int(random, 0, article.paragraphs.length - 1);
    if (pastes.some((x) => x.paragraph === p)) continue;
    const text = article.paragraphs[p] ?? '';
    const words = segment(text);
    let offset = 0;
    const spots: number[] = [];
    for (const word of words) {
      if (word.length >= 2 && word.length <= 4 && /^\p{Script=Han}+$/u.test(word)) spots.push(offset + int(random, 1, word.length - 1));
      offset += word.length;
    }
    if (spots.length === 0) continue;
    const at = pick(random, spots);
    pastes.push({ paragraph: p, at, text: sep, truth: [[at, at + sep.length]] });
  }
  return pastes;
}

function domainPaste(article: Article, w: Wordings, random: () => number): Paste {
  const host = pick(random, w.hosts);
  const tld = pick(random, ['ｃｏｍ', 'ｃｃ', 'ｎｅｔ', 'ｖｉｐ']);
  const spelt = random() < 0.6;
  const dot = spelt ? pick(random, ['点', '點', '点']) : pick(random, ['＃', '※', '＠', '＊']);
  const www = random() < 0.5 ? `ｗｗｗ${dot}` : '';
  let address = `${www}${host}${dot}${tld}`;
  if (!spelt) {
    const note = w.replaceNotes.find((n) => n.includes(dot)) ?? `（把${dot}换成点）`;
    address += note;
  }
  const [lead, tail] = pick(random, w.domainCalls);
  const line = `${lead}${address}${tail}`;
  const p = int(random, 0, Math.max(0, article.paragraphs.length - 2));
  const text = article.paragraphs[p] ?? '';
  const stops = [...text.matchAll(/。/gu)].map((m) => m.index + 1);
  if (random() < 0.25) return { paragraph: p, newParagraph: line, truth: [[0, line.length]] };
  const at = random() < 0.5 || stops.length === 0 ? text.length : pick(random, stops);
  const glued = random() < 0.5 ? `${line}。` : line;
  return { paragraph: p, at, text: glued, truth: [[at, at + glued.length]] };
}

function symbolPaste(article: Article, w: Wordings, random: () => number): Paste | null {
  const p = int(random, 0, article.paragraphs.length - 1);
  const text = article.paragraphs[p] ?? '';
  const stops = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
  if (stops.length === 0) return null;
  const at = pick(random, stops);
  const row = pick(random, w.symbolRows);
  return { paragraph: p, at, text: row, truth: [[at, at + row.length]] };
}

function stampPaste(article: Article, w: Wordings, random: () => number, split: MechSplit): Paste {
  const [y, mo, d, h, mi, s] = [int(random, 2019, 2026), int(random, 1, 12), int(random, 1, 28), int(random, 0, 23), int(random, 0, 59), int(random, 0, 59)];
  const forms =
    split === 'dev'
      ? [`${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`, `${pick(random, w.stampLabels)}${y}/${mo}/${d} ${pad(h)}:${pad(mi)}:${pad(s)}`, `${pick(random, w.stampLabels)}${y}年${mo}月${d}日 ${pad(h)}:${pad(mi)}`]
      : [`${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`, `${pick(random, w.stampLabels)}${y}.${pad(mo)}.${pad(d)} ${pad(h)}:${pad(mi)}`, `${pick(random, w.stampLabels)}${y}年${pad(mo)}月${pad(d)}日${pad(h)}:${pad(mi)}:${pad(s)}`];
  const stamp = pick(random, forms);
  const p = int(random, 1, Math.max(1, article.paragraphs.length - 1));
  const text = article.paragraphs[p] ?? '';
  const stops = [...text.matchAll(/[。，]/gu)].map((m) => m.index + 1);
  const at = random() < 0.4 || stops.length === 0 ? text.length : pick(random, stops);
  return { paragraph: p, at, text: stamp, truth: [[at, at + stamp.length]] };
}

function twicePaste(article: Article, random: () => number): Paste | null {
  const candidates: { paragraph: number; start: number; text: string }[] = [];
  article.paragraphs.forEach((text, paragraph) => {
    for (const s of sentencesOf(text)) if ((s.text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 14) candidates.push({ paragraph, ...s });
  });
  if (candidates.length === 0) return null;
  const form = random();
  if (form < 0.35) {
    // Right after itself, in its own paragraph.
    const s = pick(random, candidates);
    const at = s.start + s.text.length;
    return { paragraph: s.paragraph, at, text: s.text, truth: [[at, at + s.text.length]] };
  }
  if (form < 0.7) {
    // Into an earlier paragraph, after one of its sentences.
    const later = candidates.filter((c) => c.paragraph >= 1);
    if (later.length === 0) return null;
    const s = pick(random, later);
    const p = int(random, 0, s.paragraph - 1);
    const text = article.paragraphs[p] ?? '';
    const stops = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1);
    if (stops.length === 0) return null;
    const at = pick(random, stops);
    return { paragraph: p, at, text: s.text, truth: [[at, at + s.text.length]] };
  }
  // Cut short as a paragraph of its own: the original's first clauses, closed with 。.
  const withClauses = candidates.filter((c) => c.text.split('，').length >= 3);
  if (withClauses.length === 0) return null;
  const s = pick(random, withClauses);
  const clauses = s.text.split('，');
  const copy = `${clauses.slice(0, int(random, 1, clauses.length - 2)).join('，')}。`;
  if ((copy.match(/\p{Script=Han}/gu)?.length ?? 0) < 10) return null;
  return { paragraph: Math.min(article.paragraphs.length - 1, s.paragraph + int(random, 0, 2)), newParagraph: copy, truth: [[0, copy.length]] };
}

/** A clean article with one style's pastes, in the page shape of ./redteam-a-styles.ts. */
export function mechPage(article: Article, style: MechStyle, split: MechSplit, random: () => number, segment: (t: string) => string[]): RedteamPage {
  const w = WORDINGS[split];
  const family = MECH_FAMILY[style];
  const clean = style === 'm-lookalike';
  const pastes: Paste[] = [];
  const tries = style === 'm-separators' ? 1 : int(random, 1, 2);
  for (let n = 0; n < tries * 4 && pastes.length < tries; n++) {
    const made =
      style === 'm-pinyin'
        ? pinyinPaste(article, random, segment)
        : style === 'm-separators'
          ? separatorPaste(article, w, random, segment)
          : style === 'm-domain'
            ? domainPaste(article, w, random)
            : style === 'm-symbols'
              ? symbolPaste(article, w, random)
              : style === 'm-stamp'
                ? stampPaste(article, w, random, split)
                : style === 'm-twice'
                  ? twicePaste(article, random)
                  : { paragraph: int(random, 0, article.paragraphs.length - 1), newParagraph: pick(random, w.lookalikes), truth: [[0, 0]] as [number, number][] };
    for (const paste of Array.isArray(made) ? made : made ? [made] : []) {
      // One paste a paragraph, so offsets stay simple.
      if (!pastes.some((x) => x.paragraph === paste.paragraph)) pastes.push(paste);
    }
  }
  const { page, push } = pageWriter(article.title, family, style, clean);
  article.paragraphs.forEach((text, p) => {
    const paste = pastes.find((x) => x.paragraph === p);
    if (!paste) return push(text, []);
    if ('newParagraph' in paste) {
      push(text, []);
      return push(paste.newParagraph, clean ? [[0, paste.newParagraph.length]] : paste.truth);
    }
    push(`${text.slice(0, paste.at)}${paste.text}${text.slice(paste.at)}`, paste.truth);
  });
  return page;
}
