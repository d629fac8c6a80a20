/**
 * Furniture runs inside the writer's paragraphs (issue 12, session 19): the classes QA18 found at 0%
 * or nearly though finders exist for their neighbours — a related-reading line of question or
 * headline titles (between ｜, ▶/▷, or numbered 1. 2.), a price ticker (fuel, gold, an index, a rate:
 * figures, units, arrows and %, in ▌…▐, 〔…〕 or after 【label】), a date stamp with no clock or with
 * 上午/下午 before it, a "sent from my phone" line, a pager (第1页/共4页 下一页>>, 本文共3页…), and a
 * source credit naming nobody with its editor and reviewer.
 *
 * Where a run stands: its own paragraph, the last paragraph, glued after a paragraph's last full stop,
 * or glued **between two of the writer's sentences** (after a full stop, before the next sentence),
 * sometimes closed with a comma only. `lookalike` is real text of the same shapes put in the same
 * places (a reporter's credit in brackets, an agency source, a caption, a story's own pagination, a
 * market report's figures, a dateline with 发自, a sentence about a phone, a poll story): its truth is
 * empty, whatever is hidden there is a defect.
 *
 * Two vocabularies: dev (building the finders) and held-out (measuring only), both written before
 * any finder was changed and frozen then. None of these strings is from QA's pages.
 * scripts/spam/bench-lines.ts --generator=stamps measures it.
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage, Split } from './inject';

export const STAMP_STYLES = ['related', 'ticker', 'datestamp', 'sent-from', 'pager', 'credit', 'lookalike'] as const;
export type StampStyle = (typeof STAMP_STYLES)[number];
const FAMILY: SpamFamily = 'seo';

type Place = 'own' | 'last' | 'glue-end' | 'glue-mid';

interface Parts {
  relatedLabels: string[];
  titles: string[];
  tickers: { label: string; items: [string, number, string][] }[];
  platforms: string[];
  devices: string[];
  apps: string[];
  sources: string[];
  editors: string[];
  sites: string[];
  real: { line: string; place: Place }[];
}

const PARTS: Record<Split, Parts> = {
  dev: {
    relatedLabels: ['相关推荐', '推荐阅读', '延伸阅读', '相关新闻'],
    titles: ['空腹喝牛奶到底好不好？', '退休后医保怎么交', '为什么冬天更容易犯困？', '家里的旧家电能换多少钱', '孩子几岁开始学游泳合适？', '这几种鱼最好别买', '电动车电池能用几年？'],
    tickers: [
      { label: '今日油价', items: [['92号汽油', 7.62, '元/升'], ['95号汽油', 8.11, '元/升'], ['0号柴油', 7.25, '元/升']] },
      { label: '金价', items: [['足金饰品', 628, '元/克'], ['投资金条', 552, '元/克']] },
      { label: '行情', items: [['上证指数', 3081.45, '点'], ['深证成指', 9712.3, '点'], ['创业板指', 1903.2, '点']] },
      { label: '汇率', items: [['美元/人民币', 7.1893, ''], ['欧元/人民币', 7.8012, '']] },
    ],
    platforms: ['发自我的华为Mate 40手机', '发自小米手机', '来自iPhone客户端', '發自我的iPhone', '来自OPPO Reno'],
    devices: ['华为手机', '荣耀手机', 'vivo手机', 'iPad'],
    apps: ['某某新闻极速版', '头条阅读App', '看点快报'],
    sources: ['网络', '互联网', '网友投稿', '網路'],
    editors: ['小编', 'admin', '网编', '小張'],
    sites: ['百姓生活网', '天天资讯', '老友记网'],
    real: [
      { line: '（记者 李明 通讯员 王芳）', place: 'glue-end' },
      { line: '本报记者 周琳 发自上海', place: 'own' },
      { line: '沪指收报3081.45点，上涨0.52%，两市成交额超过8000亿元。', place: 'glue-mid' },
      { line: '图为工作人员在检查设备。', place: 'own' },
      { line: '这条短信发自她那部用了八年的旧手机。', place: 'glue-mid' },
      { line: '（来源：新华社）', place: 'glue-end' },
      { line: '首页 上一页 1 2 3 下一页 尾页', place: 'last' },
    ],
  },
  heldout: {
    relatedLabels: ['相关阅读', '相关推荐', '扩展阅读', '更多相关', '推荐阅读'],
    titles: ['晚上洗头真的伤身体吗？', '公积金提取有哪些新变化', '老人补钙吃什么最好？', '二手车过户要准备哪些材料', '冬季流感高发怎么预防？', '家长群里的这些话别乱说', '高铁上能带充电宝吗？', '菜市场砍价的学问'],
    tickers: [
      { label: '油价速报', items: [['92号', 7.48, '元/升'], ['95号', 7.96, '元/升'], ['98号', 8.94, '元/升']] },
      { label: '今日金价', items: [['黄金', 611, '元/克'], ['铂金', 236, '元/克'], ['白银', 7.45, '元/克']] },
      { label: '股市快讯', items: [['沪指', 3052.17, '点'], ['恒生指数', 17122.4, '点'], ['纳指', 15321.6, '点']] },
      { label: '外汇牌价', items: [['美元', 7.1754, ''], ['日元', 0.0483, ''], ['港币', 0.9172, '']] },
    ],
    platforms: ['发自我的荣耀Magic手机', '发自vivo X100', '来自Android客户端', '發自我的 iPhone 15', '来自华为Pura 70 Pro'],
    devices: ['红米手机', '三星Galaxy', '华为平板', 'iPhone'],
    apps: ['资讯头条精简版', '某某浏览器', '快看新闻App'],
    sources: ['网络整理', '网友爆料', '互联网', '網友投稿'],
    editors: ['佚名', '小编', '管理员', '小李'],
    sites: ['生活小常识网', '看世界资讯', '民生百事通'],
    real: [
      { line: '（本报记者 刘洋 实习生 陈晨）', place: 'glue-end' },
      { line: '新华社记者 赵欣 发自北京', place: 'own' },
      { line: '当天国内金价报每克611元，比上周下跌1.2%。', place: 'glue-mid' },
      { line: '上图为志愿者在社区为老人测量血压。', place: 'own' },
      { line: '他说，那张照片是用一部旧手机拍下来的，发自凌晨的急诊室。', place: 'glue-mid' },
      { line: '（据央视新闻客户端）', place: 'glue-end' },
      { line: '上一页 1 2 3 4 下一页', place: 'last' },
      { line: '调查显示，62.3%的受访者选择“支持”，比去年上升4个百分点。', place: 'glue-mid' },
      { line: '（完）', place: 'glue-end' },
    ],
  },
};

/** The style's run and where it stands. */
function pasteRun(style: Exclude<StampStyle, 'lookalike'>, v: Parts, random: () => number): { line: string; place: Place } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const some = <T>(items: readonly T[], n: number): T[] => [...items].sort(() => random() - 0.5).slice(0, n);
  const glued = (): Place => pick(['glue-mid', 'glue-mid', 'glue-end', 'own']);
  const form = random();
  switch (style) {
    case 'related': {
      const titles = some(v.titles, int(2, 3));
      const body = form < 0.35 ? titles.join(pick(['｜', ' | '])) : form < 0.7 ? titles.map((t) => `${pick(['▶', '▷'])}${t}`).join(' ') : titles.map((t, i) => `${i + 1}${pick(['.', '. ', '、'])}${t}`).join(' ');
      return { line: `${pick(v.relatedLabels)}${pick(['：', ':', ' ', '】'])}${body}`.replace(/^(.*)】/u, '【$1】'), place: pick(['own', 'own', 'own', 'last', 'glue-end']) };
    }
    case 'ticker': {
      const t = pick(v.tickers);
      const items = some(t.items, int(2, t.items.length)).map(([name, value, unit]) => {
        const arrow = pick(['↑', '↓', '▲', '▼']);
        const move = pick([`${arrow}${(value * (0.001 + random() * 0.02)).toFixed(2)}`, `${arrow}${(random() * 2).toFixed(2)}%`, `（${arrow}${(random() * 2).toFixed(2)}%）`]);
        return `${name}${pick([' ', '：', ''])}${value}${unit}${pick([' ', ''])}${move}`;
      });
      const body = items.join(pick(['  ', '，', ' | ', '；']));
      const line = form < 0.35 ? `▌${t.label}：${body}▐` : form < 0.65 ? `〔${t.label}〕${body}` : `【${t.label}】${body}`;
      return { line: `${line}${pick(['', '', '，'])}`, place: pick(['glue-mid', 'glue-mid', 'glue-end', 'own']) };
    }
    case 'datestamp': {
      const y = int(2019, 2025);
      const [mo, d, h, mi] = [int(1, 12), int(1, 28), int(0, 23), int(0, 59)];
      const hm = `${h}:${String(mi).padStart(2, '0')}`;
      const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      if (form < 0.3) return { line: `[${iso} ${pick(['发布', '更新', '发表'])}]`, place: 'glue-end' };
      if (form < 0.55) return { line: `${pick(['更新时间', '發布時間', '更新時間'])}：${y}年${mo}月${d}日 ${pick(['上午', '下午', '晚上'])}${(h % 12) + 1}:${String(mi).padStart(2, '0')}`, place: 'own' };
      if (form < 0.8) return { line: `${mo}月${d}日 ${hm}`, place: 'glue-mid' };
      return { line: `（${iso}${pick(['', ' '])}${pick(['来源', '更新'])}）`, place: glued() };
    }
    case 'sent-from': {
      const who = form < 0.5 ? pick(v.platforms) : `${pick(['发自', '来自', '發自'])}${pick(['', '我的'])}${pick(v.devices)}`;
      if (random() < 0.35) return { line: `——${who}`, place: 'glue-end' };
      if (random() < 0.5) return { line: `（${who}${pick([' · ', '·', ' '])}${pick(v.apps)}）`, place: pick(['glue-end', 'last']) };
      return { line: who, place: pick(['own', 'last']) };
    }
    case 'pager': {
      const n = int(2, 6);
      const k = int(1, n - 1);
      const line = pick([
        `第${k}页/共${n}页 ${pick(['下一页>>', '下一页 >', '下页>>'])}`,
        `（本文共${n}页，${pick(['点击进入下一页', '点击下一页继续阅读', '请翻页阅读'])}）`,
        `${pick(['上一页', '<上页'])} ${Array.from({ length: n }, (_, i) => i + 1).join(' ')} ${pick(['下一页', '下页>'])}${pick(['  查看全文', ' 阅读全文', ''])}`,
        `${pick(['点击加载更多', '点击展开全文', '继续阅读下一页'])}${pick(['↓', '▼', ' ∨', '>>'])}`,
      ]);
      return { line, place: pick(['glue-mid', 'glue-end', 'own', 'own']) };
    }
    case 'credit': {
      const parts = [`${pick(['来源', '文章来源', '來源'])}：${pick(v.sources)}`, `${pick(['作者', '编辑', '責編'])}：${pick(v.editors)}`];
      if (random() < 0.5) parts.push(`${pick(['审核', '校对', '图／'])}${pick(['：', ''])}${pick(['小王', '翻摄自脸书', '小陈', '网络'])}`);
      const sep = pick(['  ', ' ', '，', '　']);
      const line = form < 0.25 ? `（${pick(['转载自', '转自'])}：${pick(v.sites)}${sep}${pick(['原作者不详', '作者未知'])}）` : form < 0.6 ? `（${parts.join(sep)}）` : parts.join(sep);
      return { line, place: form < 0.6 ? glued() : pick(['own', 'last', 'glue-end']) };
    }
  }
}

/** Where a run may be glued between two sentences of `text`: after a full stop with a sentence after it. */
export function midStops(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length - 8; i++) if ('。！？'.includes(text.charAt(i)) && !'”」'.includes(text.charAt(i + 1))) at.push(i + 1);
  return at;
}

/** One page: `article` with one to three runs of `style` (`lookalike`: real lines of the same shapes, no truth). */
export function stampPage(article: Article, style: StampStyle, split: Split, random: () => number): InjectedPage {
  const v = PARTS[split];
  const count = 1 + Math.floor(random() * 3);
  const runs = Array.from({ length: count }, () => (style === 'lookalike' ? { ...(v.real[Math.floor(random() * v.real.length)] as { line: string; place: Place }), real: true } : { ...pasteRun(style, v, random), real: false }));
  const paragraphs: string[] = [...article.paragraphs];
  const truth: [number, number, SpamFamily][][] = paragraphs.map(() => []);
  for (const x of runs) {
    const p = Math.floor(random() * paragraphs.length);
    const text = paragraphs[p] ?? '';
    const stops = midStops(text);
    const place: Place = x.place === 'glue-mid' && stops.length === 0 ? 'glue-end' : paragraphs.length < 2 && x.place === 'own' ? 'last' : x.place;
    if (place === 'glue-end' || place === 'glue-mid') {
      const at = place === 'glue-end' ? text.length : (stops[Math.floor(random() * stops.length)] as number);
      const moved = (truth[p] ?? []).map(([s, e, f]): [number, number, SpamFamily] => (s >= at ? [s + x.line.length, e + x.line.length, f] : [s, e, f]));
      truth[p] = [...moved, ...(x.real ? [] : [[at, at + x.line.length, FAMILY] as [number, number, SpamFamily]])].sort((a, b) => a[0] - b[0]);
      paragraphs[p] = text.slice(0, at) + x.line + text.slice(at);
      continue;
    }
    const at = place === 'last' ? paragraphs.length : 1 + Math.floor(random() * Math.max(1, paragraphs.length - 1));
    paragraphs.splice(at, 0, x.line);
    truth.splice(at, 0, x.real ? [] : [[0, x.line.length, FAMILY]]);
  }
  return { title: article.title, paragraphs, truth, styles: truth.map((spans) => spans.map(() => style)), links: paragraphs.map(() => []), families: truth.some((s) => s.length) ? [FAMILY] : [] };
}
