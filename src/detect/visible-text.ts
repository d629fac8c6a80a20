/**
 * DOM walking shared by the language sample and the article finder: which elements hold text a
 * reader sees. Cheap checks only (no getComputedStyle, which forces style recalculation on the
 * page's main thread): tags that never render text, the `hidden` attribute, `aria-hidden` inside
 * a sentence, and inline `display:none` — the form anti-copy junk usually takes.
 */
const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'svg',
  'MATH', 'math', 'IFRAME', 'CANVAS', 'HEAD', 'RT', 'RP', 'OBJECT', 'VIDEO', 'AUDIO',
]);

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'BR', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I',
  'IMG', 'INS', 'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RB', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG',
  'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'NOBR',
]);

const DISPLAY_NONE = /display\s*:\s*none/i;
const NOT_BLANK = /\S/;

export function isHiddenOrTextless(el: Element): boolean {
  if (NON_TEXT_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden')) return true;
  // Inside a sentence aria-hidden marks decoration or junk; on a block it may be a dialog script
  // hiding the page behind a cookie banner from screen readers, while the page stays in view.
  if (el.getAttribute('aria-hidden') === 'true' && isInline(el)) return true;
  const style = el.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

export interface TextVisit {
  text: string;
  /** The nearest block-level ancestor: the paragraph this text belongs to. */
  block: Element;
  inLink: boolean;
}

/**
 * Visits visible text nodes under `root` in document order, with their block. `onText` returns
 * false to stop early (the language sample needs only the first few thousand characters).
 * `onElement` is called for each `<a href>` and `<br>` met, with the block it sits in.
 */
export function walkVisibleText(
  root: Element,
  onText: (visit: TextVisit) => boolean | void,
  onElement?: (el: Element, block: Element) => void,
): void {
  interface Frame { node: Node; block: Element; inLink: boolean }
  const stack: Frame[] = [{ node: root, block: root, inLink: false }];
  while (stack.length > 0) {
    const { node, block, inLink } = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text.trim() !== '' && onText({ text, block, inLink }) === false) return;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && isHiddenOrTextless(el)) continue;
    const ownBlock = el === root || !isInline(el) ? el : block;
    const isLink = el.tagName.toUpperCase() === 'A' && el.hasAttribute('href');
    if (isLink || el.tagName.toUpperCase() === 'BR') onElement?.(el, block);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i]!, block: ownBlock, inLink: inLink || isLink });
    }
  }
}

/**
 * The page title plus the first `maxChars` characters of body text. Runs on every page, so it uses
 * the native TreeWalker (≈ 7x faster than walking childNodes from script, measured in Chromium) and
 * skips only text that never renders (scripts, styles); hidden text is rare and in the page's own
 * language anyway, and the verdict needs only a sample.
 */
export function sampleVisibleText(doc: Document, maxChars = 3000): string {
  let sample = doc.title ? doc.title + '\n' : '';
  if (!doc.body) return sample;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && sample.length < maxChars; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent && NON_TEXT_TAGS.has(parent.tagName)) continue;
    const text = node.nodeValue ?? '';
    // Indentation between tags would otherwise eat the sample's budget.
    if (NOT_BLANK.test(text)) sample += text;
  }
  return sample.slice(0, maxChars);
}
