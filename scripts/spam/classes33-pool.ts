/**
 * Session 33 (s33-classes, issue 12): a frozen pool for three classes of a farm page's lines that no finder hid
 * even standing alone as their own paragraph on places30 dev (bench-places30 --split=dev --places=own, main
 * e4a6390: game ads 0 hidden / 0.079 marked, ad-block notices 0.171 / 0.667, parcel notices 0.059 / 0.617).
 * Written here, before any finder was touched, from what each line is (a site's notice to a reader whose ad
 * blocker is on, a mobile game's ad, a courier's text to the parcel's owner); none comes from a benchmark's
 * wordings or the corpus. Frozen: never edit a line afterwards; add a new pool instead.
 *
 * - `PASTES33`: the lines, dev (to build on) and held-out (measure only) apart, no wording shared.
 * - `WRITERS33`: the writer's sentences that share the class's words and some of its form — a reporter on ad
 *   blockers, on game ads, on a lost parcel; a how-to article that addresses its reader (您) about the same
 *   things; a gaming news story; a quoted notice. Every character of theirs hidden is a defect (marks are
 *   counted, not forbidden).
 *
 *   npx tsx scripts/spam/probe-classes33.ts [--split=heldout]
 */
import type { Split } from './corpus';

export const CLASSES33 = ['adblock', 'game-ad', 'parcel'] as const;
export type Class33 = (typeof CLASSES33)[number];

export const PASTES33: Record<Class33, Record<Split, readonly string[]>> = {
  adblock: {
    dev: [
      '系统检测到您的浏览器安装了广告过滤插件，请关闭后继续访问',
      '亲爱的读者，您正在使用广告屏蔽工具，本站依靠广告维持运营，恳请将我们加入白名单',
      '请停用AdBlock或将本站添加至信任列表，然后刷新本页',
      '广告拦截已开启，正文加载失败，点击此处查看解决办法',
      '您好，关闭广告拦截即可免费阅读本站全部内容',
      '本页内容已被广告屏蔽插件隐藏，请允许显示广告后重试',
    ],
    heldout: [
      '温馨提示：您开启了去广告功能，可能导致页面显示不全',
      '为了支持我们继续创作，请在拦截器中将本站设为例外',
      '检测到广告被屏蔽，请暂停uBlock后重新载入',
      '您的广告拦截软件阻止了视频播放，请关闭后再试',
      '关闭广告过滤，解锁全文阅读',
      '本站已被您的AdGuard屏蔽，请将其加入白名单',
    ],
  },
  'game-ad': {
    dev: [
      '上线送满级VIP，万元充值卡免费领',
      '热血传奇复刻版，爆率全开，点击立即开玩',
      '仙侠手游新区火爆开启，注册即送万元宝',
      '单职业传奇，装备回收能提现，快来下载',
      '首充6元送神宠，登录七天领橙装',
      '这款传奇页游不充钱也能玩到满级，点我试玩',
    ],
    heldout: [
      '开服送千抽，SSR角色免费拿，立即预约',
      '原汁原味1.76版本，今晚19点新服开启，速来抢占',
      '挂机就能升级的修仙手游，下载领百连抽',
      '散人也能打金，一天爆出上百元宝',
      '全新三国手游公测，登录即领关羽',
      '上班摸鱼必备小游戏，点一下就能玩',
    ],
  },
  parcel: {
    dev: [
      '您的包裹已到达小区快递柜，请凭取件码5621及时领取',
      '【圆通速递】您的快件正在派送，派送员电话187****0022',
      '尊敬的客户，您的订单已发货，运单号ZT7783920015',
      '快件已被代收，如有疑问请联系派件员',
      '您有一个包裹待领取，柜机编号03，取件码44817',
      '【邮政EMS】您的邮件已妥投，感谢使用',
    ],
    heldout: [
      '您的快递因超时未取已退回驿站，请尽快领取',
      '【极兔速递】快件已到达您所在城市，即将安排派送',
      '包裹已放置门口，如非本人签收请回电',
      '取件提醒：您在菜鸟驿站有2个包裹，取件码8-3-2201',
      '您的商品正在出库，预计后天送达',
      '物流更新：快件已离开【上海转运中心】',
    ],
  },
};

export const WRITERS33: Record<Class33, Record<Split, readonly string[]>> = {
  adblock: {
    dev: [
      '越来越多的网民在浏览器里装上了广告拦截插件，一些网站的广告收入因此锐减。',
      '部分新闻网站会在检测到广告屏蔽后弹出提示，请读者将其加入白名单。',
      '如果您使用的是手机浏览器，可以在设置中打开广告过滤功能。',
      '该网站负责人表示，关闭广告拦截的读者比例不到三成。',
      '有网友称，关闭AdBlock后页面才能正常显示。',
      '您可以将常用的政务网站加入浏览器白名单，避免页面功能受限。',
      '业内人士认为，广告屏蔽工具的普及倒逼网站改进广告形式。',
      '记者测试发现，开启去广告插件后，该网站的视频无法播放。',
    ],
    heldout: [
      '据统计，国内约有两成电脑用户安装了广告拦截软件。',
      '专家提醒，请不要随意安装来路不明的去广告插件，以免泄露个人信息。',
      '这家媒体要求读者关闭广告屏蔽后才能阅读全文，引发争议。',
      '您在使用拦截器时，也可以手动把信任的网站设为例外。',
      '他说，自己从不关闭广告过滤，宁可少看几篇文章。',
      '报告显示，广告被屏蔽造成的损失去年超过百亿元。',
      '浏览器厂商宣布，将默认拦截弹窗广告。',
      '不少用户反映，即使关闭了AdGuard，页面依然加载缓慢。',
    ],
  },
  'game-ad': {
    dev: [
      '这款手游上线首日下载量突破百万，登上多个应用商店榜首。',
      '一些页游广告以“登录就送VIP”为噱头，诱导玩家充值。',
      '监管部门指出，部分传奇类手游存在夸大宣传、诱导消费等问题。',
      '新服开启当天，大量玩家涌入，服务器一度崩溃。',
      '他从初中起就玩这款游戏，先后充值了两万多元。',
      '据介绍，玩家注册后可免费领取新手礼包，但后续道具需付费购买。',
      '该游戏公司被指通过“首充送神装”等宣传吸引未成年人。',
      '律师表示，游戏装备能否提现，关键看平台是否取得相关资质。',
    ],
    heldout: [
      '公测首周，这款三国题材手游的流水超过两亿元。',
      '不少家长反映，孩子为了抽到SSR角色，偷偷用家长手机充值。',
      '这类挂机游戏号称“躺着就能升级”，实则不断诱导付费。',
      '警方查明，该团伙以“打金提现”为幌子，骗取玩家钱财。',
      '新区开服后，游戏内的元宝价格一路走低。',
      '玩家只需点击下载，就可以免费体验前十个关卡。',
      '业内人士称，仙侠、传奇类页游的用户多为中年男性。',
      '游戏开发商回应称，预约人数已突破五百万。',
    ],
  },
  parcel: {
    dev: [
      '受暴雨影响，多地快递暂停派送，部分包裹将延迟送达。',
      '她的快递显示已签收，但她从未收到包裹。',
      '快递员李师傅每天要派送三百多件快件。',
      '如果您的包裹长时间未更新物流信息，可以联系快递公司客服。',
      '取件码被他人冒领后，王女士向驿站讨要说法。',
      '据了解，该驿站每天代收包裹一千余件。',
      '记者查询运单号发现，这件快件早在三天前就已出库。',
      '您在取件时，请当面检查包裹是否完好。',
    ],
    heldout: [
      '双十一期间，全国快递业务量单日突破七亿件。',
      '快递柜超时收费一事引发不少市民不满。',
      '他说，包裹放在门口被人拿走了，快递员却称已经送达。',
      '请您在签收前核对商品，发现破损可当场拒收。',
      '该转运中心日均处理快件超过两百万件。',
      '警方提醒，收到陌生包裹时，不要随意扫描其中的二维码。',
      '邮政部门表示，春节期间部分地区的邮件将暂停投递。',
      '这名派件员因私拆包裹被公司辞退。',
    ],
  },
};
