/**
 * Generator for the site interface copied along with an article (session 22, s22-furniture): the
 * nine classes QA21 found at 0% hidden or marked that nobody had described — an AI-summary line, a
 * cookie / consent banner, a paywall, a star rating, a geotag, an ad label, a countdown, a
 * breadcrumb, a language switcher. What they share: they speak to the reader about the page or the
 * site, not about the story; they are short, often a glyph, an arrow or a separator and two to six
 * Han interface words.
 *
 * Places, QA21's: `own` paragraph; `owncomma` its own paragraph closed by a comma (a line cut out of
 * a widget with the comma the copier typed); `end` after a paragraph's last stop; `between` two of the
 * writer's sentences; `inside` after a writer's comma with the writer's clause going on (closed by a
 * comma, a space or nothing); `quote` just inside a quotation of the writer's. A quarter of the pages
 * are Traditional (the whole page, char for char).
 *
 * `f-lookalike` is the writer's own text about the same things (a rating agency, a countdown to an
 * election, 简体 and 繁体 in a story about scripts, the advertising law, a paper's paywall, a cookie
 * rule, an AI summary tool, a place someone came from): no truth, must stay.
 *
 * Two pools written apart, each in wordings, glyphs and separators the other lacks, frozen before any
 * finder changed: `dev` (dev articles, seed 221) to build on; `heldout` (held-out articles, seed 222)
 * only measured. None of these strings is from QA's pages (never seen).
 *   npx tsx scripts/spam/bench-furniture.ts [--split=dev|heldout] [--styles=f-rating] [--places=inside] [--show=N]
 */
import type { SpamFamily } from '../../src/spam/types';
import { int, pick } from './glued-styles';
import type { Article, Split } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const FURNITURE22_STYLES = ['f-ai', 'f-consent', 'f-paywall', 'f-rating', 'f-geotag', 'f-adlabel', 'f-countdown', 'f-breadcrumb', 'f-language', 'f-lookalike'] as const;
export type Furniture22Style = (typeof FURNITURE22_STYLES)[number];
export const FURNITURE22_PLACES = ['own', 'owncomma', 'end', 'between', 'inside', 'quote'] as const;
export type Furniture22Place = (typeof FURNITURE22_PLACES)[number];
export const FURNITURE22_SEEDS: Record<Split, number> = { dev: 221, heldout: 222 };

type Pool = Record<Furniture22Style, string[]> & { cities: string[]; sections: string[] };

/**
 * Placeholders: {T} the headline's topic word, {C} a place, {K} a site section, {N} 2–9, {NN} 10–99,
 * {NNN} 100–999, {S} a score out of five (3.5–4.9), {S10} a score out of ten (6.0–9.8), {HMS} a clock
 * countdown (01:23:45).
 */
const POOLS: Record<Split, Pool> = {
  dev: {
    cities: ['杭州', '成都', '武汉', '广东', '浙江', '江苏', '北京', '上海'],
    sections: ['新闻', '国内', '社会', '财经', '科技', '体育', '娱乐', '教育', '健康'],
    'f-ai': [
      '本文由AI生成，仅供参考',
      'AI摘要：本文讲述了{T}的最新情况',
      '以上内容由AI智能生成，请注意甄别',
      '【AI总结】{T}引发关注，多方回应',
      '内容由AI辅助创作',
      'AI 摘要 ▾',
      '✨AI帮你读：三句话看懂{T}',
      '本摘要由人工智能自动生成，不代表本站观点',
      'AI速览｜{T}的三个要点',
      '此文由AI改写，如有错漏请谅解',
      '智能摘要：{T}，详情见正文',
      '（本文部分内容由AI生成）',
      '🤖 AI解读',
    ],
    'f-consent': [
      '本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们的隐私政策。',
      '我们使用cookies来改善您的体验 [接受] [拒绝]',
      '点击“同意”即表示您已阅读并同意《用户协议》和《隐私政策》',
      '本站使用Cookie ｜ 了解更多 ｜ 全部接受',
      '为了给您提供更好的服务，我们会收集必要的个人信息，请阅读并同意隐私条款',
      'Cookie设置 接受全部 仅必要',
      '继续使用本站即视为您同意我们使用Cookie',
      '我们重视您的隐私。同意 / 拒绝',
      '您的隐私选择：接受 拒绝 管理偏好',
      '本页面使用Cookies，您可以在浏览器中关闭',
      '【隐私提示】使用前请仔细阅读隐私政策 我知道了',
      '我们使用Cookie进行数据分析和个性化推荐。接受并继续',
    ],
    'f-paywall': [
      '订阅后阅读全文',
      '开通会员，解锁全部内容',
      '本文为付费内容，剩余{NN}%需购买后阅读',
      '登录后查看完整文章',
      'VIP专享 ¥{N}.9/月 立即开通',
      '此内容仅限会员阅读',
      '试读结束，购买后继续阅读',
      '🔒 付费解锁剩余内容',
      '会员专属内容，请先登录',
      '剩余{NNN}字，订阅即可阅读',
      '免费试读已结束 开通会员看全文',
      '本文需付费阅读，¥{N}.00',
      '成为会员，畅读全站文章',
    ],
    'f-rating': [
      '★★★★☆ {S}分',
      '评分：{S10}/10',
      '用户评分 ★★★★★ {S10}',
      '推荐指数：★★★★',
      '综合评分 {S}（{NNN}人评价）',
      '口碑 ★★★☆☆',
      '★★★★★ 5.0 | {NNN}条评价',
      '评分 {S10} 分',
      '网友评分：{S10}',
      '好评率 9{N}%',
      '★★★★☆（{S}）',
      '本文评分：☆☆☆☆☆ 点击评分',
      '我的评分：★★★',
    ],
    'f-geotag': [
      '📍 {C}·西湖区',
      '发布于 {C}',
      'IP属地：{C}',
      '来自 {C}市',
      '定位：{C}市锦江区',
      '📍{C}',
      '发布于{C} · {N}小时前',
      'IP属地 {C}',
      '📌 {C} · 平江路',
      '所在地：{C}',
      '位置：{C}·滨江',
      '📍 {C}市 · 天府广场',
    ],
    'f-adlabel': [
      '广告',
      '[广告]',
      '推广',
      '赞助内容',
      '广告 ×',
      '—— 广告 ——',
      '【推广】',
      '以下内容为广告',
      '推广信息',
      '广告 · 关闭',
      'AD',
      '（广告）',
      '商业推广',
    ],
    'f-countdown': [
      '距高考还有 {NNN} 天',
      '倒计时：0{N}天{NN}时{NN}分',
      '距活动结束仅剩 {N} 天 {HMS}',
      '⏰ 限时抢购 剩余 {HMS}',
      '距离春节还有{NN}天',
      '距开奖还有 {HMS}',
      '倒计时 {N} 天',
      '本次活动倒计时：{NN}:{NN}:{NN}',
      '距截止报名还剩{N}天',
      '⏳ 仅剩 {N} 天',
      '距离双十一还有 {NN} 天 {NN} 小时',
      '抢购倒计时 {HMS}',
    ],
    'f-breadcrumb': [
      '首页 > {K} > 国内 > 正文',
      '当前位置：首页 » {K} » 正文',
      '您的位置：首页>{K}>社会',
      '首页 / {K} / 正文',
      '主页 › {K} › {K}',
      '首页 > {K}频道',
      '当前位置: 首页 > {K} > {K}',
      '首页>>{K}>>正文',
      '网站首页 > {K}中心 > 正文',
      '位置：首页 > {K}',
      '首页 → {K} → 正文',
      '{K} > {K} > 正文',
    ],
    'f-language': [
      '简体 | 繁體 | English',
      '简 / 繁',
      '中文 | EN',
      '繁體中文 ∨',
      '语言：简体中文 繁體中文 English',
      '切换到繁体',
      '简体中文 ▾',
      '[简体] [繁体]',
      'EN | 中文',
      '简体版 | 繁体版',
      '繁 | 简 | EN',
      '中文版 English',
    ],
    'f-lookalike': [
      '这家小馆在点评网站上的评分是4.5分，排队的人不少。',
      '评级机构将该国主权信用评级下调至BBB。',
      '影片上映一周，评分从8.6分降到了7.9分。',
      '距离大选投票还有不到一个月，两党候选人加紧拉票。',
      '春运倒计时开始，铁路部门加开了临时列车。',
      '这本书有简体和繁体两个版本，内容完全相同。',
      '大陆通行简体字，港澳台地区多用繁体字。',
      '新修订的广告法明确，推广内容必须标明“广告”字样。',
      '这段视频其实是商业推广，却没有任何标注。',
      '越来越多媒体推出付费订阅，读者开通会员才能读到全文。',
      '新规要求网站在使用Cookie之前征得用户同意。',
      '不少用户在弹窗里直接点了接受，并没有读隐私政策。',
      '研究人员先用AI生成摘要，再交给编辑逐字核对。',
      '他来自上海，在北京工作了十年。',
      '这份通知发布于省政府网站，随后被多家媒体转载。',
      '从首页进入新闻频道，再点国内栏目，就能找到这篇报道。',
    ],
  },
  heldout: {
    cities: ['南京', '青岛', '长沙', '福建', '四川', '云南', '深圳', '天津'],
    sections: ['要闻', '时政', '民生', '汽车', '房产', '文旅', '军事', '国际', '科普'],
    'f-ai': [
      '📝 AI总结：{T}的来龙去脉',
      '本文内容由人工智能生成，仅作参考',
      '内容由AI大模型整理，请以官方信息为准',
      '⚡AI导读 | {T}',
      '【智能摘要】{T}，一文读懂',
      '此内容为AI创作',
      '以下摘要由AI自动提炼',
      '声明：本文借助AI工具生成',
      'AI划重点：{T}',
      '由AI生成 · 仅供参考',
      '（AI辅助写作，已人工审核）',
    ],
    'f-consent': [
      '本站使用cookies以确保您获得最佳体验。了解详情 知道了',
      '我们使用必要的Cookie以保证网站正常运行，点击“接受”继续',
      '您继续浏览即表示同意我们使用Cookie及类似技术。',
      '隐私保护提示：请阅读并同意《个人信息保护政策》后继续使用',
      'Cookie偏好设置｜全部允许｜全部拒绝',
      '我们尊重您的隐私 ✓ 同意 ✗ 不同意',
      '本網站使用Cookie，繼續瀏覽即表示您同意本站的私隱政策',
      '为向您提供个性化服务，本站会使用Cookie 同意并关闭',
      '温馨提示：使用本网站即代表您同意隐私协议',
      '接受所有Cookie 拒绝非必要Cookie',
      '我们使用Cookie记录您的偏好，您可随时在设置中更改。好的',
    ],
    'f-paywall': [
      '订阅会员查看剩余内容',
      '付费阅读 ｜ 已读{NN}% ｜ 解锁全文 ¥{N}.9',
      '本文为会员专享，开通后立即阅读',
      '登录后可阅读全文 >>',
      '【付费内容】购买后可查看完整报道',
      '剩余内容需订阅后查看',
      '🔐 本文仅对订阅用户开放',
      '试看结束，开通VIP继续阅读',
      '付费文章 · ¥{N}.00 · 立即购买',
      '解锁全文，首月仅需{N}元',
      '剩余{NN}%内容，订阅后阅读',
    ],
    'f-rating': [
      '☆☆☆☆☆ 暂无评分',
      '综合得分 {S10}（满分10分）',
      '⭐⭐⭐⭐ {S}',
      '读者打分：{S}/5',
      '评分 ★★★★½',
      '推荐度：★★★☆☆',
      '{S}分 · {NNN}人已评',
      '★{S} 好评如潮',
      '满意度 ★★★★★',
      '打分：★★★★☆ {S10}',
      '大众评分 {S10} ｜ 想看 {NNN}',
    ],
    'f-geotag': [
      '📍{C}市 · 江北新区',
      '发表于 {C}',
      'IP归属地：{C}',
      '🗺 {C}·五一广场',
      '地点：{C}市',
      'ip属地 {C}',
      '发自 {C}',
      '📍 {C} 鼓浪屿',
      '位于：{C}',
      '打卡地点：{C}·古城',
      '发布于 {C} · 昨天',
    ],
    'f-adlabel': [
      '广告 ▾',
      '〔广告〕',
      '赞助',
      '推广内容',
      '▌广告',
      '— 推广 —',
      '本文为商业合作',
      '广告 | 关闭',
      'Sponsored',
      '【赞助】',
      '以下为推广内容',
      '廣告',
    ],
    'f-countdown': [
      '距离开幕还有 {NN} 天 {NN} 时 {NN} 分',
      '⏱ 倒计时 {HMS}',
      '活动剩余时间：{N}天{NN}小时',
      '距中考仅剩{NN}天',
      '还剩 {HMS} 结束',
      '距下次开奖：{N}天',
      '【倒计时】{NNN}天',
      '秒杀倒计时：{NN}分{NN}秒',
      '距優惠結束還有 {N} 天',
      '离元旦还有{NN}天',
      '倒数 {N} 天',
    ],
    'f-breadcrumb': [
      '首页 ＞ {K} ＞ 正文',
      '您当前的位置：首页 → {K} → 内容',
      '主页 / {K}频道 / 详情',
      '网站首页 › {K} › 文章详情',
      '当前所在位置：首页 | {K} | 正文',
      '首頁 > {K} > 正文',
      '首页 » {K}',
      '位置：网站首页>>{K}>>阅读',
      '首页 · {K} · {K}',
      '您在这里：首页 > {K} > {K}',
      '首页 ＞ {K}资讯 ＞ 正文内容',
    ],
    'f-language': [
      '简体中文 | 繁體中文',
      '中 | EN',
      '繁體 ｜ 简体',
      'Language：中文 ▾',
      '切换语言：简 繁 英',
      '简体 / 繁体 / English / 日本語',
      '【繁】【简】',
      '繁体中文版',
      '中文(简体) ∨',
      'English ｜ 中文',
      '語言：繁體中文',
    ],
    'f-lookalike': [
      '信用评级机构维持了该市“AA+”的评级，展望稳定。',
      '这款手机在电商平台的好评率接近九成，但差评也集中在续航上。',
      '距离投票截止还有三天，选委会再次呼吁选民按时投票。',
      '倒计时牌上的数字一天天变小，工地的节奏越来越快。',
      '学者认为，简化字和繁体字之间并不是简单的一一对应。',
      '这家出版社同时推出了繁体版和英文版。',
      '广告法规定，广告不得使用“国家级”“最佳”等用语。',
      '记者发现，这条推广链接指向了一家未备案的网站。',
      '该报从去年开始实行付费订阅，订阅用户已超过十万。',
      '监管部门指出，部分应用在用户拒绝后仍然收集Cookie信息。',
      '这家公司的AI摘要功能，可以把一小时的会议记录压缩成几段话。',
      '她来自云南，大学毕业后留在了深圳。',
      '这张照片发表于1985年，当时他只有十九岁。',
      '网民的IP属地一经公开，就引发了不少争论。',
      '导航从首页跳到了设置页，老人一下子就找不到了。',
    ],
  },
};

function fill(template: string, random: () => number, topic: string, pool: Pool): string {
  const two = (): string => String(int(random, 0, 59)).padStart(2, '0');
  return template
    .replaceAll('{T}', topic)
    .replace(/\{C\}/gu, () => pick(random, pool.cities))
    .replace(/\{K\}/gu, () => pick(random, pool.sections))
    .replace(/\{NNN\}/gu, () => String(int(random, 100, 999)))
    .replace(/\{NN\}/gu, () => String(int(random, 10, 99)))
    .replace(/\{N\}/gu, () => String(int(random, 2, 9)))
    .replace(/\{S10\}/gu, () => (int(random, 60, 98) / 10).toFixed(1))
    .replace(/\{S\}/gu, () => (int(random, 35, 49) / 10).toFixed(1))
    .replace(/\{HMS\}/gu, () => `${String(int(random, 0, 23)).padStart(2, '0')}:${two()}:${two()}`);
}

/** The paragraph offsets where a piece may go in each glued place (none: the place does not occur there). */
function placesIn(text: string): Record<'end' | 'between' | 'inside' | 'quote', number[]> {
  const after = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i < text.length - 1);
  const quotes = after(/[“「]/gu);
  return {
    inside: after(/，/gu).filter((i) => !quotes.some((q) => q < i && text.indexOf(text.charAt(q - 1) === '「' ? '」' : '”', q) > i)),
    between: after(/[。！？](?![”」])/gu),
    end: [text.length],
    quote: quotes,
  };
}

/** The headline's longest run of Han (up to four), the farm's idea of its topic. */
function topicOf(title: string): string {
  const runs = title.match(/\p{Script=Han}{2,}/gu) ?? ['新闻'];
  return runs.reduce((a, b) => (b.length > a.length ? b : a)).slice(0, 4);
}

/** A clean article with one or two pieces of one style, all in one place; a quarter of the pages in Traditional. */
export function furniture22Page(article: Article, style: Furniture22Style, place: Furniture22Place, split: Split, random: () => number, toTraditional: (text: string) => string): RedteamPage {
  const family: SpamFamily = 'seo';
  const clean = style === 'f-lookalike';
  const pool = POOLS[split];
  const script = random() < 0.25 ? toTraditional : (text: string) => text;
  const topic = topicOf(article.title);
  const { page, push } = pageWriter(script(article.title), family, style, clean);
  const chosen = new Set<number>();
  for (let n = 0, count = int(random, 1, 2); n < count; n++) chosen.add(Math.floor(random() * article.paragraphs.length));
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(script(text), []);
    const piece = fill(pick(random, pool[style]), random, topic, pool);
    if (place === 'own' || place === 'owncomma') {
      push(script(text), []);
      const line = clean ? piece : piece + (place === 'owncomma' ? '，' : '');
      return push(script(line), [[0, line.length]]);
    }
    const spots = placesIn(text);
    // A place the paragraph lacks falls back to a comma of the writer's, else its end.
    const where = spots[place].length ? place : spots.inside.length ? 'inside' : 'end';
    const cut = where === 'end' ? text.length : pick(random, spots[where]);
    // Inside a sentence a piece is closed by a comma, a space or nothing; after a stop by a comma, a
    // space or nothing. The writer's look-alike is a sentence of its own.
    const close = clean ? '' : where === 'inside' || where === 'quote' ? pick(random, ['，', '', ' ']) : pick(random, ['，', '', ' ', '']);
    const glued = piece + close;
    // A closing space is no one's text: it is neither spam to find nor the writer's to keep.
    push(script(`${text.slice(0, cut)}${glued}${text.slice(cut)}`), [[cut, cut + glued.trimEnd().length]]);
  });
  return page;
}
