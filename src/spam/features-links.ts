/**
 * Evidence about the page's own links (the reader passes their ranges, src/content/link-ranges.ts):
 * a farm pastes commercial keywords into copied articles as link text to its own sites, while a
 * news site links the article's words — a person, a company, a place, a topic word, a related
 * story. Being a link is no evidence on its own; what the link's *text* does is:
 * - its topic against the article: whether its content words are said elsewhere on the page
 *   (outside links) or in the headline;
 * - how the sentence reads without it (the language model's removal gain at both seams): a name
 *   the sentence is about leaves a hole, a keyword glued in leaves a seam that closes;
 * - its shape: Latin or digits glued to Han (a brand: bet365, 188金宝博), its length, standing
 *   between clause marks or right after a full stop, after a label (相关阅读：);
 * - the page: how much of the paragraph is link text, the same text or target linked again, and
 *   whether the other texts linked to the same address are the article's own words: a site points
 *   many of its words at one search, tag or home page, a farm its keywords at its own site.
 */
import { isPlainCreditLine } from './credit-line';
import { toSimplified } from '../script/simplified-view';
import { isContentWord } from './content-words';
import type { LinkRange, SpamTools } from './types';

/**
 * Where a link points is not among them: measured as a feature (scripts/spam/train-links.ts
 * --ablation, 2026-12-04) it marked real off-site links — a company's stock quote, a person's
 * encyclopedia page — for pointing elsewhere (held-out real-link characters marked 8 → 68). It
 * only guards hiding (./decide-links.ts).
 */
export const LINK_FEATURES = [
  'topicShare',
  'bigramShare',
  'noContentWords',
  'inHeadline',
  'removal',
  'alone',
  'afterStop',
  'listItem',
  'latinDigits',
  'length',
  'afterLabel',
  'density',
  'textRecurs',
  'targetShared',
  'targetOnTopic',
  'linksOnPage',
] as const;

export interface LinkCandidate {
  paragraph: number;
  link: LinkRange;
  features: number[];
  /** The link's text, in its Simplified view. */
  text: string;
  /**
   * Whether the link reads as a story's headline standing as a line of its own: HEADLINE_HAN Han
   * characters or more, in a paragraph whose text outside its links is at most a label, a date or a
   * byline (相关新闻： / · … （2012-05-20） / 本报记者 …). Not a feature: ./decide-links.ts's policy.
   */
  ownLine: boolean;
  /**
   * Session 31: the link stands in a line of nothing but the site's credit fields (来源：<a>澎湃新闻</a> 2026-12-02 14:34,
   * ./credit-line.ts): the site's own line, marked at most. Not a feature: ./decide-links.ts's policy.
   */
  creditLine?: boolean;
}

/** Han characters a link's text needs to read as a headline, not a keyword (皇冠真人视讯 has 6). */
const HEADLINE_HAN = 8;
/** Han characters a line of linked headlines carries besides them: a label, a byline, a source. */
const LINE_HAN = 10;

function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/** Removal gains beyond this many nats say no more. */
const REMOVAL_CLIP = 20;
const CLAUSE_MARK = /[，。！？；：、,.!?;:“”「」『』（）()《》\s]/u;

function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) if (HAN.test(text.charAt(i)) && HAN.test(text.charAt(i + 1))) out.push(text.slice(i, i + 2));
  return out;
}
const STOP = /[。！？!?]/u;
/** Marks of an enumeration: a linked item of a list (卫生部、民政部) is the writer's. */
const LIST_MARK = /[、]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/u;
const HAN = /\p{Script=Han}/u;
/** Characters a link of this many is long: a keyword is short, a related story's headline long. */
const LONG = 40;

/** `headline`: the page's headline in its Simplified view (SpamPage.headline). */
export function linkCandidates(headline: string, tools: SpamTools, texts: readonly string[], links: readonly (readonly LinkRange[])[]): LinkCandidate[] {
  const lm = tools.languageModel;
  const cut = (text: string): string[] => tools.segmenter.cut(text);
  const views = texts.map((t) => toSimplified(t));
  // Content words said outside every link: what the article itself talks about.
  const outside = new Map<string, number>();
  views.forEach((text, p) => {
    let unlinked = '';
    let at = 0;
    for (const l of [...(links[p] ?? [])].sort((a, b) => a.start - b.start)) {
      unlinked += `${text.slice(at, l.start)}\n`;
      at = Math.max(at, l.end);
    }
    unlinked += text.slice(at);
    for (const word of cut(unlinked)) if (isContentWord(word)) outside.set(word, (outside.get(word) ?? 0) + 1);
  });
  const headlineWords = new Set(cut(headline).filter(isContentWord));
  // Han bigrams said outside every link (and in the headline): a linked name the article writes
  // otherwise (北京市卫生局 … 卫生局) shares them even when no whole word recurs.
  const outsideBigrams = new Set<string>(hanBigrams(headline));
  views.forEach((text, p) => {
    let at = 0;
    for (const l of [...(links[p] ?? [])].sort((a, b) => a.start - b.start)) {
      for (const b of hanBigrams(text.slice(at, l.start))) outsideBigrams.add(b);
      at = Math.max(at, l.end);
    }
    for (const b of hanBigrams(text.slice(at))) outsideBigrams.add(b);
  });
  const all = links.flatMap((ranges, p) => ranges.map((link) => ({ p, link, text: views[p]?.slice(link.start, link.end) ?? '' })));
  const textCount = new Map<string, number>();
  const targetTexts = new Map<number, Set<string>>();
  for (const { link, text } of all) {
    textCount.set(text, (textCount.get(text) ?? 0) + 1);
    const texts = targetTexts.get(link.target) ?? new Set<string>();
    texts.add(text);
    targetTexts.set(link.target, texts);
  }
  const shareOf = (text: string): number => {
    const bigrams = hanBigrams(text);
    return bigrams.length ? bigrams.filter((b) => outsideBigrams.has(b)).length / bigrams.length : 0;
  };
  // Per address, how much of the article the other texts linked there say (their mean bigram share).
  const targetTopic = (target: number, text: string): number => {
    const others = [...(targetTexts.get(target) ?? [])].filter((t) => t !== text);
    return others.length ? others.reduce((sum, t) => sum + shareOf(t), 0) / others.length : 0;
  };
  const linked = views.map((text, p) => (links[p] ?? []).reduce((sum, l) => sum + Math.max(0, Math.min(l.end, text.length) - l.start), 0));
  // Han characters of each paragraph outside every link: a line of linked headlines has few.
  const hanOutside = views.map((text, p) => {
    let n = hanCount(text);
    const sorted = [...(links[p] ?? [])].sort((a, b) => a.start - b.start);
    let at = 0;
    for (const l of sorted) {
      n -= hanCount(text.slice(Math.max(at, l.start), l.end));
      at = Math.max(at, l.end);
    }
    return n;
  });

  const out: LinkCandidate[] = [];
  for (const { p, link, text } of all) {
    const host = views[p] ?? '';
    if (!HAN.test(text) && !LATIN_OR_DIGIT.test(text)) continue;
    const words = cut(text).filter(isContentWord);
    const shared = words.filter((w) => (outside.get(w) ?? 0) > 0).length;
    const before = host.charAt(link.start - 1);
    const after = host.charAt(link.end);
    // A sentence of its own: after a full stop, up to a full stop or the paragraph's end (a farm's
    // keyword glued after the last sentence). Not at the paragraph's start: a paragraph may open
    // with a linked name or source (中新社, 卫生部医政司…).
    const afterFullStop = STOP.test(before);
    const alone = afterFullStop && (link.end === host.length || STOP.test(after));
    const afterStop = afterFullStop && link.end < host.length && !CLAUSE_MARK.test(after);
    const listItem = LIST_MARK.test(before) || LIST_MARK.test(after);
    const gain = lm && link.end - link.start < host.length ? lm.removalGain(host, link.start, link.end).gain : 0;
    out.push({
      paragraph: p,
      link,
      text,
      ownLine: hanCount(text) >= HEADLINE_HAN && (hanOutside[p] ?? 0) <= LINE_HAN,
      creditLine: isPlainCreditLine(host),
      features: [
        words.length ? shared / words.length : 0,
        shareOf(text),
        Number(words.length === 0),
        Number(words.some((w) => headlineWords.has(w))),
        Math.max(-REMOVAL_CLIP, Math.min(REMOVAL_CLIP, gain)) / REMOVAL_CLIP,
        Number(alone),
        Number(afterStop),
        Number(listItem),
        Number(LATIN_OR_DIGIT.test(text) && HAN.test(text)),
        Math.min(text.length, LONG) / LONG,
        Number(before === '：' || before === ':' || before === '《'),
        host.length ? (linked[p] ?? 0) / host.length : 0,
        Number((textCount.get(text) ?? 0) > 1),
        Number((targetTexts.get(link.target)?.size ?? 0) > 1),
        targetTopic(link.target, text),
        Math.min(all.length, 10) / 10,
      ],
    });
  }
  return out;
}
