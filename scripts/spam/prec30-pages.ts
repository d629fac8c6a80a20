/**
 * Session 30 (s30-precision), written and frozen before any finder changed: short pages of the shapes
 * the never-seen sets QA29/GATE29 hid the writer's words on (named by the lead by shape only):
 *
 * - `quote`: a follow call (关注 + an account name) pasted inside a speaker's quotation, the speaker's
 *   words going on after it with no mark between;
 * - `hashtag`: a hashtag with no closing mark (#話題, Taiwan style) glued before the writer's next word;
 * - `credit`: the site's own credit line (来源/编辑/责任编辑 fields) standing outside the story text —
 *   the site's, not pasted: it may be marked, never hidden (no ⟦⟧ on those pages).
 *
 * Every wording is written here, for no finder. `⟦…⟧` marks the paste; every other character is the
 * writer's (or the site's own line) and must never be hidden. Each shape has a `dev` half (read while
 * changing a finder) and a `held` half (not read before the change; only its count was run).
 * Read by ./bench-prec30.ts.
 */
export interface Prec30Page {
  shape: 'quote' | 'hashtag' | 'credit';
  half: 'dev' | 'held';
  title: string;
  /** Paragraphs; a paste is marked ⟦…⟧ (taken out before the page is read). */
  paragraphs: string[];
}

export const PREC30_PAGES: readonly Prec30Page[] = [
  // --- quote, dev ---
  {
    shape: 'quote',
    half: 'dev',
    title: '老街道路完成改造',
    paragraphs: ['改造后的老街路面平整了许多。', '开了二十年杂货店的李师傅说：“⟦关注微信公众号城事速递⟧这条路修好以后，我们进货方便多了。”', '街道办表示，下一步将整治沿街店招。'],
  },
  {
    shape: 'quote',
    half: 'dev',
    title: '社区开设老年食堂',
    paragraphs: ['社区老年食堂本月开张。', '“今年的菜价比去年稳，⟦欢迎关注抖音号乡村小陈⟧我们尽量让老人吃得起，”食堂负责人说。', '目前每天就餐的老人有八十多位。'],
  },
  {
    shape: 'quote',
    half: 'dev',
    title: '果园迎来采摘季',
    paragraphs: ['连日晴好，果园里的桃子陆续成熟。', '果农赵大姐说：“⟦长按识别二维码关注@果乡生活⟧今年雨水少，桃子特别甜，城里来摘的人也多。”', '预计采摘季将持续到八月底。'],
  },
  {
    shape: 'quote',
    half: 'dev',
    title: '图书馆延长开放时间',
    paragraphs: ['市图书馆从下周起延长开放时间。', '馆长表示：“很多读者下班后才有空，⟦记得关注我们的公众号文化江城⟧所以我们决定晚上开到九点。”', '周末的开放时间不变。'],
  },
  // --- quote, held ---
  {
    shape: 'quote',
    half: 'held',
    title: '渔港休渔期开始',
    paragraphs: ['五月一日起，渔港进入休渔期。', '老渔民陈伯说：“⟦关注视频号海边阿强⟧休渔是为了让鱼长大，大家心里都明白。”', '休渔期间，渔船将集中停泊检修。'],
  },
  {
    shape: 'quote',
    half: 'held',
    title: '夜校课程报名火爆',
    paragraphs: ['今年的夜校课程一放出就被抢空。', '“我报了书法和烘焙，⟦点击关注小红书号城市漫游指南⟧下班后学点东西挺充实的，”学员小周说。', '主办方表示将增开班次。'],
  },
  {
    shape: 'quote',
    half: 'held',
    title: '山区学校新建操场',
    paragraphs: ['山区小学的新操场日前投入使用。', '校长笑着说：“⟦关注公众号：教育前沿观察⟧孩子们终于能在塑胶跑道上跑步了。”', '新操场由社会捐资建成。'],
  },
  {
    shape: 'quote',
    half: 'held',
    title: '菜市场改造后人气回升',
    paragraphs: ['改造后的菜市场干净明亮。', '摊主刘阿姨说：“以前下雨天地上全是水，⟦关注微博@本地美食君⟧现在顾客愿意来了，生意也好了。”', '市场还增设了公平秤。'],
  },
  // --- hashtag, dev ---
  {
    shape: 'hashtag',
    half: 'dev',
    title: '高雄暑假遊客增加',
    paragraphs: ['暑假期間，高雄各大景點人潮明顯增加。', '市府觀光局表示，⟦#高雄旅遊⟧今年七月的旅客人數比去年同期多了兩成。', '業者也推出多項優惠活動。'],
  },
  {
    shape: 'hashtag',
    half: 'dev',
    title: '台南老店迎來排隊人潮',
    paragraphs: ['一家經營五十年的台南小吃店，最近天天大排長龍。', '店主說，⟦#台南美食⟧很多年輕人是看了網路影片特地來的。', '他打算明年開第二家店。'],
  },
  {
    shape: 'hashtag',
    half: 'dev',
    title: '颱風過後農損統計',
    paragraphs: ['颱風過境後，農政單位展開農損調查。', '初步統計顯示⟦#颱風動態⟧香蕉和木瓜受損最嚴重。', '農委會將啟動救助措施。'],
  },
  {
    shape: 'hashtag',
    half: 'dev',
    title: '社区跑团周末开跑',
    paragraphs: ['每逢周末，社区跑团都会在河边集合。', '跑团发起人说，⟦#城市夜跑⟧参加的人从最初的五个增加到了六十多个。', '跑团还定期组织公益活动。'],
  },
  // --- hashtag, held ---
  {
    shape: 'hashtag',
    half: 'held',
    title: '花蓮賞鯨季開跑',
    paragraphs: ['花蓮賞鯨季正式開跑，船班幾乎天天客滿。', '業者指出，⟦#花蓮景點⟧今年目擊鯨豚的機率超過九成。', '海巡署提醒遊客注意安全。'],
  },
  {
    shape: 'hashtag',
    half: 'held',
    title: '夜市攤商改用環保餐具',
    paragraphs: ['不少夜市攤商開始改用環保餐具。', '自治會會長表示⟦#減塑生活⟧顧客自備餐具還能折抵五元。', '市府將補助部分費用。'],
  },
  {
    shape: 'hashtag',
    half: 'held',
    title: '新竹科技業徵才',
    paragraphs: ['新竹科學園區多家企業近日擴大徵才。', '人力銀行分析，⟦#求職季⟧工程師的起薪比三年前高出一成。', '專家建議求職者提早準備。'],
  },
  {
    shape: 'hashtag',
    half: 'held',
    title: '老旧小区加装电梯',
    paragraphs: ['今年全区计划为四十栋老楼加装电梯。', '住在六楼的王大爷说，⟦#民生关注⟧电梯装好以后他每天都下楼遛弯。', '工程预计年底前全部完工。'],
  },
  // --- credit, dev (the site's own line, outside the story: never hidden) ---
  {
    shape: 'credit',
    half: 'dev',
    title: '全市中小学下周开学',
    paragraphs: ['来源：江城日报 编辑：李明 责任编辑：王芳', '全市中小学将于下周一正式开学。', '教育局提醒家长提前调整孩子的作息。'],
  },
  {
    shape: 'credit',
    half: 'dev',
    title: '地铁三号线试运行',
    paragraphs: ['地铁三号线今天开始试运行，沿途设站十八座。', '试运行期间不载客。', '来源：新华社｜编辑：陈晓 审核：周海'],
  },
  {
    shape: 'credit',
    half: 'dev',
    title: '中秋連假交通疏導',
    paragraphs: ['中秋連假將至，公路局公布疏導措施。', '國道將實施高乘載管制。', '來源：中央社 編輯：林志明'],
  },
  // --- credit, held ---
  {
    shape: 'credit',
    half: 'held',
    title: '春季植树活动启动',
    paragraphs: ['全市春季义务植树活动今天启动。', '今年计划新增绿地三百亩。', '责任编辑：赵磊 来源：本报综合'],
  },
  {
    shape: 'credit',
    half: 'held',
    title: '港口货物吞吐量创新高',
    paragraphs: ['来源：经济参考 | 作者：孙伟 | 编辑：刘洋', '上半年港口货物吞吐量同比增长百分之八。', '集装箱业务增长最快。'],
  },
  {
    shape: 'credit',
    half: 'held',
    title: '颱風外圍環流帶來豪雨',
    paragraphs: ['受颱風外圍環流影響，北部山區出現豪雨。', '氣象署發布豪雨特報。', '資料來源：氣象署　編輯：黃怡婷　責任編輯：吳建宏'],
  },
];
