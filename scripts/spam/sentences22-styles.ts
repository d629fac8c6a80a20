/**
 * Off-topic sentences a farm pastes into a copied article, pasted twice or once (session 22, issue
 * 12; QA21: off-topic sentences 22% marked, none hidden). Frozen before any finder was changed.
 *
 * What is pasted: a sentence that says nothing about the story — a chatty line about the paster's
 * own life, a news item of another story, or the farm's filler (advice, a product blurb, an offer),
 * 14–28 Han, written for this file in vocabulary of its own per split.
 *
 * Styles:
 * - **twice**: the same string pasted into two different paragraphs of the writer. The string has
 *   one form per page (bare, closed with a comma, or closed with a full stop) and each copy its
 *   own place: `word` (glued between two of the writer's words, mid-sentence), `comma` (after one of
 *   the writer's commas, the writer's clause going on right after), `stop` (after a full stop,
 *   between two of the writer's sentences) or `end` (after the paragraph's last stop). So a copy's
 *   neighbours differ from the other copy's, and its closing mark may or may not fit its place.
 * - **sound**: pasted once, closed with its own full stop, after a stop (between two sentences or
 *   at the paragraph's end): its seams are sentence boundaries.
 * - **glued**: pasted once with no sound seam: bare between two words, or after a comma and closed
 *   with one. A finder may mark it; one that hides here must not take the writer's characters.
 * - **lookalike**: the writer's own text that resembles these, no truth (nothing may be hidden):
 *   an attribution the writer repeats at the head of two paragraphs, a quoted statement given
 *   twice, a digression after a stop, a line pointing to the paper's earlier reports at a
 *   paragraph's end, a closing line that echoes the opening one.
 *
 * Hosts: those of ./reported-styles.ts (the split's short hand-written articles and its half of
 * the corpus with 150+ Han); two pages a style for a short host, one for a long one; every third
 * page Traditional. Dev (seed 221) is for building; held-out (seed 223) is measured only; fresh
 * (seed 227, held-out's pools and hosts, added after held-out was first read) confirms a change once.
 * Run by ./bench-sentences22.ts.
 */
import { createRandom } from './inject';
import type { ReportedHost } from './reported-styles';
import type { TruthSpan } from './tally';

export type Sentences22Split = 'dev' | 'heldout' | 'fresh';
export const SENTENCES22_STYLES = ['twice', 'sound', 'glued', 'lookalike'] as const;
export type Sentences22Style = (typeof SENTENCES22_STYLES)[number];
export const SENTENCES22_SEEDS: Record<Sentences22Split, number> = { dev: 221, heldout: 223, fresh: 227 };
/** The pools and hosts a split reads: `fresh` is held-out's with a seed of its own (another draw of places), read once. */
const poolOf = (split: Sentences22Split): 'dev' | 'heldout' => (split === 'dev' ? 'dev' : 'heldout');

/** Sentences that say nothing about any host's story, bare (no closing mark). */
const PASTES: Record<'dev' | 'heldout', readonly string[]> = {
  dev: [
    // The paster's own life.
    '我这个人吧，最大的爱好就是周末睡到自然醒',
    '隔壁王阿姨家的狗又跑丢了，全小区的人都在帮忙找',
    '昨晚梦见自己考试迟到，醒来发现早就毕业十年了',
    '说真的，奶茶第二杯半价这种活动谁能拒绝啊',
    '我决定从下个月开始每天跑步五公里，这次一定坚持',
    '朋友圈里晒旅游照片的人越来越多，只有我还在加班',
    '小区门口新开的烧烤店味道一般，排队的人倒是不少',
    '女儿说长大要当宇航员，我说先把作业写完再说',
    // Another story's news item.
    '一艘满载集装箱的货轮昨天驶入洋山港，创下单船装载量纪录',
    '南极科考队员在冰盖上发现了一块重约三公斤的陨石',
    '本届国际风筝节共吸引了来自三十多个国家的选手参赛',
    '一家乳制品企业宣布召回两批次婴幼儿配方奶粉',
    '一头走失的梅花鹿在居民楼下被消防员成功救助',
    '一名七十岁老人骑自行车用半年时间走完了川藏线',
    '全市首座氢能源加气站日前正式投入运营',
    '一场罕见的冰雹袭击了西北某县，数百亩苹果园受损',
    // The farm's filler: advice, a product, an offer.
    '专家提醒，空腹喝咖啡容易刺激胃黏膜，最好搭配早餐',
    '这款保温杯采用双层真空设计，保温时间长达二十四小时',
    '秋冬季节皮肤容易干燥，建议每天多喝水并涂抹保湿霜',
    '凡在本店消费满三百元即可参加抽奖，奖品丰厚',
    '久坐办公的人群每隔一小时应起身活动五分钟',
    '新款扫地机器人限时特价一千二百九十九元，包邮到家',
    '冬季开车出行前，最好提前检查轮胎气压和防冻液',
    '会员日当天全场商品八折，积分还可以双倍累计',
  ],
  heldout: [
    '上周末去爬山，结果在半山腰就累得走不动了',
    '我家楼上的小孩天天练钢琴，现在已经能弹完整首曲子了',
    '今年的年终奖还没发，房东已经来催房租了',
    '早上出门忘带钥匙，在门口等了两个小时开锁师傅',
    '同事推荐的那部电视剧我追了三天，结局真让人失望',
    '外卖小哥送错了地址，最后我们俩在楼下笑成一团',
    '我妈最近迷上了广场舞，每天晚饭后准时出门',
    '去年买的健身卡一次都没用过，想想都心疼',
    '一架执行救援任务的直升机在高原机场完成了夜间起降',
    '考古人员在一座汉代墓葬中出土了保存完好的漆器',
    '一家动物园的长颈鹿宝宝近日首次与游客见面',
    '某市地铁三号线全线贯通，预计明年春节前开通试运营',
    '一支民间救援队在山谷里找到了失联两天的驴友',
    '一颗小行星昨晚从距离地球约四百万公里处掠过',
    '今年全省蜜柚喜获丰收，果农们正忙着采摘装箱',
    '一座百年老桥经过两年修缮后重新向行人开放',
    '营养师提示，晚餐吃得过饱会影响睡眠质量',
    '这台空气炸锅无需放油，十分钟就能做出香脆鸡翅',
    '夏季雷雨天气较多，外出时应远离高压电线和大树',
    '即日起办理宽带业务可免费获赠一台智能音箱',
    '牙科医生建议，每半年应进行一次口腔检查和洁牙',
    '这套儿童绘本共二十册，现在下单立减八十元',
    '出门旅游前请关闭家中燃气阀门，并检查门窗是否锁好',
    '新用户注册即送五十元优惠券，首单还能享受免运费',
  ],
};

/** The writer's own text that resembles a paste; each kind is put in by `lookalikeOf`. */
const LOOKALIKES: Record<'dev' | 'heldout', { attributions: string[]; quotes: string[]; digressions: string[]; pointers: string[]; refrains: string[] }> = {
  dev: {
    attributions: ['记者从有关部门了解到，', '据现场工作人员介绍，', '相关负责人在接受采访时表示，'],
    quotes: ['“我们会一直坚持下去，直到问题彻底解决。”', '“这件事对每个家庭来说都不是小事。”'],
    digressions: ['记者注意到，附近一家早餐店门口排起了长队。', '那天的风很大，几位老人在路边聊起了往事。', '说起这些，他笑着摆了摆手，说自己只是做了该做的事。'],
    pointers: ['此前，本报曾对此事进行过连续报道。', '关于此事的后续进展，本报将继续关注。'],
    refrains: ['安全无小事，防范要在前。', '这一切，都还只是开始。'],
  },
  heldout: {
    attributions: ['记者昨天从主管部门获悉，', '据当地一位知情人士介绍，', '一位参与此事的工作人员告诉记者，'],
    quotes: ['“只要大家肯出力，就没有办不成的事。”', '“我们最关心的还是老百姓的感受。”'],
    digressions: ['采访当天下着小雨，不少市民撑着伞赶来围观。', '回忆起当年的情景，这位老人的眼眶有些湿润。', '街角那棵老槐树下，几个孩子正在追逐打闹。'],
    pointers: ['本报此前已就该问题刊发过多篇调查稿件。', '对此，本报记者将持续跟进报道。'],
    refrains: ['路还很长，但方向已经清楚。', '民生无小事，细节见真情。'],
  },
};

type Place = 'word' | 'comma' | 'stop' | 'end';
const PLACES: readonly Place[] = ['word', 'comma', 'stop', 'end'];
const HAN = /\p{Script=Han}/u;

/** Offsets of `text` where a copy can go at `place`. `boundaries`: the writer's word ends. */
function spotsOf(text: string, place: Place, boundaries: readonly number[]): number[] {
  const after = (re: RegExp): number[] => [...text.matchAll(re)].map((m) => m.index + m[0].length);
  switch (place) {
    case 'word':
      return boundaries.filter((at) => HAN.test(text.charAt(at - 1)) && HAN.test(text.charAt(at)));
    case 'comma':
      return after(/，(?=\p{Script=Han})/gu);
    case 'stop':
      return after(/[。！？](?=\p{Script=Han})/gu);
    case 'end':
      return /[。！？]$/u.test(text) ? [text.length] : [];
  }
}

export interface Sentences22Page {
  style: Sentences22Style;
  /** Where each copy went (lookalike pages: the kind of writer's text). */
  places: string[];
  traditional: boolean;
  paragraphs: string[];
  truth: TruthSpan[][];
}

interface Insert {
  paragraph: number;
  at: number;
  text: string;
  pasted: boolean;
}

function pageOf(host: ReportedHost, style: Sentences22Style, places: string[], inserts: Insert[], traditional: ((t: string) => string) | null): Sentences22Page {
  const paragraphs = [...host.paragraphs];
  const truth: TruthSpan[][] = paragraphs.map(() => []);
  // From the last offset back, so earlier offsets still hold; truth shifted for later inserts.
  const sorted = [...inserts].sort((a, b) => b.paragraph - a.paragraph || b.at - a.at);
  for (const ins of sorted) {
    const text = paragraphs[ins.paragraph] ?? '';
    paragraphs[ins.paragraph] = text.slice(0, ins.at) + ins.text + text.slice(ins.at);
    const spans = truth[ins.paragraph] ?? [];
    truth[ins.paragraph] = spans.map(([a, b, f]) => [a + ins.text.length, b + ins.text.length, f] as TruthSpan);
    if (ins.pasted) truth[ins.paragraph]?.unshift([ins.at, ins.at + ins.text.length, 'sentence']);
  }
  const convert = traditional ?? ((t: string) => t);
  return { style, places, traditional: traditional !== null, paragraphs: paragraphs.map(convert), truth };
}

function pasteCopies(host: ReportedHost, split: Sentences22Split, style: 'twice' | 'sound' | 'glued', random: () => number, segment: (t: string) => string[]): { places: string[]; inserts: Insert[] } | null {
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const bare = pick(PASTES[poolOf(split)]) ?? '';
  const boundariesOf = (text: string): number[] => {
    let at = 0;
    return segment(text).map((w) => (at += w.length));
  };
  const form = style === 'sound' ? '。' : style === 'glued' ? (random() < 0.5 ? '' : '，') : (pick(['', '，', '。']) ?? '');
  const placeFor = (): Place => (style === 'sound' ? (random() < 0.6 ? 'stop' : 'end') : style === 'glued' ? (form === '' ? 'word' : 'comma') : (pick(PLACES) ?? 'word'));
  const copies = style === 'twice' ? 2 : 1;
  const used = new Set<number>();
  const places: string[] = [];
  const inserts: Insert[] = [];
  for (let tries = 0; tries < 12 && inserts.length < copies; tries++) {
    const place = placeFor();
    const options = host.paragraphs.flatMap((text, p) => (used.has(p) ? [] : spotsOf(text, place, place === 'word' ? boundariesOf(text) : []).map((at) => [p, at] as const)));
    const chosen = pick(options);
    if (!chosen) continue;
    used.add(chosen[0]);
    places.push(place);
    inserts.push({ paragraph: chosen[0], at: chosen[1], text: bare + form, pasted: true });
  }
  return inserts.length === copies ? { places, inserts } : null;
}

function lookalikeOf(host: ReportedHost, split: Sentences22Split, random: () => number): { places: string[]; inserts: Insert[] } | null {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const w = LOOKALIKES[poolOf(split)];
  const n = host.paragraphs.length;
  const stopsOf = (p: number): number[] => spotsOf(host.paragraphs[p] ?? '', 'stop', []);
  const kind = pick(['attribution', 'quote', 'digression', 'pointer', 'refrain'] as const);
  const last = n - 1;
  switch (kind) {
    case 'attribution': {
      // The writer opens two paragraphs with the same attribution.
      if (n < 2) return null;
      const a = pick(w.attributions);
      const p = Math.floor(random() * (n - 1));
      const q = p + 1 + Math.floor(random() * (n - 1 - p));
      return { places: [kind], inserts: [p, q].map((paragraph) => ({ paragraph, at: 0, text: a, pasted: false })) };
    }
    case 'quote': {
      // A statement quoted, then recalled later in the story.
      const quote = pick(w.quotes);
      const p = Math.floor(random() * n);
      const inserts: Insert[] = [{ paragraph: p, at: 0, text: `他说：${quote}`, pasted: false }];
      const q = n > 1 ? (p + 1) % n : p;
      if (q !== p) inserts.push({ paragraph: q, at: (host.paragraphs[q] ?? '').length, text: `正如他所说，${quote}`, pasted: false });
      return { places: [kind], inserts };
    }
    case 'digression':
    case 'pointer': {
      const text = pick(kind === 'digression' ? w.digressions : w.pointers);
      const options = host.paragraphs.flatMap((_, p) => (kind === 'pointer' ? spotsOf(host.paragraphs[p] ?? '', 'end', []) : stopsOf(p)).map((at) => [p, at] as const));
      const chosen = options[Math.floor(random() * options.length)];
      return chosen ? { places: [kind], inserts: [{ paragraph: chosen[0], at: chosen[1], text, pasted: false }] } : null;
    }
    case 'refrain': {
      // The writer's closing line echoes the opening one.
      const line = pick(w.refrains);
      if (!/[。！？]$/u.test(host.paragraphs[last] ?? '')) return null;
      return { places: [kind], inserts: [{ paragraph: 0, at: 0, text: line, pasted: false }, ...(last > 0 ? [{ paragraph: last, at: (host.paragraphs[last] ?? '').length, text: line, pasted: false }] : [])] };
    }
  }
}

/** The pages of host number `h`: two a style for a short host, one for a long one. */
export function sentences22PagesOf(host: ReportedHost, h: number, split: Sentences22Split, segment: (t: string) => string[], toTraditional: (text: string) => string): Sentences22Page[] {
  const out: Sentences22Page[] = [];
  SENTENCES22_STYLES.forEach((style, s) => {
    for (let n = 0; n < (host.short ? 2 : 1); n++) {
      const random = createRandom(SENTENCES22_SEEDS[split] * 100000 + h * 100 + s * 10 + n);
      const made = style === 'lookalike' ? lookalikeOf(host, split, random) : pasteCopies(host, split, style, random, segment);
      if (!made) continue;
      const traditional = (h + s + n) % 3 === 2 ? toTraditional : null;
      out.push(pageOf(host, style, made.places, made.inserts, traditional));
    }
  });
  return out;
}
