/**
 * A sentence pasted once, on farm pages that carry other spam and the writer's digressions (session 26,
 * issue 12): the test of *page evidence*. A farm pastes many things onto one page; a clean page has
 * none. Whether a once-pasted line may be hidden because the page already shows the farm's hand
 * depends on what else stands on such a page: the writer's own digressions and asides, which a
 * reading of the sentence alone takes for pastes (session 25: meaning alone tops out at precision
 * 0.82). Frozen before any finder was changed; held-out (seed 263) was written first, dev (seed 261)
 * apart from it; neither is edited afterwards.
 *
 * Every page is one host of ./reported-styles.ts's split with one of the writer's digressions
 * (./digressions25-styles.ts, same split: real text) and then:
 * - **evidence** (what else the farm pasted, ./inject.ts's families drawn until they fit):
 *   `none` (nothing: the page a clean article with one paste), `mechanical` (pinyin, symbols, betting
 *   names, jammer strings, domains, doubled punctuation; no sentence, no headline), `twice` (a chatty
 *   line pasted two or three times, and whatever else was drawn), `headline` (headline pieces and
 *   maybe the whole headline, no pasted sentence);
 * - **payload** (what is measured): `clause` — a chatty line written for no page (a voice: feelings,
 *   complaints, wishes, questions to whoever reads), pasted once at a word boundary inside one of the
 *   writer's sentences (the `once` kind's shape); `news` — a whole sentence of another article of the
 *   split pasted after a full stop or a comma (./paste-styles.ts: the `line` kind's shape); `none`;
 * - on every other page an **aside** of the writer (real text): a columnist's first-person or chatty
 *   sentence (说实话，我第一次听说…), placed between two of the writer's sentences — the voice a
 *   pasted line has, on a page that is the writer's.
 * Every third page is Traditional. Truth: the payload (style 'payload') and the farm's other pastes.
 * Run by ./bench-evidence26.ts.
 */
import { createRandom, injectSpam, type InjectedPage } from './inject';
import { newsSentences, pasteNewsSentence } from './paste-styles';
import { digressions25PagesOf } from './digressions25-styles';
import { loadCorpus, splitOf } from './corpus';
import type { ReportedHost } from './reported-styles';
import type { SpamFamily } from '../../src/spam/types';

export type Evidence26Split = 'dev' | 'heldout';
export const EVIDENCE26_SEEDS: Record<Evidence26Split, number> = { dev: 261, heldout: 263 };
export const EVIDENCE_KINDS = ['none', 'mechanical', 'twice', 'headline'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const PAYLOADS = ['clause', 'news', 'none'] as const;
export type Payload = (typeof PAYLOADS)[number];

/** Chatty lines a farm pastes mid-sentence: written for no page, in a voice (no closing mark: they go inside a sentence). */
const CLAUSES: Record<Evidence26Split, readonly string[]> = {
  heldout: [
    '说真的这家火锅店我能连吃一个月',
    '下辈子我一定要当一只被人宠着的猫',
    '有没有人和我一样每天早上都起不来',
    '今年过年回家又要被七大姑八大姨问对象了',
    '月薪三千的我终于买得起一杯咖啡了',
    '谁能告诉我为什么周一总是来得这么快',
    '早知道当初就该好好学习，现在后悔也来不及了',
    '刚刚楼上又在装修，吵得人脑袋都要炸了',
    '喜欢一个人是藏不住的，就算捂住嘴巴也会从眼睛里跑出来',
    '快递已经三天没动静了，心好累',
    '姐妹们这个口红颜色真的绝了',
    '人到中年才明白，健康比什么都重要啊',
    '昨晚梦见自己中了五百万，醒来还得去上班',
    '小区门口的煎饼果子涨价了，一块钱都不让',
    '这个冬天一定要瘦下来，不然没脸见人',
    '你们说养狗和养猫到底哪个更省心',
  ],
  dev: [
    '今天又是被老板骂哭的一天',
    '好想辞职去大理开一家民宿',
    '这届网友真是太有才了，笑死我了',
    '我妈又催我相亲了，真是愁死人',
    '奶茶续命的日子什么时候是个头',
    '听说明天降温，大家记得多穿点',
    '单身久了，看谁都像是好人',
    '朋友圈里的人好像每天都在旅游',
    '我决定从明天开始早睡早起',
    '地铁上看到一个小哥哥长得真帅',
    '打工人的快乐就是周五下午的那杯咖啡',
    '这部剧已经刷了三遍了，还是会哭',
    '谁懂啊，外卖又送错了',
    '隔壁家的狗半夜一直叫个不停',
    '有钱真好，可惜没有',
    '最近迷上了做饭，感觉自己是个厨神',
  ],
};

/** The writer's asides: a columnist's own voice or a chatty frame, whole sentences (real text). */
const ASIDES: Record<Evidence26Split, readonly string[]> = {
  heldout: [
    '说实话，我第一次听说这件事时也不太相信。',
    '写到这里，我想起了自己小时候的外婆家。',
    '我在采访中发现，很多人其实并不了解这项规定。',
    '让人意想不到的是，事情很快有了转机。',
    '谁也没有料到，一场小雨竟引出这么多麻烦。',
    '不得不说，这样的做法值得借鉴。',
    '你也许会问，这样做到底值不值得？',
    '老实讲，换了谁碰上这种事都会着急。',
  ],
  dev: [
    '说句心里话，我很佩服这些默默付出的人。',
    '我曾在一个冬天的早晨去过那里。',
    '不妨设想一下，如果换作是你会怎么做。',
    '让人感慨的是，这样的故事并不少见。',
    '说来也巧，我的一位朋友也有过相同的遭遇。',
    '坦白讲，我对这个结果并不意外。',
    '我们不妨换个角度看这个问题。',
    '回头想想，很多事其实早有征兆。',
  ],
};

const MECHANICAL: readonly SpamFamily[] = ['pinyin', 'symbol', 'seo', 'jammer', 'domain', 'punctuation'];
const HAN = /\p{Script=Han}/u;

export interface Evidence26Page {
  evidence: EvidenceKind;
  payload: Payload;
  aside: boolean;
  traditional: boolean;
  title: string;
  paragraphs: string[];
  /** Per paragraph: [start, end, family] of every pasted span, the payload's included. */
  truth: [number, number, SpamFamily][][];
  /** Per paragraph, parallel to truth: 'payload' for the measured paste, '' for the farm's other pastes. */
  styles: string[][];
  /** Per paragraph: [start, end) of the writer's digression and aside, where they stand whole. */
  lookalikes: [number, number, 'digression' | 'aside'][][];
}

/** Whether the families ./inject.ts drew (and the sentences it pasted) make the evidence kind. */
function fits(kind: EvidenceKind, page: InjectedPage): boolean {
  const families = new Set(page.truth.flat().map((s) => s[2]));
  const sentences = page.truth.flat().filter((s) => s[2] === 'sentence').length;
  switch (kind) {
    case 'none':
      return true;
    case 'mechanical':
      return families.size > 0 && [...families].every((f) => MECHANICAL.includes(f));
    case 'twice':
      return sentences >= 2;
    case 'headline':
      return families.has('title') && sentences === 0;
  }
}

/** Inserts `text` at `at` of paragraph `p`, shifting the spans that lie after it. */
function insert(page: Evidence26Page, p: number, at: number, text: string): void {
  const old = page.paragraphs[p] ?? '';
  page.paragraphs[p] = old.slice(0, at) + text + old.slice(at);
  const shift = <T extends [number, number, ...unknown[]]>(span: T): T => (span[0] >= at ? ([span[0] + text.length, span[1] + text.length, ...span.slice(2)] as T) : span);
  page.truth[p] = (page.truth[p] ?? []).map(shift);
  page.lookalikes[p] = (page.lookalikes[p] ?? []).map(shift);
}

/** Offsets of paragraph `p` outside every pasted span, where `ok` holds. */
function freeSpots(page: Evidence26Page, p: number, candidates: readonly number[]): number[] {
  const spans = [...(page.truth[p] ?? []), ...(page.lookalikes[p] ?? [])];
  return candidates.filter((at) => !spans.some(([a, b]) => at > a && at < b) && !spans.some(([a, b]) => at === a || at === b));
}

const donorCache: Partial<Record<Evidence26Split, string[]>> = {};
function donorsOf(split: Evidence26Split): string[] {
  donorCache[split] ??= newsSentences(loadCorpus().filter((d) => splitOf(d.url) === split));
  return donorCache[split] ?? [];
}

/**
 * The pages of host number `h`: one per digression page of ./digressions25-styles.ts (7 for a long host,
 * 21 for a short one), cycling through evidence kinds and payloads so every pair is met.
 */
export function evidence26PagesOf(host: ReportedHost, h: number, split: Evidence26Split, segment: (text: string) => string[], toTraditional: (text: string) => string): Evidence26Page[] {
  const seed = EVIDENCE26_SEEDS[split];
  const bases = digressions25PagesOf(host, h, split, (t) => t);
  return bases.map((base, n) => {
    const random = createRandom(seed * 100000 + h * 100 + n);
    const evidence = EVIDENCE_KINDS[(h + n) % EVIDENCE_KINDS.length] ?? 'none';
    const payload = PAYLOADS[(h * 7 + n) % PAYLOADS.length] ?? 'none';
    const aside = (h + n) % 2 === 1;
    // Where the digression stands (the one paragraph changed from the host's).
    const lookalikes: [number, number, 'digression' | 'aside'][][] = base.paragraphs.map((text, p) => {
      const was = host.paragraphs[p] ?? '';
      if (text === was) return [];
      let a = 0;
      while (text.charAt(a) === was.charAt(a)) a++;
      return [[a, a + text.length - was.length, 'digression']];
    });
    let injected: InjectedPage | null = null;
    if (evidence !== 'none') {
      for (let t = 0; t < 400 && !injected; t++) {
        const tried = injectSpam({ title: host.title, paragraphs: base.paragraphs }, seed * 1000003 + h * 1009 + n * 101 + t, split, segment);
        // ./inject.ts adds lines of their own after some paragraphs: keep pages whose paragraphs stay in step.
        if (tried.paragraphs.length === base.paragraphs.length && fits(evidence, tried)) injected = tried;
      }
    }
    const page: Evidence26Page = {
      evidence: injected ? evidence : 'none',
      payload,
      aside,
      traditional: (h + n) % 3 === 2,
      title: host.title,
      paragraphs: injected ? [...injected.paragraphs] : [...base.paragraphs],
      truth: injected ? injected.truth.map((s) => [...s]) : base.paragraphs.map(() => []),
      styles: injected ? injected.truth.map((s) => s.map(() => '')) : base.paragraphs.map(() => []),
      lookalikes: base.paragraphs.map(() => []),
    };
    // The digression's place after the farm's insertions: found again where it stands whole.
    lookalikes.forEach((spans, p) => {
      for (const [a, b] of spans) {
        const text = base.paragraphs[p]?.slice(a, b) ?? '';
        const at = page.paragraphs[p]?.indexOf(text) ?? -1;
        if (text && at >= 0) page.lookalikes[p]?.push([at, at + text.length, 'digression']);
      }
    });
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
    if (aside) {
      const spots = page.paragraphs.flatMap((text, p) => freeSpots(page, p, [...text.matchAll(/[。！？](?=\p{Script=Han})/gu)].map((m) => m.index + 1)).map((at) => [p, at] as const));
      const spot = pick(spots);
      const text = pick(ASIDES[split]) ?? '';
      if (spot) {
        insert(page, spot[0], spot[1], text);
        page.lookalikes[spot[0]]?.push([spot[1], spot[1] + text.length, 'aside']);
      }
    }
    if (payload === 'clause') {
      // A word boundary inside a sentence, Han on both sides.
      const spots = page.paragraphs.flatMap((text, p) => {
        const at: number[] = [];
        let i = 0;
        for (const word of segment(text)) {
          i += word.length;
          if (i < text.length && HAN.test(text.charAt(i - 1)) && HAN.test(text.charAt(i))) at.push(i);
        }
        return freeSpots(page, p, at).map((a) => [p, a] as const);
      });
      const spot = pick(spots);
      const text = pick(CLAUSES[split]) ?? '';
      if (spot) addPayload(page, spot[0], spot[1], text);
    } else if (payload === 'news') {
      const pasted = pasteNewsSentence(page.paragraphs, donorsOf(split), random);
      if (pasted && freeSpots(page, pasted.paragraph, [pasted.paste.at]).length) addPayload(page, pasted.paragraph, pasted.paste.at, pasted.paste.text);
    }
    if (page.traditional) {
      page.title = toTraditional(page.title);
      page.paragraphs = page.paragraphs.map(toTraditional);
    }
    return page;
  });
}

function addPayload(page: Evidence26Page, p: number, at: number, text: string): void {
  insert(page, p, at, text);
  const spans = page.truth[p] ?? [];
  const styles = page.styles[p] ?? [];
  spans.push([at, at + text.length, 'sentence']);
  styles.push('payload');
  page.truth[p] = spans;
  page.styles[p] = styles;
}
