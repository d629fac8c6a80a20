/**
 * A content farm in miniature: injects the eight spam families into a clean article and records
 * exactly where, so the benchmark can score the detector character by character. Everything it
 * inserts is written here (sentences, brands, symbols) or drawn from the article's own title; the
 * pools are split in two so the held-out run uses strings the detector was never tuned on.
 */
import { pinyin } from 'pinyin-pro';
import type { LinkRange, SpamFamily } from '../../src/spam/types';
import { pasteHeadlinePieces, type HeadlineStyle } from './headline-farm';
import { pasteCommercialKeywords, pasteNewsSentence } from './paste-styles';

import type { Split } from './corpus';

export type { Split };

/** The segmenter's words of a text (jieba in the benchmark). */
export type SegmentedText = (text: string) => string[];

export interface Article {
  title: string;
  paragraphs: string[];
}

export interface InjectedPage extends Article {
  /** Per paragraph: [start, end, family] of every injected span. */
  truth: [number, number, SpamFamily][][];
  /** Per paragraph, parallel to truth: the style of each span ('news', 'commerce'), '' for the rest. */
  styles: string[][];
  /**
   * Per paragraph, the farm's links: the commercial keywords pasted as link text, all to one
   * site of the farm's (its real links, if wanted, are added by ./link-farm.ts's realLinks).
   */
  links: LinkRange[][];
  families: SpamFamily[];
}

export const OFF_TOPIC: Record<Split, string[]> = {
  dev: [
    '我这辈子就算穷死,也绝不会再相信爱情了',
    '今天的晚霞真好看,可惜你不在身边',
    '人生就像一场旅行,不必在乎目的地',
    '我家的猫昨晚又把花瓶打碎了',
    '如果有来生,我要做一棵树,站成永恒',
    '她说再也不想见到我,可我还是每天等她',
    '减肥这件事,还是明天再说吧',
    '小时候以为长大很容易,现在才知道太难了',
    '那年夏天的风吹散了我们所有的约定',
    '宁可一个人孤独终老,也不将就一段感情',
    '我只想安安静静地做个美男子',
    '失恋了就去吃火锅,没有什么是一顿火锅解决不了的',
  ],
  heldout: [
    '就算全世界都背叛我,我也要把这碗面吃完',
    '周末的电影票又没抢到,心情糟透了',
    '我发誓以后再也不熬夜打游戏了',
    '雨下得这么大,你到底还来不来',
    '其实我一直都想养一只会说话的鹦鹉',
    '这一生我只爱过一个人,后来她嫁人了',
    '老板又在群里发了红包,手慢没抢到',
    '青春就是用来浪费的,不然还能干什么',
    '我宁愿在家躺平,也不想去挤地铁上班',
    '妈妈说吃完这顿饭就带我去看海',
    '哪怕明天就是世界末日,今晚我也要睡个好觉',
    '楼下那家奶茶店的老板娘笑起来真好看',
  ],
};

const SYMBOLS: Record<Split, string[]> = {
  dev: ['⛦', '☂', '③', '🎉', '★', '♛', '☀', '✿', '♪', '☯', '✈', '🔥', '💰', '⑦', '❶', '✔'],
  heldout: ['☘', '⚽', '🌸', '❀', '☎', '⚡', '🍀', '⑤', '❸', '♞', '☕', '🎁', '💎', '✪', '⑨', '♨'],
};

const BRANDS: Record<Split, string[]> = {
  dev: ['金沙', '星辉', '鸿运', '必赢', '天博', '米乐', '九游', '威尼斯', '某某'],
  heldout: ['永利', '银河', '凯发', '博天堂', '皇冠', '新葡京', '乐动', '雷火', '万博'],
};
const GENRES = ['体育', '娱乐', '彩票', '棋牌', '电竞', '真人'];
const APPS = ['', 'app', 'APP'];
const HEADS = ['官网', '官方网站', '下载', '登录入口', '网页版', '手机版', '官网入口', '平台官网', '客户端下载'];
const DOMAIN_JUNK = ['+', '!', '/', '~', '′', '¢', '\\', '?', '·', '.', '^', '*', '`', '|', '#', '@', '¤', '_', ','];
const JAMMER_SYMBOLS = '?$#%&*@!+=^~';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SYLLABLES = ['xiao', 'shuo', 'wang', 'tian', 'kan', 'shu', 'mei', 'wen', 'yue', 'du', 'bao', 'ke', 'zhi', 'hui'];
const TLDS = ['com', 'net', 'cn', 'cc', 'org'];
const HALF_WIDTH: Record<string, string> = { '，': ',', '；': ';', '：': ':', '！': '!', '？': '?', '（': '(', '）': ')' };

/** mulberry32: small, seedable, good enough to vary pages. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Insertion {
  at: number;
  text: string;
  family: SpamFamily;
  style?: string;
  /** Pasted as link text (to the farm's own site): the page's link ranges record it. */
  link?: boolean;
}

const HAN = /\p{Script=Han}/u;
/** Pages given a sentence of another article pasted once (when the caller gives donors). */
const NEWS_SENTENCE_CHANCE = 0.3;
/** Pages given one or two commercial keywords as link text. */
const COMMERCE_CHANCE = 0.3;

export function injectSpam(
  article: Article,
  seed: number,
  split: Split,
  segment: SegmentedText,
  style: HeadlineStyle = 'inventory',
  /**
   * The styles of ./paste-styles.ts, made only when given: sentences of other articles of the
   * split to paste (none: no news sentence), and commercial keywords.
   */
  extra?: { donors: readonly string[] },
): InjectedPage {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const paragraphs = article.paragraphs;
  const insertions: Insertion[][] = paragraphs.map(() => []);
  const ownLines: { after: number; text: string; family: SpamFamily }[] = [];

  /** Token boundaries strictly inside paragraph p whose left neighbour is Han (or, for titles, a comma). */
  const boundaries = (p: number, afterComma = false): number[] => {
    const text = paragraphs[p] ?? '';
    const out: number[] = [];
    let at = 0;
    for (const word of segment(text)) {
      at += word.length;
      const left = text.charAt(at - 1);
      if (at < text.length && (HAN.test(left) || (afterComma && '、，,'.includes(left)))) out.push(at);
    }
    return out;
  };
  const hanPairs = (p: number): number[] => {
    const text = paragraphs[p] ?? '';
    const out: number[] = [];
    for (let i = 1; i < text.length; i++) if (HAN.test(text.charAt(i - 1)) && HAN.test(text.charAt(i))) out.push(i);
    return out;
  };
  const randomParagraph = (): number => Math.floor(random() * paragraphs.length);

  const families: SpamFamily[] = [];
  const chance: Record<SpamFamily, number> = {
    title: 0.7,
    sentence: 0.6,
    pinyin: 0.4,
    symbol: 0.4,
    seo: 0.4,
    jammer: 0.35,
    domain: 0.35,
    punctuation: 0.4,
  };
  for (const family of Object.keys(chance) as SpamFamily[]) if (random() < chance[family]) families.push(family);
  if (families.length === 0) families.push(pick(Object.keys(chance) as SpamFamily[]));
  // A farm that pastes whole headline words leaves no mechanical marks (no pinyin, symbols, domains,
  // betting names): its pages have the words, and now and then a pasted sentence, nothing else, so
  // the decision cannot lean on the other families' marks to find them.
  if (style === 'words') families.splice(0, families.length, 'title', ...(families.includes('sentence') ? ['sentence' as const] : []));
  // A farm of the `few` or `sparse` style always pastes its headline pieces; the other families are drawn as usual.
  if ((style === 'few' || style === 'sparse') && !families.includes('title')) families.unshift('title');

  for (const family of families) {
    if (family === 'title') {
      const farm = pasteHeadlinePieces(style, { title: article.title, paragraphs, random, segment, boundaries });
      if (!farm) continue;
      for (const paste of farm.pastes) insertions[paste.paragraph]?.push(paste);
      const reach = farm.reach;
      // Some farms also paste the whole headline as printed, mid-sentence or in front of the next
      // sentence. Drawn from a stream of its own, so the rest of the page stays as it was before
      // this kind was added and figures stay comparable.
      const whole = createRandom(seed ^ 0x5bd1e995);
      if (whole() < 0.25) {
        const copies = whole() < 0.6 ? 1 : 2;
        for (let n = 0; n < copies; n++) {
          const p = Math.floor(whole() * reach);
          const text = paragraphs[p] ?? '';
          const stops = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => HAN.test(text.charAt(i)));
          const spots = whole() < 0.5 && stops.length > 0 ? stops : boundaries(p);
          if (spots.length === 0) continue;
          insertions[p]?.push({ at: spots[Math.floor(whole() * spots.length)] ?? 0, text: article.title, family: 'title' });
        }
      }
    } else if (family === 'sentence') {
      const sentence = pick(OFF_TOPIC[split]);
      const copies = random() < 0.25 ? 1 : random() < 0.6 ? 2 : 3;
      for (let n = 0; n < copies; n++) {
        const p = randomParagraph();
        const spots = boundaries(p);
        if (spots.length === 0) continue;
        insertions[p]?.push({ at: pick(spots), text: sentence, family: 'sentence' });
      }
    } else if (family === 'pinyin') {
      const count = between(2, 6);
      const toned = random() < 0.5;
      for (let n = 0; n < count; n++) {
        const p = randomParagraph();
        const text = paragraphs[p] ?? '';
        const spots = hanPairs(p);
        if (spots.length === 0) continue;
        const at = pick(spots);
        const readings = pinyin(text.slice(Math.max(0, at - 6), at), {
          type: 'array',
          toneType: toned ? 'symbol' : 'none',
        });
        const reading = readings[readings.length - 1] ?? '';
        if (!/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/.test(reading)) continue;
        const [open, close] = random() < 0.3 ? ['（', '）'] : ['(', ')'];
        const emoji = random() < 0.2 ? pick(SYMBOLS[split]) : '';
        const gloss = `${open}${reading}${emoji}${close}`;
        insertions[p]?.push({ at, text: random() < 0.35 ? gloss + gloss : gloss, family: 'pinyin' });
      }
    } else if (family === 'symbol') {
      // …and a circled number after a sentence, where no list runs (…的发展。⑤下一句). Own stream too.
      const stray = createRandom(seed ^ 0x165667b1);
      if (stray() < 0.3) {
        const p = Math.floor(stray() * paragraphs.length);
        const text = paragraphs[p] ?? '';
        const stops = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1);
        const numbers = SYMBOLS[split].filter((ch) => /[\u2460-\u24ff\u2776-\u2793]/u.test(ch));
        const at = stops[Math.floor(stray() * stops.length)];
        if (at !== undefined) insertions[p]?.push({ at, text: numbers[Math.floor(stray() * numbers.length)] ?? '', family: 'symbol' });
      }
      const count = between(3, 10);
      for (let n = 0; n < count; n++) {
        const p = randomParagraph();
        const spots = hanPairs(p);
        if (spots.length === 0) continue;
        const text = random() < 0.2 ? pick(SYMBOLS[split]) + pick(SYMBOLS[split]) : pick(SYMBOLS[split]);
        insertions[p]?.push({ at: pick(spots), text, family: 'symbol' });
      }
    } else if (family === 'seo') {
      // Some farms glue a bare platform name to a paragraph's end, after its last full stop
      // (…的发展。永利娱乐). A stream of its own, so the rest of the page stays as it was.
      const tail = createRandom(seed ^ 0x27d4eb2f);
      if (tail() < 0.3) {
        const ends = paragraphs.map((t, p) => (/[。！？]$/u.test(t) ? p : -1)).filter((p) => p >= 0);
        const p = ends[Math.floor(tail() * ends.length)];
        const brands = BRANDS[split];
        const name = (brands[Math.floor(tail() * brands.length)] ?? '') + (GENRES[Math.floor(tail() * GENRES.length)] ?? '');
        if (p !== undefined) insertions[p]?.push({ at: (paragraphs[p] ?? '').length, text: name, family: 'seo' });
      }
      const count = between(1, 4);
      for (let n = 0; n < count; n++) {
        let keyword = pick(BRANDS[split]) + pick(GENRES) + pick(APPS) + pick(HEADS);
        const p = randomParagraph();
        const text = paragraphs[p] ?? '';
        if (random() < 0.5) {
          keyword = `《${keyword}》`;
          const spots = hanPairs(p);
          if (spots.length === 0) continue;
          insertions[p]?.push({ at: pick(spots), text: keyword, family: 'seo' });
        } else {
          const stops = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
          insertions[p]?.push({ at: stops.length ? pick(stops) : 0, text: keyword, family: 'seo' });
        }
      }
    } else if (family === 'jammer') {
      const count = between(1, 4);
      for (let n = 0; n < count; n++) {
        const tokens: string[] = [];
        const length = between(4, 9);
        for (let t = 0; t < length; t++) {
          const kind = random();
          const letter = pick([...LETTERS]);
          if (kind < 0.45) tokens.push(letter + String(between(0, 9)));
          else if (kind < 0.7) tokens.push(random() < 0.5 ? letter + pick([...JAMMER_SYMBOLS]) : pick([...JAMMER_SYMBOLS]) + between(0, 9));
          else if (kind < 0.85) tokens.push(letter);
          else tokens.push(letter + pick([...LETTERS]) + String(between(0, 9)));
        }
        const jammer = tokens.join(' ');
        const p = randomParagraph();
        const where = random();
        if (where < 0.4) ownLines.push({ after: p, text: jammer, family: 'jammer' });
        else if (where < 0.8)
          insertions[p]?.push({ at: (paragraphs[p] ?? '').length, text: (random() < 0.5 ? ' ' : '') + jammer, family: 'jammer' });
        else insertions[p]?.push({ at: 0, text: jammer, family: 'jammer' });
      }
    } else if (family === 'domain') {
      const count = between(1, 3);
      const name = Array.from({ length: between(2, 3) }, () => pick(SYLLABLES)).join('');
      const address = `${name}.${pick(TLDS)}`;
      for (let n = 0; n < count; n++) {
        let domain = random() < 0.6 ? pick(DOMAIN_JUNK) : '';
        for (const ch of address) {
          domain += ch;
          const junk = random() < 0.85 ? between(1, 2) : 0;
          for (let k = 0; k < junk; k++) domain += pick(DOMAIN_JUNK);
        }
        const p = randomParagraph();
        const text = paragraphs[p] ?? '';
        const where = random();
        if (where < 0.2) ownLines.push({ after: p, text: domain, family: 'domain' });
        else if (where < 0.7) insertions[p]?.push({ at: text.length, text: domain, family: 'domain' });
        else {
          const stops = [...text.matchAll(/[，。]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
          insertions[p]?.push({ at: stops.length ? pick(stops) : text.length, text: domain, family: 'domain' });
        }
      }
    } else if (family === 'punctuation') {
      const count = between(3, 10);
      for (let n = 0; n < count; n++) {
        const p = randomParagraph();
        const text = paragraphs[p] ?? '';
        const commas = [...text.matchAll(/[，,]/gu)].map((m) => m.index + 1).filter((i) => HAN.test(text.charAt(i)));
        if (commas.length === 0) continue;
        insertions[p]?.push({ at: pick(commas), text: random() < 0.5 ? '，' : '。', family: 'punctuation' });
      }
    }
  }

  // The styles of ./paste-styles.ts, each from a stream of its own: the rest of the page is
  // drawn as before they were added, so the other families' figures stay comparable.
  const news = createRandom(seed ^ 0x2c1b3c6d);
  if (extra?.donors.length && news() < NEWS_SENTENCE_CHANCE) {
    const pasted = pasteNewsSentence(paragraphs, extra.donors, news);
    if (pasted) insertions[pasted.paragraph]?.push({ ...pasted.paste, style: 'news' });
  }
  const commerce = createRandom(seed ^ 0x6b43a9b5);
  if (extra && commerce() < COMMERCE_CHANCE) {
    for (const pasted of pasteCommercialKeywords(paragraphs, split, commerce, segment)) insertions[pasted.paragraph]?.push({ ...pasted.paste, style: 'commerce', link: true });
  }

  const halfWidth = random() < 0.5;
  const out: InjectedPage = { title: article.title, paragraphs: [], truth: [], styles: [], links: [], families };
  paragraphs.forEach((original, p) => {
    // At one spot, a doubled mark goes first so it stays glued to its comma.
    const rank = (i: Insertion): number => (i.family === 'punctuation' ? 0 : 1);
    const list = (insertions[p] ?? []).slice().sort((a, b) => a.at - b.at || rank(a) - rank(b));
    let text = '';
    let from = 0;
    const spans: [number, number, SpamFamily][] = [];
    const styles: string[] = [];
    const links: LinkRange[] = [];
    for (const insertion of list) {
      // Two punctuation marks on the same comma would make a run of three: skip the repeat.
      if (insertion.family === 'punctuation' && list.some((o) => o !== insertion && o.at === insertion.at && o.family === 'punctuation' && list.indexOf(o) < list.indexOf(insertion))) continue;
      text += original.slice(from, insertion.at);
      from = insertion.at;
      spans.push([text.length, text.length + insertion.text.length, insertion.family]);
      styles.push(insertion.style ?? '');
      if (insertion.link) links.push({ start: text.length, end: text.length + insertion.text.length, sameSite: false, target: 0 });
      text += insertion.text;
    }
    text += original.slice(from);
    out.paragraphs.push(text);
    out.truth.push(spans);
    out.styles.push(styles);
    out.links.push(links);
    for (const line of ownLines.filter((l) => l.after === p)) {
      out.paragraphs.push(line.text);
      out.truth.push([[0, line.text.length, line.family]]);
      out.styles.push(['']);
      out.links.push([]);
    }
  });
  if (halfWidth) out.paragraphs = out.paragraphs.map((t) => [...t].map((ch) => HALF_WIDTH[ch] ?? ch).join(''));
  return out;
}
