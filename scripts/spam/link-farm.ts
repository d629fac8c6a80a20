/**
 * Pages with links, for the link evidence (src/spam/link-*.ts): a clean article gets the links a
 * news site gives its text — a person's or a company's name to a profile or a stock quote, a place
 * or a topic word to the site's own tag page, a related story under a label — and a farm page also
 * gets commercial keywords pasted in, most as link text to another site, some as plain text.
 * Every link's range is recorded, so the bench measures both what the keywords cost the farm
 * (recall) and what the real links cost the clean article (nothing may be hidden).
 *
 * The keyword vocabularies are written here, one per split, none taken from or written for the
 * exact finders (find-seo.ts, and the commercial-keyword list that stood beside it until
 * 2026-12-04): the bench prints how many of them find-seo.ts would find anyway.
 */
import type { LinkRange } from '../../src/spam/types';
import type { TruthSpan } from './tally';
import type { TaggedWord } from './headlines';
import { createRandom } from './inject';
import { hanWordSeams } from './word-seams';

export type LinkSplit = 'dev' | 'heldout' | 'fresh';

/** [prefixes, heads]: a keyword is one prefix (or none, '') and one head. */
type Vocabulary = [string[], string[]][];

const KEYWORDS: Record<LinkSplit, Vocabulary> = {
  dev: [
    [['bet365', '皇冠', '威尼斯人', '188'], ['体育官方', '真人视讯', '线上棋牌游戏', '电子游艺', '捕鱼达人', '足彩推荐']],
    [['', '身份证', '征信黑户'], ['秒到账', '借钱平台', '贷款app', '分期套现']],
    [['', '百度', '抖音'], ['刷粉丝', '快排软件', '霸屏推广', '引流获客']],
    [['', '正品'], ['减肥药', '代写论文', '刷单兼职', '私家侦探']],
  ],
  heldout: [
    [['ag', '金宝博', '澳门新濠', '亚博'], ['官方平台', '视讯厅', '斗地主赢钱', '时时彩计划', '六合资料', '老虎机技巧']],
    [['', '大学生', '无视黑白'], ['应急周转金', '手机贷', '信用卡代还', '花呗提现']],
    [['', '360', '小红书'], ['排名代做', '外链代发', '推广代运营', '刷流量']],
    [['', '低价'], ['壮阳药', '论文代发', '网赚项目', '私人侦探']],
  ],
  fresh: [
    [['kaiyun', '乐鱼', '太阳城集团', '99'], ['球赛直播间', '电竞竞猜', '百家乐技巧', '牛牛炸金花', '赛车pk10', '快三计划']],
    [['', '上班族', '逾期'], ['口子大全', '借呗套现', '下款神器', '黑户贷']],
    [['', '谷歌', '微信'], ['群发软件', '霸屏营销', '站群系统', '蜘蛛池出租']],
    [['', '高仿'], ['名表', '代考驾照', '办证刻章', '兼职日结']],
  ],
};

/** Every keyword a split's vocabulary can make (for checking them against the exact lists). */
export function allKeywords(split: LinkSplit): string[] {
  return KEYWORDS[split].flatMap(([prefixes, heads]) => prefixes.flatMap((p) => heads.map((h) => p + h)));
}

function keyword(split: LinkSplit, random: () => number): string {
  const groups = KEYWORDS[split];
  const [prefixes, heads] = groups[Math.floor(random() * groups.length)] ?? [[], []];
  return (prefixes[Math.floor(random() * prefixes.length)] ?? '') + (heads[Math.floor(random() * heads.length)] ?? '');
}

/** Labels a site puts in front of a related story's headline. */
const RELATED_LABELS = ['相关阅读：', '相关新闻：', '延伸阅读：', '推荐阅读：', '相关报道：'];

export interface LinkedPage {
  title: string;
  paragraphs: string[];
  links: LinkRange[][];
  /** The pasted keywords, family 'seo' (empty on a clean page). */
  truth: TruthSpan[][];
  /** Parallel to truth: 'link' (pasted as link text) or 'plain'. */
  styles: string[][];
}

interface Insertion {
  at: number;
  text: string;
  link: { sameSite: boolean; target: number } | null;
}

const HAN = /\p{Script=Han}/u;
/** Parts of speech whose words a site links: people, places, organisations, and topic nouns. */
const LINKED_TAGS: Record<string, { sameSite: number }> = {
  nr: { sameSite: 0.5 }, // a person: the site's people page, or an encyclopedia
  nt: { sameSite: 0.4 }, // an organisation or a company: its own site, a stock quote
  ns: { sameSite: 0.9 }, // a place: the site's tag page
  nz: { sameSite: 0.7 },
  n: { sameSite: 0.95 }, // a topic word: the site's keyword page (a CMS links the first mention)
  vn: { sameSite: 0.95 },
};

/**
 * How a site addresses its in-text links:
 * - 'own': each linked word its own page (a person's profile, a place's tag page);
 * - 'one target': every linked word to ONE address — the site's search or tag page, or its home
 *   page (an SEO plugin linking each keyword to one landing page);
 * - 'search': each word to a search page with the word as its query, so the address is the same
 *   only for the same text, and the plugin links a word's later mentions too.
 * The last two are what real sites do and what a farm's keyword links look like on the surface
 * (several links to one address, the same text linked again): the clean pages must have them, or
 * the link model learns that a shared address is a farm's (QA, session 8: clean pages marked).
 */
export type SiteLinkStyle = 'own' | 'one target' | 'search';

/** A site's style, drawn apart from the page's other draws so that adding it moved no other choice. */
export function siteLinkStyle(seed: number): SiteLinkStyle {
  const draw = createRandom(seed ^ 0x2b1e5c3d)();
  return draw < 0.25 ? 'one target' : draw < 0.4 ? 'search' : 'own';
}

/** A 'search' site links a word's later mentions too, up to this many in all. */
const SEARCH_MENTIONS = 3;

/**
 * A site's real links over the words of `paragraphs`: the first mention of up to a dozen names and
 * topic words (none inside the `avoid` spans: what a farm pasted), numbered from `firstTarget`,
 * addressed as `style` says.
 */
export function realLinks(
  paragraphs: readonly string[],
  random: () => number,
  tag: (text: string) => TaggedWord[],
  avoid: readonly (readonly TruthSpan[])[],
  firstTarget: number,
  style: SiteLinkStyle = 'own',
): LinkRange[][] {
  const links: LinkRange[][] = paragraphs.map(() => []);
  const linked = new Set<string>();
  // Up to a dozen: a portal's story links its names and topic words generously.
  const realCount = Math.floor(random() * 13);
  const choices: { p: number; start: number; end: number; sameSite: boolean }[] = [];
  paragraphs.forEach((text, p) => {
    let at = 0;
    for (const { word, tag: pos } of tag(text)) {
      const kind = LINKED_TAGS[pos];
      const end = at + word.length;
      const pasted = (avoid[p] ?? []).some(([s, e]) => s < end && at < e);
      if (kind && word.length >= 2 && HAN.test(word) && !linked.has(word) && !pasted) {
        linked.add(word);
        choices.push({ p, start: at, end, sameSite: random() < kind.sameSite });
      }
      at = end;
    }
  });
  let target = firstTarget;
  const picked: typeof choices = [];
  for (let n = 0; n < realCount && choices.length; n++) {
    const [c] = choices.splice(Math.floor(random() * choices.length), 1);
    if (c) picked.push(c);
  }
  if (style === 'own') for (const c of picked) links[c.p]!.push({ start: c.start, end: c.end, sameSite: c.sameSite, target: target++ });
  // One landing page on the site itself: every link goes there.
  if (style === 'one target') for (const c of picked) links[c.p]!.push({ start: c.start, end: c.end, sameSite: true, target: firstTarget });
  if (style === 'search') {
    const targetOf = new Map<string, number>();
    for (const c of picked) {
      const word = paragraphs[c.p]!.slice(c.start, c.end);
      // A later mention linked before may lie inside this word's first mention (北京 in 北京市).
      if (links[c.p]!.some((l) => l.start < c.end && c.start < l.end)) continue;
      if (!targetOf.has(word)) targetOf.set(word, target++);
      links[c.p]!.push({ start: c.start, end: c.end, sameSite: c.sameSite, target: targetOf.get(word)! });
      laterMentions(paragraphs, links, avoid, c, word).forEach((m) => links[m.p]!.push({ ...m.range, sameSite: c.sameSite, target: targetOf.get(word)! }));
    }
  }
  for (const ranges of links) ranges.sort((a, b) => a.start - b.start);
  return links;
}

/** Mentions of `word` after the first (`first`), up to SEARCH_MENTIONS in all, touching no link or avoided span. */
function laterMentions(
  paragraphs: readonly string[],
  links: readonly LinkRange[][],
  avoid: readonly (readonly TruthSpan[])[],
  first: { p: number; start: number },
  word: string,
): { p: number; range: { start: number; end: number } }[] {
  const out: { p: number; range: { start: number; end: number } }[] = [];
  for (let p = first.p; p < paragraphs.length && out.length + 1 < SEARCH_MENTIONS; p++) {
    let from = p === first.p ? first.start + word.length : 0;
    for (let at = paragraphs[p]!.indexOf(word, from); at >= 0 && out.length + 1 < SEARCH_MENTIONS; at = paragraphs[p]!.indexOf(word, from)) {
      from = at + word.length;
      const end = at + word.length;
      const touches = (s: number, e: number): boolean => s < end && at < e;
      if ((links[p] ?? []).some((l) => touches(l.start, l.end)) || (avoid[p] ?? []).some(([s, e]) => touches(s, e))) continue;
      if (out.some((m) => m.p === p && touches(m.range.start, m.range.end))) continue;
      out.push({ p, range: { start: at, end } });
    }
  }
  return out;
}

/**
 * The article with a site's real links and, when `farm`, 1–4 pasted keywords. `related` holds
 * headlines of other articles of the split, for the related-story links.
 */
export function linkPage(
  article: { title: string; paragraphs: readonly string[] },
  seed: number,
  split: LinkSplit,
  tag: (text: string) => TaggedWord[],
  related: readonly string[],
  farm: boolean,
): LinkedPage {
  const random = createRandom(seed);
  const paragraphs = [...article.paragraphs];

  const links = realLinks(paragraphs, random, tag, paragraphs.map(() => []), 1, siteLinkStyle(seed));
  let nextTarget = 1 + links.flat().length;

  // A related story: its own line under a label, or after the last paragraph's last full stop.
  if (related.length && random() < 0.5) {
    const headline = related[Math.floor(random() * related.length)] ?? '';
    const label = RELATED_LABELS[Math.floor(random() * RELATED_LABELS.length)] ?? '';
    if (random() < 0.7) {
      paragraphs.push(label + headline);
      links.push([{ start: label.length, end: label.length + headline.length, sameSite: random() < 0.9, target: nextTarget++ }]);
    } else {
      const last = paragraphs.length - 1;
      const start = paragraphs[last]!.length + 1 + label.length;
      paragraphs[last] = `${paragraphs[last]}（${label}${headline}）`;
      links[last]!.push({ start, end: start + headline.length, sameSite: random() < 0.9, target: nextTarget++ });
    }
  }

  // The farm's keywords: one or two link targets of its own, most keywords as link text.
  const insertions: Insertion[][] = paragraphs.map(() => []);
  if (farm) {
    const targets = [nextTarget, nextTarget + 1];
    const count = 1 + Math.floor(random() * 4);
    for (let n = 0; n < count; n++) {
      const p = Math.floor(random() * article.paragraphs.length);
      const text = paragraphs[p] ?? '';
      const where = random();
      let spots: number[];
      if (where < 0.3) spots = /[。！？]$/u.test(text) ? [text.length] : [];
      else if (where < 0.6) spots = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
      else spots = hanWordSeams(text, tag(text).map((t) => t.word));
      // Not inside a real link.
      spots = spots.filter((at) => !links[p]!.some((l) => at > l.start && at < l.end));
      if (spots.length === 0) continue;
      const asLink = random() < 0.75;
      const link = asLink ? { sameSite: random() < 0.15, target: targets[Math.floor(random() * targets.length)] ?? 0 } : null;
      insertions[p]!.push({ at: spots[Math.floor(random() * spots.length)] ?? 0, text: keyword(split, random), link });
    }
  }

  const out: LinkedPage = { title: article.title, paragraphs: [], links: [], truth: [], styles: [] };
  paragraphs.forEach((original, p) => {
    const list = (insertions[p] ?? []).sort((a, b) => a.at - b.at);
    const shift = (offset: number, strictlyAfter: boolean): number =>
      offset + list.filter((i) => (strictlyAfter ? i.at < offset : i.at <= offset)).reduce((sum, i) => sum + i.text.length, 0);
    // A real link keeps its words: an insertion at its start goes before it, at its end after it.
    const pageLinks: LinkRange[] = (links[p] ?? []).map((l) => ({ ...l, start: shift(l.start, false), end: shift(l.end, true) }));
    let text = '';
    let from = 0;
    const truth: TruthSpan[] = [];
    const styles: string[] = [];
    for (const insertion of list) {
      text += original.slice(from, insertion.at);
      from = insertion.at;
      const start = text.length;
      text += insertion.text;
      truth.push([start, text.length, 'seo']);
      styles.push(insertion.link ? 'link' : 'plain');
      if (insertion.link) pageLinks.push({ start, end: text.length, ...insertion.link });
    }
    text += original.slice(from);
    out.paragraphs.push(text);
    out.links.push(pageLinks.sort((a, b) => a.start - b.start));
    out.truth.push(truth);
    out.styles.push(styles);
  });
  return out;
}

/** Seeds of the link pages, one per split, never the other runs' seeds. */
export const LINK_SEEDS: Record<LinkSplit, number> = { dev: 31, heldout: 32, fresh: 37 };

export { createRandom };
