/**
 * Session 29 (s29-lines, issue 12): the writer's short clause that stands **before** a pasted line glued
 * after a comma, and the writer's clause that stands **after** it — the shape that made session 28's refit
 * outsider-line finder hide real text on a never-seen page (QA28, described by shape only: a writer's short
 * clause, its comma, then a queue-number line pasted inside the sentence; the line's candidate started at the
 * clause's start, so the clause went with the line). Written and frozen before the finder was changed.
 *
 * Every page is a corpus host (./between-styles.ts's hosts of the split) with one insertion as the last sentence
 * of one of the writer's paragraphs (after its last stop), or as a paragraph of its own. The writer's parts
 * (`head`, `rest`, `tail`, `figures`) are written here, dev and held-out apart; the pasted line is one of
 * session 28's 38 classes in the split's own wordings (./seams28-styles.ts runOf). A third of the heads carry a
 * figure, a clock time, a date or a code, as a reporter writes them (上午9时，记者在…). Places:
 *
 * - `end`     …。<head>，<line>                 the line runs to the paragraph's end (QA28's shape)
 * - `stop`    …。<head>，<line>。
 * - `spaced`  …。<head>，<line> <rest>。         the writer's sentence goes on after a space
 * - `comma`   …。<head>，<line>，<rest>。        … after the line's own comma
 * - `own`     <head>，<line>，<rest>。           a paragraph of its own after one of the writer's
 * - `after`   …。<line>，<tail>。                the writer's closing clause glued after the line
 * - `writer`  …。<head>，<figures>。             no paste: the writer's sentence full of figures after the head
 *
 * Characters of head, rest, tail and figures are the writer's: one hidden is the failure this pool measures
 * (`npx tsx scripts/spam/bench-heads29.ts [--split=dev|heldout]`, held-out read only to report).
 */
import { betweenHosts, type BetweenHost } from './between-styles';
import { createRandom, type Split } from './inject';
import { runOf, SEAMS28_CLASSES, type Seams28Class } from './seams28-styles';
import type { TruthSpan } from './tally';

export const HEADS29_PLACES = ['end', 'stop', 'spaced', 'comma', 'own', 'after', 'writer'] as const;
export type Heads29Place = (typeof HEADS29_PLACES)[number];
export const HEADS29_SEEDS: Record<Split, number> = { dev: 291, heldout: 292 };

interface Wordings {
  /** The writer's clause before the comma (2–12 Han; about a third with a figure, a time, a date or a code). */
  heads: readonly string[];
  /** The writer's sentence going on after the line. */
  rests: readonly string[];
  /** The writer's clause closing a sentence after a line glued to the last stop. */
  tails: readonly string[];
  /** The writer's own clauses full of figures, units, times and codes. */
  figures: readonly string[];
}

const WORDINGS: Record<Split, Wordings> = {
  dev: {
    heads: [
      '记者注意到', '上午9时', '次日', '当晚8点左右', '截至6日18时', '事发后', '据了解', '在G15沈海高速上', '3号线开通首日',
      '今年前10个月', '到了周末', '昨天下午3点半', '在302路公交车上', '随后', '此外', '去年11月', '一周后', '凌晨2时许',
      '工作人员表示', '记者赶到现场时', '在A座12楼', '在他看来', '与此同时', '按照计划', '走出K3次列车后', '当天气温降至零下5℃',
      '截至目前', '临近中午', '第二天一早', '对此', '家住5号楼的王阿姨说', '距离开幕还有20天', '第3季度', '该店负责人介绍',
      '进入12月以后', '在1号展厅里', '值得一提的是', '雨停之后', '2019年', '每逢周一',
    ],
    rests: [
      '现场秩序良好', '相关部门已介入调查', '不少市民前来围观', '情况已基本得到控制', '他们随即赶往现场', '这一做法得到了居民的认可',
      '工作人员逐一进行了登记', '双方最终达成一致', '各项工作正有序推进', '附近道路恢复了通行',
    ],
    tails: ['记者随后离开了现场', '这才让大家放下心来', '此事仍在进一步处理中', '他说这是最难忘的一天', '当地已着手整改'],
    figures: [
      '站内电子屏显示下一班车还有3分钟到站', '全市共接报警情126起，同比下降12%', '气温最低降到零下8℃，比往年同期低4℃',
      '他手机上的计步软件显示已走了2.3万步', '部分路段车流量达到每小时4200辆', '该批次产品编号为A0235至A0298',
      '候诊大厅里叫号屏显示排到了第56号', '两人在09:30准时出发，14:10抵达营地',
    ],
  },
  heldout: {
    heads: [
      '下午4时', '记者了解到', '次日清晨', '据统计', '当晚10时许', '走进3号车间', '在S20外环高速上', '今年以来', '上周五',
      '截至11月底', '事后', '不久', '在8路车站旁', '早上7点半', '据他回忆', '今年1至9月', '在B2层停车场', '另外', '同一时间',
      '据村民讲', '去年此时', '当年', '在G1次列车上', '一个月前', '年初', '气温回升到15℃以后', '在园区2号门口', '据负责人介绍',
      '从那以后', '在采访中', '第4天', '晚高峰时段', '面对镜头', '入冬以来', '在3楼会议室', '据悉', '同样', '事实上', '两年前', '每周三',
    ],
    rests: [
      '事情才有了转机', '大家纷纷鼓掌', '救援仍在进行中', '有关方面正在核实', '这条路终于修通了', '居民们松了一口气',
      '后续进展本报将继续关注', '店里的生意明显好转', '这一数字还在增加', '他们决定再试一次',
    ],
    tails: ['村里人都说这是件好事', '她这才露出了笑容', '调查结果将向社会公布', '队员们又踏上了归途', '这项工程预计明年完工'],
    figures: [
      '排队的人数一度超过200人，平均等候40分钟', '这一批订单的编号从B1203开始', '车载屏幕上显示剩余电量为35%',
      '成交价比挂牌价低了8.5万元', '气温一度升至36℃，打破了11月的纪录', '短短10分钟里，售出门票1200多张',
      '他把取到的号码A087拍照发给了家人', '列车于07:45从南站发车，11:20到达终点',
    ],
  },
};

export interface Heads29Page {
  title: string;
  paragraphs: string[];
  traditional: boolean;
  place: Heads29Place;
  cls: Seams28Class | null;
  /** The pasted line (family 'seo'), per paragraph. */
  truth: TruthSpan[][];
  /** The writer's inserted characters ([paragraph, start, end]): head, rest, tail or figures. */
  writers: [number, number, number][];
}

const EDGE = /^[，,。、；：！？!?\s]+|[，,。、；：！？!?\s…]+$/gu;
const endsWithStop = (text: string): boolean => /[。！？][”」』]?$/u.test(text.trim());

/** Page `n` of host `h` in `place`, or null when the host has no paragraph to take it. */
export function heads29Page(host: BetweenHost, h: number, n: number, place: Heads29Place, split: Split, toTraditional: (t: string) => string): Heads29Page | null {
  const random = createRandom(HEADS29_SEEDS[split] * 100000 + h * 100 + n * 10 + HEADS29_PLACES.indexOf(place));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const w = WORDINGS[split];
  // A paragraph of the writer's that ends with a stop, not the first (the lede).
  const options = host.paragraphs.map((t, p) => [t, p] as const).filter(([t, p]) => p > 0 && endsWithStop(t) && t.length >= 20);
  if (!options.length) return null;
  const [, p] = pick(options);
  const cls = place === 'writer' ? null : (SEAMS28_CLASSES[(h * 7 + n * 3 + HEADS29_PLACES.indexOf(place)) % SEAMS28_CLASSES.length] as Seams28Class);
  const line = cls ? runOf(cls, split, random).replace(EDGE, '') : '';
  const head = pick(w.heads);
  const rest = pick(w.rests);
  // Parts in order, each the writer's or pasted.
  const parts: [string, boolean][] =
    place === 'end' ? [[`${head}，`, false], [line, true]]
    : place === 'stop' ? [[`${head}，`, false], [line, true], ['。', false]]
    : place === 'spaced' ? [[`${head}，`, false], [line, true], [` ${rest}。`, false]]
    : place === 'comma' || place === 'own' ? [[`${head}，`, false], [`${line}，`, true], [`${rest}。`, false]]
    : place === 'after' ? [[`${line}，`, true], [`${pick(w.tails)}。`, false]]
    : [[`${head}，${pick(w.figures)}。`, false]];
  const traditional = (h + n) % 3 === 0;
  const convert = (t: string): string => (traditional ? toTraditional(t) : t);
  const paragraphs = host.paragraphs.map(convert);
  const truth: TruthSpan[][] = paragraphs.map(() => []);
  const writers: [number, number, number][] = [];
  let target = p;
  let at = (paragraphs[p] ?? '').length;
  if (place === 'own') {
    paragraphs.splice(p + 1, 0, '');
    truth.splice(p + 1, 0, []);
    target = p + 1;
    at = 0;
  }
  for (const [text, pasted] of parts) {
    const t = convert(text);
    paragraphs[target] = (paragraphs[target] ?? '') + t;
    if (pasted) truth[target]?.push([at, at + t.length, 'seo']);
    else {
      const lead = t.length - t.trimStart().length;
      writers.push([target, at + lead, at + t.length]);
    }
    at += t.length;
  }
  return { title: convert(host.title), paragraphs, traditional, place, cls, truth, writers };
}

/** Hosts of the split (every `every`-th), each with `perPlace` pages in every place. */
export function heads29Pages(split: Split, toTraditional: (t: string) => string, every = 1, perPlace = 1): { host: BetweenHost; h: number; page: Heads29Page }[] {
  return betweenHosts(split)
    .filter((_, h) => h % every === 0)
    .flatMap((host, i) =>
      HEADS29_PLACES.flatMap((place) =>
        Array.from({ length: perPlace }, (_, n) => heads29Page(host, i, n, place, split, toTraditional)).flatMap((page) => (page ? [{ host, h: i, page }] : [])),
      ),
    );
}
