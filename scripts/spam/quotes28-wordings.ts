/**
 * The wordings of ./quotes28-styles.ts (session 28, s28-places; frozen with it): sixteen kinds of a
 * page's or an app's furniture no earlier generator wrote — each with its own dev and held-out
 * templates — and five kinds of a speaker's own words that resemble furniture (a notice, a text
 * message, a slogan, a price, a warning that urges). All written for this generator; no corpus or QA text.
 *
 * The classes are split before any finder was traced: `TUNED` may be read on dev while building;
 * `UNSEEN` is never read on dev and counts only on held-out (the leave-one-class-out figure).
 */
import type { Split } from './corpus';

type Random = () => number;
/** A template's fills: pick one of a list, an integer in [lo, hi]. */
export interface Fill {
  pick: <T>(items: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
}
type Maker = (f: Fill) => string;

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (f: Fill): string => `${pad(f.int(6, 23))}:${pad(f.int(0, 59))}`;
const plate = (f: Fill): string => `${f.pick(['京', '沪', '粤', '浙', '苏', '川', '鄂'])}${f.pick(['A', 'B', 'C', 'E'])}·${f.int(1, 9)}${f.pick(['K', 'D', 'F', 'X'])}${f.int(100, 999)}`;
const masked = (f: Fill): string => `1${f.int(30, 89)}****${f.int(1000, 9999)}`;

export const TUNED = ['wifi', 'parking', 'cinema', 'steps', 'auction', 'call-log', 'traffic', 'adblock'] as const;
export const UNSEEN = ['bank-sms', 'rail-ticket', 'tv-listing', 'spec-rows', 'phone-binding', 'ride-hailing', 'battery', 'exam-score'] as const;
export type Quotes28Class = (typeof TUNED)[number] | (typeof UNSEEN)[number];

export const PIECES: Record<Split, Record<Quotes28Class, readonly Maker[]>> = {
  dev: {
    wifi: [
      (f) => `已连接 ${f.pick(['CMCC-Free', 'i-Shanghai', 'Airport-WiFi'])} 剩余上网时长${f.int(10, 59)}分钟 点击续连`,
      () => `免费WiFi认证 输入手机号获取验证码 一键上网`,
      (f) => `WiFi已断开 正在重新连接（${f.int(1, 3)}/3）`,
    ],
    parking: [
      (f) => `${plate(f)} 停车时长${f.int(1, 9)}小时${f.int(1, 59)}分 应缴${f.int(5, 60)}元`,
      (f) => `P${f.int(1, 3)}停车场 剩余车位 ${f.int(3, 300)} 个`,
      (f) => `出场请扫码缴费 首小时${f.int(3, 10)}元 封顶${f.int(30, 80)}元`,
    ],
    cinema: [
      (f) => `${f.int(1, 9)}号厅 ${f.int(2, 15)}排${f.int(1, 20)}座 ${clock(f)}场`,
      (f) => `取票码 ${f.int(100000, 999999)} 请提前15分钟到场取票`,
      (f) => `IMAX厅 今日场次 ${clock(f)} ${clock(f)} 余票紧张`,
    ],
    steps: [
      (f) => `今日步数 ${f.int(3000, 25000)} 好友排名第${f.int(1, 40)}`,
      (f) => `你已走了${f.int(2, 15)}.${f.int(1, 9)}公里 消耗${f.int(100, 700)}千卡 再走${f.int(500, 3000)}步达成目标`,
      (f) => `步数榜 第${f.int(1, 9)}名 ${f.int(10000, 30000)}步 赞`,
    ],
    auction: [
      (f) => `当前价 ¥${f.int(200, 9000)} 出价${f.int(2, 60)}次 距结束${pad(f.int(0, 23))}:${pad(f.int(0, 59))}:${pad(f.int(0, 59))}`,
      (f) => `起拍价${f.int(1, 90)}万元 加价幅度${f.int(1, 9)}000元 ${f.int(100, 3000)}人围观`,
      (f) => `已有${f.int(3, 90)}人报名 保证金${f.int(1, 50)}000元 立即出价`,
    ],
    'call-log': [
      (f) => `未接来电 ${masked(f)}（${f.int(2, 5)}） 昨天 ${clock(f)}`,
      (f) => `呼出 ${masked(f)} 通话${f.int(0, 9)}分${f.int(1, 59)}秒`,
      (f) => `来电 ${f.pick(['快递外卖', '骚扰电话', '房产中介'])} ${masked(f)} 被${f.int(12, 980)}人标记`,
    ],
    traffic: [
      (f) => `G${f.int(1, 99)}${f.pick(['京港澳', '沈海', '沪昆'])}高速 往${f.pick(['北京', '上海', '广州'])}方向 K${f.int(10, 2000)}+${f.int(1, 9)}00 拥堵${f.int(1, 9)}公里`,
      (f) => `实时路况：${f.pick(['中山路', '解放大道', '环城北路'])}由东向西缓行 预计通过需${f.int(5, 40)}分钟`,
      (f) => `前方${f.int(200, 900)}米事故 请绕行 路况更新于${clock(f)}`,
    ],
    adblock: [
      () => `检测到您使用了广告拦截插件 请将本站加入白名单后刷新`,
      () => `关闭广告屏蔽即可继续阅读全文`,
      (f) => `本站依靠广告维持运营 请暂停拦截 ${f.pick(['我已关闭', '如何关闭'])}`,
    ],
    'bank-sms': [],
    'rail-ticket': [],
    'tv-listing': [],
    'spec-rows': [],
    'phone-binding': [],
    'ride-hailing': [],
    battery: [],
    'exam-score': [],
  },
  heldout: {
    wifi: [
      (f) => `Wi-Fi ${f.pick(['Guest_5G', 'Hotel-Free', 'Metro-WLAN'])} 信号强 已为您节省流量${f.int(20, 900)}MB`,
      (f) => `当前网络：免费热点 连接时长${f.int(1, 120)}分钟｜断开`,
      () => `无线网络认证页 同意协议并连接`,
    ],
    parking: [
      (f) => `车牌 ${plate(f)} 入场${clock(f)} 已停${f.int(20, 300)}分钟 待缴¥${f.int(4, 90)}`,
      (f) => `地下车库B${f.int(1, 3)} 空余${f.int(0, 120)} 满 ${f.pick(['东门', '北门'])}入口`,
      (f) => `月卡车辆 有效期至${f.int(2026, 2028)}-${pad(f.int(1, 12))}-${pad(f.int(1, 28))} 续费享9折`,
    ],
    cinema: [
      (f) => `《${f.pick(['长夜', '归途', '山海'])}》 ${clock(f)}-${clock(f)} ${f.pick(['激光厅', '杜比厅'])} ¥${f.int(29, 89)}`,
      (f) => `已选座位：${f.int(3, 12)}排${f.int(2, 18)}号 ${f.int(3, 12)}排${f.int(2, 18)}号 确认选座`,
      (f) => `影院 距您${f.int(1, 9)}.${f.int(1, 9)}km 今日${f.int(5, 30)}场 特惠`,
    ],
    steps: [
      (f) => `微信运动 ${f.int(5000, 30000)}步 排名第${f.int(1, 60)} 占领封面`,
      (f) => `目标完成${f.int(30, 140)}% 今日已走${f.int(1000, 20000)}步 连续打卡${f.int(2, 99)}天`,
      (f) => `${f.int(2, 30)}位好友为你点赞 步数冠军 ${f.int(15000, 40000)}`,
    ],
    auction: [
      (f) => `竞拍中 领先出价 ${f.int(1000, 50000)}元 ${f.int(2, 40)}次出价 剩余${f.int(1, 23)}小时`,
      (f) => `一口价 ¥${f.int(50, 5000)} 包邮 ${f.int(2, 99)}人想要`,
      (f) => `拍卖结束倒计时 ${pad(f.int(0, 59))}:${pad(f.int(0, 59))} 设置提醒`,
    ],
    'call-log': [
      (f) => `最近通话 ${masked(f)} ${f.pick(['广东深圳', '浙江杭州', '四川成都'])} 响铃${f.int(1, 9)}声`,
      (f) => `拒接 ${masked(f)} ${f.pick(['今天', '前天'])} ${clock(f)} 疑似推销`,
      (f) => `通话记录 已拨 ${masked(f)} ${f.int(1, 30)}秒`,
    ],
    traffic: [
      (f) => `路况播报 ${f.pick(['内环高架', '机场高速', '绕城公路'])}${f.pick(['外圈', '进城方向'])} 车多缓行 长约${f.int(1, 9)}.${f.int(1, 9)}公里`,
      (f) => `${f.pick(['S', 'G'])}${f.int(10, 99)} K${f.int(10, 900)}处施工 占用${f.int(1, 2)}车道 请减速慢行`,
      (f) => `预计到达${clock(f)} 前方畅通 比平时快${f.int(2, 20)}分钟`,
    ],
    adblock: [
      () => `您的浏览器开启了广告过滤 部分内容无法显示`,
      (f) => `请允许本站显示广告 或开通会员免广告 ¥${f.int(6, 30)}/月`,
      (f) => `已屏蔽${f.int(3, 40)}条广告 页面加载不完整 点此恢复`,
    ],
    'bank-sms': [
      (f) => `【${f.pick(['工商', '建设', '农业'])}银行】您尾号${f.int(1000, 9999)}的账户${f.int(1, 12)}月${f.int(1, 28)}日支出${f.int(10, 9000)}.00元，余额${f.int(100, 90000)}.${pad(f.int(0, 99))}元`,
      (f) => `您的信用卡本期账单${f.int(500, 30000)}元 最后还款日${f.int(1, 12)}月${f.int(1, 28)}日 回复1办理分期`,
      (f) => `验证码${f.int(100000, 999999)}，您正在进行转账操作，切勿告知他人`,
    ],
    'rail-ticket': [
      (f) => `${f.pick(['G', 'D', 'K'])}${f.int(10, 9999)}次 ${f.pick(['北京南', '郑州东', '武汉'])}→${f.pick(['上海虹桥', '广州南', '西安北'])} 二等座 余票${f.int(1, 99)}张`,
      (f) => `候补购票 成功率${f.pick(['较高', '较低', '极低'])} 截止时间${clock(f)}`,
      (f) => `检票口 ${f.pick(['A', 'B'])}${f.int(1, 30)} ${clock(f)}开 晚点${f.int(3, 90)}分钟`,
    ],
    'tv-listing': [
      (f) => `${f.pick(['CCTV-5', '湖南卫视', '东方卫视'])} ${clock(f)} ${f.pick(['体育新闻', '天气预报', '电视剧场'])} ${clock(f)} ${f.pick(['午夜剧场', '财经夜读'])}`,
      (f) => `正在播出：${f.pick(['新闻联播', '动物世界', '今日说法'])} 下一节目 ${clock(f)}`,
      (f) => `节目单 第${f.int(2, 48)}集 ${clock(f)}首播 次日${clock(f)}重播`,
    ],
    'spec-rows': [
      (f) => `屏幕尺寸 ${f.int(5, 7)}.${f.int(1, 9)}英寸 电池容量 ${f.int(3, 6)}000mAh 重量 ${f.int(150, 240)}g`,
      (f) => `额定功率${f.int(600, 2200)}W 容量${f.int(1, 9)}L 颜色 ${f.pick(['雅白', '曜黑', '星空灰'])}`,
      (f) => `型号 ${f.pick(['XR', 'KM', 'TQ'])}-${f.int(100, 999)} 产地 ${f.pick(['广东', '浙江', '江苏'])} 保质期 ${f.int(6, 36)}个月`,
    ],
    'phone-binding': [
      () => `根据相关规定，发表评论前需绑定手机号 去绑定`,
      (f) => `请完成实名认证后继续 ${f.pick(['立即认证', '稍后再说'])}`,
      () => `您的账号尚未绑定手机 存在安全风险 点击绑定`,
    ],
    'ride-hailing': [
      (f) => `司机距您${f.int(1, 5)}.${f.int(1, 9)}公里 预计${f.int(2, 15)}分钟到达 ${plate(f)} ${f.pick(['白色', '黑色'])}${f.pick(['朗逸', '卡罗拉', '轩逸'])}`,
      (f) => `行程已结束 实付${f.int(9, 99)}.${f.int(1, 9)}元 给师傅打个分吧`,
      (f) => `正在为您呼叫快车 已等待${f.int(1, 9)}分${f.int(1, 59)}秒 加价可优先派单`,
    ],
    battery: [
      (f) => `电量剩余${f.int(3, 20)}% 请及时充电 开启省电模式`,
      (f) => `已充满 ${f.int(80, 100)}% 充电保护已开启`,
      (f) => `低电量提醒 预计还可使用${f.int(10, 59)}分钟`,
    ],
    'exam-score': [
      (f) => `准考证号 ${f.int(2026, 2026)}${f.int(10000000, 99999999)} 总分 ${f.int(300, 700)} 查看排名`,
      () => `成绩查询入口 输入身份证号后六位即可查分`,
      (f) => `语文${f.int(80, 140)} 数学${f.int(60, 150)} 英语${f.int(70, 145)} 位次${f.int(100, 90000)}`,
    ],
  },
};

export const LOOKALIKES = ['notice-lookalike', 'message-lookalike', 'slogan-lookalike', 'price-lookalike', 'warning-lookalike'] as const;
export type Quotes28Lookalike = (typeof LOOKALIKES)[number];

/** Who speaks and how the writer brings in their words ({q}: the quotation with its marks). */
export const FRAMES: Record<Split, readonly string[]> = {
  dev: ['{s}说：{q}', '{s}告诉记者：{q}', '{q}{s}说。', '{s}表示，{q}'],
  heldout: ['{s}对记者说：{q}', '{s}坦言：{q}', '{q}{s}补充道。', '{s}解释，{q}'],
};
export const SPEAKERS: Record<Split, readonly string[]> = {
  dev: ['一位保安', '店主老陈', '社区民警', '村支书', '受访市民王女士', '车场管理员'],
  heldout: ['值班经理', '摊主刘阿姨', '派出所副所长', '居委会主任', '一名乘客', '物业负责人'],
};

/**
 * A speaker's own words that resemble a page's furniture: reading out a notice, a message they got,
 * a slogan, prices, a warning that urges the listener (click, scan, share — as advice). No nested marks:
 * the speaker says it, the writer quotes the speaker.
 */
export const LOOKALIKE_SPEECH: Record<Split, Record<Quotes28Lookalike, readonly Maker[]>> = {
  dev: {
    'notice-lookalike': [
      () => `门口的牌子写得很清楚，外来车辆一律不得入内，我们也只是按规定办事。`,
      (f) => `通知上说${f.int(2, 9)}号起停水${f.int(1, 3)}天，请大家提前储水，可很多老人没看到。`,
      (f) => `告示贴出去${f.int(2, 9)}天了，上面就写着施工期间请绕行，还是有人往里闯。`,
    ],
    'message-lookalike': [
      () => `短信里说我的账户异常，让我马上点链接更新信息，我当时就信了。`,
      () => `那条短信写着您的快递已到，请回复验证码签收，我差点就回了。`,
      (f) => `我收到一条消息，说中了${f.int(2, 9)}万元大奖，要先交${f.int(3, 9)}00元手续费。`,
    ],
    'slogan-lookalike': [
      () => `绿水青山就是金山银山，这片林子我们一定要守住。`,
      () => `安全第一，预防为主，这八个字我们天天讲。`,
      () => `小手拉大手，文明一起走，孩子们喊得比谁都响。`,
    ],
    'price-lookalike': [
      (f) => `今年的荔枝${f.int(8, 20)}块一斤，比去年便宜了${f.int(2, 5)}块，卖得还不错。`,
      (f) => `停车场每小时收${f.int(3, 8)}元，一天封顶${f.int(30, 60)}元，在附近不算贵。`,
      (f) => `一张票${f.int(30, 90)}元，学生半价，周末基本都能坐满。`,
    ],
    'warning-lookalike': [
      () => `大家看到陌生链接千万不要点，扫码之前一定要核实对方身份。`,
      () => `接到自称客服的电话，先挂断，再拨打官方电话核实，不要转账。`,
      () => `请各位居民关注社区公众号，停水停电的消息都会第一时间发在上面。`,
    ],
  },
  heldout: {
    'notice-lookalike': [
      (f) => `墙上贴着的规定是晚上${f.int(9, 11)}点以后禁止施工，他们根本不当回事。`,
      () => `公告写的是本周六起暂停营业，装修完成后另行通知，我们也没办法。`,
      () => `牌子上写着水深危险禁止游泳，可每年夏天还是有人下水。`,
    ],
    'message-lookalike': [
      (f) => `对方发来消息说孩子在学校受伤了，让我赶紧往一个账户打${f.int(2, 9)}000块钱。`,
      () => `手机上提示我的积分即将清零，点进去兑换就要填银行卡号，我觉得不对劲。`,
      (f) => `他在微信上说自己是老同学，急需借${f.int(1, 9)}000元周转，明天就还。`,
    ],
    'slogan-lookalike': [
      () => `一人参军，全家光荣，这句话在我们村不是空话。`,
      () => `宁停三分，不抢一秒，这是我们每天上岗前都要念的。`,
      () => `垃圾分一分，环境美十分，刚开始大家都觉得麻烦。`,
    ],
    'price-lookalike': [
      (f) => `猪肉现在${f.int(12, 19)}块一斤，排骨要${f.int(20, 35)}块，比上个月涨了一点。`,
      (f) => `一间房一晚${f.int(150, 600)}元，节假日翻倍，还经常订不到。`,
      (f) => `打车到机场要${f.int(60, 150)}块，坐地铁只要${f.int(5, 9)}块，我一般坐地铁。`,
    ],
    'warning-lookalike': [
      () => `凡是让你下载陌生软件、共享屏幕的，一律是骗子，马上挂电话。`,
      (f) => `遇到这种情况，请第一时间拨打${f.pick(['110', '12315', '96110'])}，不要自己去处理。`,
      () => `欢迎大家扫码加入我们的志愿者群，有活动会在群里通知。`,
    ],
  },
};

/** A template of a kind, filled. */
export function fill(makers: readonly Maker[], random: Random): string {
  const f: Fill = { pick: (items) => items[Math.floor(random() * items.length)] as (typeof items)[number], int: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)) };
  return (makers[Math.floor(random() * makers.length)] as Maker)(f);
}
