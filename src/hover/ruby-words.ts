/**
 * Article mode: the words are the reader's ruby elements,
 * `<ruby class="dudong" data-dudong-word="信访" data-dudong-wid="12">信访<rt>xìn fǎng</rt></ruby>`.
 * A word the page split across inline elements (`<b>信</b>访`) is several rubies sharing one wid.
 */
import { READING_ATTRIBUTE, RUBY_CLASS, SUSPECT_ATTRIBUTE, SUSPECT_REASON_ATTRIBUTE, WORD_ATTRIBUTE, WORD_ID_ATTRIBUTE } from '../annotate/markers';
import { pointInRects } from './caret-at-point';
import { firstLineRect, type HoverTarget } from './hover-target';
import { blockAncestor } from './inline-text';

export const RUBY_SELECTOR = `ruby.${RUBY_CLASS}[${WORD_ID_ATTRIBUTE}]`;

function isShown(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** Base-text nodes of a ruby (not its <rt>/<rp>). */
function baseTextRanges(ruby: Element): Range[] {
  const doc = ruby.ownerDocument;
  const ranges: Range[] = [];
  const walker = doc.createTreeWalker(ruby, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('rt, rp')) continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    ranges.push(range);
  }
  return ranges;
}

/** Every ruby of the same word: same wid, same paragraph (wids may restart per paragraph). */
function piecesOf(ruby: Element): Element[] {
  const wid = ruby.getAttribute(WORD_ID_ATTRIBUTE) ?? '';
  const block = blockAncestor(ruby);
  const selector = `${RUBY_SELECTOR}[${WORD_ID_ATTRIBUTE}="${CSS.escape(wid)}"]`;
  const pieces = Array.from(block.querySelectorAll(selector));
  return pieces.length > 0 ? pieces : [ruby];
}

function wordOf(pieces: readonly Element[]): string {
  const declared = pieces[0]?.getAttribute(WORD_ATTRIBUTE);
  if (declared) return declared;
  return pieces.map((p) => baseTextRanges(p).map((r) => r.toString()).join('')).join('');
}

function neighbour(pieces: readonly Element[], direction: 1 | -1): HoverTarget | null {
  // The document, or the open shadow root the word sits in: n / p step within it.
  const tree = pieces[0]!.getRootNode() as Document | ShadowRoot;
  const all = Array.from(tree.querySelectorAll(RUBY_SELECTOR));
  const own = new Set(pieces);
  const edge = direction === 1 ? all.indexOf(pieces[pieces.length - 1]!) : all.indexOf(pieces[0]!);
  for (let i = edge + direction; i >= 0 && i < all.length; i += direction) {
    const candidate = all[i]!;
    if (own.has(candidate) || !isShown(candidate)) continue;
    return rubyTarget(candidate);
  }
  return null;
}

export function rubyTarget(ruby: Element): HoverTarget {
  const pieces = piecesOf(ruby);
  const word = wordOf(pieces);
  const block = blockAncestor(ruby);
  // Identity within the document; the block's position keeps per-paragraph wids apart.
  const key = `ruby:${pieces[0]!.getAttribute(WORD_ID_ATTRIBUTE)}:${word}:${indexInDocument(block)}`;
  const suspect = pieces[0]!.closest(`[${SUSPECT_ATTRIBUTE}]`);
  return {
    key,
    word,
    reading: pieces[0]!.getAttribute(READING_ATTRIBUTE) ?? undefined,
    ...(suspect
      ? { suspect: { family: suspect.getAttribute(SUSPECT_ATTRIBUTE) ?? '', reason: suspect.getAttribute(SUSPECT_REASON_ATTRIBUTE) ?? '' } }
      : {}),
    textRanges: pieces.flatMap(baseTextRanges),
    anchorRect: () => firstLineRect(pieces.flatMap((p) => Array.from(p.getClientRects()))),
    next: async () => neighbour(pieces, 1),
    previous: async () => neighbour(pieces, -1),
  };
}

const blockIds = new WeakMap<Element, number>();
let nextBlockId = 0;
function indexInDocument(block: Element): number {
  let id = blockIds.get(block);
  if (id === undefined) {
    id = nextBlockId++;
    blockIds.set(block, id);
  }
  return id;
}

/** The ruby word an event target belongs to (a ruby, its rt, or an element inside it). */
export function rubyWordFromElement(target: EventTarget | null): HoverTarget | null {
  if (!(target instanceof Element)) return null;
  const ruby = target.closest(RUBY_SELECTOR);
  return ruby && isShown(ruby) ? rubyTarget(ruby) : null;
}

function baseContains(ruby: Element, x: number, y: number): boolean {
  return baseTextRanges(ruby).some((range) => pointInRects(range.getClientRects(), x, y));
}

/**
 * The ruby word under (x, y), given the element the pointer event names. Where a line's pinyin
 * reaches up over the characters of the line above (a wrapped headline set tight), that pinyin is
 * painted on top and the event names its ruby; but the reader points at the character beneath.
 * So a word whose base text holds the point wins over one whose pinyin or padding does.
 */
export function rubyWordAtPoint(target: EventTarget | null, x: number, y: number): HoverTarget | null {
  if (!(target instanceof Element)) return null;
  const ruby = target.closest(RUBY_SELECTOR);
  if (!ruby || !isShown(ruby)) return null;
  if (baseContains(ruby, x, y)) return rubyTarget(ruby);
  const tree = ruby.getRootNode() as Document | ShadowRoot;
  for (const element of tree.elementsFromPoint(x, y)) {
    const other = element.closest(RUBY_SELECTOR);
    if (other && other !== ruby && isShown(other) && baseContains(other, x, y)) return rubyTarget(other);
  }
  return rubyTarget(ruby);
}
