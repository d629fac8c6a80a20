/**
 * Farm styles the decision was never trained or tuned on (session 16, issue 12), written because
 * QA's never-seen pages found 0% of headline pieces, of off-topic sentences pasted once and of a
 * sentence pasted twice, while the generator's own styles reach a fifth to a half marked. What the
 * generator never did, and these pages do:
 *
 * - **Headline pieces by position**: one to three pieces of two to four characters (a headline word
 *   or a stretch of one headline part) pasted at a sentence's start, right after a comma, right
 *   before a full stop, or wrapped in brackets or quotes between two words; or one whole headline
 *   part pasted as a clause after a comma. Nothing else is pasted on the page, unless `withMark`,
 *   where one bracketed farm address is added to a paragraph's end (what most farm pages also carry).
 * - **Off-topic sentences of the same broad domain**: one sentence of another local public-affairs
 *   story (city services, welfare, schools, health, environment: the corpus's and the short
 *   articles' own domain, so the sentence shares the page's generic vocabulary), pasted once, after
 *   a full stop mid-paragraph or at a paragraph's end.
 *
 * Sentences written for this file, split held-out / fresh (no dev pool: nothing trains on them).
 * Frozen before anything was measured on them (2026-12-05, session 16); measured by
 * scripts/spam/bench-unseen.ts.
 */
import { createRandom } from './inject';
import type { TruthSpan } from './tally';

export type UnseenSplit = 'heldout' | 'fresh';
export const PIECE_POSITIONS = ['clause-start', 'after-comma', 'before-stop', 'bracketed', 'whole-part'] as const;
export const SENTENCE_POSITIONS = ['mid-paragraph', 'paragraph-end'] as const;
export type UnseenStyle = (typeof PIECE_POSITIONS)[number] | (typeof SENTENCE_POSITIONS)[number];
export const UNSEEN_SEEDS: Record<UnseenSplit, number> = { heldout: 41, fresh: 47 };

const SAME_DOMAIN: Record<UnseenSplit, readonly string[]> = {
  heldout: [
    '市民政局近日发布通知，今年起城乡低保家庭的临时救助标准将提高到每月八百元。',
    '该区今年计划改造十二个老旧小区，涉及居民四千余户，预计年底前全部完工。',
    '市教育局表示，秋季开学前将新增公办学位三千个，优先解决随迁子女入学问题。',
    '据了解，全市已建成社区养老服务站一百二十家，为高龄老人提供助餐和上门护理服务。',
    '卫生部门提醒，近期手足口病进入高发期，托幼机构要做好晨检和消毒工作。',
    '区环保局对辖区内二十多家餐饮企业的油烟排放进行了突击检查，责令三家限期整改。',
    '市红十字会上半年共接收社会捐款一千二百万元，主要用于大病救助和灾后重建。',
    '为缓解停车难，街道在背街小巷新划设了三百多个夜间临时停车位。',
    '新修订的物业管理条例明确，业主委员会的账目每半年要向全体业主公开一次。',
    '今年全市共有两万多名志愿者参与了无偿献血，献血总量比去年增加了一成。',
    '城管部门表示，占道经营的流动摊贩将被引导进入统一规划的便民市场。',
    '市人社局透露，下月起企业退休人员的基本养老金将按百分之五的比例上调。',
    '该县投入专项资金四百万元，为山区学校的孩子们修建了食堂和宿舍。',
    '食品药品监管部门抽检了一百批次的散装白酒，其中六批次甲醇含量超标。',
    '公交集团宣布，从下周一起三条夜班线路的末班车时间将延长到凌晨一点。',
    '慈善总会发起的助学项目今年已资助贫困大学生五百余名，每人每年五千元。',
    '记者从市水务局获悉，主城区的自来水管网改造工程已完成近七成。',
    '社区工作人员挨家挨户上门，为独居老人安装了一键呼叫的紧急求助设备。',
    '在昨天召开的听证会上，多数代表同意对居民用水实行阶梯水价。',
    '区法院近期审结一起拖欠农民工工资案，六十多名工人拿回了被拖欠的工钱。',
    '该市将在三年内新建和改建公共厕所两百座，并全部实现免费开放。',
    '针对群众反映强烈的噪音扰民问题，环保部门开通了二十四小时投诉热线。',
  ],
  fresh: [
    '市住建局表示，今年将筹集保障性租赁住房五千套，重点面向新就业的大学生。',
    '街道办事处联合爱心企业，为辖区内的困难儿童送去了书包和冬衣。',
    '区卫生健康委透露，全区家庭医生签约服务已覆盖六成以上的常住居民。',
    '交通部门决定，在学校周边的路段增设减速带，并在上下学时段安排交警值守。',
    '该市首批垃圾分类示范小区通过验收，厨余垃圾分出率达到三成以上。',
    '据民政部门统计，全市登记在册的社会组织已超过三千家，比五年前翻了一番。',
    '市疾控中心提醒，秋冬季节是流感高发期，老人和儿童应尽早接种疫苗。',
    '县里为留守儿童建起了十个“儿童之家”，每天放学后有专人辅导作业。',
    '市场监管部门对全市药店开展了专项检查，查处了一批违规销售处方药的行为。',
    '这个镇今年新修了十八公里的农村公路，村民进城的时间缩短了一半。',
    '团市委组织的青年志愿者服务队，每周末都到福利院陪伴孤残儿童。',
    '记者了解到，全省今年将为农村困难群众实施危房改造一万余户。',
    '市医保局宣布，二十种常见慢性病的门诊费用将纳入医保报销范围。',
    '因管道老化，这一片区的居民已经连续三天在用水高峰时段出现水压不足。',
    '区政府决定，将闲置的老厂房改造成社区图书馆和青少年活动中心。',
    '为方便老年人办事，各服务窗口都保留了现金支付和人工办理的通道。',
    '基金会负责人介绍，今年募集的善款将全部用于乡村学校的饮水工程。',
    '本市今年已有四万多户家庭申领了节能家电补贴，补贴金额共计两千万元。',
  ],
};

/** A farm's address, bracketed at a paragraph's end, the mark most farm pages also carry. */
const FARM_MARKS = ['（更多资讯请访问 www.kx8899.com）', '【来源：www.haoyun168.net】', '(详情登录 www.jc5577.cc)'];

const HAN = /\p{Script=Han}/u;
const isHanRun = (text: string): boolean => text.length > 0 && [...text].every((c) => HAN.test(c));

export interface UnseenPage {
  paragraphs: string[];
  truth: TruthSpan[][];
}

interface Insert {
  paragraph: number;
  at: number;
  text: string;
  /** Spam or not (a farm address is spam of another family, counted for precision only). */
  family: 'title' | 'sentence' | 'domain';
}

function applyInserts(paragraphs: readonly string[], inserts: readonly Insert[]): UnseenPage {
  const out = [...paragraphs];
  const truth: TruthSpan[][] = paragraphs.map(() => []);
  paragraphs.forEach((text, p) => {
    const here = inserts.filter((i) => i.paragraph === p).sort((a, b) => a.at - b.at);
    let built = '';
    let from = 0;
    for (const insert of here) {
      built += text.slice(from, insert.at);
      truth[p]?.push([built.length, built.length + insert.text.length, insert.family]);
      built += insert.text;
      from = insert.at;
    }
    out[p] = built + text.slice(from);
  });
  return { paragraphs: out, truth };
}

/** Pieces of two to four Han characters: headline words, and stretches of one headline part. */
function piecesOf(title: string, cut: (text: string) => string[], random: () => number): string[] {
  const out: string[] = [];
  for (const part of headlineParts(title)) {
    out.push(...cut(part).filter((w) => w.length >= 2 && w.length <= 4 && isHanRun(w)));
    for (let k = 0; k < 3; k++) {
      const length = 2 + Math.floor(random() * 3);
      const from = Math.floor(random() * Math.max(1, part.length - length + 1));
      const text = part.slice(from, from + length);
      if (text.length === length && isHanRun(text)) out.push(text);
    }
  }
  return out;
}

export function headlineParts(title: string): string[] {
  return title.split(/[\s\u3000：:，,！!？?—-]+/u).filter((part) => [...part].filter((c) => HAN.test(c)).length >= 4);
}

/** Offsets in a paragraph where a piece of the style can go (the paste goes in at the offset). */
function placesFor(style: UnseenStyle, text: string, cut: (text: string) => string[]): number[] {
  const after = (re: RegExp): number[] => [...text.matchAll(re)].map((m) => (m.index ?? 0) + m[0].length);
  switch (style) {
    case 'clause-start':
      return [0, ...after(/[。！？](?=\p{Script=Han})/gu)].filter((at) => at < text.length - 4);
    case 'after-comma':
    case 'whole-part':
      return after(/[，、；](?=\p{Script=Han})/gu);
    case 'before-stop':
      return [...text.matchAll(/(?<=\p{Script=Han})。/gu)].map((m) => m.index ?? 0);
    case 'bracketed': {
      const bounds: number[] = [];
      let at = 0;
      for (const word of cut(text)) {
        at += word.length;
        if (at > 2 && at < text.length - 2 && HAN.test(text.charAt(at - 1)) && HAN.test(text.charAt(at))) bounds.push(at);
      }
      return bounds;
    }
    case 'mid-paragraph':
      return after(/。(?=.)/gu);
    case 'paragraph-end':
      return /[。！？”]$/u.test(text) ? [text.length] : [];
  }
}

function pasteText(style: UnseenStyle, title: string, pieces: readonly string[], split: UnseenSplit, random: () => number): string | undefined {
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(random() * xs.length)];
  if (style === 'mid-paragraph' || style === 'paragraph-end') return pick(SAME_DOMAIN[split]);
  if (style === 'whole-part') {
    const part = pick(headlineParts(title));
    return part ? `${part}，` : undefined;
  }
  const piece = pick(pieces);
  if (!piece || style !== 'bracketed') return piece;
  const [open, close] = pick([['（', '）'], ['“', '”'], ['【', '】']] as const) ?? ['（', '）'];
  return `${open}${piece}${close}`;
}

/** One page of a style: one to three pastes of headline material, or one sentence, at the style's places. */
export function pasteUnseen(
  title: string,
  paragraphs: readonly string[],
  style: UnseenStyle,
  split: UnseenSplit,
  seed: number,
  cut: (text: string) => string[],
  withMark: boolean,
): UnseenPage | null {
  const random = createRandom(seed);
  const pieces = piecesOf(title, cut, random);
  const sentence = style === 'mid-paragraph' || style === 'paragraph-end';
  const count = sentence ? 1 : 1 + Math.floor(random() * 3);
  const inserts: Insert[] = [];
  for (let tries = 0; inserts.length < count && tries < 20; tries++) {
    const p = Math.floor(random() * paragraphs.length);
    const places = placesFor(style, paragraphs[p] ?? '', cut);
    const at = places[Math.floor(random() * places.length)];
    const text = pasteText(style, title, pieces, split, random);
    if (at === undefined || !text || inserts.some((i) => i.paragraph === p && Math.abs(i.at - at) < 4)) continue;
    inserts.push({ paragraph: p, at, text, family: sentence ? 'sentence' : 'title' });
  }
  if (inserts.length === 0) return null;
  if (withMark) {
    const p = Math.floor(random() * paragraphs.length);
    const mark = FARM_MARKS[Math.floor(random() * FARM_MARKS.length)] ?? '';
    inserts.push({ paragraph: p, at: (paragraphs[p] ?? '').length, text: mark, family: 'domain' });
  }
  return applyInserts(paragraphs, inserts);
}
