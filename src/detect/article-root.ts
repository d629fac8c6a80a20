/**
 * DOM adapter for the block scoring: measures text blocks, credits ancestors, picks the article
 * root. Read-only: the page is never modified or cloned.
 */
import {
  MAX_ANCESTOR_LEVELS,
  MIN_BLOCK_HAN,
  ancestorShare,
  countFullStops,
  closesSentence,
  holdsSentence,
  finalScore,
  hintWeight,
  isArticle,
  scoreBlock,
  tagWeight,
  type BlockText,
  type CandidateText,
} from './block-scoring';
import { isInline, openShadowRoots, renderedParent, rendersInside, walkVisibleText } from './visible-text';

/** Blocks that are paragraphs themselves: their parent, not they, is the article candidate. */
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DD', 'DT', 'FIGCAPTION', 'TH', 'CAPTION']);
const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER']);
/**
 * Text read before the search stops: a story shows itself long before this, and a 100,000-character
 * page must not cost the detector a long task (≈ 40 ms for 78,000 characters in Chromium, measured).
 */
export const MAX_TEXT_CHARS = 30_000;

interface Candidate extends CandidateText {
  raw: number;
  sentencedBlocks: number;
}

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.trim();
}

/** Site chrome by its tag or its class/id: prose inside it is not the story. */
function isBoilerplate(el: Element): boolean {
  return BOILERPLATE_TAGS.has(el.tagName.toUpperCase()) || hintWeight(classAndId(el)) < 0;
}

/** Han characters and clause punctuation in one pass (regex matches allocate per page text node). */
function countHanAndPunctuation(text: string): { han: number; punctuation: number } {
  let han = 0;
  let punctuation = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c === 0xff0c || c === 0x3002 || c === 0x3001 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0x2c || c === 0x3b) punctuation++;
  }
  return { han, punctuation };
}

export interface ArticleAnalysis {
  root: Element | null;
  /** What was measured under the root, for deciding whether it is an article at all. */
  text: CandidateText | null;
  isArticle: boolean;
}

export function analyzeArticle(doc: Document): ArticleAnalysis {
  const body = doc.body;
  if (!body) return { root: null, text: null, isArticle: false };

  /** `midSentenceLinks`: links met after the block's own (non-link) text began. */
  /** `lastText`: the block's last non-link text, to see whether it closes a sentence; `fullStops` in its non-link text. */
  const blocks = new Map<
    Element,
    BlockText & { links: number; midSentenceLinks: number; breaks: number; lastText: string; fullStops: number }
  >();
  // Whether any block is drawn inside a shadow tree: only then are shadow trees searched for the headline.
  let inShadow = false;
  const blockOf = (el: Element) => {
    let stats = blocks.get(el);
    if (!stats && !inShadow && el.getRootNode() !== doc) inShadow = true;
    if (!stats) blocks.set(el, (stats = { han: 0, linkHan: 0, punctuation: 0, links: 0, midSentenceLinks: 0, breaks: 0, lastText: '', fullStops: 0 }));
    return stats;
  };
  let seen = 0;
  walkVisibleText(
    body,
    ({ text, block, inLink }) => {
      seen += text.length;
      const stats = blockOf(block);
      const { han, punctuation } = countHanAndPunctuation(text);
      stats.han += han;
      if (inLink) stats.linkHan += han;
      else {
        stats.punctuation += punctuation;
        stats.lastText = text;
        stats.fullStops += countFullStops(text);
      }
      return seen < MAX_TEXT_CHARS;
    },
    (el, block) => {
      const stats = blockOf(block);
      if (el.tagName.toUpperCase() === 'BR') stats.breaks++;
      else {
        stats.links++;
        if (stats.han > stats.linkHan) stats.midSentenceLinks++;
      }
    },
  );

  const boilerplateMemo = new Map<Element, boolean>();
  const insideBoilerplate = (el: Element): boolean => {
    const known = boilerplateMemo.get(el);
    if (known !== undefined) return known;
    const parent = renderedParent(el);
    const result = isBoilerplate(el) || (parent !== null && el !== body && insideBoilerplate(parent));
    boilerplateMemo.set(el, result);
    return result;
  };

  const candidates = new Map<Element, Candidate>();
  const candidateOf = (el: Element) => {
    let c = candidates.get(el);
    if (!c) {
      c = {
        raw: hintWeight(classAndId(el)) + tagWeight(el.tagName.toUpperCase()),
        han: 0,
        linkHan: 0,
        links: 0,
        proseHan: 0,
        proseBlocks: 0,
        scoredBlocks: 0,
        closedBlocks: 0,
        sentencedBlocks: 0,
      };
      candidates.set(el, c);
    }
    return c;
  };

  for (const [block, stats] of blocks) {
    const chrome = insideBoilerplate(block);
    const score = chrome ? 0 : scoreBlock(stats);
    // Links that say a page is a list are those of link lists and teasers, which lead their
    // block; a link inside a sentence of prose (a farm's keyword links, a name the site links) or
    // in the site's nav and footer says nothing of the block it sits in.
    const listLinks = chrome ? 0 : score > 0 ? stats.links - stats.midSentenceLinks : stats.links;
    // Text separated by <br><br> is several paragraphs in one element.
    const paragraphs = Math.max(1, Math.min(Math.floor(stats.breaks / 2) + 1, Math.floor(stats.han / MIN_BLOCK_HAN)));
    // A block that is not a paragraph (a <div> of text and <br>s) may be the whole story.
    const startLevel = PARAGRAPH_TAGS.has(block.tagName.toUpperCase()) || isInline(block) ? 1 : 0;
    const closed = score > 0 && closesSentence(stats.lastText);
    const sentenced = score > 0 && holdsSentence(stats.lastText, stats.fullStops);
    let level = 0;
    for (let el: Element | null = block; el && el !== body.parentElement; el = renderedParent(el), level++) {
      if (level < startLevel) continue;
      const c = candidateOf(el);
      c.han += stats.han;
      c.linkHan += stats.linkHan;
      c.links += listLinks;
      if (score > 0) {
        c.proseHan += stats.han - stats.linkHan;
        c.proseBlocks += paragraphs;
        c.scoredBlocks++;
        if (closed) c.closedBlocks++;
        if (sentenced) c.sentencedBlocks++;
        if (level <= MAX_ANCESTOR_LEVELS) c.raw += score * ancestorShare(level);
      }
    }
  }

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, c] of candidates) {
    if (c.proseBlocks === 0) continue;
    const s = finalScore(c.raw, c);
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  }
  if (!best) return { root: null, text: null, isArticle: false };

  // Stories split over sibling containers (pages, "read more" parts) score each part separately;
  // climb while the parent holds clearly more of the prose.
  let root = best;
  for (let parent = renderedParent(root); parent && parent !== body.parentElement && root !== body; parent = renderedParent(root)) {
    const here = candidates.get(root)!;
    const up = candidates.get(parent);
    if (!up || up.proseHan < 1.2 * here.proseHan) break;
    root = parent;
  }
  const text = { ...candidates.get(root)!, headed: hasHeadline(body, root, insideBoilerplate, inShadow) };
  return { root, text, isArticle: isArticle(text) };
}

/** Han characters a headline has: more than a section label (要闻, 热点新闻), less than a paragraph. */
const HEADLINE_HAN = { min: 6, max: 60 };
const HEADLINE_TAGS = 'h1, h2';
/** Headings looked at: a story's headline is among a page's first few. */
const MAX_HEADINGS = 8;

/** Han characters of the root's text before `el` (inside the root). */
/** Han ahead of `el` inside `root`, the site's chrome (a nav bar, a breadcrumb) not counted: it is not the story's text. */
function hanBefore(el: Element, root: Element, insideBoilerplate: (el: Element) => boolean): number {
  let han = 0;
  for (let node: Element | null = el; node && node !== root; node = renderedParent(node)) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 1 && insideBoilerplate(sib as Element)) continue;
      han += countHanAndPunctuation(sib.textContent ?? '').han;
    }
  }
  return han;
}

/**
 * Whether a headline stands above the story: before the root, or inside it ahead of its text; not a
 * link (a teaser's title), not in the site's chrome.
 */
function hasHeadline(body: Element, root: Element, insideBoilerplate: (el: Element) => boolean, inShadow: boolean): boolean {
  const headings = headingsOf(body, inShadow);
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    const h = headings[i]!;
    const above = rendersInside(root, h) ? hanBefore(h, root, insideBoilerplate) < HEADLINE_HAN.min : (inDocumentTree(h).compareDocumentPosition(inDocumentTree(root)) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
    if (!above || h.closest('a') || h.querySelector('a[href]') || insideBoilerplate(h)) continue;
    const han = countHanAndPunctuation(h.textContent ?? '').han;
    if (han >= HEADLINE_HAN.min && han <= HEADLINE_HAN.max) return true;
  }
  return false;
}

/** The page's headings, the light DOM's first; a story drawn by a web component keeps its headline in its shadow tree. */
function headingsOf(body: Element, inShadow: boolean): Element[] {
  const headings = Array.from(body.querySelectorAll(HEADLINE_TAGS));
  if (inShadow) for (const shadow of openShadowRoots(body.ownerDocument, body)) headings.push(...Array.from(shadow.querySelectorAll(HEADLINE_TAGS)));
  return headings;
}

/** The node itself, or the outermost shadow host it renders in: comparable by document position with the page's nodes. */
function inDocumentTree(node: Element): Element {
  let el = node;
  for (let top = el.getRootNode(); top.nodeType === 11 && 'host' in top; top = el.getRootNode()) el = (top as ShadowRoot).host;
  return el;
}

/** The element holding the story, or null when the page has no article. */
export function findArticleRoot(doc: Document): Element | null {
  const { root, isArticle: article } = analyzeArticle(doc);
  return article ? root : null;
}
