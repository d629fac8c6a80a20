/**
 * Site furniture inside and around the writer's text (issue 12, session 21): the classes QA20 found
 * at 0–60% — a labelled row of related headlines, a copy-attribution footer (作者 / 链接 / 来源 / 转载自),
 * a pager, a reader poll, a video player's text, a tag line, platform counters, a weather widget, an
 * interface leak (返回顶部 ↑, 加载更多 ▾), an image note, a date stamp, a reading-time line.
 *
 * Places, the ones QA20 used: `own` paragraph; `end` glued after a paragraph's last stop; `between`
 * two of the writer's sentences; `comma` glued after a comma mid-sentence with no mark of its own,
 * the writer's clause going on; `quote` just inside a quotation of the writer's. The page's variant
 * picks the place, so every style is measured in every place.
 *
 * `lookalike` is the writer's own text of the same shapes in the same places (a reading list in a
 * sentence, a reprint credit naming a paper, a story about a video, a survey's shares, a dateline, a
 * weather report, an interview's question, counts reported in prose): no truth, must stay.
 *
 * Two vocabularies written apart before any finder changed and frozen then: `dev` to build on,
 * `heldout` only measured, in wordings, labels, separators and fields the dev one lacks. None of
 * these strings is from QA's pages. `npx tsx scripts/spam/bench-lines.ts --generator=lines21`.
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage, Split } from './inject';

export const LINES21_STYLES = ['related', 'attrib', 'pager', 'poll', 'player', 'tags', 'counters', 'weather', 'uileak', 'imgnote', 'stamp', 'readtime', 'lookalike'] as const;
export type Lines21Style = (typeof LINES21_STYLES)[number];
export const LINES21_PLACES = ['own', 'end', 'between', 'comma', 'quote'] as const;
export type Lines21Place = (typeof LINES21_PLACES)[number];
const FAMILY: SpamFamily = 'seo';

type Pick = <T>(items: readonly T[]) => T;
type Int = (lo: number, hi: number) => number;
type Maker = (p: Pick, n: Int) => string;

interface Parts {
  titles: string[];
  words: string[];
  makers: Record<Exclude<Lines21Style, 'lookalike'>, Maker[]>;
  real: string[];
}

const PARTS: Record<Split, Parts> = {
  dev: {
    titles: ['三招教你挑选好大米', '冬季养生别忽视这几点', '年轻人为何爱上露营', '这座小城火了', '高铁票改签有新规定', '孩子近视怎么办', '家门口的公园变美了'],
    words: ['教育', '民生', '就业', '城市', '消费', '健康'],
    makers: {
      related: [
        (p) => `相关阅读：${p(PARTS.dev.titles)}｜${p(PARTS.dev.titles)}｜${p(PARTS.dev.titles)}`,
        (p) => `延伸阅读｜${p(PARTS.dev.titles)}\u3000${p(PARTS.dev.titles)}`,
        () => '相關新聞：這座小城火了｜孩子近視怎麼辦｜高鐵票改簽有新規定',
        (p) => `推荐阅读：${p(PARTS.dev.titles)} / ${p(PARTS.dev.titles)}`,
      ],
      attrib: [
        () => '（本文来源于网络，仅供学习参考，原文地址附在文末）',
        (p, n) => `作者：${p(['小鱼干', '阿木木'])} 链接：https://www.zhihu-like.com/question/${n(10000, 99999)} 来源：问答社区 著作权归作者所有。`,
        (p) => `——转载自微信公众号“${p(['早安健康', '职场小灶'])}”，原文链接见评论区`,
        (p) => `本文转载自“${p(['城市生活圈', '每日好物'])}”，如需转载请联系原作者。`,
      ],
      pager: [
        () => '首页\u3000上一页\u30001\u30002\u30003\u3000下一页\u3000末页',
        () => '上一页 1 2 3 4 下一页 尾页',
        () => '« 上一篇\u3000下一篇 »',
      ],
      poll: [
        (p, n) => `【投票】${p(['你支持延迟退休吗', '你会买新能源车吗'])}？支持 ${n(40, 70)}% | 反对 ${n(20, 50)}%`,
        (p) => `${p(['学校该不该收手机', '彩礼该不该取消'])}？【该】【不该】【无所谓】`,
      ],
      player: [
        (p, n) => `▶ 视频：${p(PARTS.dev.titles)}\u30000${n(1, 4)}:${n(10, 59)}\u3000|\u3000高清\u3000|\u3000全屏`,
        (p, n) => `视频加载中… 00:00/0${n(1, 5)}:${n(10, 59)}`,
        (p, n) => `■ 暂停\u300000:${n(10, 59)} / 0${n(2, 4)}:${n(10, 59)}`,
        (p, n) => `▶ 00:00 / 0${n(1, 5)}:${n(10, 59)}\u30001.0x\u3000字幕 開`,
      ],
      tags: [
        (p) => `关键词：${p(PARTS.dev.words)}\u3000${p(PARTS.dev.words)}\u3000${p(PARTS.dev.words)}\u3000${p(PARTS.dev.words)}`,
        () => '標籤：教育｜民生｜就業',
        (p) => `标签：${p(PARTS.dev.words)} ${p(PARTS.dev.words)} ${p(PARTS.dev.words)}`,
        (p) => `#${p(PARTS.dev.words)} #${p(PARTS.dev.words)} #${p(PARTS.dev.words)}`,
      ],
      counters: [
        (p, n) => `阅读 ${n(1, 9)}.${n(1, 9)}万 · 在看 ${n(100, 999)} · 分享 ${n(10, 99)}`,
        (p, n) => `👍 ${n(1, 9)}.${n(1, 9)}k\u3000💬 ${n(100, 999)}\u3000↗ ${n(10, 99)}`,
        (p, n) => `收藏 ${n(1, 9)},${n(100, 999)}\u3000评论 ${n(100, 999)}`,
        (p, n) => `已有 ${n(10, 99)},${n(100, 999)} 人参与｜剩余名额 ${n(10, 999)}`,
      ],
      weather: [
        (p, n) => `${p(['杭州', '武汉'])}今天：雷阵雨 ${n(22, 26)}~${n(29, 34)}℃ 东南风3-4级`,
        (p, n) => `今日多云转晴，气温${n(1, 5)}℃至${n(9, 14)}℃，东北风2级。`,
        (p, n) => `天氣：${p(['澳門', '台北'])} ${n(18, 26)}°C 晴 濕度 ${n(50, 80)}%`,
      ],
      uileak: [() => '返回顶部 ↑', () => '点击加载更多 ▾', () => '收起 ∧'],
      imgnote: [() => '▲图片来自网络', () => '（此处为图片，点击查看大图）'],
      stamp: [
        (p, n) => `${n(1, 12)}月${n(10, 28)}日 ${n(10, 23)}:${n(10, 59)}`,
        (p, n) => `2024-0${n(1, 9)}-${n(10, 28)} ${n(10, 23)}:${n(10, 59)}\u3000来源：网络综合`,
      ],
      readtime: [(p, n) => `⏱ ${n(2, 9)} 分钟读完`],
    },
    real: [
      '老师布置了延伸阅读，书单里有《围城》和《边城》。',
      '本文转载自《光明日报》2023年5月4日第5版。',
      '这段视频时长1分58秒，播放量已超过300万次。',
      '调查中，62%的受访者表示支持，38%表示反对。',
      '12月3日21时许，记者赶到现场。',
      '气象台预报，今天多云转晴，气温3℃至11℃，东北风2级。',
      '问：你怎么看这次调整？答：我觉得是好事。',
      '该视频获得1.2万次点赞，评论356条',
    ],
  },
  heldout: {
    titles: ['这种蔬菜被称为血管清道夫', '退休金上涨后如何领取', '为什么冬天更容易犯困', '医保卡这样用最划算', '考研人数为何下降了', '一张图看懂个税新政', '他把荒山变成了果园'],
    words: ['交通', '医保', '科技', '旅游', '养老', '住房'],
    makers: {
      related: [
        (p) => `猜你喜欢：${p(PARTS.heldout.titles)}｜${p(PARTS.heldout.titles)}`,
        (p) => `热门文章▏${p(PARTS.heldout.titles)}▏${p(PARTS.heldout.titles)}▏${p(PARTS.heldout.titles)}`,
        (p) => `往期回顾：${p(PARTS.heldout.titles)}\u3000${p(PARTS.heldout.titles)}\u3000${p(PARTS.heldout.titles)}`,
        () => '相關閱讀｜醫保卡這樣用最划算｜考研人數為何下降了',
        (p) => `更多精彩：《${p(PARTS.heldout.titles)}》《${p(PARTS.heldout.titles)}》`,
      ],
      attrib: [
        (p) => `文章来源：${p(['晓看天下', '暖心生活'])}头条号 作者：${p(['风吹麦浪', '老陈说事'])} 商业转载请联系作者获得授权，非商业转载请注明出处。`,
        (p, n) => `本文经授权转自公众号「${p(['成长笔记', '深夜食堂'])}」（ID：${p(['czbj', 'sysh'])}${n(100, 999)}）`,
        (p) => `（转自：${p(['百家号', '搜狐号'])}“${p(['科普一下', '育儿课堂'])}”，侵删）`,
        (p, n) => `原帖地址：https://bbs.example-forum.cn/thread-${n(10000, 99999)}-1-1.html 转载请保留出处`,
      ],
      pager: [
        () => '‹ 前一页 | 1 | 2 | 3 | 后一页 ›',
        () => '第1页 第2页 第3页 下一页>>',
        () => '上一頁\u30001\u30002\u30003\u3000下一頁',
        () => '< 上一条\u3000返回列表\u3000下一条 >',
      ],
      poll: [
        (p) => `〔调查〕${p(['小区该不该禁止电动车上楼', '你赞成取消晚自习吗'])}？ A.赞成 B.反对 C.说不清`,
        (p, n) => `${p(['周末要不要补课', '该不该给孩子买手机'])}？ ○是 ○否 ○不确定（已有${n(100, 999)}人投票）`,
        (p, n) => `你怎么看？👍 赞同 ${n(100, 999)}票 👎 不赞同 ${n(10, 99)}票`,
      ],
      player: [
        (p, n) => `⏯ 播放 0${n(1, 3)}:${n(10, 59)}/0${n(4, 6)}:${n(10, 59)} 倍速 1.5x`,
        (p, n) => `【视频】${p(PARTS.heldout.titles)} 时长 0${n(1, 4)}:${n(10, 59)} ▷ 点击播放`,
        (p, n) => `正在缓冲… 0:00 / ${n(2, 6)}:${n(10, 59)} 🔊`,
        (p, n) => `▷ 重播\u300000:${n(10, 59)} | 标清 ▾`,
        (p, n) => `直播回放 ｜ 1:0${n(1, 9)}:${n(10, 59)} ｜ 弹幕 关`,
      ],
      tags: [
        (p) => `本文标签 / ${p(PARTS.heldout.words)} / ${p(PARTS.heldout.words)} / ${p(PARTS.heldout.words)}`,
        (p) => `话题：#${p(PARTS.heldout.words)}# #${p(PARTS.heldout.words)}#`,
        (p) => `【关键字】${p(PARTS.heldout.words)},${p(PARTS.heldout.words)},${p(PARTS.heldout.words)}`,
        () => '相關標籤：交通\u3000醫保\u3000養老',
        (p) => `Tags：${p(PARTS.heldout.words)}｜${p(PARTS.heldout.words)}`,
      ],
      counters: [
        (p, n) => `浏览量：${n(10, 99)}.${n(1, 9)}万 ｜ 点赞 ${n(1, 9)},${n(100, 999)} ｜ 转发 ${n(10, 99)}`,
        (p, n) => `❤ ${n(1, 9)}.${n(1, 9)}k ⭐ ${n(100, 999)} 🔁 ${n(10, 99)}`,
        (p, n) => `播放 ${n(10, 99)}万 弹幕 ${n(1, 9)}.${n(1, 9)}万`,
        (p, n) => `赞 ${n(100, 999)}\u3000踩 ${n(10, 99)}`,
        (p, n) => `已报名 ${n(1000, 9999)} 人 · 仅剩 ${n(5, 50)} 个名额`,
      ],
      weather: [
        (p, n) => `${p(['合肥', '南昌'])}明日 阴转小雨 ${n(10, 14)}/${n(16, 20)}℃ 北风微风`,
        (p, n) => `周末天气｜晴 ${n(5, 9)}℃~${n(14, 18)}℃ 空气优`,
        (p, n) => `氣溫 ${n(15, 19)}-${n(22, 26)}°C 多雲 東風${n(1, 3)}級`,
        (p, n) => `今天白天晴到少云，最高气温${n(12, 18)}℃，西北风3级。`,
      ],
      uileak: [() => '展开全部 ∨', () => '回到顶部 ▲', () => '查看更多 >>', () => '继续阅读 ↓', () => '折叠 ︿'],
      imgnote: [() => '△ 配图源于网络', () => '【图】点击图片可放大', () => '（图片加载失败，请刷新重试）', () => '↑图片来源：网络'],
      stamp: [
        (p, n) => `发布于 ${n(10, 12)}-${n(10, 28)} 0${n(1, 9)}:${n(10, 59)}`,
        (p, n) => `2023/${n(10, 12)}/0${n(1, 9)} ${n(10, 23)}:${n(10, 59)} 来源：综合整理`,
        (p, n) => `更新时间：${n(1, 12)}月${n(10, 28)}日 ${n(10, 23)}:${n(10, 59)}`,
      ],
      readtime: [(p, n) => `🕐 阅读约需 ${n(2, 9)} 分钟`, (p, n) => `📖 ${n(3, 9)}min read`, (p, n) => `⌛ 预计${n(2, 6)}分钟看完`],
    },
    real: [
      '学者推荐的延伸书目包括《乡土中国》《江村经济》两本。',
      '（原载于《中国青年报》，有删节）',
      '视频只有两分多钟，却在网上被转发了十几万次。',
      '问卷结果显示，支持者占57%，反对者占31%，其余表示无所谓。',
      '11月28日7时45分，第一趟列车驶出站台。',
      '据市气象台预报，明天阴转小雨，气温10℃到16℃，北风微风。',
      '记者：这个项目什么时候完工？负责人：预计明年六月。',
      '这条帖子的浏览量超过十万，点赞三千多',
      '他回到顶部的宿舍，把窗户关好。',
    ],
  },
};

/** The paragraph offsets where a run may go in each glued place (none: the place does not occur there). */
function placesIn(text: string): Record<Exclude<Lines21Place, 'own'>, number[]> {
  const after = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i > 6 && i < text.length - 6);
  const quotes = after(/“/gu);
  return {
    end: [text.length],
    between: after(/[。！？](?!”)/gu),
    comma: after(/，(?=\p{Script=Han})/gu).filter((i) => !quotes.some((q) => q < i && text.indexOf('”', q) > i)),
    quote: quotes,
  };
}

/** One page: `article` with one or two runs of `style` in the variant's place (`lookalike`: real text, no truth). */
export function lines21Page(article: Article, style: Lines21Style, split: Split, random: () => number, variant = 0): InjectedPage {
  const v = PARTS[split];
  const pick: Pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int: Int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const place = LINES21_PLACES[variant % LINES21_PLACES.length] as Lines21Place;
  const real = style === 'lookalike';
  const paragraphs: string[] = [...article.paragraphs];
  const truth: [number, number, SpamFamily][][] = paragraphs.map(() => []);
  const count = 1 + Math.floor(random() * 2);
  for (let k = 0; k < count; k++) {
    const line = real ? pick(v.real) : pick(v.makers[style])(pick, int);
    const p = Math.floor(random() * paragraphs.length);
    const text = paragraphs[p] ?? '';
    if (place === 'own') {
      const at = Math.min(paragraphs.length - 1, p + 1) || (paragraphs.length > 1 ? 1 : 0);
      paragraphs.splice(at, 0, line);
      truth.splice(at, 0, real ? [] : [[0, line.length, FAMILY]]);
      continue;
    }
    const spots = placesIn(text);
    // A place the paragraph lacks falls back to a comma of the writer's, else its end.
    const where = spots[place].length ? place : spots.comma.length ? 'comma' : 'end';
    const at = where === 'end' ? text.length : pick(spots[where]);
    const moved = (truth[p] ?? []).map(([s, e, f]): [number, number, SpamFamily] => (s >= at ? [s + line.length, e + line.length, f] : [s, e, f]));
    truth[p] = [...moved, ...(real ? [] : [[at, at + line.length, FAMILY] as [number, number, SpamFamily]])].sort((a, b) => a[0] - b[0]);
    paragraphs[p] = text.slice(0, at) + line + text.slice(at);
  }
  return { title: article.title, paragraphs, truth, styles: truth.map((spans) => spans.map(() => style)), links: paragraphs.map(() => []), families: truth.some((s) => s.length) ? [FAMILY] : [] };
}
