/**
 * The `offtopic` farm style (issue 12, session 10): one or two complete sentences from a domain
 * unrelated to the article — a health tip, celebrity gossip, holiday traffic, the property or stock
 * market, a car's specifications, a sports result, a phone launch, the weather, a film's box
 * office — pasted whole after a sentence's full stop inside a paragraph, at a paragraph's start or
 * after its last full stop, and now and then the same sentence again in a later paragraph.
 * A reader spots them because they have nothing to do with the article; they read as fluent news
 * prose, so only topic and sentence boundaries can tell them.
 *
 * The sentences were written for this file (none from QA's pages, none from the corpus), a pool
 * per split: `fresh` also holds domains the other two never use (food, travel, lottery, pets).
 * Frozen before any feature was tuned on it (session 10, 2026-12-04).
 */
import type { BenchSplit } from './corpus';
import { createRandom } from './inject';
import type { TruthSpan } from './tally';

const POOLS: Record<BenchSplit, string[]> = {
  dev: [
    '专家提醒，夏季天气炎热，每天至少要喝八杯水，少吃生冷油腻的食物。',
    '经常熬夜会降低人体免疫力，建议成年人每晚保证七到八个小时的睡眠。',
    '据网友爆料，某当红女星近日与男友现身机场，两人全程十指紧扣十分甜蜜。',
    '这位歌手在微博上晒出与女儿的合照，引来数十万粉丝点赞。',
    '国庆假期首日，京港澳高速多个路段车流量大增，部分收费站出现排队现象。',
    '交警部门提醒，节日期间出行的司机要提前规划路线，避开拥堵高峰时段。',
    '上月一线城市新建商品住宅成交均价环比上涨2%，二手房挂牌量明显增加。',
    '业内人士认为，随着限购政策逐步放宽，明年楼市成交量有望继续回升。',
    '今日沪指低开高走，收盘上涨0.8%，券商和白酒板块涨幅居前。',
    '截至收盘，创业板指数下跌一点二个百分点，两市成交额不足五千亿元。',
    '新车搭载一台2.0T涡轮增压发动机，最大功率180千瓦，匹配8速手自一体变速箱。',
    '该款紧凑型轿车轴距达到2700毫米，后排腿部空间比上一代增加了30毫米。',
    '在昨晚结束的联赛第十二轮比赛中，主队凭借下半场的两粒进球以二比一逆转客队。',
    '这名网球选手在决赛中连胜两盘，职业生涯第三次捧起大满贯冠军奖杯。',
    '这款新手机采用6.7英寸曲面屏，后置五千万像素主摄，起售价为3999元。',
    '该品牌将于下周举行秋季发布会，届时将推出支持卫星通话的旗舰机型。',
    '受冷空气影响，本周末北方大部分地区气温将下降8到10摄氏度，并伴有四到五级大风。',
    '气象台预计，明天白天南方部分地区有中到大雨，局地有暴雨，请市民注意出行安全。',
    '这部国产动画电影上映首周票房突破五亿元，刷新了同类影片的开画纪录。',
    '据猫眼专业版数据，暑期档电影总票房已超过一百二十亿元。',
  ],
  heldout: [
    '医生建议，中老年人每天散步半小时，有助于控制血压和血糖。',
    '饭后立即洗澡会影响消化，最好间隔一个小时以上再洗。',
    '某知名男演员今天凌晨在社交平台宣布恋情，相关话题迅速登上热搜榜首。',
    '有媒体拍到这对明星夫妻带着孩子在海边度假，一家三口其乐融融。',
    '春运期间，全国铁路预计发送旅客4.8亿人次，同比增长百分之八。',
    '受节前返乡车流影响，今天下午绕城高速东段车速一度不足每小时二十公里。',
    '数据显示，10月份全国70个大中城市中有45个城市新房价格环比上涨。',
    '某开发商推出的江景楼盘开盘当天售罄，成交均价每平方米达到三万八千元。',
    '受外围市场影响，周一港股恒生指数高开后震荡回落，收跌1.3%。',
    '北向资金今日净流入超过六十亿元，新能源板块获得大幅加仓。',
    '这款纯电动SUV的综合续航里程达到600公里，百公里加速仅需3.9秒。',
    '新款车型前脸采用全新设计的大尺寸进气格栅，全系标配全景天窗。',
    '中国女排以三比零横扫对手，提前一轮锁定小组第一。',
    '在刚刚结束的马拉松比赛中，肯尼亚选手以2小时06分的成绩打破赛会纪录。',
    '新机内置5000毫安时电池，支持120瓦有线快充，十五分钟即可充满。',
    '据供应链消息，这家手机厂商明年的旗舰机型将首发新一代影像传感器。',
    '今年第9号台风预计将于明天夜间在沿海地区登陆，中心附近最大风力可达12级。',
    '未来三天，江南地区将持续高温天气，最高气温可达38摄氏度以上。',
    '这部科幻大片上映三天，累计票房已突破八亿元，观众评分高达九点二分。',
    '春节档共有七部新片上映，其中一部喜剧片的预售票房遥遥领先。',
  ],
  fresh: [
    '秋冬季节是流感高发期，儿童和老人应及时接种流感疫苗。',
    '每天吃一个苹果可以补充膳食纤维，但胃酸过多的人不宜空腹食用。',
    '这位女歌手的新专辑发行首日销量突破百万张，创下个人纪录。',
    '两人因戏生情的传闻近日再度被网友翻出，双方工作室均未作出回应。',
    '五一假期前两天，全市主要景区共接待游客超过一百万人次。',
    '机场高速今晨发生多车追尾事故，造成进城方向车辆缓行约三公里。',
    '今年前三季度，全国商品房销售面积同比下降约百分之五。',
    '多家银行下调首套房贷款利率，最低可至4.1%。',
    '黄金价格连续第三周上涨，国际金价一度突破每盎司2000美元。',
    '上证综指本周累计上涨2.1%，成交量较上周明显放大。',
    '这款混动车型百公里综合油耗仅为4.2升，官方指导价为15.98万元起。',
    '新车将提供两种动力版本，最高车速可达每小时二百二十公里。',
    '主场作战的湖人队以112比105击败对手，取得三连胜。',
    '这位短跑名将在男子100米决赛中跑出9秒91，获得金牌。',
    '这款平板电脑搭载新一代处理器，重量仅为四百六十克。',
    '新款智能手表支持血氧监测，续航时间最长可达十四天。',
    '明天凌晨到上午，本市部分地区将出现大雾天气，能见度不足二百米。',
    '今冬首场寒潮将在周末抵达，最低气温将降至零下十摄氏度。',
    '这部悬疑片上映第二周票房不降反升，单日票房超过前作全天成绩。',
    '红烧肉做好的关键是小火慢炖，起锅前再大火收汁。',
    '这个海岛的最佳旅游季节是每年四月到十月，游客可以乘船前往。',
    '本期双色球开出一等奖六注，单注奖金六百多万元。',
    '养猫的家庭要定期给猫咪驱虫，并注意保持猫砂盆清洁。',
  ],
};

/** The style's own seeds, disjoint from every other run's. */
export const OFFTOPIC_SEEDS: Record<BenchSplit, number> = { dev: 31, heldout: 32, fresh: 37 };

const HAN = /\p{Script=Han}/u;
const STOPS = /[。！？]/gu;

export function offtopicSentences(split: BenchSplit): readonly string[] {
  return POOLS[split];
}

/** Where a sentence may go in a paragraph: its start, after a full stop inside it, after its last one. */
function spots(text: string, where: number): number[] {
  if (!HAN.test(text)) return [];
  const stops = [...text.matchAll(STOPS)].map((m) => m.index + 1);
  if (where < 0.25) return [0];
  if (where < 0.85) return stops.filter((i) => i < text.length && HAN.test(text.charAt(i)));
  return stops.includes(text.length) ? [text.length] : [];
}

/**
 * The article with one or two off-topic sentences pasted, and the truth per paragraph (offsets in
 * the pasted text). Null when the article has no place to paste.
 */
export function pasteOfftopic(paragraphs: readonly string[], split: BenchSplit, seed: number): { paragraphs: string[]; truth: TruthSpan[][] } | null {
  const random = createRandom(seed);
  const pool = POOLS[split].filter((s) => !paragraphs.join('').includes(s));
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const pastes: { paragraph: number; at: number; text: string }[][] = paragraphs.map(() => []);
  const count = random() < 0.7 ? 1 : 2;
  for (let n = 0; n < count; n++) {
    const text = pick(pool);
    if (!text) continue;
    const copies = random() < 0.3 ? 2 : 1;
    let from = 0;
    for (let c = 0; c < copies; c++) {
      const where = random();
      const options = paragraphs.map((t, p) => (p >= from ? spots(t, where).map((at) => [p, at] as const) : [])).flat();
      const spot = pick(options);
      if (!spot) break;
      const [p, at] = spot;
      if (pastes[p]?.some((x) => x.at === at)) continue;
      pastes[p]?.push({ paragraph: p, at, text });
      from = p + 1;
    }
  }
  if (pastes.every((list) => list.length === 0)) return null;
  const truth: TruthSpan[][] = [];
  const out = paragraphs.map((text, p) => {
    const list = [...(pastes[p] ?? [])].sort((a, b) => a.at - b.at);
    const spans: TruthSpan[] = [];
    let result = '';
    let last = 0;
    for (const paste of list) {
      result += text.slice(last, paste.at);
      spans.push([result.length, result.length + paste.text.length, 'sentence']);
      result += paste.text;
      last = paste.at;
    }
    truth.push(spans);
    return result + text.slice(last);
  });
  return { paragraphs: out, truth };
}
