/**
 * One whole part of a two-part headline pasted verbatim (session 18, issue 12), in the three places
 * QA17's never-seen farm pages put it (described to us by class, never seen): at a sentence's start
 * with a comma of its own, the writer's sentence going on after it (part，writer's sentence); at a
 * paragraph's end after its last full stop, with no punctuation of its own; between two of the
 * writer's sentences, with no punctuation of its own (…。part writer's next sentence…).
 *
 * Hosts are bench-unseen's (./unseen-hosts.ts) whose headline has two parts of four Han characters
 * or more split by a space or a colon; one paste a page, every other page with one farm address
 * besides. Split: held-out (seed 53) is where a finder may be calibrated, fresh (seed 59) is only
 * reported. Frozen before any finder was written (2026-12-05, session 18).
 */
import { createRandom } from './inject';
import type { UnseenHost, UnseenHostPage } from './unseen-hosts';
import type { UnseenPage, UnseenSplit } from './unseen-styles';
import type { TruthSpan } from './tally';

export const PART_POSITIONS = ['part-opens', 'part-closes', 'part-between'] as const;
export type PartStyle = (typeof PART_POSITIONS)[number];
export const PART_SEEDS: Record<UnseenSplit, number> = { heldout: 53, fresh: 59 };

const FARM_MARKS = ['（本文来源：www.qf6688.com）', '【更多精彩尽在 www.ly3366.net】'];
const HAN = /\p{Script=Han}/gu;

/** A headline's parts as a desk writes them: split by spaces (either width) or a colon. */
export function twoPartsOf(title: string): string[] {
  const parts = title.split(/[\s\u3000：:]+/u).filter((part) => (part.match(HAN) ?? []).length >= 4);
  return parts.length >= 2 ? parts : [];
}

/** Offsets of `text` where the style's paste goes in. */
function placesFor(style: PartStyle, text: string): number[] {
  const afterStops = [...text.matchAll(/[。！？](?=\p{Script=Han})/gu)].map((m) => (m.index ?? 0) + 1);
  switch (style) {
    case 'part-opens':
      return [0, ...afterStops];
    case 'part-closes':
      return /[。！？]”?$/u.test(text) ? [text.length] : [];
    case 'part-between':
      return afterStops;
  }
}

/** One page of `style` on `host`, or null when the host has no two-part headline or no place. */
export function pastePart(host: UnseenHost, style: PartStyle, seed: number, withMark: boolean): UnseenPage | null {
  const parts = twoPartsOf(host.title);
  if (parts.length === 0) return null;
  const random = createRandom(seed);
  const part = parts[Math.floor(random() * parts.length)] ?? '';
  const options = host.paragraphs.flatMap((text, p) => placesFor(style, text).map((at) => [p, at] as const));
  const place = options[Math.floor(random() * options.length)];
  if (!place) return null;
  const [p, at] = place;
  const paste = style === 'part-opens' ? `${part}，` : part;
  const paragraphs = [...host.paragraphs];
  const truth: TruthSpan[][] = paragraphs.map(() => []);
  const text = paragraphs[p] ?? '';
  paragraphs[p] = text.slice(0, at) + paste + text.slice(at);
  truth[p]?.push([at, at + paste.length, 'title']);
  if (withMark) {
    const q = Math.floor(random() * paragraphs.length);
    const mark = FARM_MARKS[Math.floor(random() * FARM_MARKS.length)] ?? '';
    const end = paragraphs[q]?.length ?? 0;
    paragraphs[q] = (paragraphs[q] ?? '') + mark;
    truth[q]?.push([end, end + mark.length, 'domain']);
  }
  return { paragraphs, truth };
}

/** The pasted pages of host number `h`: three a style for a short host, one for a long one. */
export function partPagesOf(host: UnseenHost, h: number, split: UnseenSplit): UnseenHostPage[] {
  const out: UnseenHostPage[] = [];
  PART_POSITIONS.forEach((style, s) => {
    for (let n = 0; n < (host.short ? 3 : 1); n++) {
      const withMark = (h + s + n) % 2 === 1;
      const page = pastePart(host, style, PART_SEEDS[split] * 100000 + h * 100 + s * 10 + n, withMark);
      if (page) out.push({ style, withMark, page });
    }
  });
  return out;
}
