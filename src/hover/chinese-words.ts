/**
 * Words in plain text (pages without an article, and text the reader did not annotate): the word
 * at a character is the longest dictionary word starting there, asked of the background.
 */
import { firstLineRect, type HoverTarget } from './hover-target';
import { collectText, type Position } from './inline-text';
import type { HoverBackend } from './lookup-client';

/** Longest words worth trying; CC-CEDICT headwords and idioms fit well within this. */
export const MATCH_WINDOW = 20;
/** How far n / p look for the next word across punctuation and Latin text. */
const STEP_WINDOW = 60;
/** Longest word p tries to find ending just before the current one. */
const MAX_BACKWARD_WORD = 8;

const HAN = /\p{Script=Han}/u;

function isHanAt(text: string, index: number): boolean {
  const codePoint = text.codePointAt(index);
  return codePoint !== undefined && HAN.test(String.fromCodePoint(codePoint));
}

/** The dictionary word starting at `start` (a Han character), or null. */
export async function chineseWordAt(start: Position, backend: HoverBackend): Promise<HoverTarget | null> {
  const collected = collectText(start, 0, MATCH_WINDOW);
  if (!isHanAt(collected.text, 0)) return null;
  const length = await backend.longestMatch(collected.text);
  if (length <= 0) return null;
  return makeTarget(collected.rangeFor(0, length), collected.text.slice(0, length), backend);
}

function makeTarget(range: Range, word: string, backend: HoverBackend): HoverTarget {
  const start: Position = { node: range.startContainer as Text, offset: range.startOffset };
  const end: Position = { node: range.endContainer as Text, offset: range.endOffset };
  return {
    key: `text:${nodeId(start.node)}:${start.offset}:${word}`,
    word,
    textRanges: [range],
    anchorRect: () => firstLineRect(Array.from(range.getClientRects())),
    next: () => nextFrom(end, backend),
    previous: () => previousBefore(start, backend),
  };
}

const nodeIds = new WeakMap<Node, number>();
let nextNodeId = 0;
function nodeId(node: Node): number {
  let id = nodeIds.get(node);
  if (id === undefined) nodeIds.set(node, (id = nextNodeId++));
  return id;
}

async function nextFrom(end: Position, backend: HoverBackend): Promise<HoverTarget | null> {
  const ahead = collectText(end, 0, STEP_WINDOW);
  for (let i = 0; i < ahead.text.length; i++) {
    if (!isHanAt(ahead.text, i)) continue;
    const found = await chineseWordAt(ahead.positionAt(i), backend);
    if (found) return found;
  }
  return null;
}

/** The longest dictionary word that ends where the current one starts (skipping non-Han text). */
async function previousBefore(start: Position, backend: HoverBackend): Promise<HoverTarget | null> {
  const behind = collectText(start, STEP_WINDOW, 0);
  let end = behind.origin;
  while (end > 0 && !isHanAt(behind.text, end - 1)) end--;
  for (; end > 0; end--) {
    for (let length = Math.min(MAX_BACKWARD_WORD, end); length >= 1; length--) {
      const from = end - length;
      if (!isHanAt(behind.text, from)) continue;
      if ((await backend.longestMatch(behind.text.slice(from, end))) === length) {
        return makeTarget(behind.rangeFor(from, end), behind.text.slice(from, end), backend);
      }
    }
  }
  return null;
}
