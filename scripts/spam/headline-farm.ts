/**
 * How the generator's farms paste pieces of the headline into the lead. Two styles:
 *
 * - `inventory` (dev and held-out runs, the style the detector was developed on): a few pieces of
 *   two to four characters cut along the headline's words, one now and then with a character lost
 *   (地这份 → 地份) or two run together; each paste a random piece at a random word boundary of the
 *   first one to three paragraphs, after 的/是/、/a comma half the time.
 * - `cycle` (training only, never benchmarked): the inventory's pieces in a random order, pasted
 *   again and again in that order through the lead, one every few words: a farm's cycle, without
 *   the headline's order and without the rotation style's cut.
 * - `rotation` (the `fresh` run only; frozen, never looked at while developing the detector): the
 *   way the seed page's farm pastes (跟随 → 足迹重回作答载 → 下访 → 地份 → 考卷 → 临安 → 跟随 …). The whole
 *   headline is cut into pieces in its own order (digits and Latin dropped, so 作答19载 gives 作答载;
 *   a character lost now and then; two pieces far apart run together into one), and the farm walks
 *   through them again and again, one every few words, through the lead paragraphs, from a random
 *   piece on.
 * - `words` (./headline-words-farm.ts): whole headline words pasted inside sentences, a few a page.
 * - `few` (./headline-few-farm.ts): one to three pieces, a word or a few characters, between two words.
 * - `sparse` (./headline-sparse-farm.ts): one to four pieces, one to four copies each, through the whole article.
 */
import type { SpamFamily } from '../../src/spam/types';
import { pasteFewPieces } from './headline-few-farm';
import { pasteSparsePieces } from './headline-sparse-farm';
import { pasteHeadlineWords } from './headline-words-farm';

export type HeadlineStyle = 'inventory' | 'cycle' | 'rotation' | 'words' | 'few' | 'sparse';

export interface Paste {
  paragraph: number;
  at: number;
  text: string;
  family: SpamFamily;
}

/** What every headline-pasting style reads: the article, the split's random source and the segmenter. */
export interface FarmText {
  title: string;
  paragraphs: readonly string[];
  random: () => number;
  segment: (text: string) => string[];
}

interface Farm extends FarmText {
  /** Word boundaries strictly inside paragraph p with a Han character (or, when asked, a comma) before them. */
  boundaries: (p: number, afterComma?: boolean) => number[];
}

const HAN = /\p{Script=Han}/u;
/** Where the seed page's farm likes to paste: right after these (的|足迹, 是|下访, ,|跟随, 、|地份). */
const LINKS = '的是在和、，,';

/** The pastes, and how many lead paragraphs the farm worked on (null when the headline gave no pieces). */
export interface HeadlinePastes {
  pastes: Paste[];
  reach: number;
}

export function pasteHeadlinePieces(style: HeadlineStyle, farm: Farm): HeadlinePastes | null {
  if (style === 'rotation') return pasteInRotation(farm);
  if (style === 'words') return pasteHeadlineWords(farm);
  if (style === 'few') return pasteFewPieces(farm);
  if (style === 'sparse') return pasteSparsePieces(farm);
  return style === 'cycle' ? pasteInCycle(farm) : pasteFromInventory(farm);
}

function pasteInCycle({ title, paragraphs, random, segment, boundaries }: Farm): HeadlinePastes | null {
  const pieces = inventoryPieces(title, segment, random);
  if (pieces.length < 2) return null;
  const order = [...new Set(pieces)];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? '', order[i] ?? ''];
  }
  const cycle = order.slice(0, 3 + Math.floor(random() * 4));
  const reach = Math.min(paragraphs.length, 1 + Math.floor(random() * 2));
  const budget = 5 + Math.floor(random() * 12);
  const out: Paste[] = [];
  let next = Math.floor(random() * cycle.length);
  for (let p = 0; p < reach && out.length < budget; p++) {
    let last = -Infinity;
    for (const at of boundaries(p, true)) {
      if (out.length >= budget) break;
      if (at - last < 8 + Math.floor(random() * 23)) continue;
      out.push({ paragraph: p, at, text: cycle[next % cycle.length] ?? '', family: 'title' });
      next++;
      last = at;
    }
  }
  return { pastes: out, reach };
}

function pasteFromInventory({ title, paragraphs, random, segment, boundaries }: Farm): HeadlinePastes | null {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const pieces = inventoryPieces(title, segment, random);
  if (pieces.length === 0) return null;
  const inventory: string[] = [];
  const size = Math.min(pieces.length, between(3, 6));
  while (inventory.length < size) {
    const piece = pick(pieces);
    if (!inventory.includes(piece)) inventory.push(piece);
  }
  if (random() < 0.4 && pieces.length >= 3) inventory.push(pick(pieces) + pick(pieces));
  const reach = Math.min(paragraphs.length, between(1, 3));
  const room = paragraphs.slice(0, reach).join('').length;
  // About one fragment per 12 to 40 characters of the paragraphs they go into, as on real farms.
  const total = Math.max(1, Math.min(between(3, 14), Math.floor(room / between(12, 40))));
  const out: Paste[] = [];
  for (let n = 0; n < total; n++) {
    const p = Math.min(reach - 1, Math.floor(random() * random() * reach * 1.3));
    const spots = boundaries(p, true);
    if (spots.length === 0) continue;
    const text = paragraphs[p] ?? '';
    const afterLink = spots.filter((i) => LINKS.includes(text.charAt(i - 1)));
    const at = afterLink.length > 0 && random() < 0.5 ? pick(afterLink) : pick(spots);
    out.push({ paragraph: p, at, text: pick(inventory), family: 'title' });
  }
  return { pastes: out, reach };
}

/**
 * The headline cut the way farms cut it: non-Han characters dropped, the rest in pieces of two to
 * four characters along word boundaries, now and then with one character lost (地这份 → 地份).
 */
function inventoryPieces(title: string, segment: (text: string) => string[], random: () => number): string[] {
  const words = segment(title)
    .map((w) => [...w].filter((ch) => HAN.test(ch)).join(''))
    .filter(Boolean);
  const pieces: string[] = [];
  let current = '';
  for (const word of words) {
    if (current.length + word.length > 4 && current.length >= 2) {
      pieces.push(current);
      current = '';
    }
    current += word;
    if (current.length >= 2 && random() < 0.5) {
      pieces.push(current);
      current = '';
    }
  }
  if (current.length >= 2) pieces.push(current);
  return pieces
    .filter((p) => p.length <= 6)
    .map((p) => (p.length >= 3 && random() < 0.2 ? p.slice(0, 1) + p.slice(2) : p));
}

function pasteInRotation({ title, paragraphs, random, segment, boundaries }: Farm): HeadlinePastes | null {
  const pieces = rotationPieces(title, segment, random);
  if (pieces.length < 2) return null;
  const reach = Math.min(paragraphs.length, 1 + Math.floor(random() * 2));
  const out: Paste[] = [];
  let next = Math.floor(random() * pieces.length);
  const budget = 5 + Math.floor(random() * 14);
  for (let p = 0; p < reach && out.length < budget; p++) {
    const text = paragraphs[p] ?? '';
    const spots = boundaries(p, true);
    let last = -Infinity;
    for (const at of spots) {
      if (out.length >= budget) break;
      // One paste every few words: the gap since the last one, 6 to 25 characters.
      if (at - last < 6 + Math.floor(random() * 20)) continue;
      // Where the farm's cut falls after a link word, it takes it; elsewhere now and then.
      if (!LINKS.includes(text.charAt(at - 1)) && random() < 0.5) continue;
      out.push({ paragraph: p, at, text: pieces[next % pieces.length] ?? '', family: 'title' });
      next++;
      last = at;
    }
  }
  return { pastes: out, reach };
}

/**
 * The whole headline in pieces, in its order: its words packed into pieces of two to four Han
 * characters (digits, Latin and punctuation dropped), a three-character piece losing its middle
 * character now and then, and one piece now and then taking the next-but-one with it.
 */
function rotationPieces(title: string, segment: (text: string) => string[], random: () => number): string[] {
  const words = segment(title)
    .map((w) => [...w].filter((ch) => HAN.test(ch)).join(''))
    .filter(Boolean);
  const pieces: string[] = [];
  let current = '';
  for (const word of words) {
    if (current.length >= 2 && (current.length + word.length > 4 || random() < 0.4)) {
      pieces.push(current);
      current = '';
    }
    current += word;
  }
  if (current.length >= 2) pieces.push(current);
  else if (current && pieces.length) pieces[pieces.length - 1] += current;
  const cut = pieces.map((p) => (p.length === 3 && random() < 0.3 ? p.charAt(0) + p.charAt(2) : p));
  if (cut.length >= 4 && random() < 0.5) {
    const at = Math.floor(random() * (cut.length - 2));
    cut.splice(at, 3, (cut[at] ?? '') + (cut[at + 2] ?? ''), cut[at + 1] ?? '');
  }
  return cut.filter((p) => p.length >= 2 && p.length <= 8);
}
