/**
 * One piece of another text pasted once, in every place, on a page with no other spam (session 28,
 * issue 12: QA22–QA27 pasted such pieces and none was hidden or marked). A farm drops a chatty line
 * of someone's life (work, home, food, leisure) or a sentence of another news story into a copied
 * article, once: inside a sentence at a word boundary, after a comma, between two sentences, after a
 * paragraph's last stop, or as a paragraph of its own. Nothing else on the page shows the farm's hand.
 *
 * The look-alikes are the writer's: every page is a page of ./digressions25-styles.ts (a digression of
 * the writer stepping off the story's words: background, a bystander, an earlier event, a policy, a
 * scene, a saying, an explainer), and every other page also carries one of the writer's own asides
 * written here (a columnist's first-person or chatty sentence, tied to the story). Neither is pasted.
 *
 * Classes, for leave-one-class-out: the four themes of chatty lines and `news`. Each theme's wordings
 * are written here, dev and held-out apart; news sentences come from the split's own corpus articles
 * (./paste-styles.ts newsSentences), never the host's. Every third page Traditional.
 * Dev seed 281 is for building; held-out seed 283 is measured only. Frozen before any finder changed
 * (2026-12-07, session 28). Run by ./bench-once28.ts.
 */
import { createRandom } from './inject';
import { newsSentences } from './paste-styles';
import { digressions25PagesOf } from './digressions25-styles';
import { loadCorpus, splitOf } from './corpus';
import type { ReportedHost } from './reported-styles';

export type Once28Split = 'dev' | 'heldout';
export const ONCE28_SEEDS: Record<Once28Split, number> = { dev: 281, heldout: 283 };
export const ONCE28_CLASSES = ['work', 'home', 'food', 'leisure', 'news'] as const;
export type Once28Class = (typeof ONCE28_CLASSES)[number];
export const ONCE28_PLACES = ['inside', 'comma', 'between', 'end', 'own'] as const;
export type Once28Place = (typeof ONCE28_PLACES)[number];

/** Chatty lines of someone's life, without a closing mark (the place gives it one). */
const CHATTY: Record<Once28Split, Record<Exclude<Once28Class, 'news'>, readonly string[]>> = {
  dev: {
    work: ['周一早上的地铁真是挤死人了', '加班到十点，老板还说明天继续', '考研的日子每天都在背单词', '年终奖又没了，只想躺平', '开了一上午的会什么也没定下来'],
    home: ['我家猫今天又把花盆打翻了', '老公说要给我做饭结果把锅烧糊了', '孩子写作业写到半夜真让人头疼', '和男朋友吵架了好几天没说话', '我爸最近迷上了钓鱼天天不着家'],
    food: ['楼下新开的烧烤店味道真不错', '减肥第三天又没忍住吃了炸鸡', '今天早饭吃了两个肉包子一碗豆浆', '这家的酸菜鱼我能吃三碗米饭', '自己在家做的蛋糕居然成功了'],
    leisure: ['周末去爬山结果下了一整天雨', '手机又该换了，电池一天要充三次', '昨晚打游戏输了十几把心态崩了', '终于抢到了演唱会的门票太开心了', '今天的晚霞美得像一幅画'],
  },
  heldout: {
    work: ['实习工资还不够交房租的', '领导又在群里发长语音了', '明天就要交报告了我还一个字没写', '期末考试周熬夜熬到头发都掉了', '打卡晚了一分钟被扣了五十块'],
    home: ['婆婆又来我家住了整整一个月', '闺蜜结婚了只有我还是一个人', '儿子问我为什么天是蓝的我答不上来', '我家狗狗今天第一次学会了握手', '过年回老家被问工资问得好尴尬'],
    food: ['夜宵来一份小龙虾简直不要太爽', '公司食堂的饭菜越来越难吃了', '第一次做红烧肉就被家人夸了', '排了两个小时队才买到那家网红面包', '冬天就该吃一顿热乎乎的羊肉火锅'],
    leisure: ['五一出去玩到处都是人山人海', '追的剧终于更新了熬夜也要看完', '新买的耳机戴了两天就坏了', '这几天的雾霾大得出门都看不清路', '跑了五公里感觉整个人都轻松了'],
  },
};

/** The writer's asides: whole sentences in the writer's own voice, tied to the story (real text). */
const ASIDES: Record<Once28Split, readonly string[]> = {
  dev: ['说句实在话，这样的场景我在别处很少见到。', '写到这里，我不禁想起了自己刚工作时的日子。', '老实说，一开始我也不太看好这件事。', '不得不承认，他们的坚持让人动容。', '我们不妨想一想，换作自己又会怎么选。', '记得小时候，我家门口也有这样一条小河。'],
  heldout: ['说来惭愧，我对这一行此前几乎一无所知。', '采访结束时，我心里久久不能平静。', '坦率地说，这个结果出乎很多人的意料。', '你或许也曾在街头见过类似的一幕。', '我小时候也常听老人讲起这样的故事。', '想想也是，谁不希望日子过得安稳一些呢？'],
};

const HAN = /\p{Script=Han}/u;

export interface Once28Page {
  cls: Once28Class;
  place: Once28Place;
  traditional: boolean;
  title: string;
  paragraphs: string[];
  /** Per paragraph: [start, end) of the pasted piece (one on the page). */
  truth: [number, number][][];
  /** Per paragraph: [start, end) of the writer's digression and aside, where they stand whole. */
  lookalikes: [number, number, 'digression' | 'aside'][][];
}

const donorCache: Partial<Record<Once28Split, string[]>> = {};
function donorsOf(split: Once28Split): string[] {
  donorCache[split] ??= newsSentences(loadCorpus().filter((d) => splitOf(d.url) === split));
  return donorCache[split] ?? [];
}

/** Offsets of `text` where a piece goes in `place` (not 'own'), each with what closes the piece. */
function spotsOf(place: Exclude<Once28Place, 'own'>, text: string, segment: (text: string) => string[]): [number, string][] {
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

/** Whether [at] lies strictly inside a span of `spans` (an insertion there would split it). */
const splits = (spans: readonly [number, number, ...unknown[]][], at: number): boolean => spans.some(([a, b]) => at > a && at < b);

/**
 * The pages of host number `h`: one per class (two for a short host), the place cycling so every
 * class meets every place across hosts.
 */
export function once28PagesOf(host: ReportedHost, h: number, split: Once28Split, segment: (text: string) => string[], toTraditional: (text: string) => string): Once28Page[] {
  const seed = ONCE28_SEEDS[split];
  const bases = digressions25PagesOf(host, h, split, (t) => t);
  const out: Once28Page[] = [];
  ONCE28_CLASSES.forEach((cls, k) => {
    for (let n = 0; n < (host.short ? 2 : 1); n++) {
      const random = createRandom(seed * 100000 + h * 100 + k * 10 + n);
      const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
      const place = ONCE28_PLACES[(h + k + n * 2) % ONCE28_PLACES.length] ?? 'between';
      const base = bases.length ? bases[(k + n) % bases.length] : undefined;
      const paragraphs = [...(base?.paragraphs ?? host.paragraphs)];
      const page: Once28Page = { cls, place, traditional: (h + k + n) % 3 === 2, title: host.title, paragraphs, truth: paragraphs.map(() => []), lookalikes: paragraphs.map(() => []) };
      // The digression: the one paragraph the base changed from the host's.
      paragraphs.forEach((text, p) => {
        const was = host.paragraphs[p] ?? '';
        if (text === was) return;
        let a = 0;
        while (text.charAt(a) === was.charAt(a)) a++;
        page.lookalikes[p]?.push([a, a + text.length - was.length, 'digression']);
      });
      if ((h + k + n) % 2 === 1) {
        const spots = page.paragraphs.flatMap((text, p) => spotsOf('between', text, segment).filter(([at]) => !splits(page.lookalikes[p] ?? [], at)).map(([at]) => [p, at] as const));
        const spot = pick(spots);
        const aside = pick(ASIDES[split]) ?? '';
        if (spot) {
          insert(page, spot[0], spot[1], aside);
          page.lookalikes[spot[0]]?.push([spot[1], spot[1] + aside.length, 'aside']);
        }
      }
      let piece = cls === 'news' ? (pick(donorsOf(split).filter((s) => !page.paragraphs.join('').includes(s))) ?? '') : (pick(CHATTY[split][cls]) ?? '');
      if (cls === 'news') piece = piece.replace(/[。！？]$/u, '');
      if (!piece) continue;
      if (place === 'own') {
        // A paragraph of its own, between two of the writer's (never first: a page opens on its lead).
        const at = 1 + Math.floor(random() * Math.max(1, page.paragraphs.length - 1));
        page.paragraphs.splice(at, 0, `${piece}。`);
        page.truth.splice(at, 0, [[0, piece.length + 1]]);
        page.lookalikes.splice(at, 0, []);
      } else {
        const spots = page.paragraphs.flatMap((text, p) => spotsOf(place, text, segment).filter(([at]) => !splits([...(page.lookalikes[p] ?? [])], at) && !(page.lookalikes[p] ?? []).some(([a, b]) => at === a || at === b)).map(([at, close]) => [p, at, close] as const));
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
function insert(page: Once28Page, p: number, at: number, text: string): void {
  const old = page.paragraphs[p] ?? '';
  page.paragraphs[p] = old.slice(0, at) + text + old.slice(at);
  const shift = <T extends [number, number, ...unknown[]]>(span: T): T => (span[0] >= at ? ([span[0] + text.length, span[1] + text.length, ...span.slice(2)] as T) : span);
  page.truth[p] = (page.truth[p] ?? []).map(shift);
  page.lookalikes[p] = (page.lookalikes[p] ?? []).map(shift);
}
