/**
 * Session 31 (s31-precision), written and frozen before any finder changed: short pages of the shape the
 * never-seen set GATE29 hid the writer's words on (named by the lead by shape only) — a follow call and a
 * shop's promo row pasted inside a quotation, the writer's (or speaker's) words glued to the call with no
 * space — and of its guard: rows of a page's slots pasted into quoted words, which must stay found.
 *
 * - `glued`: a call (长按识别二维码关注, 扫码关注 …) pasted right after the opening mark, the quoted words
 *   glued after it (a place + a body + a noun, then a clause with a colon, a figure or a Latin word), a
 *   row of space-separated promo slots pasted before the closing mark. No character outside ⟦⟧ may be hidden.
 * - `row`: a row of slots (figures, letters, symbols, set apart by spaces) pasted into a speaker's words,
 *   as session 28's speech rows: the pasted characters should stay hidden.
 *
 * Every wording is written here, for no finder. `⟦…⟧` marks the paste. Each shape has a `dev` half (read
 * while changing a finder) and a `held` half (not read before the change; only its count was run).
 * Read by ./bench-prec30.ts `--set=prec31`.
 */
import type { Prec30Page } from './prec30-pages';

export type Prec31Page = Omit<Prec30Page, 'shape'> & { shape: 'glued' | 'row' };

export const PREC31_PAGES: readonly Prec31Page[] = [
  // --- glued, dev ---
  { shape: 'glued', half: 'dev', title: '多地发布消费市场分析', paragraphs: ['记者梳理发现，今年前三季度各地消费市场总体平稳。', '报告的标题是：“⟦↓↓↓ 长按识别二维码关注⟧湖南省统计局报告：居民消费意愿明显回升⟦百亿补贴 正品保障 假一赔十⟧”，引发讨论。', '专家建议，各地应进一步优化消费环境。'] },
  { shape: 'glued', half: 'dev', title: '多地发布消费市场分析', paragraphs: ['记者梳理发现，今年前三季度各地消费市场总体平稳。', '“⟦↓↓↓ 长按识别二维码关注⟧湖南省统计局报告：居民消费意愿明显回升⟦百亿补贴 正品保障 假一赔十⟧”，这是一篇文章的标题。', '专家建议，各地应进一步优化消费环境。'] },
  { shape: 'glued', half: 'dev', title: '今冬疫苗接种安排公布', paragraphs: ['入冬以来，流感进入高发期。', '标题写着：“⟦↓↓↓ 长按识别二维码关注⟧江城市卫健委通知：今冬疫苗接种安排来了⟦百亿补贴 正品保障 假一赔十⟧”', '卫健部门提醒，老人和儿童应尽早接种。'] },
  { shape: 'glued', half: 'dev', title: '多地发布消费市场分析', paragraphs: ['记者梳理发现，今年前三季度各地消费市场总体平稳。', '他说：“⟦↓↓↓ 长按识别二维码关注⟧湖南省统计局报告：居民消费意愿明显回升⟦百亿补贴 正品保障 假一赔十⟧”，引发讨论。', '专家建议，各地应进一步优化消费环境。'] },
  // --- glued, held ---
  { shape: 'glued', half: 'held', title: '前十个月外贸进出口增长', paragraphs: ['海关总署日前发布了最新的外贸数据。', '文章称：“⟦👇👇 扫码关注⟧广东省海关总署数据显示前十个月出口增长5.2%⟦限时秒杀 全场包邮 七天无理由⟧”。', '分析人士认为，外需回暖是主要原因。'] },
  { shape: 'glued', half: 'held', title: '新能源汽车销量创新高', paragraphs: ['今年以来，新能源汽车市场持续升温。', '该报道写道：“⟦⬇️ 长按识别二维码关注⟧上海市经信委报告：10月新能源车销量突破8万辆⟦官方旗舰 极速发货 售后无忧⟧”', '业内人士预计，年底前销量还将继续增长。'] },
  { shape: 'glued', half: 'held', title: '城市绿道建设提速', paragraphs: ['今年，本市新建绿道一百多公里。', '一位市民转发时写道：“⟦点击上方蓝字关注⟧成都市林业局公告：锦江绿道二期将于12月开放⟦满199减100 下单立减 包邮到家⟧”。', '园林部门表示，二期绿道将串联五个公园。'] },
  { shape: 'glued', half: 'held', title: '高校毕业生招聘会举行', paragraphs: ['本周末，全市将举办多场招聘会。', '“⟦↓↓↓长按扫码关注⟧北京市人社局通知：本周六举办AI岗位专场招聘⟦爆款直降 限量抢购 先到先得⟧”，不少家长在群里转发了这条消息。', '人社部门提醒，求职者应通过正规渠道了解招聘信息。'] },
  { shape: 'glued', half: 'held', title: '冬季供暖正式开始', paragraphs: ['本市今冬供暖于11月15日正式开始。', '热力公司在通知中说：“⟦👉 长按识别二维码关注⟧河北省住建厅要求：室温不低于18℃⟦正品低价 顺丰包邮 假一罚十⟧”。', '市民如遇暖气不热，可拨打热线反映。'] },
  // --- row, dev ---
  { shape: 'row', half: 'dev', title: '商场停车难问题待解', paragraphs: ['周末的商场停车场一位难求。', '一位车主无奈地说：“⟦车牌 粤B·12345 已停 2小时15分 应付 18元⟧我转了三圈才找到位置。”', '商场方面表示，将增设临时停车位。'] },
  // --- row, held ---
  { shape: 'row', half: 'held', title: '景区门票预约遇冷', paragraphs: ['国庆期间，部分景区门票需要提前预约。', '游客张女士说：“⟦已预约 10月3日 09:00-11:00 剩余 37张⟧排队的人比想象中少。”', '景区负责人介绍，今年采取分时段预约。'] },
  { shape: 'row', half: 'held', title: '社区网络改造完成', paragraphs: ['老旧小区的网络改造近日完工。', '居民王先生告诉记者：“⟦已连接 HOME-5G 信号 ★★★ 剩余流量 3.2GB⟧以前在家里上网总是断。”', '运营商表示，改造后网速提升了一倍。'] },
  { shape: 'row', half: 'held', title: '网购退货有了新规', paragraphs: ['多家电商平台调整了退货规则。', '消费者李先生说：“我买的外套尺码不对，⟦订单号 20261127 已签收 申请退款 ¥299⟧客服说要等三天才能处理。”', '专家提醒，消费者应保存好购物凭证。'] },
];
