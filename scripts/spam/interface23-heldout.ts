/**
 * Held-out generator for s23-interface's classes (session 23), written by s23-platform before
 * reading any of s23-interface's finders, frozen at its first commit: measure on it, never tune on
 * it. The page's own controls pasted into the story along with its text:
 *
 * - `fold`: the "show the rest" button of a folded article (a verb to open + what is left + an arrow or a share left);
 * - `share`: a share bar (a lead-in + three to five platforms or actions, separated the way bars are);
 * - `toolbar`: the article's tools (font size big/middle/small, print, close the window, favourite), bracketed or barred;
 * - `player`: a video player's leftovers (time codes, play/pause/fullscreen/mute, loading, speed and quality);
 * - `listen`: listen-to-the-article controls (an icon, listen/broadcast words, a duration, a voice, a speed);
 * - `placeholder`: an image or video placeholder or its load-failed notice (with a retry);
 * - `attachment`: an attachment row (a file name with its extension, its size, a download word or count);
 * - `correction`: a correction or report link (纠错, 报错, 举报, feedback on a mistake);
 * - `prevnext`: previous/next article links, each with another story's headline (titles of other
 *   articles of the held-out half, as the farm's own site would show them).
 *
 * Each is built from parts, so the wordings are many; none of the strings is from QA's pages or from
 * another generator of the project. Places, QA's six: `own` paragraph; `between` two of the writer's
 * sentences; `end` after the paragraph's last stop; `inside` a sentence, after a writer's comma, the
 * writer's clause going on (closed by nothing, a space or a comma); `comma` after a writer's comma or
 * stop, closed with a comma of its own; `quote` just inside a quotation of the writer's. A third of
 * the pages are Traditional (article and piece alike, ./traditional.ts).
 *
 * `lookalike` is the writer's own text about the same things in the same places (sharing a video,
 * printing a notice, a player that froze, an attachment to an email, a newspaper's correction, a
 * previous article, a voice broadcast), each a sentence of its own: between sentences wherever the
 * page's place is inside one. No truth, must stay; its hidden characters are defects.
 *
 * Measure: `npx tsx scripts/spam/bench-interface23.ts` (held-out articles, seed 2301; `--seed=2302`
 * draws another page set from the same frozen vocabulary).
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const INTERFACE23_STYLES = ['fold', 'share', 'toolbar', 'player', 'listen', 'placeholder', 'attachment', 'correction', 'prevnext', 'lookalike'] as const;
export type Interface23Style = (typeof INTERFACE23_STYLES)[number];
export const INTERFACE23_PLACES = ['own', 'between', 'end', 'inside', 'comma', 'quote'] as const;
export type Interface23Place = (typeof INTERFACE23_PLACES)[number];

type Pick = <T>(items: readonly T[]) => T;
type Int = (lo: number, hi: number) => number;
/** One piece of a class: `others` are headlines of other stories (for prevnext). */
type Maker = (p: Pick, n: Int, others: readonly string[]) => string;

const some = (p: Pick, n: Int, items: readonly string[], lo: number, hi: number): string[] => {
  const out: string[] = [];
  const count = n(lo, hi);
  for (let guard = 0; out.length < count && guard < 50; guard++) {
    const item = p(items);
    if (!out.includes(item)) out.push(item);
  }
  return out;
};
const mmss = (n: Int): string => `${String(n(0, 12)).padStart(2, '0')}:${String(n(0, 59)).padStart(2, '0')}`;

const OPEN = ['展开', '查看', '显示', '阅读', '点击展开', '点此查看', '继续阅读', '加载'];
const REST = ['全文', '剩余内容', '余下全文', '完整内容', '全部内容', '剩余全文', '更多'];
const DOWN = ['▼', '∨', '↓', '﹀', '⌄', '>>', ''];
const PLATFORMS = ['微信', '朋友圈', '微博', '新浪微博', 'QQ', 'QQ空间', '豆瓣', '知乎', '抖音', '钉钉', '今日头条', '复制链接', '二维码', '微信好友'];
const SHARE_LEADS = ['分享到：', '分享至', '一键分享：', '转发到：', '分享：', '把文章分享给好友：', '分享本文 ', ''];
const BAR = [' ', ' | ', '｜', ' · ', '、', '  '];
const TOOLS = ['打印', '打印本页', '关闭', '关闭窗口', '收藏', '收藏本文', '返回顶部', '复制网址', '保存'];
const SIZES = ['字号：大 中 小', '字体：大 中 小', '【大】【中】【小】', '字体大小 A+ A-', 'A- A A+', '默认 放大 缩小', '字号 T T'];
const CONTROLS = ['播放', '暂停', '全屏', '退出全屏', '静音', '重播', '弹幕', '画中画', '设置', '下一个'];
const QUALITY = ['高清', '标清', '超清 1080P', '720P', '自动'];
const FILES = ['报名表', '申报指南', '实施方案', '拟录用人员名单', '评分细则', '附件1', '政策解读', '项目汇总表', '登记表（样表）', '情况说明'];
const EXTS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'zip', 'rar', 'wps'];

const MAKERS: Record<Exclude<Interface23Style, 'lookalike'>, Maker[]> = {
  fold: [
    (p) => `${p(OPEN)}${p(REST)}${p(DOWN)}`,
    (p, n) => `${p(['点击展开', '展开'])}剩余${n(20, 90)}%`,
    (p, n) => `还有${n(2, 9)}段未读，${p(['点击展开', '展开阅读', '继续查看'])}${p(DOWN)}`,
    (p) => `${p(['收起全文', '收起', '折叠'])} ${p(['▲', '∧', '↑', '︿'])}`,
    (p) => `${p(['阅读全文', '展开全文', '查看全文'])}需${p(['下载APP', '登录后', '关注后'])}`,
    (p) => `—— ${p(OPEN)}${p(REST)} ——`,
  ],
  share: [
    (p, n) => `${p(SHARE_LEADS)}${some(p, n, PLATFORMS, 3, 5).join(p(BAR))}`,
    (p) => `扫一扫，${p(['分享到朋友圈', '分享给好友', '转发给朋友'])}`,
    (p, n) => `分享 ${n(12, 980)} ${p(['转发', '收藏'])} ${n(3, 400)}`,
    () => '复制链接 ✓ 已复制',
    (p, n) => `【${p(['分享', '转发'])}】${some(p, n, PLATFORMS, 2, 3).map((x) => `[${x}]`).join('')}`,
  ],
  toolbar: [
    (p, n) => `${p(SIZES)}${p(BAR)}${some(p, n, TOOLS, 1, 3).join(p(BAR))}`,
    (p, n) => some(p, n, TOOLS, 2, 4).map((x) => `【${x}】`).join(''),
    (p, n) => `[${some(p, n, TOOLS, 2, 3).join('] [')}]`,
    (p) => `${p(SIZES)}`,
    (p, n) => `${p(['🖨', '⎙'])} ${some(p, n, TOOLS, 1, 2).join(' ')} ✕`,
  ],
  player: [
    (_p, n) => `${mmss(n)} / ${mmss(n)}`,
    (p, n) => `${some(p, n, CONTROLS, 2, 4).join(' ')} ${mmss(n)}/${mmss(n)}`,
    (p) => `${p(['视频加载中', '正在加载', '缓冲中', '加载中'])}${p(['...', '，请稍候…', '……', ''])}`,
    (p, n) => `倍速 ${p(['0.5x', '1.0x', '1.25x', '1.5x', '2.0x'])} ${p(QUALITY)}${n(0, 1) ? ` ${p(CONTROLS)}` : ''}`,
    (p) => `${p(['▶', '►', '⏵'])} ${p(['点击播放', '播放视频', '重新播放'])}`,
    (p, n) => `${p(QUALITY)} ${p(['全屏', '退出全屏'])} ${p(['静音', '音量'])} ${mmss(n)}`,
    () => '您的浏览器不支持 video 标签',
  ],
  listen: [
    (p) => `${p(['🔊', '🎧', '♪', ''])}${p(['语音播报', '听新闻', '收听本文', '听全文', 'AI朗读', '朗读本文'])}`,
    (p, n) => `${p(['点击收听', '听全文', '收听全文', '播报'])} ${mmss(n)}`,
    (p) => `${p(['男声', '女声', '标准女声', '温柔男声'])} ${p(['语速 1.0x', '语速 1.25x', '慢速', '正常'])}`,
    (p) => `${p(['正在播放：', '正在朗读', '播报中'])}${p(['本文音频', '全文', '…'])}`,
    (p, n) => `${p(['🎧', '🔊'])} 听这篇文章 约${n(2, 9)}分钟`,
  ],
  placeholder: [
    (p) => p(['[图片]', '【图片】', '[视频]', '[动图]', '（视频）', '[图]']),
    (p) => `${p(['图片', '视频', '该图片', '此视频'])}${p(['加载失败', '无法显示', '暂时无法播放', '已失效'])}${p(['', '，点击重试', '，请刷新页面', '，点击重新加载'])}`,
    (p) => `${p(['网络不给力', '网络异常', '加载超时'])}，${p(['点击重试', '请稍后再试', '轻触重新加载'])}`,
    (p) => `${p(['图片正在加载中', '图片加载中', '视频准备中'])}${p(['...', '…', ''])}`,
  ],
  attachment: [
    (p, n) => `附件：${p(FILES)}.${p(EXTS)}（${n(12, 980)}${p(['KB', 'K', ' KB'])}）${p(['下载', '点击下载', '', ' ⬇'])}`,
    (p, n) => `📎 ${p(FILES)}.${p(EXTS)} ${n(1, 9)}.${n(0, 9)}${p(['MB', 'M'])} ${p(['下载', '预览', '预览 下载'])}`,
    (p, n) => `附件${n(1, 3)}：${p(FILES)}.${p(EXTS)} [下载次数：${n(3, 800)}]`,
    (p, n) => `相关附件 ${p(FILES)}.${p(EXTS)} (${n(10, 99)}.${n(0, 9)}K)`,
    (p) => `${p(['附件下载：', '下载附件：', '附件 '])}${p(FILES)}.${p(EXTS)}`,
  ],
  correction: [
    (p) => p(['纠错', '我要纠错', '【纠错】', '[报错]', '举报', '投诉举报', '侵权投诉']),
    (p) => `${p(['文章有误？', '发现错别字？', '内容有问题？'])}${p(['点此反馈', '点击报错', '我要纠错', '欢迎指正'])}`,
    (p, n) => some(p, n, ['纠错', '举报', '报错', '反馈', '投诉'], 2, 3).join(p([' | ', ' ', '／'])),
    (p) => `${p(['违法和不良信息举报', '如有错误请联系纠错', '本文有错误？一键报错'])}`,
  ],
  prevnext: [
    (p, n, others) => `${p(['上一篇：', '上一篇 ', '上一条：', '前一篇文章：', '上篇：', '« '])}${p(others)}`,
    (p, n, others) => `${p(['下一篇：', '下一篇 ', '下一条：', '后一篇文章：', '下篇：'])}${p(others)}${p(['', ' »', ' →'])}`,
    (p, n, others) => `上一篇：${p(others)}${p(['　', ' ', ' | '])}下一篇：${p(others)}`,
    (p, n, others) => `${p(['◀ 上一篇', '▲ 上一篇'])} ${p(others)} ${p(['▶ 下一篇', '▼ 下一篇'])} ${p(others)}`,
  ],
};

/** The writer's own sentences about the same things: must stay (each its own sentence, ending in a stop). */
const LOOKALIKES = [
  '他把这段视频分享到了朋友圈，不到一天就有上千人转发。',
  '工作人员将通知打印出来，张贴在小区门口的公告栏上。',
  '报名表可在学校官网下载，填好后交到教务处。',
  '报社随后刊登更正，承认此前报道中的一个数据有误。',
  '视频播放到第三分钟时，画面突然卡住了。',
  '老人习惯把手机字号调大，再戴上老花镜看新闻。',
  '不少用户吐槽，文章读到一半就要点“展开全文”，还得先下载应用。',
  '这款应用新增了语音播报功能，视障人士也能“听”新闻了。',
  '由于信号不好，山区学生上网课时常遇到视频加载失败。',
  '上一篇论文发表后，他又投入到新的课题中。',
  '市民发现违规行为，可以拨打热线举报。',
  '邮件附件里是一份长达四十页的调查报告。',
  '他关掉电脑窗口，起身去倒了一杯水。',
  '监控录像显示，嫌疑人在凌晨两点左右离开现场。',
  '这份文件大约三兆，用手机就能打开。',
  '她把祖母的旧照片扫描下来，收藏在电脑里。',
  '有读者来信指出文中的错别字，编辑部很快作了修改。',
  '直播中断了十几分钟，主持人只好向观众道歉。',
  '下一站就是终点，乘客们纷纷起身拿行李。',
  '课本里的插图已经褪色，字迹却依然清楚。',
];

/** The headline's other stories: every article title but this one's. */
export function otherHeadlines(articles: readonly Article[], self: Article): string[] {
  return articles.filter((a) => a !== self && a.title.length >= 6).map((a) => a.title.slice(0, 30));
}

/** The paragraph offsets where a piece may go in each glued place (none: the paragraph lacks it). */
export function placesIn(text: string): Record<Exclude<Interface23Place, 'own'>, number[]> {
  const after = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i > 4 && i < text.length - 4);
  const quotes = after(/[“「]/gu);
  const insideQuote = (i: number): boolean => quotes.some((q) => q < i && text.indexOf(text.charAt(q - 1) === '「' ? '」' : '”', q) > i);
  const commas = after(/，(?=\p{Script=Han})/gu).filter((i) => !insideQuote(i));
  const stops = after(/[。！？](?![”」])/gu);
  return { between: stops, end: [text.length], inside: commas, comma: [...commas, ...stops], quote: quotes };
}

/** One page: the article with one or two pieces of `style` in `place` (`lookalike`: the writer's text, no truth). */
export function interface23Page(article: Article, style: Interface23Style, place: Interface23Place, others: readonly string[], random: () => number, toTraditional: (text: string) => string): RedteamPage & { traditional: boolean } {
  const family: SpamFamily = 'seo';
  const pick: Pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int: Int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const clean = style === 'lookalike';
  const traditional = random() < 1 / 3;
  const script = traditional ? toTraditional : (text: string) => text;
  const { page, push } = pageWriter(script(article.title), family, style, clean);
  const chosen = new Set<number>();
  for (let k = 0, count = int(1, 2); k < count; k++) chosen.add(Math.floor(random() * article.paragraphs.length));
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(script(text), []);
    const piece = clean ? pick(LOOKALIKES) : pick(MAKERS[style])(pick, int, others);
    if (place === 'own') {
      push(script(text), []);
      return push(script(piece), [[0, piece.length]]);
    }
    const spots = placesIn(text);
    // The writer's look-alike is a sentence: it goes between sentences wherever the page's place is
    // inside one (a sentence glued after a comma would be a pasted sentence, which may rightly go).
    const wanted = clean && place !== 'end' ? 'between' : place;
    // A place the paragraph lacks falls back to a comma of the writer's, else its end (the look-alike: its end).
    const where = spots[wanted].length ? wanted : spots.inside.length && !clean ? 'inside' : 'end';
    const cut = where === 'end' ? text.length : pick(spots[where]);
    // A piece is closed as its place says.
    const close = clean ? '' : where === 'comma' ? '，' : where === 'inside' || where === 'quote' ? pick(['', ' ', '，']) : pick(['', ' ', '']);
    const glued = piece + close;
    // A closing space is no one's text: neither spam to find nor the writer's to keep.
    push(script(`${text.slice(0, cut)}${glued}${text.slice(cut)}`), [[cut, cut + glued.trimEnd().length]]);
  });
  return { ...page, traditional };
}
