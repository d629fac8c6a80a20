/**
 * Family "jammer", mojibake: text saved in one encoding and read in another, left in the article by the copier
 * (session 30, issue 12: QA29 / GATE29 had mojibake, never hidden nor marked). Found by undoing the wrong read,
 * not by a list of garbage strings:
 * - UTF-8 read as GBK (浣犲ソ, 鏂伴椈): the run's GBK bytes are valid UTF-8 again, and what comes back is three or
 *   more of the commonest Chinese characters (GB2312 level 1) — the mojibake's own characters are rare ones (GBK
 *   rows E4–E9) and kana, which no writer strings together;
 * - UTF-8 read as Windows-1252 (å¤§å®¶): the run's bytes are UTF-8 of two or more Chinese characters;
 * - the fills decoders leave: GBK's 锟斤拷 (U+FFFD twice, read as GBK), and MSVC's 烫烫烫烫 / 屯屯屯屯 (uninitialised
 *   memory), four or more.
 * A writer never types these; one writing about mojibake quotes it (标题变成了一串“锟斤拷”): a quotation it fills
 * alone is marked, not hidden (./quoted-whole.ts, in ./mechanical-finders.ts).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { withClosingComma } from './closing-comma';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

const REASONS = {
  hidden: 'Garbled characters (text read in the wrong encoding), left in the article by the copying site.',
  marked: 'Possibly garbled characters (text read in the wrong encoding).',
};

/** GBK's two-byte code of every character it has, built once on first use from the platform's own decoder. */
let gbkCodes: Map<string, number> | null = null;
function gbkCodeOf(ch: string): number | undefined {
  if (!gbkCodes) {
    gbkCodes = new Map();
    // Each pair on a line of its own, so an unmapped pair cannot shift the ones after it.
    const bytes: number[] = [];
    const pairs: number[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        bytes.push(lead, trail, 0x0a);
        pairs.push((lead << 8) | trail);
      }
    const lines = new TextDecoder('gbk').decode(new Uint8Array(bytes)).split('\n');
    lines.forEach((line, i) => {
      const code = pairs[i];
      if (code !== undefined && [...line].length === 1 && line !== '\uFFFD' && !gbkCodes?.has(line)) gbkCodes?.set(line, code);
    });
  }
  return gbkCodes.get(ch);
}

/** Windows-1252's bytes 0x80–0x9F that stand for characters; 0xA0–0xFF are Latin-1's own. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function cp1252ByteOf(ch: string): number | undefined {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0xa0 && cp <= 0xff) return cp;
  const i = CP1252_HIGH.indexOf(ch);
  return i >= 0 ? 0x80 + i : undefined;
}

/** Chinese characters (and their punctuation) decoded from UTF-8 bytes from the start, up to the first invalid sequence. */
function utf8Han(bytes: readonly number[]): { chars: string[]; used: number } {
  const chars: string[] = [];
  let i = 0;
  while (i + 2 < bytes.length) {
    const [a, b, c] = [bytes[i] ?? 0, bytes[i + 1] ?? 0, bytes[i + 2] ?? 0];
    if (a < 0xe3 || a > 0xef || b < 0x80 || b > 0xbf || c < 0x80 || c > 0xbf) break;
    const cp = ((a & 0x0f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f);
    const ch = String.fromCodePoint(cp);
    if (!/[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u.test(ch)) break;
    chars.push(ch);
    i += 3;
  }
  return { chars, used: i };
}

/** Whether a character is among GB2312's level-1 (commonest) characters or Chinese punctuation. */
function isCommon(ch: string): boolean {
  if (/[\u3000-\u303f\uff01-\uff5e]/u.test(ch)) return true;
  const code = gbkCodeOf(ch);
  return code !== undefined && code >> 8 >= 0xb0 && code >> 8 <= 0xd7 && (code & 0xff) >= 0xa1;
}

/** UTF-8 read as GBK: runs of GBK characters whose bytes decode back to common Chinese. */
function gbkMisreads(text: string): [number, number][] {
  const found: [number, number][] = [];
  const points = [...text];
  const offsets: number[] = [];
  let at = 0;
  for (const ch of points) {
    offsets.push(at);
    at += ch.length;
  }
  offsets.push(at);
  let i = 0;
  while (i < points.length) {
    // A mojibake run opens on a character whose GBK lead byte is a UTF-8 lead of Chinese (E4–E9).
    const lead = gbkCodeOf(points[i] ?? '');
    if (lead === undefined || lead >> 8 < 0xe4 || lead >> 8 > 0xe9) {
      i++;
      continue;
    }
    const bytes: number[] = [];
    const ends: number[] = [];
    for (let j = i; j < points.length && j < i + 80; j++) {
      const code = gbkCodeOf(points[j] ?? '');
      if (code === undefined) break;
      bytes.push(code >> 8, code & 0xff);
      ends.push(bytes.length);
    }
    const { chars, used } = utf8Han(bytes);
    // Two common characters are enough where the run shows what no writer types between Han (у, ソ, a private-use
    // character) or a last character cut short (?, �); three otherwise.
    const exotic = points.slice(i, i + Math.ceil(used / 2) + 1).some((ch) => !/[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u.test(ch));
    if (chars.length >= (exotic ? 2 : 3) && chars.every(isCommon)) {
      // The run ends on the character holding the last byte used (a char split between two reads goes with it).
      let k = ends.findIndex((e) => e >= used);
      if (k < 0) k = ends.length - 1;
      let end = i + k + 1;
      // A last Chinese character cut short is shown as ? or � after the run (鍥解€?, 濂�): with its first bytes.
      if (/^[?\uFFFD]/u.test(points[end] ?? '')) end++;
      else if (/^[?\uFFFD]/u.test(points[end + 1] ?? '') && (gbkCodeOf(points[end] ?? '') ?? 0) >> 8 >= 0xe4) end += 2;
      found.push([offsets[i] ?? 0, offsets[end] ?? text.length]);
      i = end;
    } else i++;
  }
  return found;
}

/** UTF-8 read as Windows-1252: runs of Latin-1 letters whose bytes are UTF-8 of Chinese (å¤§å®¶). */
function latinMisreads(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const m of text.matchAll(/[\u0080-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{4,}/gu)) {
    // Quotation marks, dashes and ellipses at its edges are the writer's punctuation around the run (“å¤§å®¶”).
    const lead = /^[‘’“”…–—•]*/u.exec(m[0])?.[0].length ?? 0;
    const run = m[0].slice(lead).replace(/[‘’“”…–—•]+$/u, '');
    if (run.length < 4) continue;
    const start = m.index + lead;
    const bytes = [...run].map((ch) => cp1252ByteOf(ch) ?? (ch.codePointAt(0) ?? 0));
    // A Chinese character's lead byte (E4–E9) and a continuation byte after it; a browser may have dropped the
    // continuation bytes it shows as nothing (0x81, 0x8D, 0x8F, 0x90, 0x9D), so one is enough.
    const leads = bytes.filter((b, i) => b >= 0xe4 && b <= 0xe9 && (bytes[i + 1] ?? 0) >= 0x80 && (bytes[i + 1] ?? 0) <= 0xbf).length;
    const continuations = bytes.filter((b) => b >= 0x80 && b <= 0xbf).length;
    if (leads >= 2 && leads + continuations >= bytes.length * 0.75) found.push([start, start + run.length]);
  }
  return found;
}

/** The fills: 锟斤拷 (any number), 烫 or 屯 four times or more. */
const FILLS = /(?:锟斤拷|鍟旀枻鎷|錕斤拷)+|烫{4,}|屯{4,}|燙{4,}/gu;

export function findMojibake(text: string): SpamSpan[] {
  const ranges: [number, number][] = [...[...text.matchAll(FILLS)].map((m): [number, number] => [m.index, m.index + m[0].length])];
  // Only a text with characters that can open a misread pays for the GBK table (most paragraphs have none).
  if (/[\u00e4-\u00e9]/u.test(text)) ranges.push(...latinMisreads(text));
  if (/[\u4e00-\u9fff]/u.test(text)) {
    ranges.push(...gbkMisreads(text));
    // A Traditional page's copy went through a converter after the misread (缃 → 緗): read its Simplified view too.
    const simplified = toSimplifiedForm(text);
    if (simplified !== text) ranges.push(...gbkMisreads(simplified));
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const spans: SpamSpan[] = [];
  for (const [start, end] of ranges) {
    const last = spans[spans.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      continue;
    }
    spans.push(finderSpan(start, end, 'jammer', true, REASONS));
  }
  for (const s of spans) s.end = withClosingComma(text, s.start, s.end);
  return spans;
}
