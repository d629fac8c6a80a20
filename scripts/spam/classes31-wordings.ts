/**
 * Session 31 (s31-screen): the six classes the never-seen set QA30 found never hidden nor marked, known to this helper
 * by class name only — a WeChat mini-program card pasted as text, an app's update prompt, a captcha's prompt, a
 * "related" line pasted from another site, a jammer string, a stray symbol between sentences. Every wording was
 * written here from what the class is; none comes from QA's pages, the corpus or session 30's pool
 * (./classes30-wordings.ts, whose related lines, jammers and symbols were already reached on that pool). Each class
 * has a dev half (to build on) and a held-out half (to measure only) that share no wording; this file was committed
 * before any finder was touched. Frozen: never edit a wording afterwards.
 *
 * `WRITERS31`: the writer's own sentences about such things (a mini-program's users, an update that fixed a bug, a
 * captcha that annoys readers, a paper's earlier report, a part number, a map's symbol): every character of theirs
 * hidden is a defect.
 */
import type { Split } from './inject';

export const CLASSES31 = ['mini-program-cards', 'app-update-prompts', 'captcha-prompts', 'related-elsewhere', 'jammer-strings31', 'stray-symbols31'] as const;
export type Class31 = (typeof CLASSES31)[number];

export const WORDINGS31: Record<Class31, Record<Split, readonly string[]>> = {
  'mini-program-cards': {
    dev: [
      '京东购物 | 小程序 点击进入',
      '【小程序】拼多多：帮我砍一刀，就差你了！',
      '小程序 · 美团外卖 满30减15',
      '腾讯新闻小程序 点击查看全文',
      '▶ 小程序：同程旅行 特价机票低至1折',
      '长按识别小程序码，立即领取优惠券',
      '微信小程序 | 健康码查询',
      '滴滴出行 小程序 · 打车立减5元',
    ],
    heldout: [
      '小程序 | 肯德基自助点餐 领券更优惠',
      '【微信小程序】携程旅行：酒店低价抢',
      '点击打开小程序 → 腾讯视频 看完整版',
      '饿了么 · 小程序 超级吃货卡限时抢购',
      '扫码进入小程序，参与抽奖赢大奖',
      '小程序：12306 余票查询',
      '喜马拉雅小程序 | 免费听全集',
      '来自小程序 · 得物 正品鉴别',
    ],
  },
  'app-update-prompts': {
    dev: [
      '发现新版本V5.2.1，是否立即更新？',
      '检测到新版本，更新后体验更多功能 立即更新 稍后再说',
      '当前版本过低，请升级到最新版本后继续使用',
      '新版本已下载完成，点击安装',
      '版本更新：1.修复已知问题 2.优化用户体验',
      '您的客户端版本较旧，部分功能可能无法使用，请前往应用商店更新',
      '正在下载更新包……45%',
      '有新版本可用（8.0.3），建议在Wi-Fi环境下更新',
    ],
    heldout: [
      '发现新版本 v3.10.0 立即升级',
      '版本过旧，请更新至最新版以获得更好的阅读体验',
      '更新提示：新版本修复了部分机型闪退的问题',
      '检测到可用更新，是否现在重启应用？',
      '升级包大小：86.4MB 立即下载',
      '请升级APP查看完整内容',
      '新版本上线啦！点击更新抢先体验',
      '更新内容：1、新增夜间模式；2、修复若干bug',
    ],
  },
  'captcha-prompts': {
    dev: [
      '请拖动下方滑块完成拼图',
      '请按住滑块，拖动到最右边',
      '请在下图中依次点击：春 风 得 意',
      '请输入图片中的验证码，看不清？换一张',
      '为了确认您不是机器人，请完成安全验证',
      '验证失败，请重试',
      '请选择所有包含红绿灯的图片',
      '向右滑动完成验证',
    ],
    heldout: [
      '拖动滑块，使图片角度为正',
      '请点击下图中所有的自行车',
      '安全验证：请输入计算结果 3+7=？',
      '访问过于频繁，请完成验证后继续',
      '请依次点击图中的文字：山、水、云',
      '验证码错误，点击刷新',
      '滑动验证已通过',
      '我不是机器人 □ 请勾选后继续',
    ],
  },
  'related-elsewhere': {
    dev: [
      '本文相关：春运首日全国铁路发送旅客超千万',
      '相关专题：2023年高考志愿填报指南',
      '阅读更多：冬天手脚冰凉是怎么回事',
      '上一篇：多地迎来降温 下一篇：油价或将迎来年内第三涨',
      '你也许还想看：这五种食物最伤胃',
      '精选推荐 》老人晨练这些误区要避开',
      '点击查看相关专题 >>',
      '编辑推荐：新能源车冬季续航缩水，如何应对',
    ],
    heldout: [
      '相关话题：#暑期出游#',
      '相关文章推荐 ▶ 买房前必须了解的五件事',
      '继续阅读：这项新规下月起实施',
      '上一条：本周天气预报 下一条：高速免费通行时间公布',
      '热门推荐：男子捡到钱包归还失主获赠锦旗',
      '您可能感兴趣的文章：长期熬夜对身体的危害',
      '本站推荐 | 秋季养生吃什么好',
      '更多阅读：国内首条跨海高铁进入联调联试',
    ],
  },
  'jammer-strings31': {
    dev: ['kL8vQ2zX9m', '䶮㐂䲜鿏', 'ＺｘＣ３７ｖ', '8e4f1a0c9b2d', 'wY2-Qm7-Lp', 'Mx_7Tq_3', '龘靐齉爩', 'RzQ9wX7'],
    heldout: ['pT4nB8yK', '鱻䲜龘', 'ｘＹ７ｑ２', '5c9e2b7a1f', 'Hq3.Vn8.Zr', 'zK_9wP_4', '靐䨻齾', 'gY6tF1dS'],
  },
  'stray-symbols31': {
    dev: ['◆', '※※', '〓〓〓', '▓', '╋', '♀♂', '∮', '☆★'],
    heldout: ['◈', '▣', '⊕', '♢', '▒▒', '※◆', '╬', '◐'],
  },
};

export function wordingsOf31(cls: Class31, split: Split): string[] {
  return [...WORDINGS31[cls][split]];
}

/** The writer's sentences about these things (no truth: every character hidden is a defect). Dev and held-out share none. */
export const WRITERS31: Record<Split, readonly string[]> = {
  dev: [
    '这款小程序上线一个月，用户已经突破一百万。',
    '不少商家通过微信小程序接单，省去了开发应用的费用。',
    '手机弹出更新提示后，他没多想就点了“立即更新”。',
    '新版本修复了老人模式字体过小的问题，受到用户好评。',
    '有读者反映，每次登录都要拖动滑块验证，十分麻烦。',
    '为防止刷票，主办方在投票页面加入了图形验证码。',
    '该网站在文末附上了相关阅读链接，方便读者查阅背景。',
    '上一篇报道刊出后，不少读者来电询问后续进展。',
    '警方在嫌疑人电脑中发现了一串乱码般的密码。',
    '这份文件的编号为A3-0927，存放在档案室第二排。',
    '会场入口处摆放着印有★标志的指示牌。',
    '表格中标有※号的项目为必填项。',
  ],
  heldout: [
    '据了解，该小程序由市政务服务中心开发，可在线预约办事。',
    '他打开外卖小程序下单，二十分钟后饭菜就送到了。',
    '应用商店数据显示，这款软件今年已经更新了十二个版本。',
    '工作人员提醒，老年人手机弹出“升级”提示时要先问问家人。',
    '一些抢票软件能自动识别验证码，这种做法已被铁路部门禁止。',
    '她试了三次都没能通过滑块验证，只好打电话求助。',
    '编辑在稿件末尾加了一条相关新闻，介绍了事件的来龙去脉。',
    '该报此前刊发的相关报道引发了广泛关注。',
    '黑客在网页中插入了一段随机代码，导致页面无法打开。',
    '这批零件的型号是XK-2059，由德国工厂生产。',
    '图中用◆标出的是新建的地铁站点。',
    '选票上的□供选民打勾使用。',
  ],
};
