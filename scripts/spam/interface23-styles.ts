/**
 * Generator for the site's interface copied into an article (session 23, s23-interface): controls and
 * widgets of the page that speak to the reader about the page, not about the story. What they share,
 * and what every piece is built from rather than fixed sentences: a control word (展开 / 分享 / 打印 /
 * 播放 / 下载 / 纠错 …), often a glyph, an arrow, a bracket or a separator, sometimes a time code, a
 * file size or a title of another article; short, and addressed to the reader's hand or eye.
 *   i-fold        "show full text" fold buttons
 *   i-share       share bars (share to platforms)
 *   i-toolbar     toolbars (font size, print, close window, favourite)
 *   i-player      video-player residue (time codes, play / fullscreen / loading / speed words)
 *   i-listen      listen-to-article / voice-broadcast controls
 *   i-media       image / video placeholders and load-failed notices
 *   i-attach      attachment rows (file name + size + download)
 *   i-report      correction / report links
 *   i-prevnext    previous / next article title links
 * The held-out split adds three classes of the same nature that the dev split never has, so that no
 * finder is tuned on them (the report's "never tuned on"):
 *   iu-top        back-to-top / scroll controls
 *   iu-qr         scan-a-code-to-read prompts
 *   iu-mode       reading-mode toggles (night mode, plain-text view, translate this page)
 * `i-lookalike` is the writer's own text about the same things (sharing, printing, a video, a file,
 * a correction, a previous article): no truth, must stay.
 *
 * Places as QA22 counts them: own, owncomma, end, between, inside, quote; a quarter of the pages are
 * Traditional. Two pools, written before any finder was read, frozen then: `dev` (dev articles, seed
 * 231) to build on; `heldout` (held-out articles, seed 233) only measured, in words, glyphs and
 * separators the dev pool lacks. None of these strings is from QA's pages (never seen).
 *   npx tsx scripts/spam/bench-interface23-styles.ts [--split=dev|heldout] [--styles=i-fold] [--places=inside] [--show=N]
 */
import type { SpamFamily } from '../../src/spam/types';
import { int, pick } from './glued-styles';
import type { Article, Split } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const INTERFACE23_NAMED = ['i-fold', 'i-share', 'i-toolbar', 'i-player', 'i-listen', 'i-media', 'i-attach', 'i-report', 'i-prevnext'] as const;
export const INTERFACE23_UNNAMED = ['iu-top', 'iu-qr', 'iu-mode'] as const;
export const INTERFACE23_STYLES = [...INTERFACE23_NAMED, ...INTERFACE23_UNNAMED, 'i-lookalike'] as const;
export type Interface23Style = (typeof INTERFACE23_STYLES)[number];
export const INTERFACE23_PLACES = ['own', 'owncomma', 'end', 'between', 'inside', 'quote'] as const;
export type Interface23Place = (typeof INTERFACE23_PLACES)[number];
export const INTERFACE23_SEEDS: Record<Split, number> = { dev: 231, heldout: 233 };

type Random = () => number;
type Build = (random: Random, pool: Pool) => string;

interface Pool {
  seps: string[];
  titles: string[];
  builds: Partial<Record<Exclude<Interface23Style, 'i-lookalike'>, Build[]>>;
  lookalikes: string[];
}

const two = (random: Random, hi = 59): string => String(int(random, 0, hi)).padStart(2, '0');
const clock = (random: Random): string => `${two(random, 9)}:${two(random)}`;
const size = (random: Random): string => pick(random, [`${int(random, 1, 9)}.${int(random, 0, 9)}MB`, `${int(random, 12, 980)}KB`, `${int(random, 1, 9)}.${int(random, 0, 99)} M`, `${int(random, 100, 999)}K`]);
const join = (random: Random, pool: Pool, parts: string[]): string => parts.filter(Boolean).join(pick(random, pool.seps));

const POOLS: Record<Split, Pool> = {
  dev: {
    seps: [' ', '  ', ' | ', '｜', ' · '],
    titles: ['我市新增三条公交线路', '秋季流感高发 专家提醒做好防护', '老旧小区改造进入收尾阶段', '本周末全市气温回升', '图书馆延长开放时间'],
    builds: {
      'i-fold': [(r) => pick(r, ['展开全文', '展开全文 ∨', '点击展开全文', '查看全文 >', '全文 ▼', '阅读全文', '展开剩余{N}%'.replace('{N}', String(int(r, 20, 90)))])],
      'i-share': [
        (r, p) => join(r, p, ['分享到：', ...pickSome(r, ['微信', '朋友圈', '微博', 'QQ', 'QQ空间', '豆瓣'], 2, 5)]),
        (r) => pick(r, ['分享', '一键分享', '分享到微信', '转发到朋友圈']) + pick(r, ['', ' >', ' ↗']),
      ],
      'i-toolbar': [(r, p) => join(r, p, pickSome(r, ['字号：大 中 小', '【大 中 小】', 'A+ A-', '打印', '打印本页', '关闭窗口', '收藏', '【关闭】', '[打印]', '默认字体'], 2, 4))],
      'i-player': [
        (r, p) => join(r, p, [`${clock(r)} / ${clock(r)}`, ...pickSome(r, ['播放', '暂停', '全屏', '加载中...', '倍速', '1.0x', '静音'], 1, 3)]),
        (r) => pick(r, ['视频加载中，请稍候...', '点击播放', '▶ 播放', '重播', `${clock(r)}`]),
      ],
      'i-listen': [(r, p) => join(r, p, [pick(r, ['🎧 听新闻', '语音播报', '听全文', '收听本文', '▶ 朗读']), pick(r, ['', `${clock(r)}`, `时长${int(r, 1, 9)}分${two(r)}秒`, '点击收听'])])],
      'i-media': [(r) => pick(r, ['[图片]', '图片加载失败', '图片加载失败，点击重试', '（视频）', '此视频暂无法播放', '图片无法显示', '【图】', '视频加载失败，请刷新重试', '▲ 点击查看大图'])],
      'i-attach': [
        (r, p) => join(r, p, [`附件：${pick(r, ['报名表', '申请表', '实施方案', '名单', '通知全文'])}.${pick(r, ['docx', 'pdf', 'xls'])}`, `（${size(r)}）`, pick(r, ['下载', '点击下载', '[下载]'])]),
        (r) => `${pick(r, ['相关附件', '附件下载'])}：${pick(r, ['1.', '①'])}${pick(r, ['附件1', '表格'])}.${pick(r, ['doc', 'pdf'])}`,
      ],
      'i-report': [(r, p) => join(r, p, pickSome(r, ['纠错', '我要纠错', '举报', '【纠错】', '[举报]', '反馈', '投诉'], 1, 3))],
      'i-prevnext': [
        (r, p) => `${pick(r, ['上一篇：', '上一篇 ', '【上一篇】'])}${pick(r, p.titles)}`,
        (r, p) => `${pick(r, ['下一篇：', '下一篇 ', '【下一篇】'])}${pick(r, p.titles)}`,
        (r, p) => `上一篇：${pick(r, p.titles)} 下一篇：${pick(r, p.titles)}`,
      ],
    },
    lookalikes: [
      '他把这篇文章分享到了朋友圈，没想到一天之内被转发了上千次。',
      '工作人员把通知打印出来，贴在了小区门口。',
      '视频显示，事发时间大约在晚上九点十五分。',
      '附件中的报名表需在本月底前交回学校。',
      '读者来信指出了报道中的一处错误，本报已作更正。',
      '上一篇报道刊发后，多位读者打来电话反映情况。',
      '老人的手机字体调到了最大，屏幕上一次只能显示几行字。',
      '她点开那段语音，听了三遍才听清。',
      '图片显示，河道两岸已经长满了芦苇。',
      '网友举报后，平台删除了相关视频。',
    ],
  },
  heldout: {
    seps: [' ／ ', ' • ', '　', ' ┃ ', ' - ', '  '],
    titles: ['暖心！快递小哥雨夜救起落水老人', '两部门联合发文规范校外培训', '这个冬天，供暖有了新变化', '高速路网迎来出行高峰', '“菜篮子”价格总体平稳'],
    builds: {
      'i-fold': [(r) => pick(r, ['点击查看剩余内容', '展开阅读全文 ⌄', '↓ 展开全部', '余下全文', '继续阅读 ▾', '收起全文 ∧', '显示全部'])],
      'i-share': [
        (r, p) => join(r, p, ['分享至', ...pickSome(r, ['微信好友', '新浪微博', '抖音', '今日头条', '复制链接', 'Facebook', 'X'], 2, 4)]),
        (r) => pick(r, ['↗ 分享本文', '一键转发', '分享给好友 ➤', '转发']),
      ],
      'i-toolbar': [(r, p) => join(r, p, pickSome(r, ['字体：大 ／ 中 ／ 小', 'Aa', '【打印此页】', '关闭本页', '[ 关闭 ]', '加入收藏', '字号 T+ T-', '🖨 打印', '保存为PDF'], 2, 4))],
      'i-player': [
        (r, p) => join(r, p, [pick(r, ['▶', '⏸', '▷']), `${clock(r)}/${clock(r)}`, ...pickSome(r, ['全屏观看', '高清', '缓冲中', '画中画', '退出全屏', '弹幕'], 1, 2)]),
        (r) => pick(r, ['正在加载视频…', '点击观看视频 ▶', `视频时长 ${clock(r)}`, '播放失败，请重试']),
      ],
      'i-listen': [(r, p) => join(r, p, [pick(r, ['🔊 语音播报', '点击收听本文', '听文章', 'AI朗读', '▷ 播放音频']), pick(r, ['', `${clock(r)}`, '男声 女声', '倍速 1.5x'])])],
      'i-media': [(r) => pick(r, ['〔图片〕', '[视频]', '图片载入中…', '该图片已失效', '视频已下架', '[图片无法加载]', '点击加载图片', '（此处为视频）', '▼ 图片'])],
      'i-attach': [
        (r, p) => join(r, p, [`📎 ${pick(r, ['公示名单', '招聘简章', '评分细则', '政策解读'])}.${pick(r, ['pdf', 'zip', 'xlsx', 'wps'])}`, size(r), pick(r, ['⬇ 下载', '立即下载', '下载附件'])]),
        (r) => `附：${pick(r, ['附件2', '附表'])}（${size(r)}）${pick(r, ['点击下载', '下载'])}`,
      ],
      'i-report': [(r, p) => join(r, p, pickSome(r, ['发现错误？点此纠错', '违法和不良信息举报', '报错', '内容有误？', '意见反馈', '⚠ 举报'], 1, 2))],
      'i-prevnext': [
        (r, p) => `${pick(r, ['« 上一篇', '← 上一篇', '上篇：'])}${pick(r, [' ', ''])}${pick(r, p.titles)}`,
        (r, p) => `${pick(r, ['下一篇 »', '下篇：', '下一篇 →'])}${pick(r, [' ', ''])}${pick(r, p.titles)}`,
        (r) => pick(r, ['上一篇：没有了', '下一篇：没有了', '已经是最后一篇了']),
      ],
      'iu-top': [(r) => pick(r, ['返回顶部', '↑ 回到顶部', 'TOP ▲', '回顶部', '▲ 返回顶部', '返回首页 | 返回顶部'])],
      'iu-qr': [(r) => pick(r, ['扫一扫，在手机上阅读本文', '微信扫码 分享到朋友圈', '扫描二维码 用手机看', '📱 手机扫码阅读', '打开APP扫一扫'])],
      'iu-mode': [(r, p) => join(r, p, pickSome(r, ['夜间模式', '🌙 深色模式', '纯净阅读', '简 / 繁', '翻译此页', '护眼模式', '无障碍浏览'], 1, 3))],
    },
    lookalikes: [
      '这段视频在网上播放了两百多万次，不少人看完后留言。',
      '她在文件里附上了自己的简历，大小不到一兆。',
      '编辑部收到读者纠错后，第一时间更正了数据。',
      '从上一篇文章的反响看，读者更关心的是收费问题。',
      '医生建议，晚上看手机最好打开护眼模式，并调低亮度。',
      '他扫了一下门口的二维码，才知道这家店已经换了老板。',
      '演出结束，观众起身走向出口，灯光慢慢暗了下来。',
      '记者下载了这款应用，发现注册时必须授权通讯录。',
      '这张老照片因年代久远，已经看不清人脸。',
      '主持人提醒听众，节目将在十点整重播。',
    ],
  },
};

function pickSome<T>(random: Random, items: readonly T[], lo: number, hi: number): T[] {
  const left = [...items];
  return Array.from({ length: Math.min(left.length, int(random, lo, hi)) }, () => left.splice(Math.floor(random() * left.length), 1)[0] as T);
}

/** The paragraph offsets where a glued piece may go. */
function spotsIn(text: string): Record<'end' | 'between' | 'inside' | 'quote', number[]> {
  const after = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i < text.length - 1);
  const quotes = after(/[“「]/gu);
  const inQuote = (i: number): boolean => quotes.some((q) => q < i && text.indexOf(text.charAt(q - 1) === '「' ? '」' : '”', q) > i);
  return { inside: after(/，/gu).filter((i) => !inQuote(i)), between: after(/[。！？](?![”」])/gu), end: [text.length], quote: quotes };
}

/** Whether a split has this style (the never-named classes are in the held-out pool only). */
export function hasStyle(split: Split, style: Interface23Style): boolean {
  return style === 'i-lookalike' || Boolean(POOLS[split].builds[style]);
}

/** A clean article with one or two pieces of one style, all in one place; a quarter of the pages Traditional. */
export function interface23Page(article: Article, style: Interface23Style, place: Interface23Place, split: Split, random: Random, toTraditional: (text: string) => string): RedteamPage {
  const family: SpamFamily = 'seo';
  const clean = style === 'i-lookalike';
  const pool = POOLS[split];
  const script = random() < 0.25 ? toTraditional : (text: string) => text;
  const { page, push } = pageWriter(script(article.title), family, style, clean);
  const chosen = new Set<number>();
  for (let n = 0, k = int(random, 1, 2); n < k; n++) chosen.add(Math.floor(random() * article.paragraphs.length));
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(script(text), []);
    const piece = clean ? pick(random, pool.lookalikes) : pick(random, pool.builds[style] ?? [])(random, pool);
    if (place === 'own' || place === 'owncomma') {
      push(script(text), []);
      const line = !clean && place === 'owncomma' ? `${piece}，` : piece;
      return push(script(line), [[0, line.length]]);
    }
    const spots = spotsIn(text);
    const where = spots[place].length ? place : spots.inside.length ? 'inside' : 'end';
    const cut = where === 'end' ? text.length : pick(random, spots[where]);
    const close = clean ? '' : where === 'inside' || where === 'quote' ? pick(random, ['，', '', ' ']) : pick(random, ['，', '', ' ', '']);
    const glued = piece + close;
    // A closing space is no one's text: neither spam to find nor the writer's to keep.
    push(script(`${text.slice(0, cut)}${glued}${text.slice(cut)}`), [[cut, cut + glued.trimEnd().length]]);
  });
  return page;
}
