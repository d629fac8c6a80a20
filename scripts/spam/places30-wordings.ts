/**
 * Session 30 (s30-inside): the wordings of ./places30-styles.ts, written here for it, dev and
 * held-out apart (no template shared between the halves). Frozen with the generator before any
 * finder changed (2026-12-07): never edit them afterwards, add a new generator instead.
 *
 * Classes are the kinds QA29/GATE29 (never-seen pages, described by class only) found never hidden
 * nor marked, plus the kinds found after a sentence's end but missed inside it (site furniture,
 * calls to follow or download, SEO keywords, platform lines). Slots: {n} a number, {n2} a small
 * number, {code} a code, {name} a person, {city} a city, {app} an app, {road} a road, {time} a clock
 * time, {date} a date, {phone} a phone number.
 */
import type { Split } from './corpus';

export const PLACES30_CLASSES = [
  'ai-residue',
  'related',
  'adblock',
  'notification',
  'game-ad',
  'live-commerce',
  'markdown',
  'subtitle',
  'cookie',
  'danmaku',
  'emoji-codes',
  'delivery',
  'navigation',
  'steps',
  'follow-call',
  'seo-keywords',
  'platform',
  'furniture',
] as const;
export type Places30Class = (typeof PLACES30_CLASSES)[number] | 'headline';

export const WORDINGS: Record<(typeof PLACES30_CLASSES)[number], Record<Split, readonly string[]>> = {
  'ai-residue': {
    dev: ['以上内容由AI生成，仅供参考', '（本段由智能写作助手改写）', '作为一个AI语言模型，我无法提供实时信息', '好的，以下是为您润色后的版本：'],
    heldout: ['注：本文部分段落经大模型润色', '【AI摘要】本文约{n}字，阅读需{n2}分钟', '该回答由人工智能自动生成，请注意甄别', '当然可以！下面是改写后的文章'],
  },
  related: {
    dev: ['相关阅读：{city}多措并举推进民生实事', '延伸阅读>>{city}发布最新通知', '相关新闻 {city}这项政策落地了'],
    heldout: ['猜你喜欢：{city}又一批项目开工', '推荐阅读 | 这些变化与你有关', '▶ 相关链接：{city}召开专题会议'],
  },
  adblock: {
    dev: ['检测到您正在使用广告拦截插件，请将本站加入白名单', '您已开启广告屏蔽，部分内容将无法显示'],
    heldout: ['您的浏览器屏蔽了本站广告，请关闭后刷新页面', '关闭AdBlock后即可继续阅读全文'],
  },
  notification: {
    dev: ['【微信】{name}：晚上一起吃饭吗', '电量剩余{n2}%，请及时充电', '[短信] 您尾号{code}的账户入账{n}.00元'],
    heldout: ['闹钟 {time} 已关闭', '钉钉：{name}邀请你加入视频会议', '系统更新已就绪，今晚{time}自动安装'],
  },
  'game-ad': {
    dev: ['传奇手游一刀999级，点击即玩', '贪玩{city}新服开启，登录就送VIP'],
    heldout: ['开局送神装，仙侠新区今日{time}开服', '三国策略手游，注册领{n}元宝'],
  },
  'live-commerce': {
    dev: ['家人们，{n2}号链接上架了', '直播间福利：下单立减{n2}元', '主播正在讲解 点击购物车抢购'],
    heldout: ['库存只剩{n}单，拍下立即发货', '宝宝们扣1，马上给大家改价', '【直播中】{name}带你逛好物'],
  },
  markdown: {
    dev: ['**重点提示**', '## 二、主要做法', '[点击查看原文](http://t.cn/{code})'],
    heldout: ['> 引用自网络', '- [ ] 待补充', '![图片](img_{code}.png)'],
  },
  subtitle: {
    dev: ['00:0{n2}:12,480 --> 00:0{n2}:15,020', '[00:{n2}.36]', '字幕组：{name}'],
    heldout: ['({n2}:41)', '00:{n2}:07 ▶', '【字幕校对：{name}】'],
  },
  cookie: {
    dev: ['本网站使用Cookie以改善您的浏览体验，继续浏览即表示同意', '我们使用Cookie 接受全部 仅必要'],
    heldout: ['为提供更好的服务，本站会使用cookies，点击同意后继续', 'Cookie设置 拒绝 同意并关闭'],
  },
  danmaku: {
    dev: ['前方高能！！！', '哈哈哈哈哈哈哈', '打卡第{n2}天', '来了来了'],
    heldout: ['泪目了家人们', '弹幕护体', '第一！', '有没有{city}的'],
  },
  'emoji-codes': {
    dev: ['[微笑][微笑]', '[捂脸]', '[赞][赞][赞]'],
    heldout: ['[doge]', '[呲牙][玫瑰]', '[强][抱拳]'],
  },
  delivery: {
    dev: ['您的快递已到达{city}驿站，取件码{code}', '包裹正在派送中，快递员{name}'],
    heldout: ['【丰巢】凭{code}到{road}取件', '订单已签收，感谢使用'],
  },
  navigation: {
    dev: ['前方{n}米右转进入{road}', '您已偏离路线，正在重新规划'],
    heldout: ['距目的地{n2}公里，预计{n2}分钟到达', '请靠左行驶 进入{road}'],
  },
  steps: {
    dev: ['今日步数{n}步，超过{n2}%的好友', '运动打卡第{n2}天'],
    heldout: ['已走{n}步 消耗{n2}千卡', '步数排行榜第{n2}名'],
  },
  'follow-call': {
    dev: ['关注公众号“{app}”回复资料领取', '下载{app}APP看更多精彩内容', '点击右上角关注我们'],
    heldout: ['扫码关注，第一时间获取最新资讯', '打开{app}客户端阅读全文', '戳头像关注不迷路'],
  },
  'seo-keywords': {
    dev: ['{city}代办营业执照 {city}注册公司', '澳门新葡京官网', '{city}seo优化公司'],
    heldout: ['{city}装修公司哪家好', '皇冠体育app下载', '{city}网站建设 {city}小程序开发'],
  },
  platform: {
    dev: ['IP属地：{city}', '发布于{n2}小时前 来自iPhone客户端', '阅读 {n} 点赞 {n2}'],
    heldout: ['编辑于{date} · {city}', '来自{app}极速版', '浏览{n}次 转发{n2}'],
  },
  furniture: {
    dev: ['责任编辑：{name}', '返回{app}，查看更多', '点击进入专题>>'],
    heldout: ['本文来源：{app}，版权归原作者所有', '【纠错】【打印】【关闭】', '（编辑：{name}）'],
  },
};

export const SLOTS: Record<Split, Record<string, readonly string[]>> = {
  dev: {
    name: ['王磊', '陈晓', '刘芳', '赵强'],
    city: ['杭州', '成都', '武汉', '西安'],
    app: ['今日快讯', '掌上新闻', '看点'],
    road: ['解放大道', '人民路', '建设北路'],
    time: ['07:30', '21:00'],
    date: ['2023-05-12', '03-18'],
    code: ['3826', '5071', 'A1249'],
    phone: ['138****2216'],
  },
  heldout: {
    name: ['孙悦', '周航', '吴静', '郑凯'],
    city: ['南京', '长沙', '济南', '昆明'],
    app: ['新闻早知道', '资讯头条', '阅读宝'],
    road: ['中山路', '滨江大道', '文化西路'],
    time: ['06:45', '22:30'],
    date: ['2024-01-09', '11-27'],
    code: ['6613', '2948', 'K7705'],
    phone: ['159****8031'],
  },
};

/**
 * The writer citing such text on purpose (real text: nothing of it may be hidden). {p}: the piece.
 * `sentence`: a sentence of the writer's own; `clause`: a clause glued into the writer's sentence
 * after a comma (…，{frame}，…); `speech`: inside someone's quoted words. 36 frames, halves apart.
 */
export const LOOKALIKE_FRAMES: Record<Split, { sentence: readonly string[]; clause: readonly string[]; speech: readonly string[] }> = {
  dev: {
    sentence: [
      '记者打开页面时，屏幕上跳出“{p}”的字样。',
      '不少网友反映，文章中间夹着“{p}”这样的话。',
      '截图显示，该条内容下方标注着“{p}”。',
      '有读者向本报反映，手机上频繁弹出“{p}”的提示。',
      '在该平台上，几乎每个页面都写着“{p}”。',
      '据了解，“{p}”这类文字多由第三方程序自动插入。',
    ],
    clause: [
      '页面上还显示着“{p}”',
      '他手机上当时提示“{p}”',
      '屏幕一角写着“{p}”几个字',
      '文末附有“{p}”一行',
      '弹窗里写的是“{p}”',
      '对方发来一句“{p}”',
    ],
    speech: [
      '当时屏幕上写着‘{p}’，我就点了进去',
      '我们看到‘{p}’这几个字也愣住了',
      '像‘{p}’这种话，老人很难分辨真假',
      '每次打开都会冒出‘{p}’',
      '他给我看手机，上面是‘{p}’',
      '群里有人发了‘{p}’',
    ],
  },
  heldout: {
    sentence: [
      '记者注意到，该网站多个页面都印着「{p}」。',
      '市场监管部门指出，“{p}”之类的内容涉嫌违规。',
      '一些用户称，看到“{p}”后才意识到被骗。',
      '该公众号每篇文章末尾都有“{p}”一句。',
      '专家表示，所谓“{p}”往往只是引流的手段。',
      '视频开头会先出现“{p}”的画面。',
    ],
    clause: [
      '手机随即响起并显示“{p}”',
      '网页底部赫然印着“{p}”',
      '消息栏里跳出“{p}”',
      '告示上只写了“{p}”',
      '导航语音反复提醒“{p}”',
      '客服回复称“{p}”',
    ],
    speech: [
      '那条消息只有一句‘{p}’',
      '看到‘{p}’的时候我确实心动了',
      '很多人拿着写有‘{p}’的单子来问',
      '屏幕上突然出来‘{p}’',
      '孩子说就是点了‘{p}’',
      '对方只回了个‘{p}’',
    ],
  },
};
