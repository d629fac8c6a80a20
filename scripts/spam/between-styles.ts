/**
 * One sentence pasted once into a writer's paragraph (session 19, issue 12), in the shapes QA18's
 * never-seen farm pages used (described to us by class, never seen):
 *
 * - **ad-between**: a product ad written as one sentence (a shop's stock, a gadget, a dish's recipe,
 *   a cosmetic said to the reader), between two of the writer's sentences mid-paragraph;
 * - **news-between**: one sentence of another news item (weather, a match, a phone launch, a health
 *   tip for a season), there too;
 * - **filler-between** / **filler-end**: a generic moralising sentence with no content word of any
 *   story, mid-paragraph or after the paragraph's last full stop.
 *
 * Hosts: the short hand-written articles of the split and the corpus articles of its half (dev: dev
 * half; held-out and fresh: held-out half) with 150+ Han characters; three pages a style for a short
 * host, one for a long one; one page in three is made Traditional whole (host and paste). Sentences
 * written for this file, pools dev / held-out / fresh. Dev is for building; held-out (seed 61) is
 * measured only, once a change is written; fresh (seed 67) is reported at the end. Frozen before
 * any finder was changed (2026-12-05, session 19).
 */
import { SHORT_ARTICLES } from '../../tests/fixtures/short-articles';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import type { TruthSpan } from './tally';

export type BetweenSplit = 'dev' | 'heldout' | 'fresh';
export const BETWEEN_STYLES = ['ad-between', 'news-between', 'filler-between', 'filler-end'] as const;
export type BetweenStyle = (typeof BETWEEN_STYLES)[number];
export const BETWEEN_SEEDS: Record<BetweenSplit, number> = { dev: 63, heldout: 61, fresh: 67 };

type Pool = Record<'ad' | 'news' | 'filler', readonly string[]>;

const POOLS: Record<BetweenSplit, Pool> = {
  dev: {
    ad: [
      '本店冬季加厚棉拖鞋今天到货，买三双送一双，库存不多先到先得！',
      '这款新上市的手机后置五千万像素主摄，夜里拍照也清清楚楚。',
      '这支口红颜色显白又不挑皮肤，涂上去一整天都不会掉色，闭眼入就对了！',
      '今年流行的高腰阔腿裤特别显腿长，配一双小白鞋就能轻松出门。',
      '红烧肉想做得软糯不腻，关键是先焯水，再放冰糖小火慢炖一个钟头。',
      '这款扫地机器人能自动避开障碍回去充电，下班回家就能看到干净的地板。',
      '新款电动牙刷限时特价九十九元，前一百名下单还送两支替换刷头。',
      '宝妈们都在抢的这款婴儿推车又轻又能折叠，单手就能收起放进后备箱。',
      '这家老字号的芝麻汤圆皮薄馅多，网上下单三天之内就能送到家。',
      '冬天喝一杯红枣桂圆茶暖身又养颜，做法简单，大家不妨在家试一试。',
    ],
    news: [
      '气象台预计本周末将有一股强冷空气南下，最低气温可能降到零下五度。',
      '本轮联赛的焦点战将于周六晚上七点半开球，体育频道将进行现场直播。',
      '某品牌新款折叠屏手机昨日正式发布，起售价为七千九百九十九元。',
      '专家提醒，降温天气里老年人清晨不宜过早外出锻炼，要注意头部保暖。',
      '受台风影响，沿海地区明天起将出现大到暴雨，请市民减少不必要的出行。',
      '国际油价本周连续三天下跌，布伦特原油期货跌破每桶七十美元关口。',
      '今年的贺岁档共有十二部影片定档，其中动画电影占了三部。',
      '北方多地今冬首场降雪比常年偏早，部分高速公路已经临时封闭。',
      '昨晚的篮球比赛中，主队在最后三秒投中绝杀，以一分险胜对手。',
      '天文爱好者注意，本月中旬将迎来今年规模最大的一场流星雨。',
    ],
    filler: [
      '生活中处处都有感动，只要用心去发现就一定能找到。',
      '每个人都应该从中吸取教训，珍惜眼前的幸福生活。',
      '不管怎样，做好自己才是最重要的，你们觉得呢？',
      '相信只要坚持下去，梦想总有一天会实现的！',
      '世上无难事，只怕有心人，这句话一点也没错。',
      '这样的故事每天都在发生，却很少有人真正去思考。',
      '但愿每个人都能找到属于自己的那份快乐。',
    ],
  },
  heldout: {
    ad: [
      '这款保温杯采用双层真空设计，装进开水十二个小时后依然烫手。',
      '店里新到一批手工羊毛围巾，颜色有十几种，买两条立减三十元。',
      '这款蓝牙耳机降噪效果出色，戴上之后地铁里的嘈杂声几乎听不见了。',
      '想要早餐吃得营养，把燕麦、牛奶和香蕉一起打成糊，五分钟就能搞定。',
      '这款空气炸锅不用一滴油就能做出外酥里嫩的鸡翅，厨房新手也能轻松上手。',
      '秋冬换季皮肤容易干燥，选一款含有玻尿酸的乳液，早晚各涂一次就够了。',
      '这款儿童学习桌可以随着孩子身高调节，桌面还能倾斜保护视力。',
      '新开的这家火锅店牛油锅底香而不燥，周一到周四晚上还有八折优惠。',
      '这双跑鞋鞋底柔软有弹性，跑完十公里脚也不觉得累。',
      '全新一代平板电脑屏幕更大更亮，追剧和上网课都非常合适。',
    ],
    news: [
      '据气象部门预报，下周全省大部分地区将出现明显降温，局地有霜冻。',
      '本赛季足协杯决赛定于下月十二日晚上八点打响，届时电视台将全程直播。',
      '一家国产手机厂商今天推出新款旗舰机，标准版售价为四千二百九十九元。',
      '医生建议，寒潮来袭时患有高血压的老人要按时服药，避免情绪激动。',
      '国家统计局今天公布，上月全国居民消费价格同比上涨百分之零点三。',
      '欧洲多国近日遭遇罕见热浪，西班牙南部的气温一度超过四十五度。',
      '第十五届全国运动会的火炬传递活动将于下个月在广州启动。',
      '气象专家分析，今年冬季受拉尼娜现象影响，南方可能比常年更冷。',
      '一场五点八级地震昨晚发生在太平洋海域，目前尚无人员伤亡报告。',
      '某汽车品牌宣布召回两万多辆存在安全隐患的小型越野车。',
    ],
    filler: [
      '说到底，人生没有白走的路，每一步都算数。',
      '只要心中有光，再黑的夜也会过去！',
      '由此可见，细节决定成败，态度决定一切。',
      '愿每一个平凡的人，都能被这个世界温柔以待。',
      '这件事给我们敲响了警钟，值得大家好好反思。',
      '时间会给出最好的答案，我们只需静静等待。',
      '希望这样的正能量越来越多，社会也会变得更加温暖。',
    ],
  },
  fresh: {
    ad: [
      '这款智能手表能实时监测心率和睡眠，续航长达两周，送给父母再合适不过。',
      '网店新上架的纯棉四件套手感柔软，现在下单还送一对枕芯。',
      '这款电热毯有六档温度可以调节，还能定时关机，冬天睡觉再也不怕冷脚。',
      '用这款洗碗机，一顿饭的碗筷二十分钟就能洗好烘干。',
      '今年最火的这款羊羔毛外套轻薄保暖，小个子女生穿上也很显高。',
      '给孩子做便当可以试试鸡蛋卷配西兰花和胡萝卜，营养又好看。',
      '这款无线吸尘器吸力强劲，沙发底下的灰尘和宠物毛发都能一扫而光。',
      '刚开业的这家面包店每天现烤，下午四点以后全场面包买一送一。',
      '这台辅食机蒸煮和搅拌一步到位，忙碌的新手爸妈可以省下不少时间。',
    ],
    news: [
      '受冷空气影响，明天起本地将出现大风降温天气，气温最多下降十度。',
      '国家队的世界杯预选赛将于本周四晚上九点开赛，网络平台同步直播。',
      '这款新发布的轻薄笔记本重量不到一公斤，首发价格为五千四百九十九元。',
      '专家提醒，冬季使用燃气取暖时要保持通风，谨防一氧化碳中毒。',
      '今年春运预计全国旅客发送量将达到九十亿人次，再创历史新高。',
      '南极科考队近日顺利抵达中山站，将开展为期五个月的考察工作。',
      '全球最大的单口径射电望远镜近日又发现了一批新的脉冲星。',
      '今年冬天北方多个城市的供暖季比往年提前了一周开始。',
      '一年一度的国际马拉松赛将于本周日鸣枪，届时部分道路实行交通管制。',
    ],
    filler: [
      '一切都会好起来的，让我们一起加油吧！',
      '其实幸福很简单，珍惜当下就是最好的选择。',
      '这正说明了一个道理，付出总会有回报。',
      '但愿类似的事情不再发生，大家说是不是这个道理？',
      '无论如何，善良永远是最宝贵的品质。',
      '路虽远，行则将至；事虽难，做则必成。',
    ],
  },
};

const HAN = /\p{Script=Han}/gu;
const hanCount = (texts: readonly string[]): number => texts.join('').match(HAN)?.length ?? 0;

export interface BetweenHost {
  title: string;
  paragraphs: readonly string[];
  short: boolean;
}

export interface BetweenPage {
  style: BetweenStyle;
  traditional: boolean;
  paragraphs: string[];
  truth: TruthSpan[][];
}

export function betweenHosts(split: BetweenSplit): BetweenHost[] {
  const half = split === 'dev' ? 'dev' : 'heldout';
  return [
    ...SHORT_ARTICLES.filter((a) => a.split === split),
    ...loadCorpus().filter((d) => splitOf(d.url) === half && hanCount(d.paragraphs) >= 150),
  ].map((h) => ({ title: h.title, paragraphs: h.paragraphs, short: hanCount(h.paragraphs) <= 400 }));
}

/** Offsets where the style's sentence goes in: after a stop with the writer's text going on, or at a paragraph's end. */
function placesFor(style: BetweenStyle, text: string): number[] {
  if (style === 'filler-end') return /[。！？]$/u.test(text) && /[。！？]./u.test(text) ? [text.length] : [];
  return [...text.matchAll(/[。！？](?=\p{Script=Han}|“)/gu)].map((m) => (m.index ?? 0) + 1);
}

/** One page of `style` on `host`, or null when no paragraph has a place for it. */
export function pasteBetween(host: BetweenHost, style: BetweenStyle, split: BetweenSplit, seed: number, toTraditional: ((text: string) => string) | null): BetweenPage | null {
  const random = createRandom(seed);
  const pool = POOLS[split][style.startsWith('ad') ? 'ad' : style.startsWith('news') ? 'news' : 'filler'];
  const sentence = pool[Math.floor(random() * pool.length)] ?? '';
  const options = host.paragraphs.flatMap((text, p) => placesFor(style, text).map((at) => [p, at] as const));
  const place = options[Math.floor(random() * options.length)];
  if (!place) return null;
  const [p, at] = place;
  const paragraphs = [...host.paragraphs];
  const truth: TruthSpan[][] = paragraphs.map(() => []);
  const text = paragraphs[p] ?? '';
  paragraphs[p] = text.slice(0, at) + sentence + text.slice(at);
  truth[p]?.push([at, at + sentence.length, 'sentence']);
  const convert = toTraditional ?? ((t: string) => t);
  return { style, traditional: toTraditional !== null, paragraphs: paragraphs.map(convert), truth };
}

/** The pages of host number `h`: three a style for a short host, one for a long one; every third page Traditional. */
export function betweenPagesOf(host: BetweenHost, h: number, split: BetweenSplit, toTraditional: (text: string) => string): BetweenPage[] {
  const out: BetweenPage[] = [];
  BETWEEN_STYLES.forEach((style, s) => {
    for (let n = 0; n < (host.short ? 3 : 1); n++) {
      const traditional = (h + s + n) % 3 === 2;
      const page = pasteBetween(host, style, split, BETWEEN_SEEDS[split] * 100000 + h * 100 + s * 10 + n, traditional ? toTraditional : null);
      if (page) out.push(page);
    }
  });
  return out;
}

/** The host's headline as the page prints it (Traditional with its pages). */
export function titleOf(host: BetweenHost, page: { traditional: boolean }, toTraditional: (text: string) => string): string {
  return page.traditional ? toTraditional(host.title) : host.title;
}
