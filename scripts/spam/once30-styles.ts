/**
 * One piece pasted once, on a page that also carries one of the writer's own digressions (session 30,
 * issue 12). Written because once28's held-out has been read (session 29): every wording here is new,
 * dev and held-out apart, and the held-out split was frozen (committed) before the once-run finder
 * was changed or retrained.
 *
 * What the never-seen pages showed (QA29, GATE29: the once class 0 hidden, 3–6% marked): the pasted
 * sentence is often **news-register text of another story** — a weather warning, an accident, a
 * figure of trade — not a chatty line, set inside or between the writer's sentences with no seam
 * mark. So two classes:
 * - `news`: a sentence of another story in a reporter's register, written here (not the corpus's);
 * - `chat`: a chatty line of someone's life, written here.
 * Places: `inside` (glued at a word boundary, no mark of its own), `comma` (closed by a comma),
 * `between` (after a stop, the paragraph going on), `end` (after a paragraph's last stop), `own`
 * (a paragraph of its own, never the first).
 *
 * The look-alikes are the writer's, on every page: one **digression** written here (a scene, a
 * policy, a background fact, an earlier event, a bystander, a first-person aside, a saying) set
 * between two sentences, at a paragraph's head or end, or as a paragraph of its own. Digressions
 * lean on nothing and echo none of the page's pairs by design: the cost a once-finder pays.
 *
 * Hosts: ./reported-styles.ts's split (hand-written short articles and the corpus's half with 150+
 * Han). Two pages per class per host, the places cycling; every third page Traditional. Dev seed 301
 * is for building; held-out seed 303 is measured only. Run by ./bench-once30.ts.
 */
import { createRandom } from './inject';
import type { ReportedHost } from './reported-styles';

export type Once30Split = 'dev' | 'heldout';
export const ONCE30_SEEDS: Record<Once30Split, number> = { dev: 301, heldout: 303 };
export const ONCE30_CLASSES = ['news', 'chat'] as const;
export type Once30Class = (typeof ONCE30_CLASSES)[number];
export const ONCE30_PLACES = ['inside', 'comma', 'between', 'end', 'own'] as const;
export type Once30Place = (typeof ONCE30_PLACES)[number];
export const DIGRESSION30_KINDS = ['scene', 'policy', 'background', 'earlier', 'bystander', 'aside', 'saying'] as const;
export type Digression30Kind = (typeof DIGRESSION30_KINDS)[number];
export const DIGRESSION30_PLACES = ['between', 'end', 'start', 'own'] as const;
export type Digression30Place = (typeof DIGRESSION30_PLACES)[number];

/** Pasted pieces, without the closing mark (the place gives it one). */
const PASTES: Record<Once30Split, Record<Once30Class, readonly string[]>> = {
  heldout: {
    news: [
      '受冷空气影响，明天起本市将迎来一次明显降温过程，最低气温可降至零下五度',
      '昨天下午，一辆满载钢材的货车在高速公路上侧翻，所幸未造成人员伤亡',
      '据海关统计，今年前十个月我国外贸进出口总值同比增长百分之六点二',
      '在昨晚结束的一场比赛中，主队凭借下半场的两粒进球逆转取胜',
      '该市第三条地铁线路预计将于明年年底前开通试运营',
      '警方提醒，近期冒充客服办理退款的诈骗案件有所抬头',
      '今年秋粮收购工作已全面展开，各地收购进度总体平稳',
      '一场大火烧毁了位于城郊的一座家具仓库，起火原因正在调查中',
      '这部电影上映首周票房突破三亿元，刷新了同类影片的纪录',
      '新版个人所得税申报系统将于下月起正式上线',
      '当天凌晨，一艘货轮在长江口附近水域搁浅，海事部门已派船救援',
      '省教育厅日前发文，要求各地中小学严格控制学生书面作业总量',
      '受国际油价上涨影响，国内成品油价格今晚起每吨上调一百五十元',
      '记者从市卫健委获悉，全市二级以上医院将全面推行检查结果互认',
      '该款新车搭载了一台涡轮增压发动机，百公里油耗约六升',
      '目前，涉事企业负责人已被警方依法控制',
    ],
    chat: [
      '今天又被外卖小哥放鸽子了气死我了',
      '刚换的新发型被同事笑了一整天',
      '楼上邻居半夜还在装修吵得睡不着',
      '双十一买的东西到现在还没发货',
      '健身卡办了一年只去过三次',
      '家里的热水器又坏了只能洗冷水澡',
      '下班路上淋成了落汤鸡',
      '好想辞职去大理开一家民宿',
      '奶茶第二杯半价拉着同事一起喝',
      '周末宅在家里刷了一整天短视频',
      '早上闹钟没响差点迟到',
      '我妈又催我相亲了',
    ],
  },
  dev: {
    news: [
      '气象台预计，本周末全省大部分地区将出现中到大雨，局部有暴雨',
      '一名男子驾驶无牌摩托车闯红灯，被交警当场查获',
      '统计数据显示，上个月全国居民消费价格同比上涨百分之二点一',
      '在刚刚结束的全国游泳锦标赛上，一名十六岁小将打破了全国纪录',
      '这座跨江大桥全长三公里，建成后两岸通行时间将缩短四十分钟',
      '银行提醒储户，切勿向陌生人透露短信验证码',
      '今年全省小麦播种面积稳中有增，苗情长势总体较好',
      '事故共造成三人受伤，伤者已被送往附近医院救治',
      '该剧自开播以来收视率一路走高，多次登上热搜榜',
      '新修订的食品安全法将于明年一月一日起施行',
      '昨日上午，一架客机因机械故障备降某机场，机上乘客均安全',
      '市教育局要求各校在寒假前做好学生安全教育工作',
      '受寒潮影响，蔬菜批发价格近一周上涨了两成左右',
      '据了解，该项目总投资约十二亿元，计划三年内建成',
      '这款手机采用了新一代处理器，续航能力提升了三成',
      '案件仍在进一步审理中',
    ],
    chat: [
      '今天的快递终于到了好开心',
      '排队买咖啡排了半个小时',
      '隔壁小孩天天练琴吵死了',
      '刚发的工资还没捂热就花光了',
      '周末睡到中午才起床',
      '新买的鞋子磨脚磨出了水泡',
      '想去看海但是没有假期',
      '晚上吃火锅吃撑了',
      '手机掉进水里开不了机了',
      '我家阳台的多肉又死了一盆',
      '最近迷上了做手工',
      '早高峰的公交车挤得喘不过气',
    ],
  },
};

/** The writer's digressions: whole sentences, each closed with its own mark. */
const DIGRESSIONS: Record<Once30Split, Record<Digression30Kind, readonly string[]>> = {
  heldout: {
    scene: [
      '窗外的梧桐叶落了一地，环卫工人正一点点把它们扫到路边。',
      '办公室的暖气不太足，几个人说话时都呵出了白气。',
      '院子里的老槐树已经有上百年了，树干要两个人才能合抱。',
      '天刚蒙蒙亮，菜市场里已经挤满了挑菜的人。',
    ],
    policy: [
      '依照有关规定，新生儿可在出生后九十日内办理户口登记。',
      '按照现行政策，首套住房贷款的首付比例最低为两成。',
      '各地的最低工资标准每两到三年调整一次。',
      '根据规定，机动车驾驶人一个记分周期内满十二分须参加学习考试。',
    ],
    background: [
      '我国六十岁以上的老年人口已经超过两亿六千万。',
      '每年的三四月份是南方地区的回南天，墙面和地面容易返潮。',
      '高血压被称为“无声的杀手”，很多患者早期并没有明显症状。',
      '在北方农村，烧炕取暖的习惯延续了上千年。',
    ],
    earlier: [
      '三年前的一个冬夜，邻近的一个镇子也发生过类似的事故。',
      '二〇一〇年前后，这一带曾经兴起过一阵养殖热。',
      '早在上世纪八十年代，就有人提出过类似的设想。',
    ],
    bystander: [
      '一位骑着三轮车路过的老汉停下来看了一会儿，说这种事以前从没见过。',
      '一名在附近上班的年轻人说，他每天都从这里经过。',
      '站在一旁的一位阿姨插话说：“我们也是听别人说的。”',
    ],
    aside: ['说实话，我第一次听说这件事时也吓了一跳。', '那天我在现场待了整整一个下午。', '我们常说细节决定成败，这话放在这里再合适不过。'],
    saying: ['老话说，家家有本难念的经。', '冰冻三尺，非一日之寒。'],
  },
  dev: {
    scene: ['街角的路灯坏了好几天，一到晚上就黑漆漆的。', '屋里的墙皮已经脱落，露出了里面的砖块。', '远处传来几声狗叫，村子里又恢复了平静。', '会议室里坐满了人，连过道上都加了椅子。'],
    policy: [
      '按照规定，城镇职工退休后可按月领取基本养老金。',
      '根据相关政策，农村危房改造每户可获得一定数额的补助。',
      '义务教育阶段实行就近入学，不得举行任何形式的入学考试。',
      '新规要求，餐饮单位不得主动向顾客提供一次性餐具。',
    ],
    background: ['我国是世界上最大的茶叶生产国和消费国。', '每年入冬以后，呼吸道疾病的就诊人数都会明显增加。', '在南方一些地方，至今保留着端午包粽子、赛龙舟的习俗。', '糖尿病患者需要长期控制饮食并定期监测血糖。'],
    earlier: ['五年前，隔壁县也曾发生过一起类似的纠纷。', '上世纪九十年代，这里还是一片荒地。', '前些年，不少人曾在这里摆摊做过小买卖。'],
    bystander: ['一位正在遛狗的老人说，这条路他走了几十年了。', '一名店主告诉笔者，最近的生意确实不好做。', '旁边一位大姐接过话头：“谁家没点难处呢？”'],
    aside: ['坦白讲，这样的事我也是头一回碰到。', '写这篇稿子的时候，窗外正下着雨。', '我一直觉得，好的故事往往藏在最平凡的日子里。'],
    saying: ['常言道，一分耕耘，一分收获。', '百闻不如一见。'],
  },
};

const HAN = /\p{Script=Han}/u;

export interface Once30Page {
  cls: Once30Class;
  place: Once30Place;
  kind: Digression30Kind;
  digressionPlace: Digression30Place;
  traditional: boolean;
  title: string;
  paragraphs: string[];
  /** Per paragraph: [start, end) of the pasted piece (one on the page). */
  truth: [number, number][][];
  /** Per paragraph: [start, end) of the writer's digression. */
  lookalikes: [number, number][][];
}

/** Offsets of `text` where a piece goes in `place` (not 'own'), each with what closes the piece. */
function spotsOf(place: Exclude<Once30Place, 'own'>, text: string, segment: (text: string) => string[]): [number, string][] {
  const after = (re: RegExp, close: string): [number, string][] => [...text.matchAll(re)].map((m) => [m.index + m[0].length, close]);
  switch (place) {
    case 'inside': {
      const out: [number, string][] = [];
      let i = 0;
      for (const word of segment(text)) {
        i += word.length;
        if (i < text.length && HAN.test(text.charAt(i - 1)) && HAN.test(text.charAt(i))) out.push([i, '']);
      }
      return out;
    }
    case 'comma':
      return after(/，(?=\p{Script=Han})/gu, '，');
    case 'between':
      return after(/[。！？](?=\p{Script=Han})/gu, '。');
    case 'end':
      return /[。！？]$/u.test(text) ? [[text.length, '。']] : [];
  }
}

/** Offsets where the writer's digression goes. */
function digressionSpotsOf(place: Exclude<Digression30Place, 'own'>, text: string): number[] {
  switch (place) {
    case 'between':
      return [...text.matchAll(/[。！？](?=\p{Script=Han})/gu)].map((m) => m.index + 1);
    case 'end':
      return /[。！？]$/u.test(text) ? [text.length] : [];
    case 'start':
      return HAN.test(text.charAt(0)) && /[。！？]/u.test(text) ? [0] : [];
  }
}

/** The pages of host number `h`: two per class, the paste's and the digression's places cycling. */
export function once30PagesOf(host: ReportedHost, h: number, split: Once30Split, segment: (text: string) => string[], toTraditional: (text: string) => string): Once30Page[] {
  const seed = ONCE30_SEEDS[split];
  const out: Once30Page[] = [];
  ONCE30_CLASSES.forEach((cls, k) => {
    for (let n = 0; n < 2; n++) {
      const random = createRandom(seed * 100000 + h * 100 + k * 10 + n);
      const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
      const place = ONCE30_PLACES[(h + k * 2 + n * 3) % ONCE30_PLACES.length] ?? 'between';
      const kind = DIGRESSION30_KINDS[(h * 2 + k + n) % DIGRESSION30_KINDS.length] ?? 'scene';
      const digressionPlace = DIGRESSION30_PLACES[(h + k + n * 2) % DIGRESSION30_PLACES.length] ?? 'between';
      const paragraphs = [...host.paragraphs];
      const page: Once30Page = { cls, place, kind, digressionPlace, traditional: (h + k + n) % 3 === 2, title: host.title, paragraphs, truth: paragraphs.map(() => []), lookalikes: paragraphs.map(() => []) };
      const digression = pick(DIGRESSIONS[split][kind]) ?? '';
      if (digressionPlace === 'own') {
        const at = 1 + Math.floor(random() * Math.max(1, page.paragraphs.length - 1));
        page.paragraphs.splice(at, 0, digression);
        page.truth.splice(at, 0, []);
        page.lookalikes.splice(at, 0, [[0, digression.length]]);
      } else {
        const spot = pick(page.paragraphs.flatMap((text, p) => digressionSpotsOf(digressionPlace, text).map((at) => [p, at] as const)));
        if (spot) {
          insert(page, spot[0], spot[1], digression);
          page.lookalikes[spot[0]]?.push([spot[1], spot[1] + digression.length]);
        }
      }
      const piece = pick(PASTES[split][cls]) ?? '';
      if (place === 'own') {
        const at = 1 + Math.floor(random() * Math.max(1, page.paragraphs.length - 1));
        page.paragraphs.splice(at, 0, `${piece}。`);
        page.truth.splice(at, 0, [[0, piece.length + 1]]);
        page.lookalikes.splice(at, 0, []);
      } else {
        // Never inside the digression nor at its edges: the paste stands among the writer's story.
        const spots = page.paragraphs.flatMap((text, p) => spotsOf(place, text, segment).filter(([at]) => !(page.lookalikes[p] ?? []).some(([a, b]) => at >= a && at <= b)).map(([at, close]) => [p, at, close] as const));
        const spot = pick(spots);
        if (!spot) continue;
        const [p, at, close] = spot;
        const text = piece + close;
        insert(page, p, at, text);
        page.truth[p]?.push([at, at + text.length]);
      }
      if (page.traditional) {
        page.title = toTraditional(page.title);
        page.paragraphs = page.paragraphs.map(toTraditional);
      }
      out.push(page);
    }
  });
  return out;
}

/** Inserts `text` at `at` of paragraph `p`, shifting the spans that lie after it. */
function insert(page: Once30Page, p: number, at: number, text: string): void {
  const old = page.paragraphs[p] ?? '';
  page.paragraphs[p] = old.slice(0, at) + text + old.slice(at);
  const shift = (span: [number, number]): [number, number] => (span[0] >= at ? [span[0] + text.length, span[1] + text.length] : span);
  page.truth[p] = (page.truth[p] ?? []).map(shift);
  page.lookalikes[p] = (page.lookalikes[p] ?? []).map(shift);
}
