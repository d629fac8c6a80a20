/**
 * A second fresh held-out for sentences pasted once (session 31, issue 12): once30's held-out was read
 * in session 30 (its level was read off that curve), so a change to the once-run finder needs text it
 * was not tuned on. Held-out only, seed 313; every wording here is new (written in session 31, before
 * any finder change of this session, and frozen by its own commit). Never trained on.
 *
 * What the never-seen sets showed six rounds running (the once class: 0 hidden): **news-register
 * sentences of another story** set between or inside the writer's sentences with no seam mark. So one
 * class, `news`, in six places: `inside` (glued at a word boundary, no mark), `comma` (closed by a
 * comma), `between` (after a stop, the paragraph going on), `quote` (after a comma or stop inside one of
 * the writer's quotations — the never-seen sets' weakest place), `end` (after a paragraph's last stop),
 * `own` (a paragraph of its own, never the first).
 *
 * The look-alikes are the writer's, on every page: one **digression** in the same news register (a
 * background fact, a rule in force, a figure, an earlier event, a scene, a bystander), the kinds that
 * scored like a paste on once30's held-out, between two sentences, at a paragraph's head or end, or as
 * a paragraph of its own. Hosts: ./reported-styles.ts's held-out split. Run by ./bench-once30.ts --set=once31.
 */
import { createRandom } from './inject';
import type { ReportedHost } from './reported-styles';

export const ONCE31_SEED = 313;
export const ONCE31_PLACES = ['inside', 'comma', 'between', 'quote', 'end', 'own'] as const;
export type Once31Place = (typeof ONCE31_PLACES)[number];
export const DIGRESSION31_KINDS = ['background', 'policy', 'figure', 'earlier', 'scene', 'bystander'] as const;
export type Digression31Kind = (typeof DIGRESSION31_KINDS)[number];
export const DIGRESSION31_PLACES = ['between', 'end', 'start', 'own'] as const;
export type Digression31Place = (typeof DIGRESSION31_PLACES)[number];

/** Another story's sentences in a reporter's register, without the closing mark (the place gives it one). */
const PASTES: readonly string[] = [
  '国家统计局今天发布数据，十一月份全国规模以上工业增加值同比增长百分之五点四',
  '前天夜里，城东一处老旧小区因电线老化引发火灾，消防员半小时后将明火扑灭',
  '这场持续三天的降雪导致省内多条高速公路临时封闭',
  '据悉，该公司上半年净利润同比下降近四成',
  '中国女排在昨晚的比赛中以三比一战胜对手，提前锁定小组第一',
  '法院一审判决被告人有期徒刑八年，并处罚金二十万元',
  '新学期开始后，全市将有十二所新建学校投入使用',
  '该景区国庆假期共接待游客四十余万人次，门票收入同比增长两成',
  '本次展会吸引了来自三十多个国家和地区的八百余家企业参展',
  '记者昨日从铁路部门了解到，春运火车票将于下月中旬开始发售',
  '研究人员发现，每天步行六千步以上可显著降低心血管疾病风险',
  '据当地媒体报道，一架小型飞机在郊区农田迫降，两名机组人员轻伤',
  '今年以来，全省累计新增城镇就业岗位五十二万个',
  '这家老字号餐馆将于月底停业，不少老顾客专程前来告别',
  '受台风影响，沿海地区部分航班和渡轮已经停运',
  '一批珍贵文物日前在考古发掘中出土，年代可追溯至西周时期',
  '市场监管部门近日抽检了两百批次食品，其中五批次不合格',
  '截至目前，该疫苗已在国内完成三期临床试验',
  '该县今年的脐橙产量预计达到十五万吨，比去年增加一成',
  '多家银行近期下调了大额存单的利率',
  '警方已对涉嫌醉驾的司机依法采取刑事强制措施',
  '首届国际马拉松赛将于下月在滨江新区鸣枪开跑',
  '据介绍，新航站楼设计年旅客吞吐量为四千万人次',
  '一名八十岁老人走失两天后，在邻村一处草垛旁被找到',
];

/** The writer's digressions in the same register: whole sentences, each closed with its own mark. */
const DIGRESSIONS: Record<Digression31Kind, readonly string[]> = {
  background: [
    '我国的城镇化率目前已超过百分之六十五。',
    '秋冬季节空气干燥，是火灾的高发期。',
    '在很多农村地区，青壮年外出务工后，留守的多是老人和孩子。',
    '近年来，网购退货纠纷在消费投诉中所占的比例逐年上升。',
  ],
  policy: [
    '按照相关规定，学校食堂的原材料必须可追溯来源。',
    '依据劳动法，用人单位安排加班应当支付加班费。',
    '按现行标准，城市公交车的使用年限一般为八年。',
    '根据有关政策，六十五岁以上老人可免费乘坐公交。',
  ],
  figure: ['数据显示，我国每年产生的生活垃圾超过两亿吨。', '一般来说，一个成年人每天需要饮水一千五百毫升左右。', '全国现有各类养老机构四万余家。'],
  earlier: ['去年夏天，附近的一条河道也曾因暴雨漫过堤岸。', '早在十几年前，当地就曾尝试过类似的做法，后来不了了之。', '上世纪七十年代，这里还只是一个只有几十户人家的渔村。'],
  scene: ['傍晚时分，广场上跳舞的人渐渐多了起来。', '走廊的尽头堆着几个纸箱，上面落满了灰尘。', '雨一直没停，路边的积水已经没过了脚踝。'],
  bystander: ['一位在路边卖水果的摊主说，这几天来往的人明显少了。', '一名刚下夜班的护士说，她已经习惯了这样的节奏。'],
};

const HAN = /\p{Script=Han}/u;

export interface Once31Page {
  cls: 'news';
  place: Once31Place;
  kind: Digression31Kind;
  digressionPlace: Digression31Place;
  traditional: boolean;
  title: string;
  paragraphs: string[];
  /** Per paragraph: [start, end) of the pasted piece (one on the page). */
  truth: [number, number][][];
  /** Per paragraph: [start, end) of the writer's digression. */
  lookalikes: [number, number][][];
}

/** Whether offset `at` of `text` lies inside one of the writer's quotations (an open “ or 「 before it). */
function inQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/[“「]/gu)?.length ?? 0) > (before.match(/[”」]/gu)?.length ?? 0);
}

/** Offsets of `text` where a piece goes in `place` (not 'own'), each with what closes the piece. */
function spotsOf(place: Exclude<Once31Place, 'own'>, text: string, segment: (text: string) => string[]): [number, string][] {
  const after = (re: RegExp, close: string): [number, string][] => [...text.matchAll(re)].map((m) => [m.index + m[0].length, close]);
  switch (place) {
    case 'inside': {
      const out: [number, string][] = [];
      let i = 0;
      for (const word of segment(text)) {
        i += word.length;
        if (i < text.length && HAN.test(text.charAt(i - 1)) && HAN.test(text.charAt(i)) && !inQuote(text, i)) out.push([i, '']);
      }
      return out;
    }
    case 'comma':
      return after(/，(?=\p{Script=Han})/gu, '，').filter(([at]) => !inQuote(text, at));
    case 'between':
      return after(/[。！？](?=\p{Script=Han})/gu, '。').filter(([at]) => !inQuote(text, at));
    case 'quote':
      return [...after(/，(?=\p{Script=Han})/gu, '，'), ...after(/[。！？](?=\p{Script=Han})/gu, '。')].filter(([at]) => inQuote(text, at));
    case 'end':
      return /[。！？]$/u.test(text) ? [[text.length, '。']] : [];
  }
}

/** Offsets where the writer's digression goes (outside quotations). */
function digressionSpotsOf(place: Exclude<Digression31Place, 'own'>, text: string): number[] {
  switch (place) {
    case 'between':
      return [...text.matchAll(/[。！？](?=\p{Script=Han})/gu)].map((m) => m.index + 1).filter((at) => !inQuote(text, at));
    case 'end':
      return /[。！？]$/u.test(text) ? [text.length] : [];
    case 'start':
      return HAN.test(text.charAt(0)) && /[。！？]/u.test(text) ? [0] : [];
  }
}

/** The pages of host number `h`: four, the paste's place cycling. */
export function once31PagesOf(host: ReportedHost, h: number, segment: (text: string) => string[], toTraditional: (text: string) => string): Once31Page[] {
  const out: Once31Page[] = [];
  for (let n = 0; n < 4; n++) {
    const random = createRandom(ONCE31_SEED * 100000 + h * 100 + n);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
    const place = ONCE31_PLACES[(h * 4 + n) % ONCE31_PLACES.length] ?? 'between';
    // Drawn, not cycled: the digression's kind and place independent of the paste's place.
    const kind = pick(DIGRESSION31_KINDS) ?? 'scene';
    const digressionPlace = pick(DIGRESSION31_PLACES) ?? 'between';
    const paragraphs = [...host.paragraphs];
    const page: Once31Page = { cls: 'news', place, kind, digressionPlace, traditional: (h + n) % 3 === 2, title: host.title, paragraphs, truth: paragraphs.map(() => []), lookalikes: paragraphs.map(() => []) };
    const digression = pick(DIGRESSIONS[kind]) ?? '';
    if (digressionPlace === 'own') {
      const at = 1 + Math.floor(random() * Math.max(1, page.paragraphs.length - 1));
      page.paragraphs.splice(at, 0, digression);
      page.truth.splice(at, 0, []);
      page.lookalikes.splice(at, 0, [[0, digression.length]]);
    } else {
      const spot = pick(page.paragraphs.flatMap((text, p) => digressionSpotsOf(digressionPlace, text).map((at) => [p, at] as const)));
      if (spot) {
        insert(page, spot[0], spot[1], digression);
        page.lookalikes[spot[0]]?.push([spot[1], spot[1] + digression.length]);
      }
    }
    const piece = pick(PASTES) ?? '';
    if (place === 'own') {
      const at = 1 + Math.floor(random() * Math.max(1, page.paragraphs.length - 1));
      page.paragraphs.splice(at, 0, `${piece}。`);
      page.truth.splice(at, 0, [[0, piece.length + 1]]);
      page.lookalikes.splice(at, 0, []);
    } else {
      // Never inside the digression nor at its edges: the paste stands among the writer's story.
      const spots = page.paragraphs.flatMap((text, p) => spotsOf(place, text, segment).filter(([at]) => !(page.lookalikes[p] ?? []).some(([a, b]) => at >= a && at <= b)).map(([at, close]) => [p, at, close] as const));
      const spot = pick(spots);
      if (!spot) continue;
      const [p, at, close] = spot;
      const text = piece + close;
      insert(page, p, at, text);
      page.truth[p]?.push([at, at + text.length]);
    }
    if (page.traditional) {
      page.title = toTraditional(page.title);
      page.paragraphs = page.paragraphs.map(toTraditional);
    }
    out.push(page);
  }
  return out;
}

/** Inserts `text` at `at` of paragraph `p`, shifting the spans that lie after it. */
function insert(page: Once31Page, p: number, at: number, text: string): void {
  const old = page.paragraphs[p] ?? '';
  page.paragraphs[p] = old.slice(0, at) + text + old.slice(at);
  const shift = (span: [number, number]): [number, number] => (span[0] >= at ? [span[0] + text.length, span[1] + text.length] : span);
  page.truth[p] = (page.truth[p] ?? []).map(shift);
  page.lookalikes[p] = (page.lookalikes[p] ?? []).map(shift);
}
