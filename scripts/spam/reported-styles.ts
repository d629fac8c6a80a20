/**
 * One news item of another story pasted once into a writer's paragraph, opened by a reporting
 * connective (此外，据悉，… / 与此同时，… / 据了解，…) so that it reads as the story going on
 * (session 20, issue 12; QA19's class, described to us by class and position, never seen). Each item
 * is 18–40 Han, its own subject and predicate with a figure, a place or a body no host names.
 *
 * Places, as the farm used them:
 * - **comma**: after one of the writer's commas, closed with a comma of its own, the writer's
 *   sentence going on right after it (…，[item]，专家提醒…);
 * - **inside**: the same after the first clause of a writer's sentence;
 * - **stop**: after a full stop, closed with one, between two of the writer's sentences;
 * - **quote**: right after a closing quotation mark, closed with a full stop;
 * - **end**: after the paragraph's last full stop.
 *
 * Hosts: the short hand-written articles of the split and the corpus articles of its half with 150+
 * Han characters; three pages a place for a short host, one for a long one; one page in three made
 * Traditional whole. Items written for this file, in vocabulary of their own per split. Dev (seed
 * 201) is for building; held-out (seed 203) is measured only. Frozen before any finder was written
 * (2026-12-06, session 20).
 */
import { SHORT_ARTICLES } from '../../tests/fixtures/short-articles';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import type { TruthSpan } from './tally';

export type ReportedSplit = 'dev' | 'heldout';
export const REPORTED_PLACES = ['comma', 'inside', 'stop', 'quote', 'end'] as const;
export type ReportedPlace = (typeof REPORTED_PLACES)[number];
export const REPORTED_SEEDS: Record<ReportedSplit, number> = { dev: 201, heldout: 203 };

const ITEMS: Record<ReportedSplit, readonly string[]> = {
  dev: [
    '据悉，省自然博物馆新建的恐龙化石展厅将于下月十五日起免费开放',
    '另据报道，一家造船厂本周向外国船东交付了两艘载重三十万吨的油轮',
    '与此同时，动物园的大熊猫双胞胎日前满百日，体重均已超过五公斤',
    '值得一提的是，今年春运首日全国铁路预计发送旅客一千二百万人次',
    '据了解，一部国产科幻电影上映十天票房已突破二十亿元',
    '此外，城市马拉松的报名人数创下新高，三万个名额两小时内被抢光',
    '另外，一颗气象卫星昨天在酒泉成功发射，将用于台风监测',
    '据介绍，某银行将一年期定期存款利率下调0.15个百分点',
    '记者了解到，一款新型电动自行车充满电可骑行120公里，售价2599元',
    '同时，海关数据显示前十个月我国汽车出口量同比增长三成',
    '此外，据悉，一支高校学生合唱团在维也纳的国际比赛中获得金奖',
  ],
  heldout: [
    '另据消息，一座跨海隧道的盾构机日前完成了最后五百米的掘进',
    '据悉，南方一家水族馆新引进的三头白鲸已经适应了新环境',
    '此外，一家连锁书店宣布将在年底前关闭位于市中心的十二家门店',
    '据了解，一款国产大型无人机完成首次高原试飞，最大航程达到四千公里',
    '与此同时，某汽车品牌下调旗下三款车型售价，最高降幅达2万元',
    '值得注意的是，全国冬小麦播种面积预计比去年增加三百万亩',
    '另外，一场国际象棋公开赛在成都落幕，十四岁少年夺得冠军',
    '据报道，一家航天公司的可回收火箭第五次成功降落在海上平台',
    '有消息称，本市第一家无人值守的24小时药房将在下周试营业',
    '据统计，今年国庆假期全国共接待游客七亿多人次，旅游收入五千亿元',
    '业内人士透露，一家外资超市计划明年在西部新开二十家会员店',
    '记者获悉，一艘科考船携带深海潜水器从三亚港出发，前往印度洋作业',
  ],
};

const HAN = /\p{Script=Han}/gu;
const hanCount = (texts: readonly string[]): number => texts.join('').match(HAN)?.length ?? 0;

export interface ReportedHost {
  title: string;
  paragraphs: readonly string[];
  short: boolean;
}

/** A page with one line pasted in: its place, whether it was turned Traditional, paragraphs and truth. */
export interface OneLinePage<P extends string> {
  place: P;
  traditional: boolean;
  paragraphs: string[];
  truth: TruthSpan[][];
}
export type ReportedPage = OneLinePage<ReportedPlace>;

export function reportedHosts(split: ReportedSplit): ReportedHost[] {
  return [
    ...SHORT_ARTICLES.filter((a) => a.split === split),
    ...loadCorpus().filter((d) => splitOf(d.url) === split && hanCount(d.paragraphs) >= 150),
  ].map((h) => ({ title: h.title, paragraphs: h.paragraphs, short: hanCount(h.paragraphs) <= 400 }));
}

/** Offsets where the place's item goes in, each with the mark that closes it. */
function placesFor(place: ReportedPlace, text: string): [number, string][] {
  const after = (re: RegExp, close: string): [number, string][] => [...text.matchAll(re)].map((m) => [(m.index ?? 0) + m[0].length, close]);
  switch (place) {
    case 'comma':
      return after(/，(?=\p{Script=Han})/gu, '，');
    case 'inside':
      return after(/(?:^|[。！？])[^，。！？“”]{4,30}，(?=\p{Script=Han})/gu, '，');
    case 'stop':
      return after(/[。！？](?=\p{Script=Han})/gu, '。');
    case 'quote':
      return after(/[。！？][”」](?=\p{Script=Han})/gu, '。');
    case 'end':
      return /[。！？]$/u.test(text) && /[。！？]./u.test(text) ? [[text.length, '。']] : [];
  }
}

/**
 * One page of `place` on `host` with a line of `pool` pasted where `placesFor` says (offsets, each with the
 * mark that closes the line), or null when no paragraph has such a place. Shared by ./generic-styles.ts.
 */
function pasteOneLine<P extends string>(host: ReportedHost, place: P, pool: readonly string[], placesFor: (place: P, text: string) => [number, string][], seed: number, toTraditional: ((text: string) => string) | null): OneLinePage<P> | null {
  const random = createRandom(seed);
  const line = pool[Math.floor(random() * pool.length)] ?? '';
  const options = host.paragraphs.flatMap((text, p) => placesFor(place, text).map(([at, close]) => [p, at, close] as const));
  const chosen = options[Math.floor(random() * options.length)];
  if (!chosen) return null;
  const [p, at, close] = chosen;
  const paragraphs = [...host.paragraphs];
  const truth: TruthSpan[][] = paragraphs.map(() => []);
  const text = paragraphs[p] ?? '';
  const pasted = line + close;
  paragraphs[p] = text.slice(0, at) + pasted + text.slice(at);
  truth[p]?.push([at, at + pasted.length, 'sentence']);
  const convert = toTraditional ?? ((t: string) => t);
  return { place, traditional: toTraditional !== null, paragraphs: paragraphs.map(convert), truth };
}

/**
 * The pages of host number `h`, a line of `pool` pasted once a page: three a place for a short host, one for a
 * long one; every third page Traditional; seeds from the split's `seed`.
 */
export function oneLinePagesOf<P extends string>(host: ReportedHost, h: number, places: readonly P[], pool: readonly string[], placesFor: (place: P, text: string) => [number, string][], seed: number, toTraditional: (text: string) => string): OneLinePage<P>[] {
  const out: OneLinePage<P>[] = [];
  places.forEach((place, s) => {
    for (let n = 0; n < (host.short ? 3 : 1); n++) {
      const traditional = (h + s + n) % 3 === 2;
      const page = pasteOneLine(host, place, pool, placesFor, seed * 100000 + h * 100 + s * 10 + n, traditional ? toTraditional : null);
      if (page) out.push(page);
    }
  });
  return out;
}

export function reportedPagesOf(host: ReportedHost, h: number, split: ReportedSplit, toTraditional: (text: string) => string): ReportedPage[] {
  return oneLinePagesOf(host, h, REPORTED_PLACES, ITEMS[split], placesFor, REPORTED_SEEDS[split], toTraditional);
}
