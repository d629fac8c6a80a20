/**
 * Session 28's own everyday classes of pasted runs (scripts/spam/seams28-styles.ts pastes them
 * with the project's older classes): what an app, a device, a service or another story prints,
 * written here by each class's nature — its labels, figures, masks, units and what it tells the
 * reader to do — never copied from QA's pages or the corpus. `dev` and `heldout` share no template:
 * a held-out wording is a different line of the same kind (other labels, other order, other figures).
 *
 * Slots: `#` a digit, `@` a name of the split's list, `§` a place of the split's list.
 */
import type { Split } from './inject';

export const SEAM28_OWN_CLASSES = [
  'delivery', 'bikeshare', 'fuelprice', 'clinicqueue', 'metro', 'utilitynotice', 'verifycode', 'gamelevel',
  'healthband', 'weatherwidget', 'examscore', 'cartpromo', 'ridehail', 'libraryloan', 'recipestep', 'chatstatus',
  'download', 'otherclause',
] as const;
export type Seam28OwnClass = (typeof SEAM28_OWN_CLASSES)[number];

export const SLOT_NAMES: Record<Split, readonly string[]> = {
  dev: ['张*伟', '李**', '王先生', '小鹿', '阿强'],
  heldout: ['陈*婷', '刘**', '赵女士', '大橙子', '老周'],
};
export const SLOT_PLACES: Record<Split, readonly string[]> = {
  dev: ['人民广场', '滨江路', '东湖站', '城西店'],
  heldout: ['火车南站', '世纪大道', '北苑路口', '万象城'],
};

type Templates = Record<Seam28OwnClass, readonly string[]>;

export const SEAM28_TEMPLATES: Record<Split, Templates> = {
  dev: {
    delivery: ['骑手已取餐，预计1#:#5送达', '您的外卖正在配送中 距您#.#公里', '商家已接单，正在备餐中'],
    bikeshare: ['车辆已开锁，骑行时长#分钟', '本次骑行费用#.5元 已从余额扣除', '还车成功 请确认车辆已上锁'],
    fuelprice: ['92号汽油 7.#5元/升', '今日油价 95号 8.#9元 较昨日↓0.1#', '0号柴油 7.#2元/升 ↑0.0#'],
    clinicqueue: ['请A0##号 @ 到#号诊室就诊', '当前叫号：B1## 前面还有#人', '候诊人数 ## 预计等待##分钟'],
    metro: ['下一站：§，请从右侧车门下车', '列车即将到达§ 开往终点站方向', '本次列车终点站 § 请带好随身物品'],
    utilitynotice: ['物业通知：明日9:00-1#:00停水，请提前储水', '温馨提示：#号楼电梯维保中 暂停使用', '停电通知 本周#上午 #栋'],
    verifycode: ['【安心付】您的验证码为#####，5分钟内有效', '验证码：###### 请勿泄露给他人', '您正在登录账号，校验码##### 如非本人操作请忽略'],
    gamelevel: ['恭喜通关第##关 获得金币×#00', '体力已恢复 快来继续闯关吧', '每日任务完成 #/5 领取宝箱'],
    healthband: ['今日步数 ##### 步 消耗###千卡', '静息心率 ##次/分 睡眠#小时##分', '久坐提醒：您已经坐了#小时，起来活动一下吧'],
    weatherwidget: ['晴 1#℃/#℃ 空气质量 良', '多云转小雨 东南风3级 湿度##%', '明天 阴 最高2#℃ 降水概率##%'],
    examscore: ['准考证号 2024#### 总分 6##', '成绩查询：语文1## 数学1## 英语1##', '您的排名 全市第###名 超过##%考生'],
    cartpromo: ['已加入购物车 满199减30 还差##元', '该商品已降价#元 库存紧张', '付款后预计#月1#日发货'],
    ridehail: ['司机距您#.#公里 预计#分钟到达', '车牌 粤B·#K#** 白色轿车 请核对后上车', '行程结束 实付##.#元'],
    libraryloan: ['您借阅的图书将于#月1#日到期，请及时续借', '借阅成功 可借数量剩余#本', '预约图书已到馆 请于#日内到§取书'],
    recipestep: ['第三步：加入盐#克、生抽1勺，翻炒均匀', '小火焖##分钟后大火收汁即可出锅', '备料：鸡蛋#个 番茄#个 葱花少许'],
    chatstatus: ['对方正在输入…', '[语音] ##″ 点击播放', '@ 撤回了一条消息'],
    download: ['已下载 ##% 剩余#分钟', '正在安装更新 请勿关闭电源', '下载完成 点击打开'],
    otherclause: ['记者从市交通运输局获悉', '受冷空气影响明天最高气温仅#℃', '该楼盘本月成交均价为每平方米#####元'],
  },
  heldout: {
    delivery: ['您的餐品已送达 请及时取餐', '配送员@正在赶往商家', '预计送达时间推迟##分钟 给您带来不便敬请谅解'],
    bikeshare: ['扫码用车 首单#元骑#0分钟', '电单车电量剩余##% 可骑行约##公里', '您已进入禁停区 请将车辆停至指定区域'],
    fuelprice: ['油价调整窗口 预计每吨上调##0元', '加满一箱油将多花#.5元', '95#汽油挂牌价 8.#3'],
    clinicqueue: ['请##号患者到§窗口缴费', '已签到 当前排队第##位', '检验报告已出 可在自助机打印'],
    metro: ['本站为换乘站 可换乘#号线', '车门即将关闭 请勿强行上下车', '前方到站§ 下车的乘客请做好准备'],
    utilitynotice: ['燃气公司提醒：本月#日入户安检 请家中留人', '水费账单 本期用水#吨 应缴##.#元', '小区#号门夜间##点后关闭'],
    verifycode: ['【快递驿站】取件码 #-#-#### 请凭码取件', '动态密码######，仅用于本次支付', '您的绑定手机号1##****####已更换'],
    gamelevel: ['段位晋升：黄金#星', '好友@送你一份体力 点击领取', '限时活动 剩余#天##小时'],
    healthband: ['本周运动#次 达标率##%', '血氧饱和度 9#% 状态正常', '目标完成 今日已走#.#公里'],
    weatherwidget: ['体感温度 #℃ 紫外线 强', '未来两小时有雨 出门记得带伞', 'PM2.5 ## 适宜户外活动'],
    examscore: ['录取状态：已投档 院校代码 1####', '本科一批控制线 ##0分', '查分入口 输入身份证后六位'],
    cartpromo: ['领券立减##元 仅限今日', '#人已购买 好评率9#%', '拼单还差#人 分享给好友一起拼'],
    ridehail: ['您的订单已被接单 @师傅', '请在#分钟内到达上车点§', '本单已开具电子发票'],
    libraryloan: ['馆藏位置 #楼社科区 索书号 D6##.#', '您有#本图书已逾期 逾期费#.#元', '座位预约成功 #楼##号 请准时签到'],
    recipestep: ['锅中倒油烧至六成热 下入葱姜爆香', '腌制##分钟更入味', '调味汁：醋#勺 糖半勺 清水适量'],
    chatstatus: ['你已添加了@，现在可以开始聊天了', '[图片]', '消息已发出，但被对方拒收了'],
    download: ['安装包大小 ##.#MB 确认下载', '网络不稳定 已暂停下载', '#个文件 共##MB 全部保存'],
    otherclause: ['据该市教育局介绍', '今年前三季度全省GDP同比增长#.#%', '主队在第##分钟扳平比分'],
  },
};

/** A template's slots filled from `random` and the split's lists. */
export function fillSlots(template: string, split: Split, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return template.replace(/#/gu, () => String(Math.floor(random() * 10))).replace(/@/gu, () => pick(SLOT_NAMES[split])).replace(/§/gu, () => pick(SLOT_PLACES[split]));
}

/**
 * The writer's own text that looks like a pasted run (not pasted: hiding it is hiding the writer):
 * parentheticals, asides, lists of figures, quoted notices, names and new words. Each is written
 * to stand where the generator puts it: `inside` at a word boundary after a noun-like word is not
 * guaranteed, so the inside look-alikes are parentheticals, which stand anywhere.
 */
export const SEAM28_LOOKALIKES: Record<Split, Record<'inside' | 'comma' | 'between', readonly string[]>> = {
  dev: {
    inside: ['（记者 王小明 摄）', '（下称“新规”）', '（化名）', '（右一）', '（见下图）', '（2023年数据）'],
    comma: ['说来也巧，', '据知情人透露，', '按照惯例，', '截至记者发稿时，', '用他的话说，'],
    between: ['三项指标分别为12.5%、8.3%和6.1%。', '店门口贴着一张“今日盘点，暂停营业”的告示。', '记者随后联系了当地居民李秀英。', '这种被称为“云认养”的新玩法，正在年轻人中流行。', '数据显示，去年该市接待游客2860万人次，同比增长17%。'],
  },
  heldout: {
    inside: ['（图中左二）', '（以下简称“公司”）', '（均为化名）', '（含税）', '（资料图）', '（按可比价格计算）'],
    comma: ['不瞒你说，', '据现场工作人员介绍，', '照老规矩，', '到今年年底，', '在她看来，'],
    between: ['其中，一季度、二季度和三季度的销量分别为3.2万辆、4.1万辆和5.6万辆。', '售票窗口上方挂着“今日票已售完”的牌子。', '据了解，涉事司机周某已被警方控制。', '一种名叫“搭子社交”的说法，最近频频出现在社交平台上。', '统计显示，当天共有1.2万名市民参加了活动。'],
  },
};
