/**
 * Pure scoring for finding the article block, after Readability's idea (score text blocks, credit
 * their ancestors, discount links) but measured in Han characters: a Chinese sentence of 40
 * characters says what an English one of 150 does, so Latin character thresholds do not carry over.
 */

/** What the DOM adapter measures for one text block (a `<p>` or any block holding text directly). */
export interface BlockText {
  han: number;
  /** Han characters inside links. */
  linkHan: number;
  /** Clause punctuation (，。、；！？ and ASCII , ;): prose has it, menus and link lists do not. */
  punctuation: number;
}

/** Blocks with fewer non-link Han characters than this are captions, labels or menu items. */
export const MIN_BLOCK_HAN = 12;
/** Most links in a block make it a link list, however long. */
export const MAX_BLOCK_LINK_SHARE = 0.5;
/** Han characters per score point; ≈ one clause. Capped so one huge block cannot win alone. */
export const HAN_PER_POINT = 40;
export const MAX_LENGTH_POINTS = 3;

export function scoreBlock(block: BlockText): number {
  const prose = block.han - block.linkHan;
  if (prose < MIN_BLOCK_HAN) return 0;
  if (block.han > 0 && block.linkHan / block.han > MAX_BLOCK_LINK_SHARE) return 0;
  return 1 + Math.min(block.punctuation, 10) + Math.min(Math.floor(prose / HAN_PER_POINT), MAX_LENGTH_POINTS);
}

/** Share of a block's score credited to its ancestor `level` steps up (1 = parent). */
export function ancestorShare(level: number): number {
  if (level <= 1) return 1;
  if (level === 2) return 0.5;
  return 1 / (level * 3);
}
export const MAX_ANCESTOR_LEVELS = 5;

// Word starts/ends are `^`, `$`, whitespace, `-`, `_` or a camelCase hump, so "photo" is not "hot".
const NEGATIVE_HINTS =
  /comment|reply|replies|footer|(?:^|[\s_-])foot(?:$|[\s_-])|sidebar|(?:^|[\s_-])side(?:$|[\s_-]|[A-Z])|aside|(?:^|[\s_-])nav|menu|breadcrumb|crumb|related|recommend|share|social|sponsor|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|banner|(?:^|[\s_-])hot|rank|(?:^|[\s_-])tags?(?:$|[\s_-])|pager|pagination|copyright|(?:^|[\s_-])links?(?:$|[\s_-])|friend|(?:^|[\s_-])list(?:$|[\s_-])|评论|推荐|相关/i;
const POSITIVE_HINTS = /article|content|(?:^|[\s_-])post|story|(?:^|[\s_-])text|entry|main|detail|正文|内容/i;

/** Class/id words that say what a block is for (site templates name their parts). */
export function hintWeight(classAndId: string): number {
  if (!classAndId) return 0;
  let weight = 0;
  if (NEGATIVE_HINTS.test(classAndId)) weight -= 25;
  if (POSITIVE_HINTS.test(classAndId)) weight += 25;
  return weight;
}

export function tagWeight(tagName: string): number {
  switch (tagName) {
    case 'ARTICLE':
    case 'MAIN':
      return 10;
    case 'DIV':
    case 'SECTION':
      return 5;
    case 'TD':
    case 'BLOCKQUOTE':
    case 'PRE':
      return 3;
    case 'UL':
    case 'OL':
    case 'DL':
    case 'FORM':
    case 'ASIDE':
    case 'NAV':
    case 'FOOTER':
    case 'HEADER':
      return -10;
    default:
      return 0;
  }
}

/** Everything the adapter gathered under one candidate element. */
export interface CandidateText {
  /** All visible Han characters beneath. */
  han: number;
  linkHan: number;
  /** Number of `<a href>` elements beneath. */
  links: number;
  /** Non-link Han in blocks that scored (the prose). */
  proseHan: number;
  /** Paragraphs in blocks that scored (a block of <br><br> parts counts each part). */
  proseBlocks: number;
  /** Blocks that scored, and how many of them end a sentence (。！？ before any closing quote). */
  scoredBlocks: number;
  closedBlocks: number;
  /** A headline (an h1 or h2 of headline length, not site chrome, not a link) stands before the text. */
  headed?: boolean;
  /** Scored blocks holding a sentence of their own (a full stop not cut off by an ellipsis), closed or not. */
  sentencedBlocks?: number;
}

export function finalScore(raw: number, text: CandidateText): number {
  const linkDensity = text.han === 0 ? 0 : text.linkHan / text.han;
  return raw * (1 - linkDensity);
}

/** An article holds at least this much prose: about a short news brief. */
export const MIN_ARTICLE_PROSE_HAN = 120;
export const MIN_ARTICLE_PROSE_BLOCKS = 2;
export const SINGLE_BLOCK_ARTICLE_HAN = 200;
/**
 * Under a headline, a shorter story that ends its sentences is a news brief (简讯): from 100 Han, in
 * one paragraph or a few. Issue 12 asked for "about 150 Han characters and up"; QA22's two never-seen
 * briefs of 112 and 135 Han under their headlines were read as plain Chinese, so a learner opening
 * one got hover lookups and no pinyin. A description box is as long but has no headline of its own
 * above it: without one, a lone block needs SINGLE_BLOCK_ARTICLE_HAN.
 */
export const HEADED_ARTICLE_HAN = 100;
/**
 * Articles link rarely (a few inline links per screen); headline lists with teasers link once per
 * teaser. Links allowed: a base plus one per this many prose characters.
 */
export const PROSE_HAN_PER_LINK = 60;
export const BASE_LINKS = 4;

/**
 * A story's paragraphs end their sentences; the rows of a forum's thread list or of search results
 * end on a count, a date or a channel name. Several scored blocks and not one closed is a list.
 * A teaser's trailing "［详细］" or "[更多]" label is read past: its sentence ends before it. A bare
 * ellipsis does not close one: it is how a search engine cuts a snippet off, and a story whose
 * paragraphs all trail off is not one a reader meets. Before a "［详细］" it does: that is a site
 * summing up its own stories (a campaign's page of teasers), prose a reader reads.
 */
export const LIST_MIN_BLOCKS = 4;

const CLOSERS = /(?:\s|[”’"'」』）)\]】〕》］]|[［【[][^［【[]{0,6}[］】\]])+$/u;
const SENTENCE_END = /[。！？!?；;：:]$|(?<![.．…])[.．]$/u;

const ELLIPSIS_END = /[…]$|\.{3}$/u;
const LABEL_OPEN = /[［【[]/u;

export function closesSentence(text: string): boolean {
  const closers = CLOSERS.exec(text)?.[0] ?? '';
  const body = text.slice(0, text.length - closers.length);
  return SENTENCE_END.test(body) || (ELLIPSIS_END.test(body) && LABEL_OPEN.test(closers));
}

/**
 * A block that ends a sentence somewhere inside it: furniture a content farm glued after a
 * paragraph's last stop (a share bar, a reaction count) hides the paragraph's end, not its sentence.
 * A snippet cut off with an ellipsis is a search engine's or a teaser list's.
 */
export function holdsSentence(lastText: string, fullStops: number): boolean {
  return closesSentence(lastText) || (fullStops > 0 && !ELLIPSIS_END.test(lastText.replace(CLOSERS, '')));
}

/**
 * Full stops (runs of 。) in a stretch of text, to count a block's sentences. Not ！ or ？: a list
 * row's title is often a question or a cry (旧电池还能用吗？), a story's sentence ends on 。.
 */
export function countFullStops(text: string): number {
  return text.match(/。+/gu)?.length ?? 0;
}

/**
 * A headline above prose that ends its sentences: the page says it is a story, however short. Under
 * a headline, two paragraphs each holding a sentence are a story even when a farm's furniture was
 * glued after every last stop (no block then closes) — unless links lead the blocks: a topic page's
 * rows (a linked title, the story's first sentence, a date) hold sentences too.
 */
export const HEADED_SENTENCED_BLOCKS = 2;
const headedStory = (text: CandidateText) =>
  text.headed === true &&
  (text.closedBlocks > 0 || ((text.sentencedBlocks ?? 0) >= HEADED_SENTENCED_BLOCKS && text.links <= BASE_LINKS));

function singleBlockMinimum(text: CandidateText): number {
  return headedStory(text) ? HEADED_ARTICLE_HAN : SINGLE_BLOCK_ARTICLE_HAN;
}

export function isArticle(text: CandidateText): boolean {
  if (text.proseHan < (headedStory(text) ? HEADED_ARTICLE_HAN : MIN_ARTICLE_PROSE_HAN)) return false;
  if (text.scoredBlocks >= LIST_MIN_BLOCKS && text.closedBlocks === 0 && !headedStory(text)) return false;
  // One block of prose is an article if it is long: old sites put the whole story in one <div>
  // with <br>s, and one-paragraph briefs exist; a lone short blurb is a description box.
  if (text.proseBlocks < MIN_ARTICLE_PROSE_BLOCKS && text.proseHan < singleBlockMinimum(text)) return false;
  if (text.links > BASE_LINKS + text.proseHan / PROSE_HAN_PER_LINK) return false;
  return text.han === 0 || text.linkHan / text.han < 0.35;
}
