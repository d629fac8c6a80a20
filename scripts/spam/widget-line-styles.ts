/**
 * Widgets and site furniture inside the writer's text (issue 12, session 20): the classes QA19 found
 * at 0% or nearly — a weather widget (day word, city, condition, temperature, wind, air), a price or
 * index ticker with no label or with signed moves in brackets, a rate run between marks, a fuel or
 * food price list in a labelled bracket, a reading-time line, and a site's notice or disclaimer
 * speaking of itself (本站 / 本网 / 本平台 / this article's status).
 *
 * Where a run stands: its own paragraph, glued after a paragraph's last full stop, glued between two of
 * the writer's sentences, or **glued after a comma mid-sentence, closed with a comma**, the writer's
 * clause going on after it. `lookalike` is real text of the same shapes in the same places (a weather
 * report's sentences, a farming line on frost, a market report, a story on reading habits, a writer's
 * "the figures are provisional", a story about a site's disclaimer, a credit): its truth is empty.
 *
 * Two vocabularies: dev (building the finders) and held-out (measuring only), both written before
 * any finder was changed, frozen then, the held-out one in wordings and fields the dev one lacks
 * (humidity, UV, a rate between ★, 全文共N字 |, 特别说明 …). None of these strings is from QA's pages.
 * scripts/spam/bench-lines.ts --generator=widgets measures it.
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage, Split } from './inject';
import { midStops } from './stamp-line-styles';

export const WIDGET_STYLES = ['weather', 'ticker', 'readtime', 'notice', 'lookalike'] as const;
export type WidgetStyle = (typeof WIDGET_STYLES)[number];
const FAMILY: SpamFamily = 'seo';

type Place = 'own' | 'top' | 'glue-end' | 'glue-mid' | 'glue-comma';

interface Parts {
  weather: ((pick: <T>(items: readonly T[]) => T, int: (lo: number, hi: number) => number) => string)[];
  tickers: ((pick: <T>(items: readonly T[]) => T, int: (lo: number, hi: number) => number) => string)[];
  readtime: ((pick: <T>(items: readonly T[]) => T, int: (lo: number, hi: number) => number) => string)[];
  notices: string[];
  real: { line: string; place: Place }[];
}

const PARTS: Record<Split, Parts> = {
  dev: {
    weather: [
      (p, n) => `【天气】${p(['今天', '明天'])} ${p(['杭州', '南京', '郑州'])} ${p(['小雨', '多云', '阴'])} ${n(3, 9)}℃～${n(10, 16)}℃ ${p(['东北风', '北风'])}${n(2, 4)}级`,
      (p, n) => `今日天气：${p(['北京', '太原'])} ${p(['晴转多云', '多云转阴'])} -${n(1, 5)}℃/${n(3, 9)}℃ 西北风${n(3, 4)}-${n(5, 6)}级 空气质量：${p(['良', '优'])}`,
      (p, n) => `▶${p(['明天', '今天'])} ${p(['广州', '厦门'])} ${p(['多云', '阵雨'])} ${n(18, 22)}°/${n(24, 29)}° 南风${n(1, 3)}级◀`,
      (p, n) => `${p(['周六', '星期二'])} ${p(['成都', '贵阳'])} ${p(['阴', '小雨'])} 最低${n(2, 7)}℃ 最高${n(9, 14)}℃ AQI ${n(40, 120)}`,
    ],
    tickers: [
      (p, n) => `上证指数 ${n(2900, 3400)}.${n(10, 99)} ▲0.${n(10, 99)}%\u3000深证成指 ${n(9000, 11000)}.${n(10, 99)} ▼0.${n(10, 99)}%`,
      (p, n) => `创业板指 ${n(1800, 2300)}.${n(10, 99)} (${p(['+', '-'])}${n(0, 2)}.${n(10, 99)}%)`,
      (p, n) => `【行情】黄金 每克 ${n(560, 640)}元 ${p(['+', '-'])}0.${n(10, 99)}%`,
      (p, n) => `（今日油价：92号 7.${n(50, 99)}元/升，95号 8.${n(10, 60)}元/升）`,
      (p, n) => `◆美元/人民币 7.${n(1000, 2500)}◆欧元/人民币 7.${n(7000, 9000)}◆`,
    ],
    readtime: [
      (p, n) => `本文约${n(1200, 4800)}字，阅读时间约${n(3, 12)}分钟`,
      (p, n) => `（阅读全文大约需要${n(3, 9)}分钟）`,
      (p, n) => `—— 阅读时长：约${n(2, 8)}分钟 ——`,
    ],
    notices: [
      '本站部分内容转载自互联网，如有侵权请联系我们，我们将在24小时内删除',
      '声明：本文仅代表作者个人观点，与本站无关，仅供参考，请自行核实',
      '温馨提示：本页面信息由用户上传，本站不承担任何责任',
      '【免责声明】以上内容仅供参考，不代表本平台观点',
      '以上价格仅供参考，以当地市场实际价格为准，本站不承担任何责任',
      '本網部分內容轉載自網路，如有侵權請告知，我們將及時刪除',
    ],
    real: [
      { line: '市气象台预计，明天白天多云转阴，最高气温12℃，北风3到4级，夜间有小雨。', place: 'glue-mid' },
      { line: '受冷空气影响，今天最低气温降至-3℃，农业部门提醒果农注意防范霜冻。', place: 'glue-mid' },
      { line: '沪指收报3102.55点，上涨0.41%，深证成指下跌0.23%。', place: 'glue-mid' },
      { line: '调查显示，成年人平均每天阅读时长为21分钟，比前年增加3分钟。', place: 'glue-end' },
      { line: '以上数据为初步统计，最终结果以统计部门公布为准。', place: 'glue-end' },
      { line: '该平台在页面底部注明本站不承担任何责任，律师认为这一声明并不能免除其义务。', place: 'glue-mid' },
      { line: '（本报记者 王磊）', place: 'glue-end' },
      { line: '比赛当天气温只有5℃，风很大', place: 'glue-comma' },
    ],
  },
  heldout: {
    weather: [
      (p, n) => `${p(['星期三', '周五'])}｜${p(['沈阳', '长春'])}｜${p(['小雪', '雨夹雪'])}｜-${n(8, 14)}~-${n(1, 5)}℃｜西风${n(2, 3)}级`,
      (p, n) => `〖实时天气〗${p(['昆明', '拉萨'])} ${p(['晴', '少云'])} ${n(12, 21)}°C 湿度${n(20, 60)}% 紫外线${p(['强', '中等'])}`,
      (p, n) => `${p(['后天', '明日'])}：${p(['雷阵雨', '小到中雨'])} ${n(16, 21)}-${n(24, 31)}°C 东南风≤3级 降水概率${n(40, 90)}%`,
      (p, n) => `${p(['乌鲁木齐', '兰州'])} ${p(['浮尘', '霾', '阵雪'])} 体感${n(-9, 4)}℃ ${p(['轻度污染', '中度污染', '良'])}`,
      (p, n) => `◎${p(['今日', '今天'])}${p(['青岛', '大连'])}：${p(['大风', '晴间多云'])}，${n(2, 6)}℃至${n(9, 13)}℃，${p(['偏北风', '西南风'])}${n(5, 6)}级◎`,
    ],
    tickers: [
      (p, n) => `科创50 ${n(850, 990)}.${n(10, 99)} ▼${n(0, 2)}.${n(10, 99)}%  北证50 ${n(900, 1100)}.${n(1, 9)} ▲0.${n(10, 99)}%`,
      (p, n) => `恒生科技指数 ${n(3200, 3900)}.${n(10, 99)}（${p(['−', '+'])}0.${n(10, 99)}%）`,
      (p, n) => `〖大宗〗布伦特原油 ${n(70, 90)}.${n(10, 99)}美元/桶 ${p(['−', '+'])}0.${n(10, 99)}%`,
      (p, n) => `（今日菜价：白菜 ${n(1, 3)}.${n(1, 9)}元/斤，土豆 ${n(2, 4)}.${n(1, 9)}元/斤）`,
      (p, n) => `★英镑 9.${n(1000, 3000)}★澳元 4.${n(6000, 8000)}★`,
      (p, n) => `道琼斯 ${n(37, 40)},${n(100, 999)}.${n(1, 9)} ↑0.${n(10, 99)}% 标普500 ${n(4, 5)},${n(100, 999)}.${n(1, 9)} ↓0.${n(10, 99)}%`,
      (p, n) => `比特币 $${n(60, 70)},${n(100, 999)} (${p(['+', '-'])}${n(1, 5)}.${n(1, 9)}%)`,
    ],
    readtime: [
      (p, n) => `全文共${n(1, 3)},${n(100, 999)}字 | 预计阅读 ${n(4, 9)} 分钟`,
      (p, n) => `〔读完本篇约需${n(2, 6)}分钟〕`,
      (p, n) => `阅读本文需要${n(3, 8)}min`,
      (p, n) => `◇ 本篇字数：${n(2000, 5000)} · 阅读需时：${n(5, 11)}分钟 ◇`,
      (p, n) => `（约${n(2, 5)}分钟读完）`,
    ],
    notices: [
      '本网所刊载内容部分来源于网友上传，若有版权问题，请来函告知，本网核实后即予撤除',
      '特别说明：本页所列数据来自第三方，本平台不保证其准确性',
      '〖提示〗本文由平台自动聚合生成，不代表本网立场，阅读时请注意甄别',
      '本站所載資訊僅作參考，讀者據此操作，風險自負',
      '上述报价随时变动，请以门店实际售价为准，本平台概不负责',
      '此页面内容系注册会员发布，与本站立场无关',
    ],
    real: [
      { line: '中央气象台发布寒潮蓝色预警，预计后天北方大部气温下降8到10℃，局地有雨夹雪。', place: 'glue-mid' },
      { line: '果农老张说，前天夜里一场霜冻，棚外的气温跌到零下4℃，幸好提前盖了草帘。', place: 'glue-end' },
      { line: '截至收盘，恒生指数报17122点，跌幅为0.94%，成交额较前一日放大。', place: 'glue-mid' },
      { line: '他坚持每天睡前读书半小时，一年能读完四十多本。', place: 'glue-mid' },
      { line: '上述伤亡数字为初步统计，仍可能变化', place: 'glue-comma' },
      { line: '记者注意到，这家网站的免责声明写着“本站不对信息的准确性负责”，但消费者并不认可。', place: 'glue-mid' },
      { line: '图为市民在雪中出行（摄影 赵明）', place: 'own' },
      { line: '全书共三十万字，写了整整八年。', place: 'glue-end' },
      { line: '那天清晨只有零下2℃，路面结了薄冰', place: 'glue-comma' },
    ],
  },
};

/** The style's run and where it stands. */
function pasteRun(style: Exclude<WidgetStyle, 'lookalike'>, v: Parts, random: () => number): { line: string; place: Place } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const glued = (): Place => pick(['glue-mid', 'glue-mid', 'glue-end', 'glue-comma', 'glue-comma', 'own']);
  switch (style) {
    case 'weather':
      return { line: pick(v.weather)(pick, int), place: glued() };
    case 'ticker':
      return { line: pick(v.tickers)(pick, int), place: pick(['glue-mid', 'glue-mid', 'glue-end', 'glue-comma', 'own']) };
    case 'readtime':
      return { line: pick(v.readtime)(pick, int), place: pick(['top', 'top', 'glue-end', 'glue-mid', 'own']) };
    case 'notice':
      return { line: pick(v.notices), place: pick(['glue-comma', 'glue-comma', 'glue-mid', 'glue-end', 'own']) };
  }
}

/** Where a run may be glued after a comma with the writer's clause going on: six characters of the clause at least on each side. */
function commaSeams(text: string): number[] {
  const at: number[] = [];
  for (let i = 6; i < text.length - 6; i++) if (text.charAt(i) === '，' && /\p{Script=Han}/u.test(text.charAt(i + 1))) at.push(i + 1);
  return at;
}

/** One page: `article` with one to three runs of `style` (`lookalike`: real lines of the same shapes, no truth). */
export function widgetPage(article: Article, style: WidgetStyle, split: Split, random: () => number): InjectedPage {
  const v = PARTS[split];
  const count = 1 + Math.floor(random() * 3);
  const runs = Array.from({ length: count }, () => (style === 'lookalike' ? { ...(v.real[Math.floor(random() * v.real.length)] as { line: string; place: Place }), real: true } : { ...pasteRun(style, v, random), real: false }));
  const paragraphs: string[] = [...article.paragraphs];
  const truth: [number, number, SpamFamily][][] = paragraphs.map(() => []);
  for (const x of runs) {
    const p = Math.floor(random() * paragraphs.length);
    const text = paragraphs[p] ?? '';
    const seams = x.place === 'glue-comma' ? commaSeams(text) : midStops(text);
    const fallback: Place = seams.length === 0 && (x.place === 'glue-mid' || x.place === 'glue-comma') ? 'glue-end' : x.place;
    const place: Place = paragraphs.length < 2 && fallback === 'own' ? 'top' : fallback;
    if (place === 'glue-end' || place === 'glue-mid' || place === 'glue-comma') {
      // Glued after a comma, the paste closes with its own comma and the writer's clause goes on.
      const line = place === 'glue-comma' ? `${x.line}，` : place === 'glue-end' && !x.real && !/[。）)〕◀◎◇★—]$/u.test(x.line) && random() < 0.5 ? `${x.line}。` : x.line;
      const at = place === 'glue-end' ? text.length : (seams[Math.floor(random() * seams.length)] as number);
      const moved = (truth[p] ?? []).map(([s, e, f]): [number, number, SpamFamily] => (s >= at ? [s + line.length, e + line.length, f] : [s, e, f]));
      truth[p] = [...moved, ...(x.real ? [] : [[at, at + line.length, FAMILY] as [number, number, SpamFamily]])].sort((a, b) => a[0] - b[0]);
      paragraphs[p] = text.slice(0, at) + line + text.slice(at);
      continue;
    }
    const at = place === 'top' ? 0 : 1 + Math.floor(random() * Math.max(1, paragraphs.length - 1));
    paragraphs.splice(at, 0, x.line);
    truth.splice(at, 0, x.real ? [] : [[0, x.line.length, FAMILY]]);
  }
  return { title: article.title, paragraphs, truth, styles: truth.map((spans) => spans.map(() => style)), links: paragraphs.map(() => []), families: truth.some((s) => s.length) ? [FAMILY] : [] };
}
