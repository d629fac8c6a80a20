/**
 * One off-topic sentence pasted once into a copied article (session 23, issue 12; QA22: off-topic
 * sentences 0% hidden and 0% marked). Frozen before any finder was read or changed; held-out's
 * pastes and look-alikes were written first and are not edited afterwards.
 *
 * What is pasted: a complete sentence about something else — another story's item, generic advice,
 * product talk, a celebrity line, the paster's own life, trivia — sharing no entity or content word
 * with the story, 12–32 Han, closed with its own mark. Dev and held-out are written apart, from
 * different topics and registers (dev: daily life, shopping, celebrities, health tips, city news;
 * held-out: sport, markets, history, science trivia, games, pets, cooking, travel, gadgets).
 *
 * Places (`OFFTOPIC23_PLACES`), one paste a page:
 * - **between**: after one of the writer's full stops, closed with a full stop, the writer's next
 *   sentence right after it: both seams are sentence boundaries;
 * - **end**: after the paragraph's last full stop;
 * - **start**: at the head of a paragraph, before the writer's first sentence;
 * - **comma**: after one of the writer's commas, closed with a comma, the writer's clause going on
 *   (mid-paragraph, glued: the place a hidden tier must not take);
 * - **lookalike**: the writer's own text that resembles a paste (no truth: nothing may be hidden):
 *   a background sentence, a bystander's quoted remark, a sentence about a related event elsewhere,
 *   a closing line of context, a scene-setting digression; after a stop or at a paragraph's end.
 *
 * Hosts: those of ./reported-styles.ts (the split's short hand-written articles and its half of the
 * corpus with 150+ Han); two pages a place for a short host, one for a long one; every third page
 * Traditional. Dev (seed 231) is for building; held-out (seed 233) is measured only.
 * Run by ./bench-offtopic23.ts.
 */
import { createRandom } from './inject';
import type { ReportedHost } from './reported-styles';
import type { TruthSpan } from './tally';

export type Offtopic23Split = 'dev' | 'heldout';
export const OFFTOPIC23_PLACES = ['between', 'end', 'start', 'comma', 'lookalike'] as const;
export type Offtopic23Place = (typeof OFFTOPIC23_PLACES)[number];
export const OFFTOPIC23_SEEDS: Record<Offtopic23Split, number> = { dev: 231, heldout: 233 };

/** Off-topic sentences, bare (the place adds the closing mark). */
const PASTES: Record<Offtopic23Split, readonly string[]> = {
  dev: [
    '最近天气转凉，大家出门记得多穿一件外套',
    '这家火锅店的毛肚特别新鲜，周末去要提前排号',
    '某知名男演员昨日在社交平台晒出与女儿的合照，引发网友热议',
    '据说这款手机的电池续航能达到两天，拍照效果也不错',
    '早睡早起身体好，每天喝八杯水是最基本的养生之道',
    '一位女歌手宣布将于明年春天举办个人巡回演唱会',
    '我家猫咪今天把花瓶打碎了，真是拿它没办法',
    '想要减肥成功，关键在于管住嘴、迈开腿',
    '某电商平台的年中大促将于下周一零点正式开启',
    '邻市一座大型游乐园昨日开业，首日客流突破两万人次',
    '刷牙时间最好不少于两分钟，牙线也要天天用',
    '那部科幻大片上映三天票房已突破五亿元',
    '小时候最喜欢的零食是大白兔奶糖，现在也还常买',
    '这款洗衣液添加了天然植物成分，对宝宝衣物更温和',
    '一位网红主播因直播中的不当言论被平台封禁',
    '买房之前一定要多看几个小区，比较一下物业和配套',
    '某高校食堂推出了一道草莓炒肉，学生们评价褒贬不一',
    '养绿萝的时候别浇太多水，否则根部容易腐烂',
    '今天地铁上遇到一个小朋友，一路都在背唐诗',
    '一家连锁咖啡品牌宣布在全国新开五百家门店',
    '这双运动鞋的鞋底很软，走一整天脚也不累',
    '学好英语最重要的是坚持，每天听半小时也有效果',
    '一名游客在景区乱刻乱画被罚款五百元',
    '晚上少玩手机，蓝光会影响褪黑素的分泌',
  ],
  heldout: [
    '昨晚的欧冠半决赛打进加时，主队最终凭借点球晋级',
    '黄金价格连续三个交易日上涨，每克已逼近六百元',
    '唐代诗人李白一生写下了上千首诗，流传至今的约有九百多首',
    '章鱼拥有三颗心脏和蓝色的血液，是海洋中最聪明的无脊椎动物之一',
    '这款网络游戏新赛季上线首日，服务器一度因玩家过多而瘫痪',
    '红烧肉想要做得肥而不腻，炒糖色这一步千万不能省',
    '柯基犬腿短身长，需要注意控制体重以免伤到脊椎',
    '冰岛是观赏极光的好地方，每年九月到次年三月最佳',
    '新一代折叠屏手机的铰链经过改进，折痕几乎看不出来',
    '木星是太阳系中体积最大的行星，拥有九十多颗已知卫星',
    '马拉松比赛前一晚应多补充碳水化合物，保证充足睡眠',
    '基金定投适合没有时间研究市场的上班族，贵在长期坚持',
    '明朝永乐年间，郑和率领船队先后七次下西洋',
    '钢琴初学者每天练习四十分钟，比周末集中练三小时效果更好',
    '在某短视频平台上，一段柴犬学说话的视频点赞量已超过百万',
    '羽毛球混双决赛中，这对组合以二比一逆转取得冠军',
    '蜂蜜不宜用开水冲泡，水温最好控制在六十度以下',
    '某车企发布的新款电动车，官方续航达到七百公里',
    '世界上最深的海沟是马里亚纳海沟，最深处超过一万一千米',
    '学会理财的第一步，是每个月把收入的三成先存起来',
    '那位老牌影帝在颁奖礼上致辞时，感谢了默默支持他的妻子',
    '敦煌莫高窟现存洞窟七百多个，壁画总面积达四万五千平方米',
    '熬夜之后第二天别急着补觉太久，午休二十分钟就好',
    '本周六晚八点，两支球队将在主场展开保级大战',
  ],
};

/** The writer's own sentences that resemble a paste (closed with their own mark). */
const LOOKALIKES: Record<Offtopic23Split, { background: string[]; bystander: string[]; related: string[]; closing: string[]; scene: string[] }> = {
  dev: {
    background: ['这是今年以来当地发生的第三起同类事件。', '该项目最早于二〇一九年提出，当时曾引发不少争议。', '该区户籍人口约四十万，其中六十岁以上老人占两成。'],
    bystander: ['一位路过的市民说：“这种事以前从来没见过。”', '住在附近的张先生告诉记者，他每天都会经过这里。'],
    related: ['同一天，邻近的另一个城市也出台了类似的规定。', '去年秋天，省内另一所学校也曾发生过相似的情况。'],
    closing: ['截至记者发稿时，相关调查仍在进行中。', '据悉，有关部门将于近期公布进一步的处理结果。'],
    scene: ['记者到达现场时，天色已经暗了下来。', '说到这里，他停顿了一下，望向窗外。'],
  },
  heldout: {
    background: ['当地常住人口不足十万，大部分年轻人常年在外务工。', '类似的做法在其他地方早有先例，效果各不相同。', '早在上世纪八十年代，这里就是远近闻名的集市。'],
    bystander: ['在附近开小卖部的李阿姨回忆说：“那天晚上动静特别大。”', '一名刚下班的年轻人表示，他对此并不感到意外。'],
    related: ['几乎在同一时间，南方一座城市也传出了相近的消息。', '早在三年前，附近一个村子就遇到过同样的难题。'],
    closing: ['目前，事件的具体原因仍在进一步核实中。', '更多细节，有待官方后续通报。'],
    scene: ['离开的时候，远处的路灯一盏盏亮了起来。', '窗外的雨越下越大，屋里却没有人起身。'],
  },
};

/** Offsets of `text` where a sentence can go at `place`. */
function spotsOf(text: string, place: Exclude<Offtopic23Place, 'lookalike'>): number[] {
  const after = (re: RegExp): number[] => [...text.matchAll(re)].map((m) => m.index + m[0].length);
  switch (place) {
    case 'between':
      return after(/[。！？](?=\p{Script=Han})/gu);
    case 'end':
      return /[。！？]$/u.test(text) ? [text.length] : [];
    case 'start':
      return /^\p{Script=Han}/u.test(text) ? [0] : [];
    case 'comma':
      return after(/\p{Script=Han}，(?=\p{Script=Han})/gu);
  }
}

export interface Offtopic23Page {
  place: Offtopic23Place;
  /** For look-alike pages, the kind of the writer's text; else the paste's split pool. */
  kind: string;
  traditional: boolean;
  paragraphs: string[];
  truth: TruthSpan[][];
}

function inserted(host: ReportedHost, paragraph: number, at: number, text: string, pasted: boolean): { paragraphs: string[]; truth: TruthSpan[][] } {
  const paragraphs = [...host.paragraphs];
  const truth: TruthSpan[][] = paragraphs.map(() => []);
  const old = paragraphs[paragraph] ?? '';
  paragraphs[paragraph] = old.slice(0, at) + text + old.slice(at);
  if (pasted) truth[paragraph] = [[at, at + text.length, 'sentence']];
  return { paragraphs, truth };
}

function pageFor(host: ReportedHost, split: Offtopic23Split, place: Offtopic23Place, random: () => number): { kind: string; paragraphs: string[]; truth: TruthSpan[][] } | null {
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  if (place === 'lookalike') {
    const pools = LOOKALIKES[split];
    const kind = pick(Object.keys(pools) as (keyof typeof pools)[]) ?? 'background';
    const text = pick(pools[kind]) ?? '';
    const spots = host.paragraphs.flatMap((p, i) => [...spotsOf(p, 'between'), ...spotsOf(p, 'end')].map((at) => [i, at] as const));
    const chosen = pick(spots);
    return chosen ? { kind, ...inserted(host, chosen[0], chosen[1], text, false) } : null;
  }
  const bare = pick(PASTES[split]) ?? '';
  const close = place === 'comma' ? '，' : random() < 0.85 ? '。' : '！';
  const spots = host.paragraphs.flatMap((p, i) => spotsOf(p, place).map((at) => [i, at] as const));
  const chosen = pick(spots);
  return chosen ? { kind: split, ...inserted(host, chosen[0], chosen[1], bare + close, true) } : null;
}

/** The pages of host number `h`: two a place for a short host, one for a long one. */
export function offtopic23PagesOf(host: ReportedHost, h: number, split: Offtopic23Split, toTraditional: (text: string) => string): Offtopic23Page[] {
  const out: Offtopic23Page[] = [];
  OFFTOPIC23_PLACES.forEach((place, s) => {
    for (let n = 0; n < (host.short ? 2 : 1); n++) {
      const random = createRandom(OFFTOPIC23_SEEDS[split] * 100000 + h * 100 + s * 10 + n);
      const made = pageFor(host, split, place, random);
      if (!made) continue;
      const traditional = (h + s + n) % 3 === 2;
      const convert = traditional ? toTraditional : (t: string): string => t;
      out.push({ place, kind: made.kind, traditional, paragraphs: made.paragraphs.map(convert), truth: made.truth });
    }
  });
  return out;
}
