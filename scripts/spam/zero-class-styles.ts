/**
 * Farm strings of the classes still found at 0% on QA15's never-seen pages (issue 12, session 16),
 * described to the helper by class only. Each paste is composed from parts, so a page's string is
 * a new wording: link runs with no label (titles in brackets or between bars, a heading line of its
 * own, read-more and previous/next blocks), site notices in new wordings (copyright, reprint,
 * liability, correction, "comes from the internet"), follow calls without 二维码 (scan, long-press,
 * search and add, star, notifications), prize draws and giveaways, the farm's self-introduction
 * line, a short lure word split by separators, a platform + 开户/注册/代理/充值/下载 offer with no
 * domain, and one farm sentence pasted twice on a page. None of these strings is from QA's pages.
 *
 * Parts are split dev (building the finders) / held-out / fresh (measuring only), written and frozen
 * before any finder. Fresh holds Traditional forms and wordings the dev split never uses.
 */
import type { BenchSplit } from './corpus';

export const ZERO_CLASS_STYLES = ['title-run', 'notice-new', 'follow-new', 'giveaway', 'farm-self', 'short-split', 'brand-offer', 'twice-pasted'] as const;
export type ZeroClassStyle = (typeof ZERO_CLASS_STYLES)[number];

interface Parts {
  /** Off-topic article titles a farm links to. */
  titles: string[];
  /** A heading standing on a line of its own above a run of titles. */
  runHeadings: string[];
  /** How a run's titles are wrapped or separated. */
  wraps: ((t: string) => string)[];
  joins: string[];
  /** A read-more tail glued after a paragraph, or a line of its own. */
  readMore: string[];
  /** Previous / next labels. */
  prevNext: [string, string][];
  /** A notice: who (this text), where it comes from, what it claims. */
  noticeSubjects: string[];
  noticeOrigins: string[];
  noticeClaims: string[];
  /** Notices with no origin: reprint, liability, correction. */
  noticeStandalone: string[];
  /** A follow call: an act, the account, the purpose. */
  followActs: string[];
  followObjects: string[];
  followPurposes: string[];
  /** A giveaway: who takes part, what is won. */
  drawEntries: string[];
  drawPrizes: string[];
  /** The farm's own name and what it offers. */
  farmPrefixes: string[];
  farmTopics: string[];
  farmKinds: string[];
  farmOffers: string[];
  farmFrames: ((name: string, offer: string) => string)[];
  /** Short lure words (2–3 characters) and separators between their characters. */
  lureWords: string[];
  lureSeparators: string[];
  /** Platform names, their kinds, the offers after them. */
  brandNames: string[];
  brandKinds: string[];
  brandActs: string[];
  /** Farm sentences pasted twice. */
  farmSentences: string[];
}

const PARTS: Record<BenchSplit, Parts> = {
  dev: {
    titles: ['夏天喝什么茶最养胃', '二手房贷款新规解读', '孩子近视了怎么办', '国内十大旅游城市排行', '手机电池耐用的小窍门', '职场新人如何谈加薪', '空调清洗的正确方法', '一招教你辨别真假蜂蜜', '退休金计算方法详解'],
    runHeadings: ['相关文章', '推荐阅读', '更多精彩', '热门文章'],
    wraps: [(t) => `【${t}】`, (t) => t, (t) => `《${t}》`],
    joins: [' | ', '  ', ' '],
    readMore: ['阅读更多>>', '点击查看更多精彩内容', '查看更多相关文章>>'],
    prevNext: [['上一篇', '下一篇']],
    noticeSubjects: ['本站文章', '本文内容', '以上内容'],
    noticeOrigins: ['均来自互联网', '来源于网络', '转载自网络'],
    noticeClaims: ['版权归原作者所有', '仅供学习交流使用', '不代表本站立场', '如有侵犯请告知，我们会及时处理'],
    noticeStandalone: ['未经授权，禁止转载，违者必究。', '转载请注明出处，谢谢合作。', '本文仅供参考，不构成任何投资建议。', '文中如有错漏，欢迎指正，我们将及时更正。', '本站不对文章内容的真实性承担任何责任。'],
    followActs: ['扫一扫下方图片', '长按上图识别', '打开微信搜一搜', '记得把我们设为星标', '点击右上角开启推送提醒'],
    followObjects: ['关注本号', '添加小编好友', '关注我们', ''],
    followPurposes: ['不错过每一篇好文', '第一时间收到推送', '获取更多干货', ''],
    drawEntries: ['在评论区留言', '转发本文到朋友圈', '点赞并留言', '关注并转发'],
    drawPrizes: ['抽取3位读者送出现金红包', '即有机会赢取精美礼品一份', '前十名免费送电影票两张', '抽一人送最新款手机'],
    farmPrefixes: ['天天', '百姓', '优品', '大众'],
    farmTopics: ['养生', '生活', '财经', '育儿'],
    farmKinds: ['网', '资讯网', '百科'],
    farmOffers: ['专注分享最新最全的养生知识', '每天为您提供有价值的生活百科', '您身边的生活小助手'],
    farmFrames: [(n, o) => `${n}——${o}`, (n, o) => `欢迎访问${n}，${o}`, (n, o) => `${n}，${o}`],
    lureWords: ['微信', '加微', '私聊', '威信', '扣扣', '加群'],
    lureSeparators: ['·', '.', '/', ' '],
    brandNames: ['金沙', '新葡京', '皇冠', '大发', '银河'],
    brandKinds: ['娱乐', '体育', '国际', ''],
    brandActs: ['开户', '注册', '代理', '充值', '下载'],
    farmSentences: ['这个方法简单实用，赶紧收藏起来吧。', '很多人都不知道，看完涨知识了。', '建议大家转给身边的人看看。'],
  },
  heldout: {
    titles: ['秋季进补吃什么好', '公积金提取流程一览', '宝宝夜里哭闹的原因', '自驾游必备物品清单', '笔记本电脑散热技巧', '面试时如何介绍自己', '冰箱异味怎么去除', '教你挑选新鲜的海鲜', '社保断缴有什么影响'],
    runHeadings: ['猜你喜欢', '延伸推荐', '往期回顾', '精彩推荐'],
    wraps: [(t) => `[${t}]`, (t) => t, (t) => `“${t}”`],
    joins: [' / ', '｜', '　'],
    readMore: ['更多内容请点击>>', '继续阅读 >', '还想看更多？点这里'],
    prevNext: [['上一篇：', '下一篇：'], ['前一篇', '后一篇']],
    noticeSubjects: ['本文', '本站所载文章', '文中部分图文'],
    noticeOrigins: ['整理自网络', '来自互联网', '源于网络'],
    noticeClaims: ['版权归原作者', '仅供读者参考', '不代表本网观点', '若涉及版权问题请与我们联系'],
    noticeStandalone: ['未经本站许可，不得转载。', '欢迎转载，请保留原文链接。', '以上内容仅供参考，据此操作风险自担。', '如内容有误，请联系我们更正。', '本网对此不承担任何法律责任。'],
    followActs: ['扫描下方图片', '长按识别下图', '微信搜索', '将本号设为星标', '打开消息通知'],
    followObjects: ['添加客服', '关注公众号', '加入读者群', ''],
    followPurposes: ['每天推送实用干货', '不再错过精彩内容', '领取更多福利', ''],
    drawEntries: ['在本文下方留言', '分享本文给好友', '留言点赞最多的', '关注+在看'],
    drawPrizes: ['抽5位送出现金红包', '有机会获得神秘礼品', '免费送价值百元的礼品', '抽一位送出平板电脑'],
    farmPrefixes: ['快乐', '趣味', '万家', '悦读'],
    farmTopics: ['健康', '美食', '理财', '家居'],
    farmKinds: ['网', '频道', '资讯站'],
    farmOffers: ['专业提供健康养生资讯', '分享最实用的生活常识', '每日更新精选好文'],
    farmFrames: [(n, o) => `${n}：${o}`, (n, o) => `这里是${n}，${o}`, (n, o) => `${n}，${o}！`],
    lureWords: ['加V', '私信', '扣群', '网贷', '博彩'],
    lureSeparators: ['•', '|', '-', '_'],
    brandNames: ['威尼斯人', '永利', '必发', '开元', '太阳城'],
    brandKinds: ['娱乐', '棋牌', '彩票', ''],
    brandActs: ['开户', '注册送彩金', '招代理', '在线充值', 'APP下载'],
    farmSentences: ['看完这篇文章，你就全明白了。', '这些知识太有用了，一定要转给家人。', '不看真的会后悔，快告诉身边的朋友。'],
  },
  fresh: {
    titles: ['冬天手脚冰涼怎麼辦', '个税年度汇算指南', '老人失眠吃什么好', '新手学车注意事项', '路由器信号差怎么办', '离职前要做好哪些准备', '洗衣机怎么清洗最干净', '怎样挑选一台好空调', '医保报销比例一览'],
    runHeadings: ['您可能還喜歡', '本站推荐', '热文推荐', '相关资讯'],
    wraps: [(t) => `◆${t}`, (t) => `· ${t}`, (t) => `〖${t}〗`],
    joins: [' ', ' ／ ', '　|　'],
    readMore: ['點擊閱讀更多', '查看全部 >>', '想看更多相关文章？'],
    prevNext: [['上一篇文章：', '下一篇文章：'], ['上一條', '下一條']],
    noticeSubjects: ['本文', '此文', '本頁內容'],
    noticeOrigins: ['來自網絡', '摘自互联网', '由网友投稿'],
    noticeClaims: ['版權歸原作者所有', '只作信息传递之用', '观点与本站无关', '如有侵權請聯繫刪除'],
    noticeStandalone: ['版權所有，翻版必究。', '转载须经本站书面授权。', '本文所述仅为作者观点，读者据此操作，风险自负。', '勘误：如发现错误，请发邮件告知。', '本站对所载信息的准确性不作任何保证。'],
    followActs: ['掃一掃', '长按识别', '在微信中搜索', '点击右上角“···”设为星标', '开启通知小铃铛'],
    followObjects: ['關注我們', '添加好友', '关注本号', ''],
    followPurposes: ['第一時間獲取資訊', '每天都有好内容', '领取独家资料', ''],
    drawEntries: ['評論區留言', '转发本条内容', '在看+留言', '转发并截图给小编'],
    drawPrizes: ['抽三人送紅包', '即可参与抽奖', '抽取幸运读者送出礼品', '有机会领取免费体验课'],
    farmPrefixes: ['开心', '智慧', '小鹿', '全民'],
    farmTopics: ['生活', '百科', '教育', '汽车'],
    farmKinds: ['網', '资讯', '在线'],
    farmOffers: ['提供最新最全的資訊', '为你解答生活中的每一个问题', '只做有用的内容'],
    farmFrames: [(n, o) => `${n} · ${o}`, (n, o) => `关于我们：${n}，${o}`, (n, o) => `【${n}】${o}`],
    lureWords: ['加薇', 'V信', '私我', '贷款', '上分'],
    lureSeparators: ['★', '💕', '丨', '~', '、'],
    brandNames: ['亚博', '乐鱼', '华体会', 'KY', '九游'],
    brandKinds: ['体育', '娱乐', '会', ''],
    brandActs: ['開戶', '官方注册', '总代理', '充值返利', '客户端下载'],
    farmSentences: ['這篇文章值得每個人看看。', '收藏起来，总有一天用得上。', '太实用了，转给需要的人吧！'],
  },
};

/** Where a style goes: in a sentence, as a sentence (after a full stop or ending a paragraph), or a line of its own. */
export const ZERO_CLASS_PLACE: Record<ZeroClassStyle, 'mid' | 'sentence' | 'line'> = {
  'title-run': 'line',
  'notice-new': 'sentence',
  'follow-new': 'sentence',
  giveaway: 'sentence',
  'farm-self': 'line',
  'short-split': 'mid',
  'brand-offer': 'mid',
  'twice-pasted': 'sentence',
};

/**
 * The text of one paste of `style`: one string, or (a run under its own heading) the lines of a
 * block, each to stand on a line of its own.
 */
export function zeroClassText(style: ZeroClassStyle, split: BenchSplit, random: () => number): string[] {
  const v = PARTS[split];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const some = (items: readonly string[], n: number): string[] => [...items].sort(() => random() - 0.5).slice(0, n);
  switch (style) {
    case 'title-run': {
      const wrap = pick(v.wraps);
      const run = some(v.titles, int(2, 4)).map(wrap).join(pick(v.joins));
      const form = random();
      if (form < 0.3) return [run];
      if (form < 0.55) return [pick(v.runHeadings), ...some(v.titles, int(2, 3)).map(wrap)];
      if (form < 0.75) return [pick(v.runHeadings), run];
      if (form < 0.9) {
        const [prev, next] = pick(v.prevNext);
        const [a, b] = some(v.titles, 2);
        return [`${prev}${prev.endsWith('：') ? '' : ' '}${a} ${next}${next.endsWith('：') ? '' : ' '}${b}`];
      }
      return [pick(v.readMore)];
    }
    case 'notice-new':
      if (random() < 0.5) return [pick(v.noticeStandalone)];
      return [`${pick(v.noticeSubjects)}${pick(v.noticeOrigins)}，${some(v.noticeClaims, int(1, 2)).join('，')}。`];
    case 'follow-new': {
      const parts = [pick(v.followActs), pick(v.followObjects), pick(v.followPurposes)].filter((s) => s.length > 0);
      return [`${parts.join('，')}${pick(['。', '！', ''])}`];
    }
    case 'giveaway':
      return [`${random() < 0.3 ? pick(['福利时间：', '【福利】', '本期福利：', '🎁']) : ''}${pick(v.drawEntries)}，${pick(v.drawPrizes)}${pick(['。', '！', '～'])}`];
    case 'farm-self': {
      const name = `${pick(v.farmPrefixes)}${pick(v.farmTopics)}${pick(v.farmKinds)}`;
      return [pick(v.farmFrames)(name, pick(v.farmOffers))];
    }
    case 'short-split':
      return [[...pick(v.lureWords)].join(pick(v.lureSeparators))];
    case 'brand-offer':
      return [`${pick(v.brandNames)}${pick(v.brandKinds)}${pick(v.brandActs)}`];
    case 'twice-pasted':
      return [pick(v.farmSentences)];
  }
}
