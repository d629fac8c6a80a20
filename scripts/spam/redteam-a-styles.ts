/**
 * Red-team generator for part A's spam classes (issue 12, session 17), written by s17-blocks for
 * s17-mech's finders, which its writer never read: a farm sentence pasted twice, keyword stuffing,
 * hashtags, reading-progress and read-more chrome, garbled word order, separators between the
 * characters of an article's own word, and a site notice glued with no full stop before the
 * writer's next sentence. One more style, `rt-lookalike`, pastes the writer's text that looks like
 * these (a refrain, a story about search keywords or a hashtag campaign, a list of tags under
 * discussion, a foreign name with its middle dot): nothing in it is spam, and the finders must
 * leave it.
 *
 * Measuring only: there is no dev split. Held-out and fresh use different wordings (fresh leans on
 * Traditional and on shapes held-out never shows). Truth is exact: each paste's own characters
 * (for separators in a word, only the separators; a garbled sentence, the reordered words; a
 * glued notice, the notice alone). Frozen once landed: change a wording and the figures move.
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage } from './inject';

export const REDTEAM_A_STYLES = ['rt-twice', 'rt-stuffing', 'rt-hashtag', 'rt-progress', 'rt-garbled', 'rt-sep-word', 'rt-notice-glued', 'rt-lookalike'] as const;
export type RedteamAStyle = (typeof REDTEAM_A_STYLES)[number];
export type RedteamSplit = 'heldout' | 'fresh';
/** Seeds of no other generator's (unseen-styles has 41/47, bench-shapes 31/32/37). */
export const REDTEAM_A_SEEDS: Record<RedteamSplit, number> = { heldout: 73, fresh: 79 };

export const REDTEAM_A_FAMILY: Record<RedteamAStyle, SpamFamily> = {
  'rt-twice': 'sentence',
  'rt-stuffing': 'seo',
  'rt-hashtag': 'seo',
  'rt-progress': 'seo',
  'rt-garbled': 'sentence',
  'rt-sep-word': 'jammer',
  'rt-notice-glued': 'seo',
  'rt-lookalike': 'seo',
};

export interface RedteamPage extends InjectedPage {
  /** Per paragraph: the writer's look-alike text pasted by `rt-lookalike` (no truth: must stay). */
  lookalike: [number, number][][];
}

/**
 * An empty page and the one way to add a paragraph to it: `spans` are the pastes in it, truth of
 * `family` unless the style is the writer's look-alike text (`clean`), kept apart then (no truth).
 * The session-18 generators (glued, mech, blocks-dev) build their pages with it.
 */
export function pageWriter(title: string, family: SpamFamily, style: string, clean: boolean): { page: RedteamPage; push(text: string, spans: [number, number][]): void } {
  const page: RedteamPage = { title, paragraphs: [], truth: [], styles: [], links: [], families: clean ? [] : [family], lookalike: [] };
  const push = (text: string, spans: [number, number][]): void => {
    page.paragraphs.push(text);
    page.truth.push(clean ? [] : spans.map(([a, b]) => [a, b, family]));
    page.styles.push(clean ? [] : spans.map(() => style));
    page.links.push([]);
    page.lookalike.push(clean ? spans : []);
  };
  return { page, push };
}

interface Words {
  /** Farm sentences a page carries twice. */
  promos: string[];
  /** Search keywords a farm stuffs, and what it appends to the article's own words. */
  keywords: string[];
  keywordTails: string[];
  keywordJoins: string[];
  keywordLabels: string[];
  topics: string[];
  /** Reading chrome: fixed lines, and templates with a number ({n}). */
  progress: string[];
  separators: string[];
  notices: string[];
  /** The writer's own text like the classes, each a sentence or two; `{k}` a keyword of the article. */
  lookalikes: string[];
  /** A refrain the writer opens and closes with (two paragraphs). */
  refrains: [string, string][];
}

const WORDS: Record<RedteamSplit, Words> = {
  heldout: {
    promos: [
      '每天学一点，生活更轻松。',
      '喜欢这篇内容的朋友别忘了点个赞哦。',
      '关注小编，带你了解更多身边新鲜事',
      '本号每日更新，精彩不断，敬请期待！',
      '转给家人朋友，让更多人知道。',
      '想了解更多，请持续关注我们',
    ],
    keywords: ['今日头条', '最新消息', '热点新闻', '新闻联播', '今日新闻', '热门资讯', '头条新闻', '实时新闻'],
    keywordTails: ['最新消息', '是什么意思', '怎么样', '排行榜', '官网', '多少钱', '视频', '最新进展', '百科'],
    keywordJoins: ['，', ' ', '、', ',', '  '],
    keywordLabels: ['', '', '', '相关搜索：', '热搜词：', '本文关键词 '],
    topics: ['今日热点', '社会新闻', '身边事', '民生关注', '正能量', '热门话题', '每日一读'],
    progress: [
      '展开全文',
      '展开全文∨',
      '点击展开全文',
      '阅读全文>',
      '剩余{n}%内容未读，点击展开',
      '阅读时间约{n}分钟',
      '全文约{n}字，阅读需要{m}分钟',
      '已阅读{n}%',
      '打开APP，阅读全文',
      '下载客户端继续阅读',
      '登录后可查看全文',
      '本文共{m}页，点击进入下一页',
      '展开剩余{n}%',
      '……展开全文',
      '（未完，点击下一页继续）',
    ],
    separators: ['/', '·', '*', '丨', '_', '.', '-', '|', ' '],
    notices: [
      '本文来源于网络如有侵权请联系删除',
      '以上内容转载自网络仅供参考',
      '图文来自网络侵删',
      '文章观点仅代表作者本人不代表本平台立场',
      '本篇资讯整理自互联网若有不妥请告知',
      '声明：部分内容来自网友投稿',
    ],
    lookalikes: [
      '记者在某电商平台输入“{k}”“{k}价格”“{k}哪家好”等关键词，搜索结果多达上千条。',
      '活动发起后，#我的家乡变化#话题在微博上的阅读量很快突破两亿，不少网友晒出了老照片。',
      '这些短视频被平台打上了“搞笑”“萌宠”“日常”等标签，推荐给了更多用户。',
      '调查显示，读者在手机上读完一篇长文的比例不足三成，多数人看到“展开全文”就离开了。',
      '美国物理学家理查德·费曼曾说过，科学就是相信专家是会犯错的。',
      '这款软件的月活跃用户约为300万，日均使用时长约为40分钟/人。',
      '所谓“关键词排名”，就是商家花钱让自己的网站出现在搜索结果的前几位。',
      '话题标签#{k}#由一名大学生发起，三天内有上万人参与讨论。',
    ],
    refrains: [
      ['“再难也要走下去。”这是老张常挂在嘴边的一句话。', '再难也要走下去。老张说，这句话他还会对年轻人说下去。'],
      ['“把每一件小事做好。”这是车间墙上写着的一句话。', '把每一件小事做好，这句话，工人们记了二十年。'],
    ],
  },
  fresh: {
    promos: [
      '覺得有用就分享給身邊的人吧！',
      '每天三分钟，涨知识不费力',
      '更多精彩內容，盡在本頻道。',
      '点个在看，好运常伴～',
      '小编整理不易，转发就是最大的支持。',
      '记得收藏本页，方便下次查看',
    ],
    keywords: ['熱門新聞', '即時新聞', '今日要聞', '新聞頭條', '最新報導', '焦點新聞', '每日快讯', '热搜榜'],
    keywordTails: ['最新報導', '原因', '真相', '怎麼辦', '圖片', '全文', '在線看', '是真的吗', '詳情'],
    keywordJoins: ['|', '／', ' ', '，', '；'],
    keywordLabels: ['', '', 'Tags：', '熱門搜尋：', '相关词条 ', '搜索热词：'],
    topics: ['熱門話題', '今日关注', '新聞速遞', '大家都在看', '城市生活', '社會萬象', '好消息', 'news', 'TodayNews', '每日推薦'],
    progress: [
      '閱讀全文',
      '▼ 展开阅读全文',
      '繼續閱讀 ›',
      '還剩{n}%未讀',
      '預計閱讀時間：{m}分鐘',
      '本文字数：{n}00 | 阅读时长：{m}分钟',
      '阅读进度 {n}%',
      '在APP內打開，閱讀體驗更佳',
      '前往App查看完整內容',
      '点击加载更多',
      '以下内容需打开客户端查看',
      '第1页 / 共{m}页',
      '余下{n}%，登入後繼續閱讀',
      '>>下滑繼續',
    ],
    separators: ['／', '•', '＊', '∣', '~', '…', '　', '╱', '．'],
    notices: [
      '本文轉載自網絡如有侵權請聯繫刪除',
      '資料來源網路僅作分享之用',
      '內容源自網友投稿不代表本站觀點',
      '侵权必删',
      '免责声明本文内容仅供参考不构成任何建议',
      '文字和图片来自互联网版权归原作者',
    ],
    lookalikes: [
      '不少商家在商品標題裡堆砌“{k}”“正品”“包郵”等關鍵詞，平台已開始整治。',
      '今年的“#光盘行动#”话题由共青团发起，网友纷纷晒出自己吃得干干净净的餐盘。',
      '展覽把作品分成“城市”“記憶”“遠方”三個標籤，觀眾可以按標籤參觀。',
      '有研究者統計了讀者的閱讀進度，發現讀到一半就放棄的人超過四成。',
      '法國作家維克多·雨果的《悲慘世界》，至今仍被反覆改編。',
      '该路段限速60公里/小时，超速50%以上将被吊销驾照。',
      '所謂“SEO”，指的是讓網頁在搜索引擎中排得更靠前的一整套做法。',
      '她把自己的日记分成#工作##家庭##读书#三类，坚持记了十年。',
    ],
    refrains: [
      ['“慢一点，稳一点。”這是王師傅教徒弟的第一句話。', '慢一點，穩一點。王師傅說，這六個字夠用一輩子。'],
      ['“村里的路，要自己修。”这是老支书那年说的话。', '村里的路，要自己修。如今这句话刻在了村口的石碑上。'],
    ],
  },
};

const HAN = /\p{Script=Han}/u;

interface Edit {
  paragraph: number;
  at: number;
  text: string;
  /** The original characters [at, replaceEnd) are replaced (a garbled sentence). */
  replaceEnd?: number;
  /** Spans of `text` that are spam, relative to `text` (default: all of it). */
  truth?: [number, number][];
  lookalike?: boolean;
  /** A line of its own after `paragraph` (before it, with `before`). */
  ownLine?: boolean;
  before?: boolean;
}

/** Ends of the sentences of a paragraph (offsets after 。！？), its end excluded. */
const sentenceEnds = (text: string): number[] => [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);

/** Sentences of a paragraph, [start, end) with the end mark excluded, of 8–60 characters. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/[。！？]/gu)) {
    if (m.index - start >= 8 && m.index - start <= 60) out.push([start, m.index]);
    start = m.index + 1;
  }
  return out;
}

/** A place for a sentence-sized paste: a paragraph's end, after a full stop, or a line of its own. */
function sentenceSpot(paragraphs: readonly string[], random: () => number): Edit {
  const p = Math.floor(random() * paragraphs.length);
  const text = paragraphs[p] ?? '';
  const where = random();
  const ends = sentenceEnds(text);
  if (where < 0.35 && ends.length) return { paragraph: p, at: ends[Math.floor(random() * ends.length)] ?? 0, text: '' };
  if (where < 0.6) return { paragraph: p, at: text.length, text: '' };
  if (where < 0.75) return { paragraph: p, at: 0, text: '' };
  return { paragraph: p, at: 0, text: '', ownLine: true };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The article's topical words of 2–4 Han characters (the title's, and those said twice or more): what a farm or a writer would name. */
function articleWords(article: Article, segment: (text: string) => string[]): string[] {
  const isWord = (w: string): boolean => w.length >= 2 && w.length <= 4 && [...w].every((c) => HAN.test(c));
  const counts = new Map<string, number>();
  for (const word of article.paragraphs.flatMap((t) => segment(t)).filter(isWord)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const title = segment(article.title).filter(isWord);
  return [...new Set([...title, ...[...counts].filter(([, n]) => n >= 2).map(([w]) => w)])];
}

/** The words of a sentence reordered so that it reads garbled (never the original order); its punctuation stays put. */
function garble(words: string[], random: () => number): string | null {
  const slots = words.map((word, i) => (HAN.test(word) ? i : -1)).filter((i) => i >= 0);
  if (slots.length < 4) return null;
  const moved = slots.map((i) => words[i] as string);
  const mode = random();
  let order: string[];
  if (mode < 0.4) order = shuffled(moved, random);
  else if (mode < 0.7) {
    // Neighbouring words swapped pairwise: the farm's light touch.
    order = [...moved];
    for (let i = Math.floor(random() * 2); i + 1 < order.length; i += 2) [order[i], order[i + 1]] = [order[i + 1] as string, order[i] as string];
  } else {
    // The halves exchanged, each half's words reversed.
    const cut = 1 + Math.floor(random() * (moved.length - 1));
    order = [...moved.slice(cut).reverse(), ...moved.slice(0, cut).reverse()];
  }
  const out = [...words];
  slots.forEach((i, k) => (out[i] = order[k] as string));
  const text = out.join('');
  return text === words.join('') ? null : text;
}

/** The edits of one page in `style`. `donors` are sentences of other articles (another story). */
function editsOf(article: Article, style: RedteamAStyle, split: RedteamSplit, random: () => number, segment: (text: string) => string[], donors: readonly string[]): Edit[] {
  const w = WORDS[split];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const paragraphs = article.paragraphs;
  const out: Edit[] = [];
  const count = int(1, 3);
  const own = articleWords(article, segment);
  switch (style) {
    case 'rt-twice': {
      const text = random() < 0.5 ? pick(w.promos) : pick(donors);
      for (let n = 0, tries = 0; n < 2 && tries < 20; tries++) {
        const at = sentenceSpot(paragraphs, random);
        if (out.some((o) => o.paragraph === at.paragraph)) continue;
        out.push({ ...at, text: at.ownLine || /[。！？～!]$/u.test(text) ? text : `${text}。` });
        n++;
      }
      return out;
    }
    case 'rt-stuffing':
      for (let n = 0; n < count; n++) {
        const fromArticle = shuffled(own, random).slice(0, int(1, 3)).map((k) => (random() < 0.6 ? `${k}${pick(w.keywordTails)}` : k));
        // The head keyword from the headline's words, which come first.
        const head = own.length ? (own[Math.floor(random() * Math.min(own.length, 4))] as string) : pick(w.keywords);
        // Mixed keywords, or one of the article's words with the tails searchers add to it.
        const run = random() < 0.6 ? shuffled([...fromArticle, ...shuffled(w.keywords, random).slice(0, int(1, 4))], random) : [head, ...shuffled(w.keywordTails, random).slice(0, int(2, 4)).map((t) => `${head}${t}`)];
        const text = `${pick(w.keywordLabels)}${run.join(pick(w.keywordJoins))}`;
        const at = sentenceSpot(paragraphs, random);
        out.push({ ...at, text });
      }
      return out;
    case 'rt-hashtag':
      for (let n = 0; n < count; n++) {
        const tags = shuffled([...shuffled(own, random).slice(0, int(0, 2)), ...shuffled(w.topics, random).slice(0, int(1, 3))], random);
        const form = random();
        const text = form < 0.5 ? tags.map((t) => `#${t}#`).join(pick(['', ' '])) : form < 0.8 ? tags.map((t) => `#${t}`).join(' ') : tags.map((t) => `＃${t}`).join(' ');
        const at = sentenceSpot(paragraphs, random);
        // A tag after a sentence inside a paragraph is followed by a space before the next one.
        out.push({ ...at, text: form >= 0.5 && !at.ownLine && at.at < (paragraphs[at.paragraph] ?? '').length ? `${text} ` : text });
      }
      return out;
    case 'rt-progress':
      for (let n = 0, lines = int(1, 2); n < lines; n++) {
        const text = pick(w.progress).replace('{n}', String(int(12, 88))).replace('{m}', String(int(2, 9)));
        const at = random() < 0.5 ? { paragraph: paragraphs.length - 1 - Math.floor(random() * Math.min(2, paragraphs.length)), at: 0, text: '', ownLine: true } : sentenceSpot(paragraphs, random);
        out.push({ ...at, text });
      }
      return out;
    case 'rt-garbled': {
      // The article's own sentence reordered in place, or (1 in 3) another story's pasted garbled.
      const garbled = int(1, 2);
      for (let tries = 0; out.length < garbled && tries < 20; tries++) {
        if (random() < 1 / 3) {
          const text = garble(segment(pick(donors).replace(/[。！？]$/u, '')), random);
          if (text) out.push({ ...sentenceSpot(paragraphs, random), text: `${text}。` });
          continue;
        }
        const p = Math.floor(random() * paragraphs.length);
        const ranges = sentences(paragraphs[p] ?? '');
        if (ranges.length === 0) continue;
        const [start, end] = pick(ranges);
        if (out.some((o) => o.paragraph === p && o.at === start)) continue;
        const text = garble(segment((paragraphs[p] ?? '').slice(start, end)), random);
        if (text) out.push({ paragraph: p, at: start, replaceEnd: end, text });
      }
      return out;
    }
    case 'rt-sep-word': {
      const sep = pick(w.separators);
      for (let n = 0, words = int(1, 4); n < words; n++) {
        const p = Math.floor(random() * paragraphs.length);
        const text = paragraphs[p] ?? '';
        const starts: [number, string][] = [];
        let at = 0;
        for (const word of segment(text)) {
          if (word.length >= 2 && word.length <= 4 && [...word].every((c) => HAN.test(c))) starts.push([at, word]);
          at += word.length;
        }
        if (starts.length === 0) continue;
        const [start, word] = pick(starts);
        if (out.some((o) => o.paragraph === p && o.at >= start && o.at <= start + word.length)) continue;
        const gap = random() < 0.8 ? sep : `${sep}${sep}`;
        for (let i = 1; i < word.length; i++) out.push({ paragraph: p, at: start + i, text: gap });
      }
      return out;
    }
    case 'rt-notice-glued':
      for (let n = 0, notices = int(1, 2); n < notices; n++) {
        const p = Math.floor(random() * paragraphs.length);
        // Before the writer's next sentence: after a full stop, or at the paragraph's start.
        const spots = [0, ...sentenceEnds(paragraphs[p] ?? '')];
        out.push({ paragraph: p, at: pick(spots), text: `${pick(w.notices)}${pick(['', '', ' ', '　'])}` });
      }
      return out;
    case 'rt-lookalike': {
      const keyword = own.length ? pick(own) : '手机';
      if (random() < 0.4) {
        const [open, close] = pick(w.refrains);
        out.push({ paragraph: 0, at: 0, text: open, ownLine: true, lookalike: true }, { paragraph: paragraphs.length - 1, at: 0, text: close, ownLine: true, lookalike: true });
      }
      for (let n = 0, texts = int(1, 2); n < texts; n++) {
        const text = pick(w.lookalikes).replaceAll('{k}', keyword);
        const p = Math.floor(random() * paragraphs.length);
        const ends = sentenceEnds(paragraphs[p] ?? '');
        out.push(random() < 0.4 || ends.length === 0 ? { paragraph: p, at: 0, text, ownLine: true, lookalike: true } : { paragraph: p, at: pick(ends), text, lookalike: true });
      }
      return out;
    }
  }
}

/**
 * A clean article with one style's pastes, their truth, and (rt-lookalike) where the writer's
 * look-alike text stands. `toTraditional` (character for character, offsets hold) turns the whole
 * page Traditional on some pages: 3 in 10 held-out, 1 in 2 fresh.
 */
export function redteamAPage(
  article: Article,
  style: RedteamAStyle,
  split: RedteamSplit,
  random: () => number,
  segment: (text: string) => string[],
  donors: readonly string[],
  toTraditional: (text: string) => string,
): RedteamPage {
  const family = REDTEAM_A_FAMILY[style];
  const edits = editsOf(article, style, split, random, segment, donors);
  const traditional = random() < (split === 'fresh' ? 0.5 : 0.3);
  const page: RedteamPage = { title: article.title, paragraphs: [], truth: [], styles: [], links: [], families: edits.length && style !== 'rt-lookalike' ? [family] : [], lookalike: [] };
  const push = (text: string, truth: [number, number, SpamFamily][], lookalike: [number, number][]): void => {
    page.paragraphs.push(text);
    page.truth.push(truth);
    page.styles.push(truth.map(() => style));
    page.links.push([]);
    page.lookalike.push(lookalike);
  };
  const line = (edit: Edit): void => push(edit.text, edit.lookalike ? [] : [[0, edit.text.length, family]], edit.lookalike ? [[0, edit.text.length]] : []);
  article.paragraphs.forEach((original, p) => {
    for (const edit of edits.filter((e) => e.paragraph === p && e.ownLine && e.before)) line(edit);
    let text = '';
    let from = 0;
    const truth: [number, number, SpamFamily][] = [];
    const lookalike: [number, number][] = [];
    for (const edit of edits.filter((e) => e.paragraph === p && !e.ownLine).sort((a, b) => a.at - b.at)) {
      // Two pastes at one spot would read as one: keep the first.
      if (edit.at < from || (edit.at === from && from > 0 && (truth.length || lookalike.length))) continue;
      text += original.slice(from, edit.at);
      from = edit.replaceEnd ?? edit.at;
      if (edit.lookalike) lookalike.push([text.length, text.length + edit.text.length]);
      else for (const [a, b] of edit.truth ?? [[0, edit.text.length]]) truth.push([text.length + a, text.length + b, family]);
      text += edit.text;
    }
    text += original.slice(from);
    push(text, truth, lookalike);
    for (const edit of edits.filter((e) => e.paragraph === p && e.ownLine && !e.before)) line(edit);
  });
  if (traditional) {
    page.title = toTraditional(page.title);
    page.paragraphs = page.paragraphs.map(toTraditional);
  }
  return page;
}

/** Sentences of other articles a page may take as "another story's" (8–40 characters, ending a sentence). */
export function donorSentences(articles: readonly Article[]): string[] {
  return articles.flatMap((a) => a.paragraphs.flatMap((t) => t.match(/[^。！？]{8,40}[。！？]/gu) ?? []));
}
