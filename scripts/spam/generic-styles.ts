/**
 * The farm's generic filler pasted once into a writer's paragraph, dressed as news (session 21,
 * issue 12): a health tip, a public safety reminder, a product blurb, an ad or a price item behind
 * 据悉 / 据了解. QA20's off-topic sentences were of this class (described to us by class and place,
 * never seen): no participant of the story, its own subject or an advice with none, 20–26 Han.
 *
 * Places, as the farm used them:
 * - **stop**: between two of the writer's sentences, closed with a full stop;
 * - **stop-comma**: after a full stop, closed with a comma, the writer's next sentence right after;
 * - **end**: after the paragraph's last full stop;
 * - **comma**: after one of the writer's commas, closed with a comma, the writer's sentence going on;
 * - **glued**: after one of the writer's commas with no closing mark of its own, glued to the
 *   writer's next words (a finder's extent must stop where the paste ends, not at the writer's mark).
 *
 * Hosts: those of ./reported-styles.ts (the split's short hand-written articles and its half of the
 * corpus with 150+ Han). Sentences written for this file, in vocabulary of their own per split. Dev
 * (seed 211) is for building; held-out (seed 213) is measured only. Frozen before any finder was
 * changed (2026-12-06, session 21).
 */
import { oneLinePagesOf, type OneLinePage, type ReportedHost } from './reported-styles';

export type GenericSplit = 'dev' | 'heldout';
export const GENERIC_PLACES = ['stop', 'stop-comma', 'end', 'comma', 'glued'] as const;
export type GenericPlace = (typeof GENERIC_PLACES)[number];
export const GENERIC_SEEDS: Record<GenericSplit, number> = { dev: 211, heldout: 213 };

const SENTENCES: Record<GenericSplit, readonly string[]> = {
  dev: [
    '营养师提醒，空腹喝牛奶容易引起腹胀，最好搭配面包一起吃',
    '医生表示，长期久坐的人每隔一小时应该起身活动五分钟',
    '专家建议，老人晨练不宜太早，等太阳出来以后再出门更安全',
    '近期气温骤降，请广大市民及时添衣，注意防寒保暖',
    '消防部门提醒，电动车切忌在楼道内充电，以免引发火灾',
    '一款国产智能手表新增了血氧检测功能，充一次电能用两周',
    '这款新上市的电饭煲二十分钟就能煮好一锅米饭，口感软糯香甜',
    '据悉，该小区绿化率超过百分之四十，目前还有少量现房在售',
    '据了解，今年的新茶上市后价格普遍比去年上涨了两成左右',
    '冬季是吃羊肉的好时节，但体质燥热的人不宜多吃',
    '交警提示，雨天行车要降低车速，与前车保持安全距离',
    '据了解，这家健身房开业期间办年卡只需九百九十九元',
  ],
  heldout: [
    '医学专家指出，每天吃一把坚果有助于保护心血管，但不宜过量',
    '专家提醒，孩子每天看电视的时间最好不要超过一个小时',
    '营养专家表示，长期不吃早餐容易诱发胆结石，上班族尤其要注意',
    '天气转凉，家中使用燃气热水器时请注意开窗通风，谨防中毒',
    '气象部门提醒，近期雾霾较重，有呼吸道疾病的市民应减少外出',
    '一款折叠式电动自行车重量只有十二公斤，单手就能提上楼',
    '这款新出的保温饭盒能让饭菜保温八个小时，上班族带饭很方便',
    '据悉，该楼盘首付两成起，周边配套齐全，学区名额有限',
    '据了解，受原材料上涨影响，入冬以来电暖器的价格普遍涨了一成多',
    '秋冬季节皮肤容易干燥，洗澡水温不宜过高，洗完要及时涂润肤乳',
    '银行工作人员提醒，陌生来电要求转账的一律是诈骗，切勿轻信',
    '据了解，本周末开业的这家火锅店全场菜品打五折，还免费送饮料',
  ],
};

export type GenericPage = OneLinePage<GenericPlace>;

/** Offsets where the place's sentence goes in, each with the mark that closes it. */
function placesFor(place: GenericPlace, text: string): [number, string][] {
  const after = (re: RegExp, close: string): [number, string][] => [...text.matchAll(re)].map((m) => [(m.index ?? 0) + m[0].length, close]);
  switch (place) {
    case 'stop':
      return after(/[。！？](?=\p{Script=Han})/gu, '。');
    case 'stop-comma':
      return after(/[。！？](?=\p{Script=Han})/gu, '，');
    case 'end':
      return /[。！？]$/u.test(text) && /[。！？]./u.test(text) ? [[text.length, '。']] : [];
    case 'comma':
      return after(/，(?=\p{Script=Han})/gu, '，');
    case 'glued':
      return after(/，(?=\p{Script=Han})/gu, '');
  }
}

/** The pages of host number `h` (./reported-styles.ts oneLinePagesOf: the same places per host, seeds and scripts). */
export function genericPagesOf(host: ReportedHost, h: number, split: GenericSplit, toTraditional: (text: string) => string): GenericPage[] {
  return oneLinePagesOf(host, h, GENERIC_PLACES, SENTENCES[split], placesFor, GENERIC_SEEDS[split], toTraditional);
}
