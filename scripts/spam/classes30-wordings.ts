/**
 * Session 30 (s30-classes): the wordings of ./classes30-styles.ts — the seventeen classes of paste that the two
 * never-seen sets of session 29 (QA29, GATE29) found never hidden nor marked, known to this helper by class name
 * only. Every wording was written here, from what the class is (a chatbot's preamble left in a rewritten article,
 * a phone's notification, a delivery's status line, a video's subtitle timing …); none comes from QA's pages or
 * the corpus. Each class has a dev half (to build on) and a held-out half (to measure only) that share no
 * wording; both halves were written, and this file committed, before any finder was touched. Frozen: never
 * edit a wording afterwards.
 *
 * Mojibake is made, not typed: a phrase of each half is encoded and read back the wrong way (UTF-8 read as GBK,
 * UTF-8 read as Windows-1252, GBK's 锟斤拷 / MSVC's 烫烫 and 屯屯 fills), as a page saved in the wrong encoding shows it.
 *
 * The writer's own sentences that speak of such things (a story about a cookie law, a quoted chatbot answer, a
 * delivery delay, a video's timestamps …) are the negatives: `WRITERS30`, every character of theirs hidden is a
 * defect.
 */
import type { Split } from './inject';

export const CLASSES30 = [
  'ai-residue', 'related-lines', 'adblock-notices', 'phone-notifications', 'game-ads', 'live-commerce',
  'markdown-residue', 'subtitle-timestamps', 'cookie-banners', 'bullet-comments', 'emoji-codes', 'jammer-strings',
  'stray-symbols', 'delivery-status', 'map-navigation', 'step-counts', 'mojibake',
] as const;
export type Class30 = (typeof CLASSES30)[number];

/** The classes read by their form alone (hidden where the form is exact), and the textual ones (marked first). */
export const MECHANICAL30: readonly Class30[] = ['markdown-residue', 'subtitle-timestamps', 'emoji-codes', 'jammer-strings', 'stray-symbols', 'mojibake'];

const WORDINGS: Record<Exclude<Class30, 'mojibake'>, Record<Split, readonly string[]>> = {
  'ai-residue': {
    dev: [
      '好的，以下是根据您的要求改写后的文章：',
      '希望以上内容对您有所帮助！如果还有其他问题，欢迎随时提问。',
      '作为一个人工智能语言模型，我无法获取实时新闻，以下内容仅供参考。',
      '当然可以！下面是为您润色后的版本：',
      '以上就是改写后的全文，您可以根据需要进一步调整。',
      '需要我再帮您把语气改得更正式一些吗？',
      '（注：本文已按要求扩写至1500字左右）',
      'Sure! Here is the rewritten article:',
    ],
    heldout: [
      '没问题，我已将原文重新组织为一篇新闻稿，内容如下：',
      '如需更口语化的版本，或者想调整字数，请告诉我。',
      '以下是我为你生成的三个备选标题，你可以任选其一：',
      '我是AI助手，无法保证以上信息完全准确，请以官方发布为准。',
      '【改写说明】调整了段落顺序，替换了部分近义词，降低了重复率。',
      '好的，这是去除广告和无关信息后的正文：',
      '你还可以让我帮你写一段吸引人的开头，要试试吗？',
      '以上文章共计1236字，原创度检测为92%。',
    ],
  },
  'related-lines': {
    dev: [
      '相关阅读：男子凌晨醉驾被查，竟称“只喝了一口”',
      '延伸阅读>> 夏季如何预防中暑？医生给出五条建议',
      '你可能还喜欢：十大最适合养在卧室的绿植',
      '相关新闻 | 多地发布高温红色预警',
      '看了本文的人还看了：三胎政策最新解读',
      '【相关】退休人员养老金今年上调2.8%',
      '更多相关内容：点击进入专题页',
      '推荐阅读▶ 一夜之间，这种水果价格暴跌',
    ],
    heldout: [
      '相关推荐：孩子总是咳嗽不停，可能是这个原因',
      '猜你喜欢 >> 房贷利率再降，现在买房合适吗',
      '相关报道：暴雨致多条线路停运',
      '大家都在看：这三类人最好别喝绿茶',
      '往期回顾｜本市新增两条地铁线路',
      '热门文章推荐：月薪五千如何存下十万',
      '【延伸】专家解读个税新规',
      '同类文章：春节前后火车票怎么抢',
    ],
  },
  'adblock-notices': {
    dev: [
      '检测到您正在使用广告拦截插件，请将本站加入白名单后刷新页面。',
      '您的浏览器开启了广告屏蔽功能，部分内容可能无法正常显示',
      '本站依靠广告收入维持运营，请关闭AdBlock后继续阅读',
      '温馨提示：关闭广告过滤器即可查看完整内容',
      'Please disable your ad blocker to continue reading.',
      '我们发现您屏蔽了广告，请支持我们，将本站设为允许广告。',
      '因您启用了广告拦截，视频无法播放，请关闭后重试',
      '[提示] 广告拦截已开启，页面加载不完整',
    ],
    heldout: [
      '您似乎在使用广告屏蔽软件，为了更好的浏览体验，请将我们加入白名单。',
      '关闭广告拦截插件后刷新本页，即可阅读全文',
      '本页面检测到Adblock Plus，部分图片已被隐藏',
      '请停用广告拦截器：我们的编辑团队需要广告来支持。',
      '系统提示：您的广告屏蔽设置导致评论区无法加载',
      '喜欢本站？请把我们加进您的广告拦截白名单吧',
      '检测到拦截插件 · 如何关闭？点此查看教程',
      '您已屏蔽广告，升级会员可无广告浏览全站内容',
    ],
  },
  'phone-notifications': {
    dev: [
      '【微信】张姐：晚上一起吃饭吗？',
      '支付宝到账128.00元',
      '您有一条新消息，请注意查收',
      'QQ邮箱：您有3封未读邮件',
      '钉钉 · 刚刚 你有1个待办即将截止',
      '【12306】您购买的G1234次列车即将发车，请提前到站候车。',
      '来自抖音：你关注的“老王说车”开播了',
      '微信支付收款35.50元 · 下午3:12',
    ],
    heldout: [
      '【短信】您的验证码为482916，5分钟内有效，请勿泄露。',
      '淘宝：您关注的宝贝降价啦，快去看看吧',
      '系统更新已准备就绪，今晚2:00自动安装',
      '微博 · 1分钟前 有人@了你',
      '日历提醒：14:30 部门例会',
      '【云闪付】您尾号6677的银行卡消费200.00元',
      '小红书：你的笔记收到了12个赞',
      '闹钟 07:00 · 稍后提醒',
    ],
  },
  'game-ads': {
    dev: [
      '是兄弟就来砍我，一刀999级！',
      '贪玩蓝月，装备全靠打，登录即送VIP10',
      '今日新服开启，首充1元送屠龙宝刀',
      '这款传奇手游三天就能满级，点击立即试玩>>',
      '开局送神兽，十连抽必出SSR',
      '【游戏推荐】一款让人停不下来的三国策略手游',
      '战力排行第一的玩家竟然是个小学生？点击下载',
      '无需充值，上线就送满级战神套装',
    ],
    heldout: [
      '经典复古仙侠，万人同服抢BOSS，立即下载',
      '我是渣渣辉，来玩我的游戏吧',
      '打怪爆元宝，元宝可提现！',
      '新人登录领648元礼包，限时三天',
      '【试玩】3分钟上手，百万玩家都在玩的消除游戏',
      '一键挂机自动升级，上班也能玩',
      '你的好友邀请你加入公会，领取开服大礼',
      '全民攻城战今晚8点开启，快来组队',
    ],
  },
  'live-commerce': {
    dev: [
      '家人们，3、2、1，上链接！',
      '点击下方小黄车，库存只剩最后500单',
      '直播间专属价，拍一发三，今天不买亏了',
      '宝宝们扣1，主播给你们申请福利价',
      '刚刚来自杭州的用户下单了',
      '主播正在讲解3号链接',
      '关注主播不迷路，明晚八点不见不散',
      '福袋倒计时02:15，点赞过万加抽一轮',
    ],
    heldout: [
      '所有女生，买它！买它！',
      '已有2.3万人下单，手慢无',
      '左上角点个关注，下单备注主播名字送赠品',
      '9块9包邮，仅限直播间，下播恢复原价',
      '想要的宝宝在评论区扣“想要”',
      '库存告急！5号链接即将下架',
      '欢迎刚进直播间的朋友，点点关注领优惠券',
      '直播间下单享七天无理由退换，运费险已送',
    ],
  },
  'markdown-residue': {
    dev: [
      '## 一、事件经过',
      '**重点提示：**',
      '![图片](https://img.example.com/2024/0612/a3.jpg)',
      '---',
      '> 编者按：',
      '### 小结',
      '[点击查看原文](https://example.com/news/8812)',
      '| 项目 | 数值 |',
    ],
    heldout: [
      '**总结**：',
      '#### 三、专家观点',
      '![](images/pic_0231.png)',
      '* * *',
      '- [ ] 待核实',
      '```',
      '> **注意**',
      '|---|---|',
    ],
  },
  'subtitle-timestamps': {
    dev: [
      '00:01:23,456 --> 00:01:25,789',
      '[00:12.35]',
      '12\n00:03:15,000 --> 00:03:18,200',
      '00:00:05.120 --> 00:00:07.880',
      '[02:41.07]',
      '00:14:02,310 --> 00:14:04,960',
      '[01:05:33]',
      '1 00:00:01,000 --> 00:00:04,000',
    ],
    heldout: [
      '00:02:47,900 --> 00:02:50,100',
      '[03:08.62]',
      '00:10.500 --> 00:13.250',
      '47 00:05:11,640 --> 00:05:14,020',
      '[00:00.00]',
      '01:22:09,015 --> 01:22:11,480',
      '00:00:31.400 --> 00:00:33.900 align:start',
      '[04:56.13][04:57.90]',
    ],
  },
  'cookie-banners': {
    dev: [
      '我们使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们的隐私政策。',
      '本网站使用Cookies以提供个性化内容 接受全部 拒绝 设置',
      '点击“同意”即表示您同意我们按照《隐私政策》收集和使用您的信息',
      'This site uses cookies. By continuing you agree to our use of cookies. OK',
      '为保障网站正常运行，我们会使用必要的Cookie。了解更多',
      'Cookie设置 | 仅接受必要Cookie | 全部接受',
      '我们重视您的隐私。我们和合作伙伴会在设备上存储和访问信息。',
      '继续使用本站即视为您已阅读并同意《用户协议》和《隐私政策》',
    ],
    heldout: [
      '本站使用Cookie技术统计访问数据，您可以在浏览器设置中关闭。',
      '我们及第三方合作伙伴使用Cookie用于分析和广告。同意并继续',
      '为了给您提供更好的服务，本网站会使用cookies，详见隐私声明',
      'We value your privacy. Accept all / Reject all / Customize',
      '您的隐私选择：管理偏好设置　接受　拒绝',
      '网站使用第三方Cookie投放广告，您可随时撤回同意。',
      '本页面使用必要及分析类Cookie。点击“接受”以继续。',
      '关闭此提示即表示您同意我们使用cookie。×',
    ],
  },
  'bullet-comments': {
    dev: [
      '前方高能！！！',
      '哈哈哈哈哈哈哈哈',
      '2333333',
      '空降成功 打卡',
      '泪目了家人们',
      '这波操作666666',
      'awsl awsl',
      '爷青回！！',
    ],
    heldout: [
      '第一！！！',
      '弹幕护体',
      '下次一定',
      '哈哈哈哈笑死我了',
      '有没有广东的 扣1',
      '名场面来了',
      '+1 +1 +1',
      '前排围观～',
    ],
  },
  'emoji-codes': {
    dev: [
      '[微笑]',
      '[捂脸][捂脸]',
      '[强][强][强]',
      '[玫瑰]',
      '[doge]',
      '[允悲]',
      '/::)',
      '[抱拳][抱拳]',
    ],
    heldout: [
      '[呲牙]',
      '[偷笑][偷笑]',
      '[赞][赞]',
      '[二哈]',
      '[流泪]',
      '[憨笑][爱心]',
      '[OK]',
      '[奸笑][奸笑][奸笑]',
    ],
  },
  'jammer-strings': {
    dev: [
      'xK9#mQ2',
      'qz7@Lp3w',
      '3f9a2c7e',
      'dGhpcyBpcw==',
      'ｑｗｅｒ７８',
      'a1b2c3d4',
      'Zr8$uT',
      'hJ4%kL9',
    ],
    heldout: [
      'Wm3!pQ8s',
      '7d1e0b9f',
      'bmV3cw==',
      'ＡＳＤ９９',
      'p0o9i8u7',
      'Gk2&yR5',
      'mN7^vB1',
      'e8r2t6y4',
    ],
  },
  'stray-symbols': {
    dev: ['※', '◆◇', '★☆★', '▲', '●●', '■□', '〓', '§'],
    heldout: ['◎', '⊙', '◇◆', '▼▼', '☆', '□■□', '∷', '¤'],
  },
  'delivery-status': {
    dev: [
      '【菜鸟驿站】您的快递已到XX驿站，取件码3-2-1108',
      '您的快件已签收，签收人：门卫。',
      '运输中：快件已到达【广州转运中心】',
      '派送中，快递员：李师傅 138****5678',
      '【顺丰速运】您的快件SF1234567890已发出',
      '已揽收 · 预计明天送达',
      '包裹正在派送途中，请保持电话畅通',
      '您的订单已出库，物流单号YT8812345678',
    ],
    heldout: [
      '快件已到达【杭州萧山分拨中心】，准备发往下一站',
      '【中通快递】您的包裹已放入丰巢柜，取件码728361',
      '物流状态：派件中 · 预计18:00前送达',
      '您购买的商品已发货，点击查看物流详情',
      '签收成功：本人签收，感谢使用韵达快递',
      '包裹异常：地址不详，请联系快递员',
      '【京东物流】配送员正在为您派件，联系电话150****2231',
      '已到达 北京顺义转运中心 2小时前',
    ],
  },
  'map-navigation': {
    dev: [
      '前方500米右转进入中山路',
      '您已偏离路线，正在为您重新规划',
      '沿当前道路继续行驶2.3公里',
      '全程12公里，预计用时25分钟',
      '前方有测速拍照，限速60',
      '在环岛第二个出口驶出',
      '步行约350米到达地铁2号线',
      '已到达目的地附近，本次导航结束',
    ],
    heldout: [
      '前方路口请靠左行驶，进入左侧两车道',
      '300米后左转，然后立即右转',
      '导航开始，全程约8.6公里，途经3个红绿灯',
      '前方拥堵，预计通过需要8分钟',
      '请在前方掉头',
      '距离目的地还有1.2公里，目的地在您右侧',
      '已为您避开收费路段',
      '继续直行800米，经过长江大桥',
    ],
  },
  'step-counts': {
    dev: [
      '今日步数：8652步',
      '微信运动：你今天走了12034步，排名第3',
      '已走6521步 · 消耗238千卡',
      '今日运动 10286步 6.8公里',
      '目标完成85%，再走1500步达成',
      '步数排行榜：你位列好友第1名',
      '本周日均步数7423步，较上周增加12%',
      '你的好友老李占领了你的封面',
    ],
    heldout: [
      '今天已走 9,318 步',
      '运动记录：步数15602 距离10.4km 热量521kcal',
      '你已连续7天达成每日一万步目标',
      '微信运动排行榜 第5名 7788步',
      '当前步数3210，今日目标8000步',
      '昨日步数 11,240 · 超过了86%的好友',
      '步数 6543 / 10000',
      '今日步行2.4公里，约3300步',
    ],
  },
};

/** What a wrong read makes of a phrase. */
const MOJIBAKE_WAYS = ['utf8-as-gbk', 'utf8-as-1252', 'gbk-replacement', 'msvc-fill'] as const;

const MOJIBAKE_PHRASES: Record<Split, readonly string[]> = {
  dev: ['大家好', '新闻发布会', '中国经济', '本报记者', '网友评论', '点击阅读原文', '今天的天气', '责任编辑'],
  heldout: ['你好世界', '文章来源', '最新消息', '市民反映', '城市建设', '图片来自网络', '记者调查', '发布时间'],
};

/** A phrase read the wrong way: UTF-8 bytes read as GBK or Windows-1252, or the fill a decoder leaves. */
function mojibakeOf(phrase: string, way: (typeof MOJIBAKE_WAYS)[number]): string {
  const utf8 = new TextEncoder().encode(phrase);
  switch (way) {
    case 'utf8-as-gbk':
      return new TextDecoder('gbk').decode(utf8);
    case 'utf8-as-1252':
      // The C1 bytes the decoder turns into invisible controls are dropped, as a browser shows them.
      return new TextDecoder('windows-1252').decode(utf8).replace(/[\u0080-\u009f]/gu, '');
    case 'gbk-replacement':
      return '锟斤拷'.repeat(Math.max(2, Math.ceil(phrase.length / 2)));
    case 'msvc-fill':
      return (phrase.length % 2 ? '烫' : '屯').repeat(phrase.length + 2);
  }
}

export function wordingsOf(cls: Class30, split: Split): string[] {
  if (cls !== 'mojibake') return [...WORDINGS[cls][split]];
  return MOJIBAKE_PHRASES[split].map((phrase, i) => mojibakeOf(phrase, MOJIBAKE_WAYS[i % MOJIBAKE_WAYS.length] as (typeof MOJIBAKE_WAYS)[number]));
}

/**
 * The writer's sentences that speak of these things on purpose (no truth: every character hidden is a defect).
 * Dev and held-out share none; placed between the writer's sentences like a sentence of the story.
 */
export const WRITERS30: Record<Split, readonly string[]> = {
  dev: [
    '欧盟的新规要求网站在使用Cookie之前必须征得用户同意，不少中小网站因此改版。',
    '记者向一款聊天机器人提问，它回答说：“作为人工智能，我无法提供医疗诊断。”',
    '受暴雨影响，多家快递公司暂停派送，部分包裹预计延迟三天送达。',
    '视频从第3分15秒开始出现明显的剪辑痕迹，专家据此认为画面被篡改过。',
    '她每天早上都会看一眼手机上的步数，坚持走满一万步已经有两年了。',
    '司机称，当时导航提示前方右转，他没有注意到路口的禁行标志。',
    '这名主播在直播间里反复喊着“上链接”，一晚上卖出了三万单。',
    '不少网站发现，越来越多的读者安装了广告拦截插件，广告收入因此大幅下滑。',
    '弹幕里满屏的“前方高能”，让这段视频在一夜之间火遍全网。',
    '他在微信里回了一个微笑的表情，对方却以为他在生气。',
    '由于编码设置错误，系统导出的文件里全是乱码，工作人员只好重新录入。',
    '这款游戏的广告以“一刀999”的夸张宣传出名，曾被监管部门点名批评。',
    '该平台称，用户收到的推送通知均经过本人授权，不会过度打扰。',
    '研究人员用大模型改写了一百篇新闻稿，再请读者分辨哪些是机器写的。',
    '文件里的星号和井号是排版软件留下的标记，印刷前需要全部删除。',
    '快递员解释说，系统显示“已签收”，是因为包裹被放进了小区的快递柜。',
    '这段字幕的时间轴整体慢了两秒，观众看得很别扭。',
    '他的手机突然弹出一条银行扣款通知，金额竟然有五千元。',
    '相关部门表示，将继续追踪此事，并及时公布调查进展。',
    '网友在评论区纷纷留言“泪目”，称这一幕让人想起了自己的父亲。',
    '在地图软件里输入目的地后，系统给出了三条备选路线，最短的一条全程十二公里。',
    '为了防止爬虫，一些网站会在正文里插入肉眼看不见的随机字符。',
    '这位老人不太会用智能手机，常常把微信运动的排行榜当成了新闻。',
    '公告中的星号标注部分为本次修订的内容，请各单位认真学习。',
  ],
  heldout: [
    '法院认定，该网站未经用户同意即写入追踪Cookie，违反了个人信息保护法。',
    '当被问到这个问题时，聊天机器人给出的回答是：“以下是我的建议，仅供参考。”',
    '双十一期间包裹量激增，不少市民反映快递迟迟没有更新物流信息。',
    '在视频的1分20秒处，可以清楚地看到嫌疑人从店里走出。',
    '运动手环显示，他那天一共走了两万多步，比平时多了一倍。',
    '出租车司机说，导航把他带进了一条正在施工的小路，只好倒车出来。',
    '带货主播在镜头前喊“家人们冲”，评论区里却有人质疑商品是假货。',
    '一些新闻网站开始弹窗提醒读者关闭广告屏蔽软件，引发了不少争议。',
    '这部老电影重新上映后，弹幕里刷满了“爷青回”。',
    '她习惯在聊天时发一个“捂脸”的表情，来缓解尴尬的气氛。',
    '打开那封邮件，标题变成了一串“锟斤拷”，显然是编码出了问题。',
    '这类页游广告往往夸大宣传，玩家下载后才发现需要大量充值。',
    '手机每隔几分钟就响一次，全是各种应用的推送消息，让他不胜其烦。',
    '他承认，这篇文章的初稿是用AI写的，之后自己又改了好几遍。',
    '程序员习惯用两个井号表示二级标题，这种写法叫作Markdown。',
    '物流信息显示包裹已经到达本市，但三天过去了仍然没有派送。',
    '字幕组的志愿者要逐句核对时间码，一集剧往往要忙到深夜。',
    '凌晨两点，他的手机收到一条短信，提醒他信用卡即将到期。',
    '更多细节仍在调查中，警方呼吁知情人士提供线索。',
    '直播结束时，屏幕上飘过一片“下次一定”，主播也笑了。',
    '导航软件提示前方拥堵，他决定绕行二环，结果多花了半个小时。',
    '这串看似随机的字母和数字，其实是一种防止盗版的水印。',
    '社区组织了一场健步走比赛，走得最多的居民一天走了三万步。',
    '文件中用方框标出的条款是新增内容，其余条款保持不变。',
  ],
};
