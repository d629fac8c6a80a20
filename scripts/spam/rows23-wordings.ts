/**
 * Wordings of session 23's row generator (./rows23-styles.ts), written from each class's nature before
 * any finder's word list was read, and frozen: the `heldout` pool is measured only, never tuned on.
 * The two pools share no template; slots give each template many surface forms.
 *
 * What each class says to the reader, and so what it is made of:
 * - betting: a game or draw, odds or a bonus, a call to register or bet (brand, numbers, arrows).
 * - readtime: how long the page takes to read: a duration, often a character count.
 * - imgnote: where a picture came from: an agency or a name after a credit word, or a takedown line.
 * - seo: what other people searched: the headline's word with query tails, set apart by separators.
 * - app: open or download the site's app: an app name and a verb of downloading, installing, opening.
 * - notice: the site's disclaimer or copyright line: views not ours, infringement deleted, no reprint.
 * - pager: page numbers and previous/next words.
 * - counter: how many read, liked, commented: a count word and a number, often several.
 * - bait: asks the reader to like, share, follow, comment.
 * - tagline: a tag label and a list of the page's keywords.
 * - hashtag: the page's words between hash marks.
 *
 * Slots: {T} the headline's main word, {C} a city, {S} a separator, {SITE} a site, {APP} an app,
 * {AG} a picture agency, {NAME} a person, {TEAM} a team, {n} 2–15, {m} 1–9, {k} 12–9999,
 * {kc} a count with a thousands comma, {w} a count in 万, {q} a draw number, {b} a two-digit ball.
 */
export type Rows23Split = 'dev' | 'heldout';
export const ROWS23_CLASSES = ['betting', 'readtime', 'imgnote', 'seo', 'app', 'notice', 'pager', 'counter', 'bait', 'tagline', 'hashtag'] as const;
export type Rows23Class = (typeof ROWS23_CLASSES)[number];

export interface Rows23Pools {
  rows: Record<Rows23Class, string[]>;
  /** The writer's own sentences like the rows: a lottery win, a photographer's credit, a reading study, an app launch, a correction… */
  lookalikes: string[];
  separators: string[];
  sites: string[];
  apps: string[];
  agencies: string[];
  names: string[];
  teams: string[];
  cities: string[];
}

export const ROWS23_POOLS: Record<Rows23Split, Rows23Pools> = {
  dev: {
    rows: {
      betting: [
        '体育投注{S}首存{k}送{n}8{S}秒到账',
        '双色球第{q}期开奖结果{S}红球 {b} {b} {b} {b} {b} {b}{S}蓝球 {b}',
        '{SITE}娱乐城 官方直营 注册即送{n}元',
        '时时彩计划{S}稳定盈利{S}免费加群',
        '足彩推荐：今晚{TEAM}vs{TEAM} 让球胜 赔率{m}.{b}',
        '百家乐 龙虎斗 牛牛 真人在线',
        '六合彩资料大全 精准一肖一码',
        '电竞竞猜 LOL赛事下注 返水{m}%',
        'pk10开奖直播 {q}期 走势图',
      ],
      readtime: [
        '阅读时间约{n}分钟',
        '本文约{kc}字，预计阅读{n}分钟',
        '全文共{kc}字{S}阅读约需{n}分钟',
        '预计阅读时长：{n} min',
        '⏱ {n}分钟读完',
        '阅读本文大约需要{n}分钟',
        '字数：{kc}{S}阅读：{n}分钟',
        '建议阅读时长 {n} 分钟',
      ],
      imgnote: [
        '图片来源：{AG}',
        '（图源网络，侵删）',
        '图｜{NAME}',
        '摄影：{NAME}',
        '配图来自网络，与本文无关',
        '（资料图片）',
        '封面图：{AG}',
        '▲图片由受访者提供',
        '图文无关',
      ],
      seo: [
        '相关搜索：{T}价格{S}{T}哪家好{S}{T}怎么样',
        '热门关键词：{C}{T} {T}排行榜 {T}推荐',
        '大家还在搜：{T}图片 {T}视频 {T}最新消息',
        '你可能感兴趣：{T}官网 {T}下载',
        '{T} {T}是什么 {T}多少钱一个',
        '猜你想搜 {T}攻略 {C}{T}',
        '相关推荐：{T}资讯 {T}大全',
        '搜索热词 {T}新闻 {T}今日',
      ],
      app: [
        '下载{APP}APP，看更多精彩内容',
        '打开{APP}客户端，阅读全文',
        '扫码下载{APP}，第一时间获取资讯',
        '{APP}APP内打开 >',
        '安装{APP}，新闻早知道',
        '点击下载{APP}，领{n}元红包',
        '戳这里下载APP ▶',
        '用{APP}看，更流畅',
      ],
      notice: [
        '免责声明：本文仅代表作者个人观点，与本站无关',
        '本站部分内容来源于网络，如有侵权请联系删除',
        '版权所有，未经授权不得转载',
        '声明：以上内容不构成投资建议',
        '转载请注明出处',
        '本文由{SITE}整理发布，仅供参考',
        '特别提示：文中信息仅供读者参考，据此操作风险自担',
        '【温馨提示】本站不对内容真实性负责',
      ],
      pager: [
        '上一页 1 2 3 下一页',
        '第{m}页 / 共{n}页',
        '首页 上一页 [1] [2] [3] 下一页 尾页',
        '« 上一页｜下一页 »',
        '1 2 3 4 5 ... {n} >',
        '共{n}页 当前第{m}页',
        '下一页 >>',
        '< 返回列表',
      ],
      counter: [
        '阅读 {w}{S}评论 {k}{S}点赞 {k}',
        '浏览量：{kc}',
        '已有{w}人阅读',
        '👍 {k}  💬 {k}',
        '播放 {w}次',
        '{k}人看过',
        '阅读数 {kc} 点赞数 {k}',
        '热度 {k}',
      ],
      bait: [
        '觉得有用就点个赞吧！',
        '喜欢本文请转发给身边的朋友',
        '点击右上角关注我们，每天推送好文',
        '看完记得点个在看哦',
        '你怎么看？欢迎在评论区留言讨论',
        '关注我，带你了解更多{T}知识',
        '转发给需要的人，功德无量',
        '点赞过万，下期继续更新',
      ],
      tagline: [
        '标签：{T}{S}{C}{S}新闻',
        '关键词：{T}；{C}；资讯',
        '本文标签 | {T} | {C}',
        'Tags: {T}, {C}',
        '相关标签 {T} {C} 热点',
        '分类：社会新闻  标签：{T}',
        '关键字 {T}、{C}',
        'TAG：{T}/{C}',
      ],
      hashtag: [
        '#{T}# #{C}#',
        '#{T} #{C} #热点',
        '【#{T}#】',
        '#{C}新闻# #{T}#',
        '话题：#{T}#',
        '#今日{T}#',
        '#{T}##{C}#',
        '#{T} #新闻',
      ],
    },
    lookalikes: [
      '福彩中心工作人员介绍，这位彩民购买的是一注10元的复式票，一举命中一等奖。',
      '调查显示，成年人每天平均阅读时间约为21分钟，比五年前略有增加。',
      '这张照片由摄影记者张伟在凌晨四点拍下，后来获得了年度新闻摄影奖。',
      '这款应用上线三个月，下载量已突破200万次，开发团队只有十几个人。',
      '本报昨日报道中一处数据有误，特此更正并向读者致歉。',
      '在搜索引擎上，“春节车票”成为这周的热门关键词。',
      '该视频播放量超过300万次，点赞数达到12万。',
      '报告第23页写明，这笔资金必须专款专用。',
      '他在微博上发起了#寻找失散亲人#话题，引来数万网友转发。',
      '博物馆给每件展品都贴上了标签，写明年代和出处。',
      '合同里写有“本公司不承担任何责任”的免责条款，法院认定无效。',
      '不少网友在评论区留言，为这位老人点赞。',
    ],
    separators: [' ', ' | ', '｜', ' · ', '　', '/'],
    sites: ['今日快讯', '南方资讯网', '掌上头条', '看点日报'],
    apps: ['快看新闻', '头条速递', '资讯宝'],
    agencies: ['视觉中国', 'IC photo', '东方IC', '新华社'],
    names: ['张伟', '李娜', '王磊'],
    teams: ['曼城', '皇马', '拜仁', '国安'],
    cities: ['成都', '杭州', '台中', '武汉'],
  },
  heldout: {
    rows: {
      betting: [
        '快三开奖｜第{q}期 {m} {m} {m} 和值{n}',
        '足球即时比分 亚盘 大小球 全场盘口',
        '新用户注册领{k}元彩金，首提无门槛',
        '大乐透第{q}期 前区 {b} {b} {b} {b} {b} 后区 {b} {b}',
        '{T}竞猜火热进行中 押中即赔{m}倍',
        '线上老虎机 电子游艺 每日返利',
        '今晚{TEAM}对{TEAM} 独家单场推荐 稳胆',
        '彩票APP 手机购彩 中奖秒派',
        '德州扑克 在线棋牌 上分下分 24h',
      ],
      readtime: [
        '全文{kc}字，阅读约{n}分钟',
        '📖 阅读需 {n} 分钟',
        '本文共计{kc}字 建议阅读{n}分钟',
        '阅读大约需要 {n} 分钟',
        '预计阅读{n}分钟{S}共{kc}字',
        '约{n}分钟读完全文',
        '阅读时长｜{n}分钟',
        '文章字数{kc}，读完约需{n}分',
        '{n} 分钟阅读',
      ],
      imgnote: [
        '（图片来自网络，如有侵权请联系删除）',
        '图源：{AG}',
        '▲ 图为资料图',
        '摄/{NAME}',
        '题图来自{AG}',
        '（本文配图均来自网络）',
        '图片｜{AG}',
        '插图：{NAME} 绘',
        '图文来源于网络',
      ],
      seo: [
        '其他人还搜了：{T}排名 {T}报价 {T}厂家',
        '热搜词 {T}视频大全 {C}{T}在哪',
        '相关词条：{T}、{T}官网、{T}加盟',
        '{T}怎么选 {T}哪个牌子好 {T}推荐2026',
        '关联搜索｜{T}口碑｜{T}评测',
        '延伸阅读关键字：{T} {C}',
        '网友都在搜：{T}最新价格',
        '精选搜索 {T}教程 {T}图解 {T}技巧',
      ],
      app: [
        '前往{APP}APP查看更多 〉',
        '在{APP}客户端中阅读，体验更佳',
        '立即下载{APP}，海量资讯随心看',
        '{APP} - 安装领现金',
        '去App里看高清大图',
        '长按识别二维码 下载{APP}',
        '升级{APP}最新版，解锁全部内容',
        '来{APP}，和{w}人一起聊',
      ],
      notice: [
        '郑重声明：文章观点不代表本平台立场',
        '文章来源网络，侵权即删',
        '未经许可，禁止转载或镜像',
        '风险提示：市场有风险，投资需谨慎',
        '本内容为{SITE}原创，转发请保留出处',
        '以上信息仅供参考，具体以官方公布为准',
        '（本站所刊内容均由网友上传，本站不承担相关责任）',
        '声明｜图文整理自互联网，若有不妥请告知',
      ],
      pager: [
        '〈 1 2 3 4 〉',
        '页码：{m}/{n}',
        '上页 | 下页',
        '第 {m} 页，共 {n} 页',
        '首页 前一页 后一页 末页',
        '【1】【2】【3】下一页',
        '查看下一页 ›',
        '({m}/{n})',
      ],
      counter: [
        '浏览 {kc} 次',
        '{w}阅读 · {k}评论',
        '收藏 {k}｜分享 {k}',
        '❤ {k} 💬 {k} ↗ {k}',
        '累计阅读{w}+',
        '人气：{kc}',
        '围观 {k} 人',
        '阅读量{kc} 在看{k}',
      ],
      bait: [
        '动动手指点个关注，不迷路',
        '对此你有什么看法？评论区聊聊吧',
        '如果本文对你有帮助，请分享给更多人',
        '一键三连支持一下～',
        '收藏起来，以后用得上',
        '关注本号，{T}资讯抢先看',
        '你身边有这样的人吗？留言告诉我们',
        '别忘了点亮小红心',
      ],
      tagline: [
        '文章标签：{T} {C} 时事',
        '话题标签｜{T}｜{C}',
        '本文关键词：{T}，{C}',
        '标签 > {T} > {C}',
        '所属专题：{T}  标签：{C}',
        'tag: {T} · {C}',
        '热门标签 {T} {C} 民生',
        '【标签】{T}  {C}',
      ],
      hashtag: [
        '#{T}话题# #{C}热点#',
        '＃{T}＃',
        '#{C} #{T} #民生',
        '#{T}最新进展#',
        '参与话题 #{T}#',
        '#{T}# #关注{C}#',
        '# {T} #',
        '#每日{T}# #{C}日报#',
      ],
    },
    lookalikes: [
      '记者从省体彩中心获悉，一位市民守号多年，上周终于中得头奖。',
      '研究人员发现，学生每天的课外阅读时间平均只有18分钟。',
      '获奖作品由摄影师陈晓拍摄，画面中是一群归巢的候鸟。',
      '这家公司上月推出的手机应用，目前注册用户已超过50万。',
      '本刊上期第12版刊发的文章中，作者姓名有误，特此更正。',
      '数据显示，“电动车充电”在本地的搜索量一个月内翻了一番。',
      '这条帖子的阅读量很快过了十万，评论有三千多条。',
      '这本书共有386页，作者写了整整四年。',
      '当晚，#城市夜跑#的话题冲上了热搜榜第一。',
      '超市的价格标签被人调换过，店长已经报警。',
      '页面底部的免责声明字很小，很多消费者根本没注意到。',
      '她把这篇文章转发给了家里的老人，提醒他们注意防骗。',
    ],
    separators: [' ', ' | ', '｜', ' · ', '　', ' / ', ' - '],
    sites: ['新闻早知道', '东方热点网', '指尖新闻', '百姓资讯'],
    apps: ['趣读', '天天看点', '知闻'],
    agencies: ['图虫创意', '千图网', 'Pexels', '全景网'],
    names: ['周浩', '陈晓', '刘洋'],
    teams: ['利物浦', '巴萨', '尤文', '申花'],
    cities: ['南宁', '厦门', '高雄', '济南'],
  },
};
