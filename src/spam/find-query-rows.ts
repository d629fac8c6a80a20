/**
 * Family "seo", query rows: three or more search queries set apart by spaces, with no punctuation and
 * no predicate joining them, glued into the writer's paragraph (…，X十大品牌 X哪个牌子好 X官方旗舰店，…).
 * A farm picks the queries from the story's own words, so what gives the row away is its shape and
 * what its chunks ask a search engine: the trade's heads (哪家好, 多少钱, 价格, 排名, 教程, 出租, 下载 …),
 * a betting word, or one word repeated across chunks (the topic a query is built on).
 *
 * Writers set words apart by spaces too: a caption's names (王明 李华 陈静), a timetable, a poem's
 * half-lines, Latin in Chinese (在 HTML 里), a headline's phrases, a tag line after its label. None
 * asks a search engine in two chunks; a row after a colon is a list the writer labelled (tag lines
 * are ./find-tag-lines.ts's); a chunk must hold two Han characters.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import gamblingWords from './gambling-words.json';
import type { SpamSpan } from './types';

/** What a chunk asks a search engine: price, choice, where to buy or rent, how-to, a download. */
const QUERY_HEAD =
  /哪家|哪个|哪里|哪款|什么牌子|多少|价格|报价|价目|费用|学费|收费|排行|排名|十大|品牌|测评|评测|对比|怎么选|怎么样|攻略|教程|大全|图解|图片|壁纸|视频|下载|官网|电话|地址|加盟|代理|批发|厂家|直销|代购|旗舰店|专卖店|专卖|门店|实体店|好用|路线|旅游|出租|租房|分租|直租|整租|合租|室一厅|二手|急售|近地铁|近捷运|地铁口|学区|户型|优惠|折扣|打折|团购|特价|报名|培训|考证|门票|推荐|包邮|免费|网购|购买|售后|维修|上门|安装|招聘|兼职|做法/u;
/** What a betting row promises (提现秒到, 首充送, 必中) beside the game words of ./gambling-words.json. */
export const BETTING = new RegExp(`提现|到账|彩金|首充|注册送|包中|包红|必中|稳赚|稳赢|让分|大小球|竞猜|竞彩|投注|下注|荷官|真人视讯|棋牌|赢现金|${(gamblingWords as string[]).map((w) => toSimplifiedForm(w)).join('|')}`, 'u');

/** A stretch between two marks: after the paragraph's start, a mark, a quote or a bracket (［详细］), up to the next. */
const STRETCH = /(?<=^|[，,。！？!?；;“”「」『』（）()［］【】、：:])[^，,。！？!?；;：:“”「」『』（）()［］【】、\n]+/gu;
/** A chunk: two to twelve letters or Han (two Han at least); a figure is the writer's list (每人1万 烈士每人3万). */
const CHUNK = /^[\p{Script=Han}A-Za-z]{2,12}$/u;
const HAN = /\p{Script=Han}/gu;
/** Marks a row may follow or precede: it stands between the writer's clauses or sentences. */
const EDGE = /[，,。！？!?；;“”「」『』（）()［］【】、]/u;

const hanCount = (chunk: string): number => chunk.match(HAN)?.length ?? 0;
const asks = (chunk: string): boolean => QUERY_HEAD.test(chunk) || BETTING.test(chunk);
/** A query's head standing bare (视频, 官网): cut from the writer's words glued on, it may start the writer's word (视频号). */
const bareHead = (chunk: string): boolean => !BETTING.test(chunk) && QUERY_HEAD.exec(chunk)?.[0] === chunk;

/** Two-Han pairs of a chunk (the topic a row's queries are built on repeats as one). */
function pairsOf(chunk: string): Set<string> {
  const pairs = new Set<string>();
  for (let k = 0; k + 2 <= chunk.length; k++) if (hanCount(chunk.slice(k, k + 2)) === 2) pairs.add(chunk.slice(k, k + 2));
  return pairs;
}

/** A two-character word repeated in two chunks or more. */
function repeatedPairs(chunks: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const chunk of chunks) for (const pair of pairsOf(chunk)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 2).map(([pair]) => pair));
}

const EVIDENCE = new RegExp(`${QUERY_HEAD.source}|${BETTING.source}`, 'gu');
/** Longer than this, an edge chunk may carry the writer's words glued to it with no mark. */
const EDGE_CHUNK = 6;

/**
 * Whether `at` falls between two words of `piece` (jieba's cut): a row's edge inside a piece of the
 * writer's words glued to it is where a word ends. A query word that is only the start of the
 * writer's longer word (视频 of 视频号都转发了) leaves the piece whole, the writer's. Without a
 * segmenter every offset counts.
 */
function isWordEnd(piece: string, at: number, cut?: (text: string) => string[]): boolean {
  if (!cut || at <= 0 || at >= piece.length) return true;
  let end = 0;
  for (const word of cut(piece)) {
    end += word.length;
    if (end >= at) return end === at;
  }
  return false;
}

/**
 * Where a row's first chunk starts in a first piece that carries the writer's words glued before it
 * with no mark (…排练视频在网上[X哪家好] …), or -1. A query is a noun phrase ending in its head
 * (X价格, X哪家好, 百家乐技巧), or it starts with the topic the row repeats: so the chunk starts at a
 * query word that ends the piece (at most two characters after it), or at the repeated topic right
 * before a query word (…感受爱心椅子[献爱心价格]). A query word with more of the writer's clause after
 * it is the writer's (视频 in 视频在网上, 官网 in 更新了官网百家乐技巧): the writer's clause ends in
 * nouns a query also uses, and a row glued on after them must not take them.
 */
function firstChunkStart(piece: string, repeated: ReadonlySet<string>): number {
  for (const m of piece.matchAll(EVIDENCE)) {
    let from = m.index;
    while (from >= 2 && repeated.has(piece.slice(from - 2, from))) from--;
    // The loop stops on the topic's second character: its first is one back.
    const onTopic = from < m.index;
    if (onTopic) from--;
    if (onTopic || piece.length - (m.index + m[0].length) <= 2) return from;
  }
  return -1;
}

/**
 * The row inside a stretch between two marks, as [start, end) and its chunks. The middle pieces must
 * be chunks; an edge piece longer than a short query may hold the writer's words glued on with no mark
 * of their own (…应转变[竞彩足球 …] or […官方旗舰店]供奉”): the first starts at the topic the row repeats
 * or at its first query word, the last ends at its last query word, or the piece is the writer's.
 */
function rowIn(stretch: string, cut?: (text: string) => string[]): { start: number; end: number; chunks: string[] } | null {
  const pieces: { text: string; at: number }[] = [];
  for (const m of stretch.matchAll(/[^ \u3000]+/gu)) pieces.push({ text: m[0], at: m.index });
  if (pieces.length < 3) return null;
  const repeated = repeatedPairs(pieces.map((p) => p.text));
  const isChunk = (text: string): boolean => CHUNK.test(text) && hanCount(text) >= 2;
  // A first piece may be the writer's words before the row (…靠不住 [汽车逃生器保险]真钱斗地主 …): read again.
  for (let tries = 0; tries < 2 && pieces.length; tries++) {
    const first = pieces[0] as { text: string; at: number };
    if (first.text.length <= EDGE_CHUNK && isChunk(first.text)) break;
    const from = firstChunkStart(first.text, repeated);
    if (from >= 0 && isChunk(first.text.slice(from)) && isWordEnd(first.text, from, cut)) {
      pieces[0] = { text: first.text.slice(from), at: first.at + from };
      break;
    }
    pieces.shift();
  }
  const last = pieces.pop();
  if (last) {
    // The last piece is the row's up to its last query word and at most two characters after it
    // (稳赚不赔, not 包中[备案制度]); with none it is the writer's (…包中 搁置”).
    const heads = [...last.text.slice(0, 12).matchAll(EVIDENCE)];
    const head = heads[heads.length - 1];
    const headEnd = head ? head.index + head[0].length : 0;
    const own = !head ? '' : last.text.length - headEnd <= 2 ? last.text : last.text.slice(0, headEnd);
    const cutOff = own !== last.text;
    if (isChunk(own) && isWordEnd(last.text, own.length, cut) && !(cutOff && bareHead(own))) pieces.push({ text: own, at: last.at });
  }
  let run = pieces.length;
  const broken = pieces.findIndex((p) => !isChunk(p.text));
  if (broken >= 0) run = broken;
  if (run < 3) return null;
  const row = pieces.slice(0, run);
  const end = row[run - 1] as { text: string; at: number };
  return { start: (row[0] as { at: number }).at, end: end.at + end.text.length, chunks: row.map((p) => p.text) };
}

/** `cut` (jieba) keeps a row's edges at word ends inside the writer's words glued to it. */
export function findQueryRows(pageText: string, cut?: (text: string) => string[]): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  // Every stretch between two marks that holds a space.
  for (const m of text.matchAll(STRETCH)) {
    const before = text.charAt(m.index - 1);
    if (before === '：' || before === ':' || !/[ \u3000]/u.test(m[0].trim())) continue;
    const row = rowIn(m[0], cut);
    if (!row) continue;
    const { chunks } = row;
    // A table's header flattened into text (品牌 价格 销量) is words, not queries: a query is longer.
    if (Math.max(...chunks.map(hanCount)) < 4 || chunks.join('').length < 3 * chunks.length) continue;
    const asking = chunks.filter(asks).length;
    const repeated = repeatedPairs(chunks).size > 0;
    if (asking === 0 || (asking < 2 && !repeated)) continue;
    const start = m.index + row.start;
    let end = m.index + row.end;
    // The row's own closing mark goes with it where the writer's mark stands before it.
    if (row.start === 0 && (m.index === 0 || EDGE.test(before)) && /[，,。！？!?]/u.test(text.charAt(end))) end++;
    const hide = asking >= 2 || (repeated && chunks.length >= 4);
    spans.push(
      finderSpan(start, end, 'seo', hide, {
        hidden: 'Search queries set apart by spaces, pasted in for search engines.',
        marked: 'Possibly search queries pasted in for search engines.',
      }),
    );
  }
  return spans;
}
