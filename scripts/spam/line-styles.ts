/**
 * Whole lines of a farm's or a platform's furniture inside the article's body (issue 12, session 18):
 * the classes QA17 found at 0% although finders named for most of them existed. Each line is
 * composed from parts, so a page's line is a new wording: a related line of titles between bars or
 * arrows after a label, tag and hashtag lines, an anonymous source / editor credit, a site notice in
 * square brackets, a disclaimer or copyright line, an ad line under a bracketed label, a poll to the
 * reader with options, fake reader comments on one line, social counters, a WeChat account's chrome,
 * image placeholders, QR prompts and an AI-assistance note.
 *
 * Where a line stands: its own paragraph between the writer's (most), the body's first or last line,
 * or glued to the start or the end of a writer's paragraph. The `lookalike` style is real text of the
 * same shapes put into the host the same way (a reporter's credit, an agency source, a caption, a
 * story's pagination, a writer's list of sources, a Q/A interview line, a story quoting a poll's
 * options): its truth is empty, whatever is hidden there is a defect.
 *
 * Two vocabularies: dev (building and debugging the finders) and held-out (measuring only, written
 * with the dev one before any finder was changed and frozen then; its pages are never printed).
 * None of these strings is from QA's pages. scripts/spam/bench-lines.ts measures it.
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage, Split } from './inject';

export const LINE_STYLES = ['related', 'tags', 'credit', 'notice', 'disclaimer', 'ad', 'poll', 'comments', 'counters', 'wechat', 'image-qr', 'lookalike'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];
const FAMILY: SpamFamily = 'seo';

type Place = 'own' | 'first' | 'last' | 'glue-start' | 'glue-end';

interface Parts {
  titles: string[];
  relatedLabels: string[];
  keywords: string[];
  tagLabels: string[];
  anonSources: string[];
  anonEditors: string[];
  noticeLabels: string[];
  notices: string[];
  disclaimers: string[];
  copyrights: string[];
  adLabels: string[];
  products: string[];
  offers: string[];
  consults: string[];
  pollQuestions: [string, ...string[]][];
  pollLabels: string[];
  nicks: string[];
  remarks: string[];
  counterWords: string[];
  wechatLines: string[];
  imageLines: string[];
  qrLines: string[];
  aiNotes: string[];
  /** Real lines of the same shapes: credits, sources, captions, pagination, sources lists, Q/A, a poll story. */
  real: { line: string; place: Place }[];
}

const PARTS: Record<Split, Parts> = {
  dev: {
    titles: ['三伏天吃什么最养生', '新能源车主冬季续航实测', '这五种绿植最好养', '社保卡的十个隐藏功能', '孩子近视怎么办', '存款利率又变了', '夜跑要注意哪些事'],
    relatedLabels: ['相关阅读', '推荐阅读', '猜你喜欢', '热门文章', '往期精选'],
    keywords: ['理财', '养生', '保险', '房贷', '育儿', '减肥', '职场', '健身', '考研', '旅游'],
    tagLabels: ['标签', '关键词', 'Tags', '话题'],
    anonSources: ['网络', '互联网', '网友投稿', '综合网络'],
    anonEditors: ['小编', '本站编辑', '网络编辑部', 'admin'],
    noticeLabels: ['【声明】', '【公告】', '[本站提示]', '【温馨提示】'],
    notices: ['本站部分文章转载自网络，如涉及版权问题请联系我们删除', '本站已全新改版，老会员请重新登录领取积分', '转载本站文章请注明出处，否则追究法律责任', '本网站即日起开通会员通道，注册即可免费阅读全文'],
    disclaimers: ['免责声明：本文内容仅供参考，不构成任何投资建议', '声明：文章观点仅代表作者本人，与本站立场无关', '本文仅供学习交流，据此操作风险自负'],
    copyrights: ['版权所有 © 2024 某某资讯网 保留所有权利', 'Copyright © 2023 天天看点 All Rights Reserved', '本文版权归原作者所有，未经许可不得转载'],
    adLabels: ['【广告】', '【推广】', '[赞助]', '【商家】'],
    products: ['纯净山泉水', '智能按摩椅', '儿童护眼台灯', '土蜂蜜'],
    offers: ['原价398现价仅需98元', '今日下单立减100元', '买一送一限前100名', '全场五折包邮'],
    consults: ['详情请咨询客服', '欢迎来电咨询', '私信了解更多', '扫码立即抢购'],
    pollQuestions: [['你支持延迟退休吗？', '支持', '反对', '无所谓'], ['你每月存多少钱？', '不到一千', '一千到三千', '三千以上'], ['你觉得房价还会涨吗？', '会', '不会', '不好说']],
    pollLabels: ['【投票】', '【小调查】', '[参与投票]', ''],
    nicks: ['晴天小猪', '老李头', '风吹麦浪', '小鱼儿', '用户5821'],
    remarks: ['说得好', '支持一下', '写得太真实了', '收藏了', '顶'],
    counterWords: ['阅读', '点赞', '在看', '评论', '转发', '收藏'],
    wechatLines: ['点击上方蓝字关注我们', '—END—', '喜欢就点赞收藏转发吧', '点个在看，分享给更多朋友↓↓↓', '▲点击上方“蓝字”关注', '觉得不错请点赞和在看'],
    imageLines: ['（图片来源：网络）', '[图片] 点击查看大图', '图片来自网络，侵删', '（配图来自网络）'],
    qrLines: ['长按识别下方二维码，进入小程序查看更多', '扫描下方二维码，关注公众号', '长按二维码添加客服微信'],
    aiNotes: ['【本文由AI辅助生成】', '[本文内容由AI辅助创作]', '（本文借助AI工具整理）'],
    real: [
      { line: '（记者 王磊 通讯员 李娜）', place: 'last' },
      { line: '责任编辑：张伟', place: 'last' },
      { line: '来源：新华社', place: 'last' },
      { line: '图为市民在展馆内参观。新华社记者 李贺 摄', place: 'own' },
      { line: '问：今年的招生计划有什么变化？', place: 'own' },
      { line: '第1页 共3页', place: 'last' },
    ],
  },
  heldout: {
    titles: ['医生提醒冬天泡脚别超过二十分钟', '今年秋粮收购价格公布', '高速公路夜间限速新规解读', '老人用智能手机的五个窍门', '退休金调整方案出台', '周末去哪儿赏红叶', '网购退货运费谁来出', '电动自行车新国标问答'],
    relatedLabels: ['延伸阅读', '看过本文的人还看了', '编辑推荐', '今日必读', '相关推荐', '你可能还想看'],
    keywords: ['基金', '房产', '教育', '美食', '汽车', '数码', '婚恋', '养老', '医保', '考公', '装修', '宠物'],
    tagLabels: ['文章标签', '本文关键词', 'TAG', '相关标签', '热门话题'],
    anonSources: ['网络整理', '综合自网络', '网络资料', '互联网公开信息'],
    anonEditors: ['网编', '佚名', '小编整理', '编辑部'],
    noticeLabels: ['【本站声明】', '【网站公告】', '[提示]', '【重要通知】', '【说明】'],
    notices: ['文中图片及部分内容来源于网络，若有侵权请及时告知，我们将尽快处理', '网站升级维护期间，会员请使用手机号重新登录', '欢迎转载，转载时请保留本文链接', '即日起老用户登录即可领取新版会员权益', '本平台内容均来自用户上传，不代表平台观点'],
    disclaimers: ['特别说明：本文仅作信息分享，读者据此操作风险自担', '郑重声明：文中观点不代表本网站立场，仅供读者参考', '温馨提示：以上内容仅供参考，具体以官方发布为准'],
    copyrights: ['©2022 生活百事通网 版权所有', '本站原创内容，版权所有，侵权必究', 'Copyright © 2021-2024 每日看点 版权所有'],
    adLabels: ['【推荐】', '[广告]', '【好物】', '【特惠】', '【合作】'],
    products: ['有机五常大米', '家用制氧机', '进口羊奶粉', '碳纤维钓鱼竿', '中老年助听器'],
    offers: ['限时特价只要199元', '前50名下单送赠品', '工厂直发，价格低至三折', '第二件0元'],
    consults: ['有意者请加微信咨询', '详询在线客服', '点击下方链接购买', '电话咨询享优惠'],
    pollQuestions: [['你家一个月电费多少？', '100元以下', '100到300元', '300元以上'], ['你会给孩子报课外班吗？', '会', '不会', '看孩子意愿'], ['你赞成小区禁止电动车上楼吗？', '赞成', '不赞成'], ['您平时多久体检一次？', '每年一次', '两三年一次', '从不体检']],
    pollLabels: ['【读者调查】', '【互动话题】', '【你怎么看】', ''],
    nicks: ['云淡风轻', '阿杰不秃头', '城南旧事', '奔跑的蜗牛', '墨染青衣', '用户2093'],
    remarks: ['终于有人说出来了', '转给家里人看看', '学习了', '赞同楼主', '说到心坎里了', '支持支持'],
    counterWords: ['浏览', '喜欢', '分享', '点赞', '阅读量', '留言'],
    wechatLines: ['↑点击上方蓝色字体关注我们', '- THE END -', '如果觉得有用，请点赞、转发、收藏', '记得点“在看”哦，让更多人看到↓', '☝️点击上面的蓝字，一键关注', '— 完 —'],
    imageLines: ['（图源网络）', '[图] 点击图片放大查看', '▲图片来源于网络', '（示意图，图片来自网络）'],
    qrLines: ['长按下方二维码识别，进入小程序领取福利', '扫一扫下方二维码，加入读者交流群', '长按识别图中二维码关注我们'],
    aiNotes: ['【本文部分内容由AI生成】', '（本文经人工智能辅助写作）', '[AI辅助创作声明：本文使用了AI工具]'],
    real: [
      { line: '（本报记者 陈静 实习生 刘洋）', place: 'last' },
      { line: '编辑：赵敏 审核：孙海', place: 'last' },
      { line: '来源：人民日报客户端', place: 'last' },
      { line: '新华社记者 王晨 摄', place: 'own' },
      { line: '图为工人在生产线上检查产品质量。', place: 'own' },
      { line: '答：我们今年重点是把老旧管网改造完，预计年底前完工。', place: 'own' },
      { line: '本文数据来源：国家统计局、中国汽车工业协会。', place: 'last' },
      { line: '调查中，选择“支持”的占62%，选择“反对”的占21%，其余表示说不清。', place: 'own' },
      { line: '（完）', place: 'last' },
      { line: '上一页 1 2 3 下一页', place: 'last' },
    ],
  },
};

/** The style's line and where it stands. */
function pasteLine(style: Exclude<LineStyle, 'lookalike'>, v: Parts, random: () => number): { line: string; place: Place } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const some = <T>(items: readonly T[], n: number): T[] => [...items].sort(() => random() - 0.5).slice(0, n);
  const ownPlace = (): Place => pick(['own', 'own', 'own', 'first', 'last']);
  const form = random();
  switch (style) {
    case 'related': {
      const sep = pick([' | ', '｜', ' ▶ ', ' ▶', '  |  ']);
      const lead = sep.includes('▶') && random() < 0.5 ? '▶ ' : '';
      return { line: `${pick(v.relatedLabels)}${pick(['：', ':', ' '])}${lead}${some(v.titles, 3).join(sep)}`, place: ownPlace() };
    }
    case 'tags': {
      if (form < 0.4) return { line: `${pick(v.tagLabels)}${pick(['：', ':'])}${some(v.keywords, int(3, 5)).join(pick([' ', '  ', '\u3000']))}`, place: ownPlace() };
      if (form < 0.7) return { line: some(v.keywords, int(3, 5)).map((k) => `#${k}`).join(' '), place: ownPlace() };
      return { line: some(v.keywords, int(2, 4)).map((k) => `#${k}${pick(['话题', '', '日常'])}#`).join(pick(['', ' '])), place: ownPlace() };
    }
    case 'credit': {
      const source = `${pick(['来源', '文章来源', '素材来源'])}：${pick(v.anonSources)}`;
      const editor = `${pick(['整理', '编辑', '责编'])}：${pick(v.anonEditors)}`;
      return { line: form < 0.5 ? `${source}${pick(['，', ' ', '  '])}${editor}` : form < 0.75 ? `（${source}）` : `${source}${pick(['，', ' '])}${pick(['如有侵权请联系删除', '版权归原作者'])}`, place: pick(['own', 'last', 'last', 'first']) };
    }
    case 'notice':
      return { line: `${pick(v.noticeLabels)}${pick(v.notices)}${pick(['。', '！', ''])}`, place: pick(['own', 'own', 'first', 'last', 'glue-start']) };
    case 'disclaimer':
      return { line: `${form < 0.6 ? pick(v.disclaimers) : pick(v.copyrights)}${pick(['。', ''])}`, place: pick(['last', 'last', 'own']) };
    case 'ad':
      return { line: `${pick(v.adLabels)}${pick(v.products)}${pick(['，', ' '])}${pick(v.offers)}，${pick(v.consults)}${pick(['！', '。', ''])}`, place: ownPlace() };
    case 'poll': {
      const [q, ...options] = pick(v.pollQuestions);
      const marks = form < 0.5 ? options.map((o, i) => `${'ABCD'.charAt(i)}${pick(['.', '、', '．'])}${o}`) : options.map((o) => `□${o}`);
      const line = `${pick(v.pollLabels)}${q}${pick([' ', '  ', ''])}${marks.join(pick([' ', '  ', '\u3000']))}`;
      return { line, place: line.startsWith('【') || line.startsWith('[') ? pick(['own', 'glue-end']) : ownPlace() };
    }
    case 'comments': {
      const item = (nick: string): string => `${pick(['网友', '读者', '热心网友'])}“${nick}”${pick(['：', ':'])}${pick(v.remarks)}${pick(['！', '。', ''])}`;
      return { line: some(v.nicks, 2).map(item).join(pick([' ', '  ', ''])), place: ownPlace() };
    }
    case 'counters': {
      const n = (): string => pick([`${int(1, 9)}.${int(1, 9)}万`, `${int(1, 9)},${int(100, 999)}`, `${int(10, 999)}`, `${int(1, 9)}万+`]);
      if (form < 0.4) return { line: some(v.counterWords, 3).map((w) => `${w} ${n()}`).join(pick(['  ', ' · ', ' | ']))  , place: pick(['first', 'last', 'own']) };
      if (form < 0.7) return { line: some(['👍', '❤️', '💬', '👀', '⭐'], 3).map((e) => `${e}${pick(['', ' '])}${n()}`).join(' '), place: pick(['first', 'last', 'own']) };
      return { line: `【本文已有${n()}人${pick(['阅读', '浏览'])}，${int(10, 999)}人${pick(['点赞', '收藏'])}】`, place: 'glue-end' };
    }
    case 'wechat':
      return { line: pick(v.wechatLines), place: pick(['first', 'last', 'last', 'own']) };
    case 'image-qr':
      return { line: form < 0.45 ? pick(v.imageLines) : form < 0.8 ? pick(v.qrLines) : pick(v.aiNotes), place: pick(['own', 'own', 'last', 'first']) };
  }
}

/** One page: `article` with one to three lines of `style` (`lookalike`: one to three real lines of the same shapes, no truth). */
export function linePage(article: Article, style: LineStyle, split: Split, random: () => number): InjectedPage {
  const v = PARTS[split];
  const count = 1 + Math.floor(random() * 3);
  const lines = Array.from({ length: count }, () => (style === 'lookalike' ? { ...(v.real[Math.floor(random() * v.real.length)] as { line: string; place: Place }), real: true } : { ...pasteLine(style, v, random), real: false }));
  const paragraphs: string[] = [...article.paragraphs];
  const truth: [number, number, SpamFamily][][] = paragraphs.map(() => []);
  const spam = (line: { real: boolean }, start: number, end: number): [number, number, SpamFamily][] => (line.real ? [] : [[start, end, FAMILY]]);
  for (const x of lines) {
    // Between two of the writer's paragraphs (never before the first or after the last: those are 'first' and 'last').
    const inner = 1 + Math.floor(random() * Math.max(1, paragraphs.length - 1));
    const p = Math.floor(random() * paragraphs.length);
    const place: Place = paragraphs.length < 2 && x.place === 'own' ? 'last' : x.place;
    if (place === 'glue-start' || place === 'glue-end') {
      const text = paragraphs[p] ?? '';
      const shift = place === 'glue-start' ? x.line.length : 0;
      truth[p] = [...(truth[p] ?? []).map(([s, e, f]): [number, number, SpamFamily] => [s + shift, e + shift, f]), ...spam(x, place === 'glue-start' ? 0 : text.length, place === 'glue-start' ? x.line.length : text.length + x.line.length)];
      paragraphs[p] = place === 'glue-start' ? x.line + text : text + x.line;
      continue;
    }
    const at = place === 'first' ? 0 : place === 'last' ? paragraphs.length : inner;
    paragraphs.splice(at, 0, x.line);
    truth.splice(at, 0, spam(x, 0, x.line.length));
  }
  return { title: article.title, paragraphs, truth, styles: truth.map((spans) => spans.map(() => style)), links: paragraphs.map(() => []), families: truth.some((s) => s.length) ? [FAMILY] : [] };
}
