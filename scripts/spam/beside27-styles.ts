/**
 * The writer's clause beside a paste (session 27, s27-places; frozen at its first commit: measure on
 * the held-out seed, tune on dev only, never edit the wordings or the places afterwards). QA26 lost a
 * writer's one-clause question that stood right before a pasted line, hidden with it between
 * sentences: a span that grows from a paste into the writer's clause beside it takes the writer's
 * words, the worst error a finder makes. This generator puts a short clause of the writer's right
 * before or right after a pasted piece, in every place a farm glues one:
 * - `between-before` / `between-after`: between two of the writer's sentences, the writer's clause
 *   a sentence of its own just before (。W P 下一句) or just after (。P W 下一句) the piece;
 * - `end-before` / `end-after`: after the paragraph's last stop (。W P / 。P W);
 * - `own-before` / `own-after`: the writer's clause a short paragraph of its own, the piece the
 *   paragraph after (or before) it;
 * - `comma-before`: the writer's clause after a comma of the writer's, closed with a comma, the piece
 *   after it closed with a comma (，W，P，…);
 * - `quote-before` / `quote-after`: inside the writer's quoted speech, the speaker's clause just
 *   before or after the piece (“W P…” / “…P W”).
 * The writer's clause is one of four kinds, each written for this generator with its own dev and
 * held-out wordings: a question (`question`), an exclamation (`exclaim`), a one-clause sentence of
 * narration (`narration`), and narration that uses the words farms urge readers with — click, follow,
 * share, comment, like, scan, download — about what people in the story did (`urging`).
 * The pieces are the older generators' own (./places25-styles.ts's six sources, ./lines25-wordings.ts's
 * lines), each split's wordings for that split. A third of the pages are Traditional.
 *
 * Truth: the piece (spam). Look-alike: the writer's clause (every character hidden is a defect).
 * Measure: `npx tsx scripts/spam/bench-beside27.ts` (held-out); `--split=dev --show=5` to build on.
 */
import type { Split } from './corpus';
import type { Article } from './inject';
import { WORDINGS as LINES25_WORDINGS, LINES25_KINDS } from './lines25-wordings';
import { PLACES25_SOURCES, pieceOf, quotationsIn } from './places25-styles';

export const BESIDE27_SOURCES = [...PLACES25_SOURCES, 'lines25'] as const;
export type Beside27Source = (typeof BESIDE27_SOURCES)[number];
export const BESIDE27_PLACES = ['between-before', 'between-after', 'end-before', 'end-after', 'own-before', 'own-after', 'comma-before', 'quote-before', 'quote-after'] as const;
export type Beside27Place = (typeof BESIDE27_PLACES)[number];
export const BESIDE27_CLAUSES = ['question', 'exclaim', 'narration', 'urging'] as const;
export type Beside27Clause = (typeof BESIDE27_CLAUSES)[number];
export const BESIDE27_SEEDS: Record<Split, number> = { dev: 2701, heldout: 2703 };

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/**
 * The writer's short clauses, without their closing mark (the place gives it: a comma inside a
 * sentence, the kind's own mark elsewhere). Written for this generator; no corpus or QA text.
 */
const CLAUSES: Record<Split, Record<Beside27Clause, readonly string[]>> = {
  dev: {
    question: ['这到底是怎么回事', '谁该为此负责', '问题究竟出在哪里', '钱最后去了哪儿', '为什么没人早点发现', '这样的规定合理吗', '家长们该怎么办', '下一步又会如何', '事情真有这么简单吗', '他们图的是什么'],
    exclaim: ['真是让人哭笑不得', '这一等就是整整三年', '谁也没想到会这样', '场面一度十分混乱', '这可急坏了家属', '结果令人大跌眼镜', '这下可热闹了', '好在有惊无险'],
    narration: ['记者随即赶往现场', '此事很快引发热议', '当晚雨一直没停', '两人随后报了警', '调查仍在进行中', '村里的路终于修通了', '她没有再说话', '工厂已经停产半年'],
    urging: ['不少网友在评论区留言', '该视频被转发了上万次', '他随手点开了那个链接', '许多读者纷纷点赞支持', '她扫码关注了那个账号', '家长们在群里互相转告', '他下载了对方发来的软件', '有人当场拨打了上面的电话'],
  },
  heldout: {
    question: ['这笔账该怎么算', '谁来保障他们的安全', '监管又在哪里', '这些孩子今后怎么办', '难道就没有别的办法', '损失由谁来承担', '为何一拖再拖', '当初的承诺还算数吗', '老人们能等多久', '背后还有多少类似的情况'],
    exclaim: ['这一幕让人心酸', '短短几分钟就被抢光了', '现场掌声雷动', '竟然一分钱都没退', '真是虚惊一场', '这个数字让人震惊', '大家都松了一口气', '一晃又是一年'],
    narration: ['消防员很快赶到', '这家店开了二十多年', '会议持续了三个小时', '他把材料交给了社区', '当天气温接近四十度', '事发路段已经恢复通行', '母亲一直守在病房外', '合同至今没有签下来'],
    urging: ['这条帖子很快被顶上了热搜', '网友纷纷私信博主询问详情', '她在朋友圈分享了这段经历', '不少人跟风下载了这款应用', '评论区里一片叫好声', '他按提示填写了银行卡号', '视频点赞量一夜破万', '居民们扫码加入了维权群'],
  },
};

const CLOSING: Record<Beside27Clause, readonly string[]> = { question: ['？'], exclaim: ['！', '。'], narration: ['。'], urging: ['。'] };

/** A short piece of a source in the split's wordings, on one line. */
function pieceText(source: Beside27Source, split: Split, random: Random, title: string): string {
  if (source !== 'lines25') return pieceOf(source, split, random, title).text;
  const makers = LINES25_WORDINGS[split].makers[pick(random, LINES25_KINDS)];
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  return pick(random, makers)((items) => pick(random, items), int).replace(/\s*\n\s*/gu, ' ').trim();
}

/** Positions right after a writer's stop with more of the writer's text after it, outside quotations. */
function stopsIn(text: string): number[] {
  const quotes = quotationsIn(text);
  return [...text.matchAll(/[。！？](?![”」』])/gu)].map((m) => m.index + 1).filter((i) => i > 2 && i < text.length - 2 && !quotes.some(([a, b]) => i >= a - 1 && i <= b + 1));
}

/** Positions right after a writer's comma followed by Han text, outside quotations. */
function commasIn(text: string): number[] {
  const quotes = quotationsIn(text);
  return [...text.matchAll(/，(?=\p{Script=Han})/gu)].map((m) => m.index + 1).filter((i) => i > 2 && !quotes.some(([a, b]) => i >= a - 1 && i <= b + 1));
}

export interface Beside27Page {
  title: string;
  paragraphs: string[];
  /** Per paragraph, the piece's characters [start, end). */
  truth: [number, number][][];
  /** Per paragraph, the writer's clause beside it [start, end) (its closing mark included). */
  writers: [number, number][][];
  traditional: boolean;
  clause: Beside27Clause;
}

/** The paragraphs that have the place (a quotation, a stop with a sentence after it, a comma…). */
function spotsFor(text: string, place: Beside27Place): number[] {
  if (place.startsWith('quote')) return quotationsIn(text).flatMap(([a, b]) => [a, b]);
  if (place === 'comma-before') return commasIn(text);
  if (place.startsWith('between')) return stopsIn(text);
  return /[。！？”」]$/u.test(text) ? [text.length] : [];
}

/**
 * One page: the article with one piece of `source` and one writer's clause beside it at `place`
 * (and, on half the pages, a second pair in another paragraph).
 */
export function beside27Page(article: Article, source: Beside27Source, place: Beside27Place, split: Split, random: Random, toTraditional: (text: string) => string): Beside27Page {
  const traditional = random() < 1 / 3;
  const script = traditional ? toTraditional : (text: string) => text;
  const clause = pick(random, BESIDE27_CLAUSES);
  const paragraphs: string[] = [];
  const truth: [number, number][][] = [];
  const writers: [number, number][][] = [];
  const push = (text: string, t: [number, number][], w: [number, number][]): void => {
    paragraphs.push(text);
    truth.push(t);
    writers.push(w);
  };
  const pool = article.paragraphs.flatMap((text, p) => (spotsFor(text, place).length ? [p] : []));
  const chosen = new Set<number>();
  const count = 1 + Math.floor(random() * 2);
  for (let k = 0; k < count && pool.length; k++) chosen.add(pick(random, pool));
  if (!chosen.size) chosen.add(Math.max(0, article.paragraphs.length - 1));
  article.paragraphs.forEach((source0, p) => {
    const text = script(source0);
    if (!chosen.has(p)) return push(text, [], []);
    const piece = script(pieceText(source, split, random, article.title));
    const words = script(pick(random, CLAUSES[split][clause]));
    const mark = pick(random, CLOSING[clause]);
    if (place === 'own-before' || place === 'own-after') {
      const writer = words + mark;
      push(text, [], []);
      if (place === 'own-before') {
        push(writer, [], [[0, writer.length]]);
        return push(piece, [[0, piece.length]], []);
      }
      push(piece, [[0, piece.length]], []);
      return push(writer, [], [[0, writer.length]]);
    }
    const spots = spotsFor(source0, place);
    const cut = spots.length ? pick(random, spots) : text.length;
    const before = text.slice(0, cut);
    const after = text.slice(cut);
    if (place === 'comma-before') {
      const writer = `${words}，`;
      const glued = `${piece}，`;
      return push(`${before}${writer}${glued}${after}`, [[cut + writer.length, cut + writer.length + glued.length]], [[cut, cut + writer.length]]);
    }
    // Inside a quotation the speaker's clause closes with a comma or its mark; elsewhere with its mark.
    const inQuote = place.startsWith('quote');
    const writer = words + (inQuote && place === 'quote-before' && random() < 0.5 ? '，' : mark);
    const gap = pick(random, ['', '', ' ']);
    if (place.endsWith('before')) {
      const w: [number, number] = [cut, cut + writer.length];
      const t: [number, number] = [w[1] + gap.length, w[1] + gap.length + piece.length];
      return push(`${before}${writer}${gap}${piece}${after}`, [t], [w]);
    }
    const t: [number, number] = [cut, cut + piece.length];
    const w: [number, number] = [t[1] + gap.length, t[1] + gap.length + writer.length];
    return push(`${before}${piece}${gap}${writer}${after}`, [t], [w]);
  });
  return { title: script(article.title), paragraphs, truth, writers, traditional, clause };
}
