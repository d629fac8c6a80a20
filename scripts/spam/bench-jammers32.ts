/**
 * Session 32 (issue 12; never-seen farm pages missed these, class only): jammer strings of rare Han
 * characters, letter-and-digit tokens joined by dots or dashes, and a lone box symbol between two
 * sentences. Pages are corpus articles of one split with pieces generated here, pasted where farms put
 * them (after a sentence, between two Han characters, at a paragraph's end, on a line of its own); the
 * clean text around them is the writer's. The generator and its seeds were frozen (committed) before any
 * finder change; the held-out pieces (seed, symbols) were never looked at while writing the finders.
 *
 *   npx tsx scripts/spam/bench-jammers32.ts [--split=dev|heldout] [--show=N]
 *
 * It runs the page's mechanical finders (src/spam/mechanical-finders.ts), the stage these classes belong
 * to, and counts pasted characters hidden / hidden or marked, and the writer's characters hidden / marked.
 */
import { mechanicalFinders } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { loadCorpus, splitOf, type Split } from './corpus';
import { createNodeSpamTools } from './node-tools';
import { createRandom } from './inject';

type Piece32 = 'rare-han' | 'joined-tokens' | 'lone-box';
const PIECES: readonly Piece32[] = ['rare-han', 'joined-tokens', 'lone-box'];

const SEEDS: Record<Split, number> = { dev: 3201, heldout: 3202 };
/** Box and block symbols a farm drops between sentences; the held-out ones differ from dev's. */
const BOXES: Record<Split, readonly string[]> = { dev: ['▇', '■', '█', '▆', '▩'], heldout: ['▉', '▓', '◼', '▅', '▣'] };
/** What joins the tokens of a jammer string. */
const JOINERS: Record<Split, readonly string[]> = { dev: ['.', '-'], heldout: ['.', '-', '_'] };
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const HAN = /\p{Script=Han}/u;

export function generate(split: Split, random: () => number): { pages: { title: string; paragraphs: string[]; pasted: boolean[][]; kinds: (Piece32 | null)[][] }[] } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (a: number, b: number): number => a + Math.floor(random() * (b - a + 1));
  const rareHan = (): string => {
    // Rare characters: Extension A, or the far end of the basic block, where news seldom reaches.
    let out = '';
    for (let n = between(4, 9); n > 0; n--) out += String.fromCodePoint(random() < 0.5 ? between(0x3400, 0x4dbf) : between(0x9a00, 0x9fa5));
    return out;
  };
  const joinedTokens = (): string => {
    const token = (): string => {
      let t = '';
      for (let n = between(2, 4); n > 0; n--) t += random() < 0.55 ? pick([...LETTERS]) : String(between(0, 9));
      return /[A-Za-z]/.test(t) && /\d/.test(t) ? t : t + String(between(0, 9));
    };
    const joiner = pick(JOINERS[split]);
    return Array.from({ length: between(3, 6) }, token).join(joiner);
  };
  // Three pages from each article of the split (with three paragraphs or more), each with its own pieces.
  const docs = loadCorpus().filter((d) => splitOf(d.url) === split && d.paragraphs.length >= 3);
  return {
    pages: [...docs, ...docs, ...docs].map((doc) => {
      const paragraphs = [...doc.paragraphs];
      const marks = paragraphs.map((p) => [...p].map(() => false));
      const kinds: (Piece32 | null)[][] = paragraphs.map((p) => [...p].map(() => null));
      const kind = pick(PIECES);
      for (let n = between(1, 3); n > 0; n--) {
        const p = Math.floor(random() * paragraphs.length);
        const text = paragraphs[p] ?? '';
        const chars = [...text];
        const piece = kind === 'rare-han' ? rareHan() : kind === 'joined-tokens' ? joinedTokens() : pick(BOXES[split]);
        const stops = chars.map((ch, i) => ('。！？'.includes(ch) && i + 1 < chars.length && HAN.test(chars[i + 1] ?? '') ? i + 1 : -1)).filter((i) => i > 0);
        const pairs = chars.map((ch, i) => (i > 0 && HAN.test(chars[i - 1] ?? '') && HAN.test(ch) ? i : -1)).filter((i) => i > 0);
        const where = random();
        // A box goes between two sentences; a jammer after a sentence, inside one, or at the paragraph's end.
        let at: number;
        if (kind === 'lone-box' || where < 0.4) at = stops.length ? pick(stops) : -1;
        else if (where < 0.75) at = pairs.length ? pick(pairs) : -1;
        else at = chars.length;
        if (at < 0) continue;
        const added = [...piece];
        chars.splice(at, 0, ...added);
        marks[p]?.splice(at, 0, ...added.map(() => true));
        kinds[p]?.splice(at, 0, ...added.map(() => kind));
        paragraphs[p] = chars.join('');
      }
      return { title: doc.title, paragraphs, pasted: marks, kinds };
    }),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as Split;
  const show = Number(args.find((a) => a.startsWith('--show='))?.split('=')[1] ?? 0);
  const tools = await createNodeSpamTools();
  const { pages } = generate(split, createRandom(SEEDS[split]));
  const tally = new Map<Piece32, { pasted: number; hidden: number; marked: number }>();
  let writerHidden = 0;
  let writerMarked = 0;
  const shown: string[] = [];
  for (const page of pages) {
    const finders = mechanicalFinders(tools, [], page.paragraphs, page.title);
    page.paragraphs.forEach((text, p) => {
      const spans: SpamSpan[] = finders.flatMap(([, find]) => find(text));
      // Code point by code point (the pieces are counted in code points; rare Han may be astral).
      const units = [...text];
      const offsets: number[] = [];
      let at = 0;
      for (const ch of units) {
        offsets.push(at);
        at += ch.length;
      }
      units.forEach((_, i) => {
        const from = offsets[i] ?? 0;
        const tier = spans.some((s) => s.tier === 'hidden' && s.start <= from && from < s.end) ? 'hidden' : spans.some((s) => s.start <= from && from < s.end) ? 'marked' : null;
        const kind = page.kinds[p]?.[i] ?? null;
        if (kind) {
          const t = tally.get(kind) ?? { pasted: 0, hidden: 0, marked: 0 };
          t.pasted++;
          if (tier === 'hidden') t.hidden++;
          if (tier) t.marked++;
          tally.set(kind, t);
        } else if (tier === 'hidden') writerHidden++;
        else if (tier === 'marked') writerMarked++;
      });
      const pasted = page.kinds[p]?.some(Boolean);
      if (pasted && shown.length < show) {
        const marks = spans.map((s) => `[${s.tier === 'hidden' ? 'H' : 'M'}:${text.slice(s.start, s.end)}]`).join(' ');
        const pieces = units.filter((_, i) => page.kinds[p]?.[i]).join('');
        shown.push(`  pasted ${pieces} → ${marks || '(nothing)'}`);
      }
    });
  }
  console.log(`bench-jammers32 — ${split}: ${pages.length} pages`);
  for (const kind of PIECES) {
    const t = tally.get(kind) ?? { pasted: 0, hidden: 0, marked: 0 };
    console.log(`  ${kind.padEnd(14)} ${t.pasted} pasted characters: hidden ${(t.hidden / Math.max(1, t.pasted)).toFixed(4)}, hidden or marked ${(t.marked / Math.max(1, t.pasted)).toFixed(4)}`);
  }
  console.log(`  writer's characters: ${writerHidden} hidden, ${writerMarked} marked`);
  for (const line of shown) console.log(line);
}

if (process.argv[1]?.endsWith('bench-jammers32.ts')) await main();
