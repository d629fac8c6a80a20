/**
 * Session 29 (s29-precision), written and frozen before any finder changed: short pages where a
 * site's or a seller's line was pasted glued into the writer's clause — no mark of its own between
 * it and the writer's words after it (or before it) — so a finder that reads "to the clause's end"
 * or "back to the clause's start" takes the writer's words with the paste. Every wording is written
 * here, for no finder; none is taken from a generator's pool. `⟦…⟧` marks the paste; every other
 * character is the writer's and must never be hidden.
 *
 * Read by ./bench-glued29.ts. The shapes were named by tracing session 28's seams28 and once28
 * pools (which finder takes the writer's words past a paste); the wordings are new.
 */
export interface Glued29Page {
  title: string;
  /** Paragraphs; a paste is marked ⟦…⟧ (taken out before the page is read). */
  paragraphs: string[];
}

export const GLUED29_PAGES: readonly Glued29Page[] = [
  // Disclaimers glued before the writer's next words (no mark between).
  {
    title: '老旧小区排水管网改造完工',
    paragraphs: ['今年春天，街道对辖区内三个老旧小区的排水管网进行了改造，共更换⟦投资有风险，据此操作风险自担⟧雨污管道两千多米。', '居民张女士说，以前一下大雨楼道口就积水，现在好多了。'],
  },
  {
    title: '本市新增三条公交线路',
    paragraphs: ['新线路开通后，从火车站到大学城只需换乘一次，⟦本文仅代表作者观点，与本站无关⟧单程时间缩短了二十分钟左右。', '公交集团表示，后续还将根据客流调整发车间隔。'],
  },
  {
    title: '果农借直播卖出滞销苹果',
    paragraphs: ['村里的苹果去年一度滞销，⟦文中信息仅供参考，不构成任何建议⟧后来几个年轻人开起了直播，两周卖出五万多斤。', '如今，直播已成为村里果农的日常。'],
  },
  {
    title: '社区食堂开到家门口',
    paragraphs: ['社区食堂每天供应两荤两素，⟦图片来源于网络，如有侵权请联系删除⟧老人凭卡就餐还能再打九折。', '不少子女说，父母吃饭的事总算不用太操心了。'],
  },
  // Sellers' and lenders' lines glued into the middle of a clause.
  {
    title: '城区新建两处口袋公园',
    paragraphs: ['两处口袋公园均利用街角闲置地块建成，园内栽种了⟦急用钱找我们，凭身份证当天放款⟧银杏和海棠等树木。', '附近居民说，傍晚来散步的人越来越多。'],
  },
  {
    title: '夜市里的手艺人',
    paragraphs: ['老周在夜市摆摊修鞋已经二十年了，⟦扫码领取优惠券，满99元立减30元⟧他的摊位总是排着队。', '他说，只要还干得动，就会一直摆下去。'],
  },
  {
    title: '县医院开通远程会诊',
    paragraphs: ['远程会诊开通以来，县医院已经为⟦加客服微信，免费领取体检套餐⟧四百多名患者联系了省城专家。', '医院还计划把这项服务延伸到乡镇卫生院。'],
  },
  {
    title: '高速服务区增设充电桩',
    paragraphs: ['节假日期间，高速公路服务区的充电桩常常要排队，⟦点击下方链接，注册即送88元红包⟧今年新增的四十个快充桩缓解了不少压力。', '管理部门提醒车主提前规划充电时间。'],
  },
  // Consent banners and paywalls glued inside a writer's clause, the writer's words around them.
  {
    title: '古镇修缮后重新开放',
    paragraphs: ['修缮工程持续了两年，不少老宅的⟦本站使用Cookie以提升您的浏览体验，继续浏览即表示您同意⟧木结构得到了加固。', '古镇管委会介绍，开放首日接待游客一万余人次。'],
  },
  {
    title: '学校食堂推行明厨亮灶',
    paragraphs: ['家长可以通过手机查看后厨画面，⟦开通会员即可阅读全文，首月仅需9元⟧也可以随时到食堂陪餐。', '学校表示，这一做法得到了大多数家长的认可。'],
  },
  {
    title: '湿地公园观鸟季开启',
    paragraphs: ['每年这个时候，湿地里都能看到成群的⟦剩余内容需登录后查看⟧白鹭和苍鹭。', '观鸟爱好者李先生已经连续来了五年。'],
  },
  {
    title: '旧厂房变身文创园',
    paragraphs: ['这片厂房闲置了十多年，改造后⟦我们重视您的隐私，请阅读《隐私政策》后点击同意⟧入驻了三十多家设计工作室。', '园区负责人说，周末还会举办市集。'],
  },
  // Widget rows (a rating, a count) glued after the first character of the writer's word.
  {
    title: '山区孩子的图书角',
    paragraphs: ['志愿者把募集来的书送到大⟦推荐指数：★★★★☆⟧山深处的小学，孩子们第一次有了自己的图书角。', '校长说，孩子们最爱看的是科普书。'],
  },
  {
    title: '菜市场改造后更干净了',
    paragraphs: ['改造后的菜市场统一了摊位和⟦阅读 3.2万 点赞 856⟧标价牌，地面也不再湿滑。', '摊主们说，生意比以前好做了。'],
  },
  {
    title: '社区开设老年人智能手机课',
    paragraphs: ['课堂上，老人们学着用手机挂号、⟦本文评分：★★★★★ 4.8分⟧缴费和视频通话。', '一位七十多岁的学员说，现在能自己给孙子打视频了。'],
  },
  // App and platform lines glued before the writer's last words of a paragraph.
  {
    title: '小镇举办农民丰收节',
    paragraphs: ['丰收节当天，各村带来了自家的特产，现场人气很旺。', '活动持续了三天，⟦打开APP查看更多精彩内容⟧吸引了周边县市的不少游客。（记者 陈晓东 实习生 刘敏）'],
  },
  {
    title: '河道清淤工程完工',
    paragraphs: ['清淤工程从去年冬天开始，共清理淤泥四万多立方米。', '据介绍，这段河道⟦☆☆☆☆☆ 为本文打分⟧此前已有十多年没有清淤。（通讯员 王芳）'],
  },
  {
    title: '图书馆推出夜间自习室',
    paragraphs: ['夜间自习室开放到晚上十点，⟦您有2本图书即将到期，请及时续借⟧周末的座位常常一早就被约满。', '图书馆表示，下一步会增加座位数量。'],
  },
  {
    title: '老街的最后一家照相馆',
    paragraphs: ['照相馆开了四十年，墙上还挂着⟦下载客户端，领取会员福利⟧老主顾们年轻时的合影。', '店主说，来拍证件照的人少了，来拍全家福的人反倒多了。'],
  },
  // Writer's questions and short clauses right before a paste (the paste's run must not take them).
  {
    title: '城中村的出租屋调查',
    paragraphs: ['这样的房子真的能住人吗？⟦输入手机号查询征信报告，三分钟出结果⟧记者走进几间出租屋，发现屋里阴暗潮湿。', '不少租户表示，主要是图房租便宜。'],
  },
  {
    title: '垃圾分类试行计量收费',
    paragraphs: ['按照新办法，可回收物交投⟦免费领取环保袋，关注公众号即可参与⟧不收费，其他垃圾则按桶计费。', '街道表示，试行期为半年。'],
  },
  {
    title: '社区卫生服务站延长服务时间',
    paragraphs: ['以前下班后想量个血压都没地方去？⟦有故事？欢迎投稿，稿费当天结算⟧现在服务站每天开到晚上八点。', '工作人员说，晚上来的大多是上班族。'],
  },
  // Pastes inside a speaker's quotation, the speaker's words after them.
  {
    title: '外卖骑手的一天',
    paragraphs: ['骑手小王说：“最忙的时候一天要跑⟦点击关注，每天推送精彩好文⟧六十多单，午饭经常顾不上吃。”', '他希望平台能把配送时间定得更合理一些。'],
  },
  {
    title: '农村寄递物流进村入户',
    paragraphs: ['村民刘大姐说：“以前取个快递要跑⟦声明：本文转载自网络，版权归原作者所有⟧十几里路，现在在村口超市就能取。”', '目前，全县已建成村级寄递服务站一百多个。'],
  },
];
