/**
 * The page's links inside a paragraph unit, as spam evidence (a farm pastes its keywords as link
 * text). Only the host relation leaves the page: whether a link goes to the page's own site, and a
 * number that is equal for links with the same address. The address itself stays here.
 */
import type { LinkRange } from '../spam/types';
import type { ParagraphUnit } from './paragraph-unit';

/** Second-level labels under which a site's own name is the third label (news.sina.com.cn → sina.com.cn). */
const SHARED_SECOND = new Set(['com', 'net', 'org', 'gov', 'edu', 'co', 'ac', 'or', 'ne', 'go']);

/** The part of a host name that names the site: news.163.com and www.163.com are one site. */
export function siteOf(host: string): string {
  const name = host.toLowerCase().replace(/\.$/u, '');
  if (/^[\d.]+$/u.test(name) || name.includes(':')) return name; // an IP address is its own site
  const labels = name.split('.');
  const take = labels.length >= 3 && (labels.at(-1)?.length ?? 0) === 2 && SHARED_SECOND.has(labels.at(-2) ?? '') ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Addresses numbered per document, so the same address anywhere on the page gets the same number. */
const targetNumbers = new WeakMap<Document, Map<string, number>>();

function targetOf(document: Document, href: string): number {
  let numbers = targetNumbers.get(document);
  if (!numbers) targetNumbers.set(document, (numbers = new Map()));
  let n = numbers.get(href);
  if (n === undefined) numbers.set(href, (n = numbers.size));
  return n;
}

/** The address a link leads to, resolved; null for what is not a link to another page (#anchor, javascript:, none). */
function addressOf(anchor: Element, base: string): URL | null {
  const raw = anchor.getAttribute('href');
  if (!raw || raw.startsWith('#') || /^\s*javascript:/iu.test(raw)) return null;
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

/** The nearest <a href> around `node` below `block`, if any. */
function anchorAround(node: Node, block: Element): Element | null {
  for (let at = node.parentElement; at && at !== block; at = at.parentElement) {
    if (at.localName === 'a' && at.hasAttribute('href')) return at;
  }
  return null;
}

/**
 * The unit's links: each run of the text whose characters sit in one <a href>, with whether it
 * goes to the page's site. Spaces at a link's edges are not its text.
 */
export function linkRangesOf(unit: ParagraphUnit, pageAddress: string = unit.block.ownerDocument.baseURI): LinkRange[] {
  const document = unit.block.ownerDocument;
  let pageSite = '';
  try {
    pageSite = siteOf(new URL(pageAddress).hostname);
  } catch {
    // No address to compare with (a detached document): every http link counts as another site's.
  }
  const anchors = unit.pieces.map((piece) => anchorAround(piece.node, unit.block));
  if (!anchors.some(Boolean)) return [];
  // rawIndex only grows, so one pass walks the pieces alongside the characters.
  const anchorOfChar: (Element | null)[] = [];
  let piece = 0;
  for (let i = 0; i < unit.text.length; i++) {
    const raw = unit.rawIndex[i]!;
    while (piece + 1 < unit.pieces.length && unit.pieces[piece + 1]!.start <= raw) piece++;
    anchorOfChar.push(anchors[piece] ?? null);
  }
  const ranges: LinkRange[] = [];
  for (let i = 0; i < unit.text.length; ) {
    const anchor = anchorOfChar[i];
    let end = i + 1;
    while (end < unit.text.length && anchorOfChar[end] === anchor) end++;
    let start = i;
    let stop = end;
    while (start < stop && unit.text.charAt(start) === ' ') start++;
    while (stop > start && unit.text.charAt(stop - 1) === ' ') stop--;
    const address = anchor ? addressOf(anchor, pageAddress) : null;
    if (address && stop > start) {
      const sameSite = /^https?:$/u.test(address.protocol) && pageSite !== '' && siteOf(address.hostname) === pageSite;
      ranges.push({ start, end: stop, sameSite, target: targetOf(document, address.href) });
    }
    i = end;
  }
  return ranges;
}
