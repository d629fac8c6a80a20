/**
 * The writer's own digressions, dropped into a copied article where a farm would paste another
 * story's sentence (session 25, issue 12): the look-alikes a hidden tier for off-topic sentences
 * pasted once must leave alone. Frozen before any finder was changed; held-out was written first,
 * dev apart from it, and neither is edited afterwards. No truth: every character is the writer's.
 *
 * What a digression is: a sentence of the writer that steps away from the story's own words — so
 * it shares few or none of the page's Han pairs and its meaning can lie far from the page's — but
 * still serves the story. Kinds (`DIGRESSION_KINDS`):
 * - **background**: a general fact about the field the story touches (a disease, a trade, a law);
 * - **bystander**: a passer-by's or neighbour's remark, quoted or reported, often about life at large;
 * - **earlier**: a related event of another time or place, told without naming this one;
 * - **policy**: a rule, a subsidy, a procedure in force, dropped into a human story;
 * - **scene**: weather, light, a gesture: the reporter setting the scene;
 * - **saying**: a proverb or the writer's general reflection;
 * - **explainer**: what a term or a thing is, for the reader who does not know.
 * Many are written so they lean on nothing (no pronoun, no 当地 / 记者): the register a pasted
 * sentence has.
 *
 * Places, one sentence a page: **between** two of the writer's sentences (after a full stop, the
 * paragraph going on), **end** after a paragraph's last full stop, **start** at a paragraph's head.
 * Hosts: ./reported-styles.ts's split (its short hand-written articles and its half of the corpus
 * with 150+ Han); a page per kind and place for a short host, a page per kind for a long one (the
 * place drawn); every third page Traditional. Dev seed 251 is for building; held-out seed 253 is
 * measured only. Run by ./bench-digressions25.ts.
 */
import { createRandom } from './inject';
import type { ReportedHost } from './reported-styles';
import type { TruthSpan } from './tally';

export type Digressions25Split = 'dev' | 'heldout';
export const DIGRESSION_KINDS = ['background', 'bystander', 'earlier', 'policy', 'scene', 'saying', 'explainer'] as const;
export type DigressionKind = (typeof DIGRESSION_KINDS)[number];
export const DIGRESSION_PLACES = ['between', 'end', 'start'] as const;
export type DigressionPlace = (typeof DIGRESSION_PLACES)[number];
export const DIGRESSIONS25_SEEDS: Record<Digressions25Split, number> = { dev: 251, heldout: 253 };

/** Complete sentences, each closed with its own mark. */
const DIGRESSIONS: Record<Digressions25Split, Record<DigressionKind, readonly string[]>> = {
  heldout: {
    background: [
      '阿尔茨海默病患者的平均病程在八到十年之间。',
      '我国每年新增的大学毕业生已连续多年超过一千万人。',
      '冬季是一氧化碳中毒的高发季节。',
      '快递包装中的塑料填充物大多无法自然降解。',
      '按照惯例，农历腊月是乡村办酒席最集中的时候。',
      '城市里的老旧小区大多建于上世纪九十年代以前。',
      '近视一旦形成便无法逆转，只能靠矫正来改善视力。',
    ],
    bystander: [
      '一位推着婴儿车的年轻妈妈说：“现在养个孩子，样样都要花钱。”',
      '路边卖早点的大姐笑着说，日子总归是越过越好的。',
      '一名出租车司机感慨：“干这行二十年，什么人都见过。”',
      '有老人说，年轻时吃过的苦，现在想想也是一种财富。',
      '一位戴眼镜的中年男子摇了摇头，说这年头谁都不容易。',
      '排在队伍后面的一位大爷嘟囔了一句：“早知道就不来了。”',
      '一个背着书包的小女孩小声问妈妈，为什么大人们都不说话。',
    ],
    earlier: [
      '二〇一五年夏天，南方一座小城也曾因暴雨全城停电三天。',
      '十多年前，类似的纠纷在北方农村并不少见。',
      '上一次出现这样的场面，还是在九十年代末的国企改制时期。',
      '几年前，一场突如其来的山火曾让半个山头化为焦土。',
      '早些年，不少家庭为了供孩子读书卖掉了耕牛。',
      '二〇〇八年那场雪灾，让很多人至今记忆犹新。',
      '去年年底，一家连锁超市因拖欠货款被供货商集体起诉。',
    ],
    policy: [
      '按照现行规定，年满七十周岁的老人可免费乘坐市内公交。',
      '根据新修订的条例，电动自行车进楼入户充电将被处以罚款。',
      '城乡居民医保的个人缴费标准今年上调了三十元。',
      '义务教育阶段的学生在校期间免缴学杂费和课本费。',
      '按规定，低保对象每季度需重新核查一次家庭收入。',
      '网约车驾驶员须取得从业资格证后方可上岗。',
      '残疾人参加职业技能培训，可按规定享受培训补贴。',
    ],
    scene: [
      '屋檐下挂着一串风干的红辣椒，在风里轻轻晃动。',
      '傍晚的阳光斜斜地照进院子，把影子拉得很长。',
      '楼道里堆满了杂物，墙上贴着各式各样的小广告。',
      '桌上的茶早就凉了，却没有人顾得上喝一口。',
      '雪停了，远处的山头白茫茫一片。',
      '走廊尽头的窗户开着，不时有冷风灌进来。',
      '夜色渐深，街边的小吃摊陆续收了摊。',
    ],
    saying: [
      '俗话说，远亲不如近邻。',
      '千里之堤，溃于蚁穴。',
      '常言道，病来如山倒，病去如抽丝。',
      '钱财乃身外之物，健康才是最大的本钱。',
      '天下没有免费的午餐，这个道理人人都懂。',
      '人生没有彩排，每一天都是现场直播。',
      '一方水土养一方人。',
    ],
    explainer: [
      '所谓“空巢老人”，是指子女不在身边、独自生活的老年人。',
      '骨髓移植是治疗白血病的主要手段之一。',
      '信用卡的最低还款额通常为账单金额的百分之十。',
      '所谓“以房养老”，就是老人将房产抵押给机构换取养老金。',
      '脑卒中俗称中风，发病后的前几个小时是抢救的黄金时间。',
      '公积金贷款的利率一般低于商业贷款。',
      '留守儿童，指的是父母双方或一方外出务工而留在户籍地的未成年人。',
    ],
  },
  dev: {
    background: [
      '糖尿病患者需要长期控制饮食并定期监测血糖。',
      '每年春节前后都是外出务工人员返乡的高峰。',
      '城市流浪动物的数量近年来呈上升趋势。',
      '高血压被称为“无声的杀手”，很多人患病多年却毫无察觉。',
      '山区的孩子上学往往要走好几里山路。',
      '二手房交易需要缴纳契税、个人所得税等多项税费。',
      '不少农村地区至今仍以种植水稻为主。',
    ],
    bystander: [
      '一位买菜的阿姨说：“这菜价一天一个样。”',
      '隔壁修鞋的师傅说，这条街他守了快三十年。',
      '一名大学生坦言，毕业后最大的压力就是房租。',
      '有网友留言说：“看完心里很不是滋味。”',
      '一位退休教师说，现在的孩子比他们那时候聪明多了。',
      '旁边的一个小伙子插话：“谁家没有个难处呢？”',
      '一位拄着拐杖的老人感叹，日子一天比一天好了。',
    ],
    earlier: [
      '二〇一二年，东部沿海一座城市曾发生过相似的事故。',
      '早在二十年前，就有专家呼吁重视这一问题。',
      '前几年，邻省一家工厂也因违规排污被勒令停产。',
      '上世纪八十年代，这样的工厂几乎遍布每一个县城。',
      '去年夏天的一场洪水，曾冲毁了沿河的大片农田。',
      '多年以前，一位老中医也曾因类似的纠纷走上法庭。',
      '二〇一〇年前后，不少城市兴起过一阵开发热潮。',
    ],
    policy: [
      '按照规定，新生儿出生后一个月内须办理户口登记。',
      '根据政策，农村危房改造每户最高可获补助两万元。',
      '今年起，退休人员基本养老金再次上调。',
      '机动车驾驶人一个记分周期内累计满十二分须重新参加考试。',
      '按规定，企业须为职工缴纳五险一金。',
      '城镇职工医保的住院报销比例最高可达百分之九十。',
      '高考加分项目近年来已大幅缩减。',
    ],
    scene: [
      '院子里的那棵老槐树已经有上百年的树龄。',
      '清晨的菜市场人声鼎沸，到处是讨价还价的声音。',
      '墙角堆着几袋化肥，屋里弥漫着一股潮湿的气味。',
      '天还没亮，村口的小路上已经有了行人。',
      '雨后的街道湿漉漉的，路灯映在积水里。',
      '病房里很安静，只听得见仪器的滴答声。',
      '山风吹过，竹林沙沙作响。',
    ],
    saying: [
      '常言道，家家有本难念的经。',
      '授人以鱼，不如授人以渔。',
      '百善孝为先。',
      '磨刀不误砍柴工。',
      '冰冻三尺，非一日之寒。',
      '世上无难事，只怕有心人。',
      '细节决定成败，这话一点不假。',
    ],
    explainer: [
      '所谓“失独家庭”，是指独生子女死亡、父母不再生育的家庭。',
      '尘肺病是一种因长期吸入粉尘而引起的职业病。',
      '助学贷款在学生毕业后才开始计息。',
      '所谓“碰瓷”，是指故意制造事故以索取赔偿的行为。',
      '白内障是老年人最常见的致盲眼病之一。',
      '社保卡除了就医结算，还可以用于领取各类补贴。',
      '自闭症又称孤独症，多在三岁前发病。',
    ],
  },
};

/** Offsets of `text` where a sentence can go at `place`. */
function spotsOf(text: string, place: DigressionPlace): number[] {
  switch (place) {
    case 'between':
      return [...text.matchAll(/[。！？](?=\p{Script=Han})/gu)].map((m) => m.index + 1);
    case 'end':
      return /[。！？]$/u.test(text) ? [text.length] : [];
    case 'start':
      return /^\p{Script=Han}/u.test(text) ? [0] : [];
  }
}

export interface Digressions25Page {
  place: DigressionPlace;
  kind: DigressionKind;
  traditional: boolean;
  paragraphs: string[];
  /** Always empty: nothing on these pages is pasted. */
  truth: TruthSpan[][];
}

/** The pages of host number `h`: per kind, every place for a short host, one drawn place for a long one. */
export function digressions25PagesOf(host: ReportedHost, h: number, split: Digressions25Split, toTraditional: (text: string) => string): Digressions25Page[] {
  const out: Digressions25Page[] = [];
  DIGRESSION_KINDS.forEach((kind, k) => {
    const random = createRandom(DIGRESSIONS25_SEEDS[split] * 100000 + h * 100 + k);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
    const places = host.short ? DIGRESSION_PLACES : [pick(DIGRESSION_PLACES) ?? 'between'];
    places.forEach((place, n) => {
      const text = pick(DIGRESSIONS[split][kind]) ?? '';
      const spot = pick(host.paragraphs.flatMap((p, i) => spotsOf(p, place).map((at) => [i, at] as const)));
      if (!spot) return;
      const paragraphs = [...host.paragraphs];
      const old = paragraphs[spot[0]] ?? '';
      paragraphs[spot[0]] = old.slice(0, spot[1]) + text + old.slice(spot[1]);
      const traditional = (h + k + n) % 3 === 2;
      const convert = traditional ? toTraditional : (t: string): string => t;
      out.push({ place, kind, traditional, paragraphs: paragraphs.map(convert), truth: paragraphs.map(() => []) });
    });
  });
  return out;
}
