/**
 * Session 28 (s28-seams): runs of many classes pasted **inside** the writer's sentences and
 * **between** them, to measure a finder by seams on classes it was never tuned on (leave one class
 * out). QA27: inside a sentence 16.4% hidden, between sentences 22.8%; most classes are caught only
 * where a finder was written for their words.
 *
 * Classes: session 25's twenty kinds of site and app lines (./lines25-wordings.ts, their own dev and
 * held-out wordings) and session 28's eighteen everyday kinds (./seams28-classes.ts: deliveries,
 * bike shares, fuel prices, clinic queues, metro announcements, verification codes, game levels,
 * another story's clause …). Places:
 *
 * - **inside**: bare, at a word boundary inside one of the writer's clauses (no punctuation of its own);
 * - **comma**: after one of the writer's commas, closed with a comma of the paste's own;
 * - **between**: after one of the writer's full stops, the writer's next sentence following (closed
 *   with a full stop one time in two, bare otherwise).
 *
 * Each page: two pastes of different classes in two paragraphs, and one look-alike of the writer's
 * (a parenthetical, an aside, a list of figures, a quoted notice, a name, a new word) in a third
 * paragraph where the host has one; its characters are real text. One page in three is Traditional
 * whole (host, pastes and look-alike). Hosts: ./between-styles.ts's (short hand-written articles
 * and the corpus half of the split). Frozen before any finder was written (2026-12-07, session 28).
 */
import { betweenHosts, type BetweenHost } from './between-styles';
import { createRandom, type Split } from './inject';
import { LINES25_KINDS, WORDINGS } from './lines25-wordings';
import { fillSlots, SEAM28_LOOKALIKES, SEAM28_OWN_CLASSES, SEAM28_TEMPLATES } from './seams28-classes';
import type { TruthSpan } from './tally';

export const SEAMS28_CLASSES = [...LINES25_KINDS, ...SEAM28_OWN_CLASSES] as const;
export type Seams28Class = (typeof SEAMS28_CLASSES)[number];
export const SEAMS28_PLACES = ['inside', 'comma', 'between'] as const;
export type Seams28Place = (typeof SEAMS28_PLACES)[number];
export const SEAMS28_SEEDS: Record<Split, number> = { dev: 281, heldout: 283 };
export const PAGES_PER_HOST = 12;

export interface Seams28Paste {
  paragraph: number;
  start: number;
  end: number;
  cls: Seams28Class;
  place: Seams28Place;
}

export interface Seams28Page {
  title: string;
  paragraphs: string[];
  traditional: boolean;
  /** What was pasted, per paragraph (family 'sentence'), as the other benches read truth. */
  truth: TruthSpan[][];
  pastes: Seams28Paste[];
  /** The writer's look-alike inserted on the page (real text), if any. */
  lookalike: { paragraph: number; start: number; end: number; place: Seams28Place } | null;
}

export const seams28Hosts = (split: Split): BetweenHost[] => betweenHosts(split);

/** One run of `cls` in the split's wordings. */
export function runOf(cls: Seams28Class, split: Split, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  if ((LINES25_KINDS as readonly string[]).includes(cls)) {
    const makers = WORDINGS[split].makers[cls as (typeof LINES25_KINDS)[number]];
    return pick(makers)(pick, (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)));
  }
  return fillSlots(pick(SEAM28_TEMPLATES[split][cls as (typeof SEAM28_OWN_CLASSES)[number]]), split, random);
}

const HAN = /\p{Script=Han}/u;
const STOP_END = /[。！？!?.…]+$/u;
const EDGE_PUNCT = /^[，,。、；：\s]+|[，,。、；：\s]+$/gu;

/** Offsets in `text` where `place` can take a run; `cut` gives the writer's words (inside). */
function placesIn(text: string, place: Seams28Place, cut: (t: string) => string[]): number[] {
  if (place === 'between') return [...text.matchAll(/[。！？](?=\p{Script=Han}|“)/gu)].map((m) => (m.index ?? 0) + 1);
  if (place === 'comma') return [...text.matchAll(/，(?=\p{Script=Han})/gu)].map((m) => (m.index ?? 0) + 1);
  // Inside: a boundary between two Han words of at least 2 characters each side of it within the clause.
  const out: number[] = [];
  let at = 0;
  const words = cut(text);
  for (let i = 0; i < words.length - 1; i++) {
    at += (words[i] ?? '').length;
    const before = text.slice(Math.max(0, at - 3), at);
    const after = text.slice(at, at + 3);
    if (before.length === 3 && after.length === 3 && [...before, ...after].every((c) => HAN.test(c))) out.push(at);
  }
  return out;
}

/** The run as it is put in `place` (its own edge punctuation trimmed, then closed as the place closes). */
function dressed(run: string, place: Seams28Place, random: () => number): string {
  const bare = run.replace(EDGE_PUNCT, '');
  if (place === 'inside') return bare.replace(STOP_END, '');
  if (place === 'comma') return `${bare.replace(STOP_END, '')}，`;
  return random() < 0.5 ? (STOP_END.test(bare) ? bare : `${bare}。`) : bare.replace(STOP_END, '');
}

interface Insertion {
  paragraph: number;
  at: number;
  text: string;
  kind: 'paste' | 'lookalike';
  cls?: Seams28Class;
  place: Seams28Place;
}

/** Page number `n` of host `h`: its two classes and places rotate so each split covers every pair. */
export function seams28Page(host: BetweenHost, h: number, n: number, split: Split, cut: (t: string) => string[], toTraditional: (t: string) => string): Seams28Page | null {
  const random = createRandom(SEAMS28_SEEDS[split] * 100000 + h * 100 + n);
  const k = SEAMS28_CLASSES.length;
  const wanted: { cls: Seams28Class; place: Seams28Place }[] = [0, 1].map((i) => ({
    cls: SEAMS28_CLASSES[(h * PAGES_PER_HOST * 2 + n * 2 + i) % k] as Seams28Class,
    place: SEAMS28_PLACES[(h + n + i) % SEAMS28_PLACES.length] as Seams28Place,
  }));
  const used = new Set<number>();
  const insertions: Insertion[] = [];
  const choose = (place: Seams28Place): [number, number] | null => {
    const options = host.paragraphs.flatMap((text, p) => (used.has(p) ? [] : placesIn(text, place, cut).map((at) => [p, at] as [number, number])));
    const option = options[Math.floor(random() * options.length)];
    if (option) used.add(option[0]);
    return option ?? null;
  };
  for (const { cls, place } of wanted) {
    const where = choose(place);
    if (!where) continue;
    insertions.push({ paragraph: where[0], at: where[1], text: dressed(runOf(cls, split, random), place, random), kind: 'paste', cls, place });
  }
  if (!insertions.length) return null;
  const lookPlace = SEAMS28_PLACES[Math.floor(random() * SEAMS28_PLACES.length)] as Seams28Place;
  const lookWhere = choose(lookPlace);
  if (lookWhere) {
    const pool = SEAM28_LOOKALIKES[split][lookPlace];
    insertions.push({ paragraph: lookWhere[0], at: lookWhere[1], text: pool[Math.floor(random() * pool.length)] ?? '', kind: 'lookalike', place: lookPlace });
  }
  const traditional = h % 3 === n % 3;
  const convert = (t: string): string => (traditional ? toTraditional(t) : t);
  const paragraphs = [...host.paragraphs];
  const truth: TruthSpan[][] = paragraphs.map(() => []);
  const pastes: Seams28Paste[] = [];
  let lookalike: Seams28Page['lookalike'] = null;
  // One insertion per paragraph, so offsets hold.
  for (const ins of insertions) {
    const text = paragraphs[ins.paragraph] ?? '';
    paragraphs[ins.paragraph] = text.slice(0, ins.at) + ins.text + text.slice(ins.at);
    const start = ins.at;
    const end = ins.at + ins.text.length;
    if (ins.kind === 'paste' && ins.cls) {
      truth[ins.paragraph]?.push([start, end, 'sentence']);
      pastes.push({ paragraph: ins.paragraph, start, end, cls: ins.cls, place: ins.place });
    } else lookalike = { paragraph: ins.paragraph, start, end, place: ins.place };
  }
  return { title: convert(host.title), paragraphs: paragraphs.map(convert), traditional, truth, pastes, lookalike };
}

/** Every page of the split (PAGES_PER_HOST a host). */
export function seams28Pages(split: Split, cut: (t: string) => string[], toTraditional: (t: string) => string): { host: BetweenHost; h: number; page: Seams28Page }[] {
  return seams28Hosts(split).flatMap((host, h) =>
    Array.from({ length: PAGES_PER_HOST }, (_, n) => seams28Page(host, h, n, split, cut, toTraditional)).flatMap((page) => (page ? [{ host, h, page }] : [])),
  );
}
