/**
 * Place transfer (session 25, s25-places; frozen at its first commit: measure on the held-out seed,
 * tune on dev only, never edit the wordings or the places afterwards). QA24 found the same furniture
 * in one place and missed it in another (inside a quotation 15% hidden, between sentences 24%, own
 * paragraph 45%): the gates that decide where a span may go are shared by every finder. This
 * generator takes the pieces older generators already write (sessions 14–23: notices, page chrome,
 * furniture, grey-market strings, ads, rows; each generator's dev wordings for dev, its held-out
 * wordings for held-out) and moves each class into every place a farm drops it:
 * - `own`: a paragraph of its own after the writer's;
 * - `between`: between two of the writer's sentences (after a stop, a sentence following);
 * - `end`: after the paragraph's last stop;
 * - `inside`: after a writer's comma, the clause going on (closed by nothing or a space);
 * - `comma`: after a writer's comma or stop, closed with a comma of its own;
 * - `quote-start`, `quote-mid`, `quote-end`: inside the writer's quoted speech (“……” or 「……」),
 *   right after the opening mark, after a comma or stop inside it, right before the closing mark.
 * Hosts are corpus articles that quote someone (a quotation of eight characters or more), so every
 * place exists on every page; a third of the pages are Traditional (article and piece).
 *
 * Look-alikes (no truth: every character of theirs hidden is a defect) are the writer quoting such
 * text on purpose, the story being about it: a pop-up, a text message, a sign or an alert the
 * reporter cites (`cited-lookalike`, a sentence of its own between the writer's), and a speaker who
 * quotes it inside their own words (`speech-lookalike`, nested ‘…’ or 『…』). The quoted text is a
 * piece of the same pools; the frames were written for this generator.
 *
 * Measure: `npx tsx scripts/spam/bench-places25.ts` (held-out); `--split=dev` to tune.
 */
import { AD_STYLES, adText } from './ad-styles';
import { CHROME_STYLES, chromeText } from './chrome-styles';
import type { Split } from './corpus';
import { FURNITURE_STYLES, furnitureText } from './furniture-styles';
import { GREY_STYLES, greyText } from './grey-styles';
import type { Article } from './inject';
import { NOTICE_STYLES, noticeText } from './notice-styles';
import { pageWriter, type RedteamPage } from './redteam-a-styles';
import { rowOf } from './rows23-styles';
import { ROWS23_CLASSES } from './rows23-wordings';

export const PLACES25_SOURCES = ['notice', 'chrome', 'furniture', 'grey', 'ad', 'rows23'] as const;
export type Places25Source = (typeof PLACES25_SOURCES)[number];
export const PLACES25_LOOKALIKES = ['cited-lookalike', 'speech-lookalike'] as const;
export const PLACES25_STYLES = [...PLACES25_SOURCES, ...PLACES25_LOOKALIKES] as const;
export type Places25Style = (typeof PLACES25_STYLES)[number];
export const PLACES25_PLACES = ['own', 'between', 'end', 'inside', 'comma', 'quote-start', 'quote-mid', 'quote-end'] as const;
export type Places25Place = (typeof PLACES25_PLACES)[number];
export const PLACES25_SEEDS: Record<Split, number> = { dev: 2501, heldout: 2503 };

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** Each source's classes (a repeat of the article's own sentence is no piece: left out). */
const CLASSES: Record<Places25Source, readonly string[]> = {
  notice: NOTICE_STYLES,
  chrome: CHROME_STYLES,
  furniture: FURNITURE_STYLES.filter((s) => s !== 'self-repeat'),
  grey: GREY_STYLES,
  ad: AD_STYLES,
  rows23: ROWS23_CLASSES,
};

/** One piece of a source: a class drawn at random, its text from the source's own wordings of the split. */
export function pieceOf(source: Places25Source, split: Split, random: Random, title: string): { kind: string; text: string } {
  const kind = pick(random, CLASSES[source]);
  const text = (() => {
    switch (source) {
      case 'notice':
        return noticeText(kind as (typeof NOTICE_STYLES)[number], split, random);
      case 'chrome':
        return chromeText(kind as (typeof CHROME_STYLES)[number], split, random);
      case 'furniture':
        return furnitureText(kind as (typeof FURNITURE_STYLES)[number], split, random, []);
      case 'grey':
        return greyText(kind as (typeof GREY_STYLES)[number], split, random);
      case 'ad':
        return adText(kind as (typeof AD_STYLES)[number], split, random);
      case 'rows23':
        return rowOf(kind as (typeof ROWS23_CLASSES)[number], split, random, title.match(/\p{Script=Han}{2}/u)?.[0] ?? '本地');
    }
  })();
  // A paragraph's breaks are the page's, not the piece's: a multi-line paste stands on one line here.
  return { kind, text: text.replace(/\s*\n\s*/gu, ' ').trim() };
}

/** The writer's quotations (eight characters or more): [inner start, inner end]. */
export function quotationsIn(text: string): [number, number][] {
  // A quotation opens on words: marks the page set the wrong way round (”…“) would make the span
  // between two quotations look like one.
  return [...text.matchAll(/[“「]([^“”「」。，；！？][^“”「」]{7,})[”」]/gu)].map((m) => [m.index + 1, m.index + 1 + (m[1]?.length ?? 0)]);
}

/** Held-out or dev articles that quote someone: every place exists on their pages. */
export function quotingArticles<A extends Article>(articles: readonly A[]): A[] {
  return articles.filter((a) => a.paragraphs.some((p) => quotationsIn(p).length > 0));
}

/**
 * The reporter citing the text the story is about, in a sentence of their own ({p}: the piece).
 * Written for this generator: pop-ups, messages, signs, alerts, screenshots, notices, posters.
 */
const CITED: Record<Split, readonly string[]> = {
  dev: [
    '记者打开该应用时，屏幕上立刻跳出“{p}”的提示。',
    '有市民向记者反映，自己收到的短信里写着“{p}”，点开后却被要求填写银行卡号。',
    '警方提醒，凡是写着“{p}”之类字样的链接，都不要轻易点击。',
    '在网友晒出的截图里，页面底部赫然写着“{p}”。',
    '据了解，这类网站常在文章中间插入“{p}”一类的文字，以此吸引点击。',
    '路口的电子屏上滚动播放着“{p}”，不少路人驻足观看。',
    '该公众号的每篇文章末尾都附有“{p}”，读者对此颇有微词。',
    '一些家长发现，孩子的手机上频繁弹出“{p}”，却不知从何而来。',
  ],
  heldout: [
    '调查中，记者注意到多个页面都印着「{p}」，字体醒目。',
    '市场监管部门指出，“{p}”这样的宣传语涉嫌违规，已责令整改。',
    '不少老人正是看到“{p}”后，才一步步落入圈套。',
    '小区门口的告示栏里贴着一张纸条，上面写着“{p}”。',
    '该平台的客服回应称，“{p}”是第三方插入的内容，与平台无关。',
    '专家分析，所谓“{p}”，往往是诱导用户下载不明软件的幌子。',
    '视频播放前，画面一角会先出现“{p}”几个字。',
    '记者随后拨打了页面上“{p}”一栏的电话，但无人接听。',
  ],
};

/** A speaker quoting the text inside their own words ({p}: the piece; ‘…’ or 『…』 nested). */
const SPEECH: Record<Split, readonly string[]> = {
  dev: [
    '王女士告诉记者：“那天手机上弹出‘{p}’，我想都没想就点了进去。”',
    '一位家长说：“孩子看的文章里老夹着‘{p}’这种话，我们也分不清真假。”',
    '负责此案的民警表示：“骗子惯用‘{p}’之类的说法，大家一定要提高警惕。”',
    '店主无奈地说：“门口贴了‘{p}’，可还是有人不停地打电话来问。”',
  ],
  heldout: [
    '李先生回忆说：“短信里就一句‘{p}’，我还以为是银行发来的。”',
    '一名受访学生坦言：“看到‘{p}’的时候，我确实有点心动。”',
    '社区工作人员说：“最近很多老人拿着写有‘{p}’的传单来问我们。”',
    '律师提醒：“‘{p}’这类字样本身就可能构成虚假宣传。”',
  ],
};

function lookalikeSentence(style: (typeof PLACES25_LOOKALIKES)[number], split: Split, random: Random, title: string): string {
  // The quoted text is a short piece: a farm's long row is not what a writer quotes in passing.
  let piece = pieceOf(pick(random, PLACES25_SOURCES), split, random, title).text;
  for (let k = 0; k < 5 && (piece.length > 24 || piece.length < 3 || /[“”「」『』‘’]/u.test(piece)); k++) piece = pieceOf(pick(random, PLACES25_SOURCES), split, random, title).text;
  return pick(random, style === 'cited-lookalike' ? CITED[split] : SPEECH[split]).replace('{p}', piece);
}

/** Positions of a place in a paragraph (empty: the paragraph lacks it). */
export function spotsOf(text: string, place: Exclude<Places25Place, 'own'>): number[] {
  const quotes = quotationsIn(text);
  const inQuote = (i: number): boolean => quotes.some(([a, b]) => i > a - 1 && i < b + 1);
  const after = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i > 2 && i < text.length - 2);
  switch (place) {
    case 'between':
      return after(/[。！？](?![”」])/gu).filter((i) => !inQuote(i));
    case 'end':
      return [text.length];
    case 'inside':
    case 'comma':
      return after(/，(?=\p{Script=Han})/gu).filter((i) => !inQuote(i));
    case 'quote-start':
      return quotes.map(([a]) => a);
    case 'quote-mid':
      return quotes.flatMap(([a, b]) => [...text.slice(a, b).matchAll(/[，。；！？]/gu)].map((m) => a + m.index + 1).filter((i) => i < b - 1));
    case 'quote-end':
      return quotes.map(([, b]) => b);
  }
}

/** How a piece is closed at its place (the closing comma is the farm's: truth). */
export function closingOf(place: Exclude<Places25Place, 'own'>, random: Random): string {
  if (place === 'comma') return '，';
  if (place === 'inside' || place === 'quote-start' || place === 'quote-mid') return pick(random, ['', ' ', '，', '']);
  return pick(random, ['', ' ', '']);
}

/**
 * One page: the article with one or two pieces of `style` at `place`; look-alike styles put one or
 * two of the writer's quoting sentences between sentences (no truth).
 */
export function places25Page(article: Article, style: Places25Style, place: Places25Place, split: Split, random: Random, toTraditional: (text: string) => string): RedteamPage & { traditional: boolean } {
  const clean = style.endsWith('lookalike');
  const traditional = random() < 1 / 3;
  const script = traditional ? toTraditional : (text: string) => text;
  const { page, push } = pageWriter(script(article.title), 'seo', style, clean);
  const next = (): string => script(clean ? lookalikeSentence(style as (typeof PLACES25_LOOKALIKES)[number], split, random, article.title) : pieceOf(style as Places25Source, split, random, article.title).text);
  // The paragraphs that have the place (a quotation with a comma inside, a stop with a sentence after
  // it…), so the place is what it says; a look-alike goes between sentences.
  const wanted = clean || place === 'own' ? 'between' : place;
  const having = article.paragraphs.flatMap((text, p) => (spotsOf(text, wanted).length ? [p] : []));
  const pool = having.length ? having : article.paragraphs.map((_, p) => p);
  const chosen = new Set<number>();
  for (let k = 0, count = 1 + Math.floor(random() * 2); k < count; k++) chosen.add(pick(random, pool));
  article.paragraphs.forEach((text, p) => {
    const own = script(text);
    if (!chosen.has(p)) return push(own, []);
    const piece = next();
    if (place === 'own') {
      push(own, []);
      return push(piece, [[0, piece.length]]);
    }
    const spots = spotsOf(text, wanted);
    const fallback = clean ? [text.length] : spotsOf(text, 'inside');
    const cut = pick(random, spots.length ? spots : fallback.length ? fallback : [text.length]);
    const glued = piece + (clean ? '' : closingOf(wanted, random));
    // A closing space is no one's text: neither spam to find nor the writer's to keep.
    push(`${own.slice(0, cut)}${glued}${own.slice(cut)}`, [[cut, cut + glued.trimEnd().length]]);
  });
  return { ...page, traditional };
}
