/**
 * Red-team generator for part B of issue 12 (session 17): polls, ads inside an article, fake reader
 * comments, recommended / related-article lists, a platform or brand + 开户/注册/代理/充值/下载 offer.
 * Written by s17-mech for s17-blocks, who writes the finders of these classes and never reads this
 * file: its wordings and shapes are unknown to the finders, so its figures are held-out ones.
 * Frozen at its first landing; a change to it is a new generator (say so, and measure both).
 *
 * Each paste is composed from parts, in many shapes and places: a line of its own (before or after a
 * paragraph), glued to a paragraph's end, after a full stop mid-paragraph, after a comma, between two
 * words. Two splits, both measuring only: held-out (Simplified) and fresh (other wordings, Traditional
 * ones among them; scripts/spam/bench-redteam-b.ts also turns half of the fresh pages Traditional).
 * The `lookalike` style is real text that looks like these classes (a story about a vote, a consumer
 * story quoting prices, readers' comments quoted by a reporter, a writer's list of sources, a story on
 * account openings and app downloads): its truth is empty, whatever is hidden there is a defect.
 * None of these strings is from QA's pages.
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage } from './inject';
import { hanWordSeams } from './word-seams';

export type RedteamSplit = 'heldout' | 'fresh';
export const REDTEAM_B_STYLES = ['poll', 'ad', 'comments', 'related', 'brand-offer', 'lookalike'] as const;
export type RedteamBStyle = (typeof REDTEAM_B_STYLES)[number];
const FAMILY: SpamFamily = 'seo';

interface Parts {
  /** A poll's question, then its options. */
  polls: [string, ...string[]][];
  pollLabels: string[];
  products: string[];
  claims: string[];
  prices: string[];
  adCalls: string[];
  /** Where a commenter writes from. */
  places: string[];
  nicks: string[];
  comments: string[];
  commentHeads: string[];
  titles: string[];
  relatedLabels: string[];
  sources: string[];
  brands: string[];
  brandKinds: string[];
  brandActs: string[];
  brandTails: string[];
}

const PARTS: Record<RedteamSplit, Parts> = {
  heldout: {
    polls: [
      ['你觉得这个规定合理吗？', '合理', '不合理', '说不清'],
      ['你会选择这种方式出行吗？', '会', '不会', '看情况'],
      ['你所在的城市房价涨了吗？', '涨了', '跌了', '没变化'],
      ['你支持这项新政吗？', '支持', '反对', '无所谓'],
      ['你每天看手机超过五小时吗？', '是', '否'],
      ['这样的做法你能接受吗？', '能接受', '不能接受', '要看具体情况'],
    ],
    pollLabels: ['【投票】', '投票：', '小调查：', '【互动】', ''],
    products: ['康泉家用净水器', '美格空气炸锅', '润颜堂祛斑霜', '金榜一对一辅导', '安居装修全包套餐', '轻体代餐奶昔', '老中医祖传膏药'],
    claims: ['七天见效', '厂家直供', '无效全额退款', '明星同款', '专家推荐', '十万家庭的选择'],
    prices: ['原价2999元，现价仅需999元', '只要59元', '每天不到一块钱', '直降500元', '买二送一', '第二件半价', '限时五折'],
    adCalls: ['名额有限，欢迎来电咨询', '点击下方立即购买', '私信小编了解详情', '到店还有好礼相送', '现在下单包邮到家', '先到先得，售完即止'],
    places: ['来自广东', '北京网友', '来自四川', '江苏南京'],
    nicks: ['清风徐来', '小桥流水', '老王在路上', '快乐的小鱼', 'Sunny_88', '用户7382916', '一只橘猫', '追梦人2019'],
    comments: ['说得太对了，支持！', '小编辛苦了', '这个必须顶一下', '我家也是这样的情况', '学到了，收藏了', '早就该这样了', '楼上说的有道理', '哈哈哈笑死我了', '写得真好，已转发'],
    commentHeads: ['网友评论', '热门评论（128）', '精彩留言', '全部评论', '读者留言区'],
    titles: ['油价下周或迎年内最大降幅', '教你三招辨别翻新手机', '这几种食物千万别空腹吃', '高铁新线路下月开通', '专家称明年楼市或将企稳', '女子网购遭遇退款诈骗', '春运火车票开售时间公布', '夏季用电高峰如何省电', '这些症状可能是缺钙'],
    relatedLabels: ['相关阅读', '看了本文的人还看了', '延伸阅读', '为您推荐', '大家都在看', '今日热点'],
    sources: ['生活头条', '财经快讯', '健康时报网', '本地资讯'],
    brands: ['博天堂', '凯旋门', '利来', '龙腾', '金樽', '宝盈', '鼎盛'],
    brandKinds: ['国际', '娱乐城', '棋牌', '体育', '彩票', '配资', ''],
    brandActs: ['开户', '开户即送88', '注册领彩金', '诚招代理', '代理日结', '充值秒到账', 'APP下载', '客户端下载注册'],
    brandTails: ['，日赚千元不是梦', '，24小时在线', '，安全稳定', '', ''],
  },
  fresh: {
    polls: [
      ['你怎麼看這件事？', '贊成', '反對', '中立'],
      ['您赞成取消公摊面积吗？', '👍 赞成', '👎 反对'],
      ['你家孩子几点睡觉？', '9点前', '10点左右', '11点以后'],
      ['你還會在實體店買衣服嗎？', '會', '不會'],
      ['年终奖你拿到了吗？', '拿到了', '还没有', '没有年终奖'],
    ],
    pollLabels: ['【調查】', '参与投票 ▶ ', '#投票# ', '（可多选）', ''],
    products: ['德仕智能马桶盖', '御膳坊月饼禮盒', '雅诗丽眼霜', '学霸网课年卡', '暖暖羽绒被', '鑫源黄金手镯'],
    claims: ['原廠正品', '工厂价直销', '月销过万', '假一赔十', '用过都说好'],
    prices: ['特價只要199', '折后仅售88元', '满300减100', '今天下单立减50元', '会员价打八折', '低至3.9折'],
    adCalls: ['有需要的朋友私聊', '歡迎諮詢', '戳下方链接抢购', '咨询热线见文末', '详情请到门店了解', '手慢无'],
    places: ['來自臺北', '广州', 'IP属地：浙江'],
    nicks: ['風中的蒲公英', '阿强', 'momo醬', '路人甲', '东北老铁', 'user_5521', '吃瓜群众'],
    comments: ['沙发！', '頂一個', '+1', '同感，太真实了', '講得好', '已经分享给家人了', '坐等后续', '感谢分享'],
    commentHeads: ['最新評論', '网友热评', '评论（56）', '留言精選'],
    titles: ['醫生提醒：冬季洗澡別太燙', '个人养老金怎么领', '兩岸三地美食大比拼', '开车遇到团雾怎么办', '年轻人为何爱上逛公园', '手机内存不够用的解决办法', '黄金价格再创新高'],
    relatedLabels: ['相關新聞', '推薦給你', '你可能错过了', '同类文章', '延伸閱讀'],
    sources: ['每日快報', '生活圈', '新聞眼'],
    brands: ['金莎', '澳博', '凱發', '尊龍', '萬博', '天博', '米樂'],
    brandKinds: ['娛樂', '體育', '真人', '电竞', ''],
    brandActs: ['開戶', '註冊', '招代理', '儲值', '下載', '官方注册送彩金', '代理加盟'],
    brandTails: ['，首存翻倍', '，提款秒到', '，信譽保證', '', ''],
  },
};

/** Real text that looks like the classes: short articles, each whole and coherent, nothing pasted. */
export const REDTEAM_B_LOOKALIKE: Record<RedteamSplit, Article[]> = {
  heldout: [
    { title: '石桥村完成村委会换届选举', paragraphs: ['12日上午，石桥村村民代表会议在村文化礼堂举行，选举产生新一届村委会。应到代表45人，实到43人。', '经过无记名投票，王建国以38票当选村委会主任，赞成票占实到人数的88%，反对票3票，弃权2票。', '镇党委相关负责人表示，此次选举程序规范，投票结果当场公布，接受村民监督。'] },
    { title: '年货市场价格调查：坚果礼盒降价明显', paragraphs: ['记者昨日走访城区多家超市发现，年货市场供应充足，部分商品价格较去年有所下降。', '在一家大型超市，某品牌坚果礼盒原价168元，现促销价128元，买两盒还可再减20元。一位正在选购的市民说，今年的价格比去年实惠。', '市场监管部门提醒，消费者购买年货时要注意查看生产日期，保留购物小票，遇到价格欺诈可拨打12315投诉。'] },
    { title: '小区加装电梯引发网友热议', paragraphs: ['本报上周刊发老旧小区加装电梯的报道后，不少读者在本报客户端留言。', '网友“老城南”留言说：“我家住六楼，父母年纪大了，盼电梯盼了好多年。”网友“一楼住户”则认为，低层住户的采光和出行也应考虑。', '还有网友建议，由社区牵头召开协商会，按楼层分摊费用。记者就此采访了市住建局，相关负责人表示正在研究补贴办法。'] },
    { title: '本地方言保护调查的资料说明', paragraphs: ['本文的调查数据主要来自以下几个方面：', '1. 市地方志办公室编写的《方言志》（2018年版）；', '2. 课题组2022年在五个乡镇进行的入户访谈记录；', '3. 省社科院发布的方言使用情况调查报告。', '课题组负责人表示，以上资料在引用时均已核对原始出处，部分访谈对象要求匿名。'] },
    { title: '前三季度新开证券账户同比增长', paragraphs: ['中国结算数据显示，今年前三季度全国新开证券账户数量同比增长约15%，其中线上开户占比超过九成。', '业内人士分析，券商手机应用下载量和注册用户数同步上升，但新用户中真正参与交易的比例并不高。', '监管部门提醒投资者，开户要认准正规机构，警惕冒充券商的所谓代理和充值返利骗局。'] },
    { title: '市民对垃圾分类满意度调查结果出炉', paragraphs: ['市统计局近日公布了一项电话调查的结果，共访问了1200名市民。', '调查显示，62%的受访者表示支持按时定点投放，25%表示不太习惯，其余受访者表示说不清。', '对于“你是否愿意参加社区志愿服务”这一问题，超过半数受访者选择了“愿意”。'] },
  ],
  fresh: [
    { title: '里長補選投票率創新低', paragraphs: ['本次里長補選於週日舉行，選務人員表示，全里選舉人約三千人，投票率不到三成。', '開票結果顯示，無黨籍候選人以512票當選，另一位候選人獲得431票。', '有居民受訪時說：「平日工作忙，很多年輕人根本不知道要補選。」'] },
    { title: '夜市攤商調漲價格 消費者有感', paragraphs: ['記者走訪市區夜市，發現不少攤位都調漲了售價。一份蚵仔煎從去年的70元漲到85元，珍珠奶茶也從50元漲到60元。', '攤商表示，食材與租金都在漲，不得不調價，但會以加量方式回饋老客人。', '消保官提醒，攤位應明確標示價格，若發現標價不實可向主管機關檢舉。'] },
    { title: '读者来信：关于社区食堂的几点意见', paragraphs: ['上期本栏刊出社区食堂的报道后，编辑部陆续收到二十多封读者来信，现选登部分内容。', '读者李阿姨来信说，食堂的饭菜清淡可口，价格也公道，希望能延长晚餐供应时间。', '读者张先生则提出，食堂排队时间太长，建议增加窗口或推出手机点餐。编辑部已将这些意见转交街道办事处。'] },
    { title: '手游充值纠纷增多 家长需留意', paragraphs: ['消费者协会日前发布的报告显示，去年涉及未成年人游戏充值的投诉比前年增加了三成。', '报告列举了几款热门游戏，它们在应用商店的下载量都超过千万，部分游戏的注册流程缺少实名验证。', '消协建议家长为孩子的手机开启支付密码，发现未成年人大额充值时，可保留证据向平台申请退款。'] },
    { title: '參考書目與延伸閱讀', paragraphs: ['本研究參考的主要文獻如下：', '一、《臺灣民間信仰研究》，1995年出版；', '二、《宗教與社會變遷》，2003年出版；', '三、作者於2019至2021年間的田野調查筆記。', '文中引用的訪談內容，均已取得受訪者同意。'] },
  ],
};

/** Where a paste stands in the host: a line of its own (after, or before, a paragraph) or inside a paragraph. */
interface Paste {
  paragraph: number;
  at: number;
  lines: string[];
  ownLine: boolean;
  before?: boolean;
}

const HAN = /\p{Script=Han}/u;

/** The paste's texts (one inline string, or a block's lines) and whether it must stand on lines of its own. */
function pasteText(style: Exclude<RedteamBStyle, 'lookalike'>, v: Parts, random: () => number): { lines: string[]; block: boolean } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const some = <T>(items: readonly T[], n: number): T[] => [...items].sort(() => random() - 0.5).slice(0, n);
  const form = random();
  switch (style) {
    case 'poll': {
      const [q, ...options] = pick(v.polls);
      const letters = ['A', 'B', 'C', 'D'];
      const label = pick(v.pollLabels);
      if (form < 0.2) return { lines: [`${label}${q}${options.map((o, i) => ` ${letters[i]}.${o}`).join('')}`], block: false };
      const bullet = pick(['○ ', '□', '◎', '']);
      if (form < 0.4) return { lines: [`${label}${q}`, ...options.map((o) => `${bullet}${o}`)], block: true };
      if (form < 0.45) {
        const shares = options.map(() => int(5, 60));
        const sum = shares.reduce((a, b) => a + b, 0);
        return { lines: [q, ...options.map((o, i) => `${o} ${'█'.repeat(Math.max(1, Math.round((shares[i] ?? 0) / 8)))} ${Math.round(((shares[i] ?? 0) * 100) / sum)}%`)], block: true };
      }
      if (form < 0.55) {
        const shares = options.map(() => int(5, 60));
        const sum = shares.reduce((a, b) => a + b, 0);
        return { lines: [`${q}${options.map((o, i) => ` ${o} ${Math.round(((shares[i] ?? 0) * 100) / sum)}%`).join('')}  已有${int(120, 9800)}人参与`], block: false };
      }
      if (form < 0.7) return { lines: [`${q}${options[0]}的请扣1，${options[1]}的请扣2，评论区见！`], block: false };
      if (form < 0.85) return { lines: [`${q}${options.map((o, i) => `${i + 1}、${o}`).join('  ')}`], block: false };
      return { lines: [pick([`投票截止时间：${int(1, 12)}月${int(1, 28)}日，快来投出你宝贵的一票！`, `${q}欢迎在下方投票，结果将在下期公布。`, `你的选择是？点击选项即可参与，已有${int(300, 5000)}人投票`])], block: false };
    }
    case 'ad': {
      const product = pick(v.products);
      if (form < 0.3) return { lines: [`${product}，${pick(v.claims)}，${pick(v.prices)}，${pick(v.adCalls)}！`], block: false };
      if (form < 0.5) return { lines: [`${pick(['【广告】', '[推广]', '广告：', ''])}${product}${pick(v.prices)}，${pick(v.adCalls)}。`], block: false };
      if (form < 0.7) return { lines: [`${product}${pick(v.prices)}，`], block: false };
      if (form < 0.85) return { lines: [product, `${pick(v.claims)} | ${pick(v.prices)}`, pick(v.adCalls)], block: true };
      return { lines: [`推荐一款好物：${product}，${pick(v.claims)}，${pick(v.adCalls)}。`], block: false };
    }
    case 'comments': {
      const head = form < 0.6 ? [pick(v.commentHeads)] : [];
      const nicks = some(v.nicks, 5);
      const line = (i: number): string => {
        const nick = nicks[i] ?? '网友';
        const c = pick(v.comments);
        const shape = random();
        if (shape < 0.3) return `${nick}：${c}`;
        if (shape < 0.5) return `${nick}：${c} 👍${int(2, 999)}`;
        if (shape < 0.65) return `${nick} ${c} 赞(${int(1, 300)})`;
        if (shape < 0.75) return `${nick} 回复 @${nicks[(i + 1) % nicks.length]}：${c}`;
        if (shape < 0.85) return `${i + 1}楼 ${nick}（${pick(v.places)}）：${c}`;
        return `${nick}\u3000${int(1, 23)}小时前\u3000${c}`;
      };
      const n = int(2, 5);
      if (form > 0.85) return { lines: [Array.from({ length: n }, (_, i) => line(i)).join('  ')], block: false };
      return { lines: [...head, ...Array.from({ length: n }, (_, i) => line(i))], block: true };
    }
    case 'related': {
      const titles = some(v.titles, int(2, 5));
      const label = pick(v.relatedLabels);
      const date = (): string => pick([`${2019 + int(0, 5)}-0${int(1, 9)}-${10 + int(0, 18)}`, `0${int(1, 9)}-${10 + int(0, 18)}`, `${int(1, 9)}天前`]);
      if (form < 0.2) return { lines: titles, block: true };
      if (form < 0.4) return { lines: [label, ...titles.map((t, i) => pick([`${i + 1}. ${t}`, `${i + 1}、${t}`, `(${i + 1}) ${t}`]))], block: true };
      if (form < 0.55) return { lines: [...(random() < 0.5 ? [`${label}：`] : []), ...titles.map((t) => `${pick(['• ', '▪ ', '→ ', '> '])}${t}`)], block: true };
      if (form < 0.7) return { lines: titles.map((t) => pick([`${t} (${date()})`, `${t}\u3000${date()}`, `${t} - ${pick(v.sources)}`, `${t}\u3000来源：${pick(v.sources)}\u3000${date()}`])), block: true };
      if (form < 0.85) return { lines: [`${random() < 0.6 ? `${label}：` : ''}${titles.join(pick([' | ', '／', '  ', ' · ']))}`], block: false };
      return { lines: [`${random() < 0.5 ? `${label}：` : ''}${titles.map((t) => `《${t}》`).join('')}`], block: false };
    }
    case 'brand-offer': {
      const parts = [pick(v.brands), pick(v.brandKinds), pick(v.brandActs)].filter((s) => s.length > 0);
      const offer = parts.join('');
      if (form < 0.4) return { lines: [offer], block: false };
      if (form < 0.7) return { lines: [`${offer}${pick(v.brandTails)}！`], block: false };
      if (form < 0.8) return { lines: [`【${pick(v.brands)}${pick(v.brandKinds)}】${pick(v.brandActs)}${pick(v.brandTails)}`], block: false };
      if (form < 0.9) return { lines: [`认准${pick(v.brands)}${pick(v.brandKinds)}，${pick(v.brandActs)}${pick(v.brandTails)}。`], block: false };
      return { lines: [parts.join(' ')], block: false };
    }
  }
}

/** A spot for an inline paste: a paragraph's end, after a full stop inside it, after a comma, or between two words. */
function inlineSpot(text: string, random: () => number, segment: (text: string) => string[]): number | null {
  const where = random();
  if (where < 0.35) return text.length;
  let spots: number[];
  if (where < 0.7) spots = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
  else if (where < 0.9) spots = [...text.matchAll(/，/gu)].map((m) => m.index + 1).filter((i) => HAN.test(text.charAt(i)));
  else spots = hanWordSeams(text, segment(text));
  return spots.length ? (spots[Math.floor(random() * spots.length)] ?? null) : null;
}

/** One page: `article` with one to three pastes of `style` (`lookalike`: `article` as written, nothing pasted). */
export function redteamBPage(article: Article, style: RedteamBStyle, split: RedteamSplit, random: () => number, segment: (text: string) => string[]): InjectedPage {
  const page: InjectedPage = { title: article.title, paragraphs: [], truth: [], styles: [], links: [], families: [] };
  if (style === 'lookalike') return { ...page, paragraphs: [...article.paragraphs], truth: article.paragraphs.map(() => []), styles: article.paragraphs.map(() => []), links: article.paragraphs.map(() => []) };
  const v = PARTS[split];
  const paragraphs = article.paragraphs;
  const pastes: Paste[] = [];
  const count = 1 + Math.floor(random() * 3);
  // Spots are drawn until the pastes are placed (a paragraph may have no comma, two pastes one spot).
  for (let n = 0, tries = 0; n < count && tries < 20; tries++) {
    const { lines, block } = pasteText(style, v, random);
    const p = Math.floor(random() * paragraphs.length);
    const where = random();
    if (block || where < 0.35) {
      pastes.push({ paragraph: p, at: 0, lines, ownLine: true, before: where < 0.1 });
      n++;
      continue;
    }
    const at = inlineSpot(paragraphs[p] ?? '', random, segment);
    if (at === null || pastes.some((x) => !x.ownLine && x.paragraph === p && x.at === at)) continue;
    pastes.push({ paragraph: p, at, lines, ownLine: false });
    n++;
  }
  page.families = pastes.length ? [FAMILY] : [];
  const ownLine = (line: string): void => {
    page.paragraphs.push(line);
    page.truth.push([[0, line.length, FAMILY]]);
    page.styles.push([style]);
    page.links.push([]);
  };
  paragraphs.forEach((original, p) => {
    for (const x of pastes.filter((x) => x.paragraph === p && x.ownLine && x.before)) x.lines.forEach(ownLine);
    let text = '';
    let from = 0;
    const spans: [number, number, SpamFamily][] = [];
    for (const x of pastes.filter((x) => x.paragraph === p && !x.ownLine).sort((a, b) => a.at - b.at)) {
      text += original.slice(from, x.at);
      from = x.at;
      const pasted = x.lines.join('');
      spans.push([text.length, text.length + pasted.length, FAMILY]);
      text += pasted;
    }
    text += original.slice(from);
    page.paragraphs.push(text);
    page.truth.push(spans);
    page.styles.push(spans.map(() => style));
    page.links.push([]);
    for (const x of pastes.filter((x) => x.paragraph === p && x.ownLine && !x.before)) x.lines.forEach(ownLine);
  });
  return page;
}
