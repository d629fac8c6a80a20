/**
 * Character-level scoring of what the detector hides (and marks as suspect) against a truth, per
 * family, for the spam benchmarks.
 */
import type { SpamFamily, SpamSpan } from '../../src/spam/types';

export const FAMILIES: SpamFamily[] = ['title', 'sentence', 'pinyin', 'symbol', 'seo', 'jammer', 'domain', 'punctuation'];

export type TruthSpan = readonly [number, number, SpamFamily];

export interface Tally {
  /** Characters hidden (tier hidden) under this family's name, and how many of them are spam. */
  predicted: number;
  predictedRight: number;
  /** Spam characters of this family, how many of them are hidden, and how many hidden or marked suspect. */
  truth: number;
  truthFound: number;
  truthMarked: number;
  /** Characters marked suspect (shown) under this family's name, and how many of them are spam. */
  suspect: number;
  suspectRight: number;
}

export type Tallies = Map<SpamFamily | 'all', Tally>;

const tally = (): Tally => ({ predicted: 0, predictedRight: 0, truth: 0, truthFound: 0, truthMarked: 0, suspect: 0, suspectRight: 0 });

export const newTallies = (): Tallies => new Map<SpamFamily | 'all', Tally>([['all', tally()], ...FAMILIES.map((f) => [f, tally()] as [SpamFamily, Tally])]);

/** Whether a span is hidden (the default when a span carries no tier) or only marked. */
export function isSuspect(span: SpamSpan): boolean {
  return (span as { tier?: string }).tier === 'suspect';
}

export function score(
  paragraphs: readonly string[],
  truth: readonly (readonly TruthSpan[])[],
  found: readonly (readonly SpamSpan[])[],
  byFamily: Tallies,
  examples?: { out: string[]; limit: number },
): void {
  const all = byFamily.get('all') as Tally;
  paragraphs.forEach((text, p) => {
    const truthAt: (SpamFamily | null)[] = Array.from({ length: text.length }, () => null);
    const hiddenAt: (SpamFamily | null)[] = Array.from({ length: text.length }, () => null);
    const suspectAt: (SpamFamily | null)[] = Array.from({ length: text.length }, () => null);
    for (const [start, end, family] of truth[p] ?? []) for (let i = start; i < end; i++) truthAt[i] = family;
    for (const span of found[p] ?? []) for (let i = span.start; i < span.end; i++) (isSuspect(span) ? suspectAt : hiddenAt)[i] = span.family;
    for (let i = 0; i < text.length; i++) {
      const t = truthAt[i] ?? null;
      const h = hiddenAt[i] ?? null;
      const s = suspectAt[i] ?? null;
      if (h) {
        for (const entry of [byFamily.get(h) as Tally, all]) {
          entry.predicted++;
          if (t) entry.predictedRight++;
        }
      } else if (s) {
        for (const entry of [byFamily.get(s) as Tally, all]) {
          entry.suspect++;
          if (t) entry.suspectRight++;
        }
      }
      if (t) {
        for (const entry of [byFamily.get(t) as Tally, all]) {
          entry.truth++;
          if (h) entry.truthFound++;
          if (h || s) entry.truthMarked++;
        }
      }
    }
    if (examples && examples.out.length < examples.limit) {
      for (const span of found[p] ?? []) {
        if (truthAt.slice(span.start, span.end).some((t) => t === null))
          examples.out.push(`  WRONG ${isSuspect(span) ? 'suspect ' : ''}${span.family}: ${excerpt(text, span.start, span.end)}`);
      }
      for (const [start, end, family] of truth[p] ?? []) {
        if (hiddenAt.slice(start, end).some((f) => f === null)) examples.out.push(`  MISSED ${family}: ${excerpt(text, start, end)}`);
      }
    }
  });
}

export function excerpt(text: string, start: number, end: number, context = 8): string {
  return `…${text.slice(Math.max(0, start - context), start)}[${text.slice(start, end)}]${text.slice(end, end + context)}…`;
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(4) : '  -   ');

export function precision(t: Tally): number {
  return t.predicted ? t.predictedRight / t.predicted : 1;
}
export function recall(t: Tally): number {
  return t.truth ? t.truthFound / t.truth : 1;
}

export function table(byFamily: Tallies): string {
  const rows = ['family        precision  recall  (hidden / injected)   recall incl. suspect   suspect chars (of them spam)'];
  for (const [family, t] of byFamily) {
    if (t.truth === 0 && t.predicted === 0 && t.suspect === 0) continue;
    rows.push(
      `${family.padEnd(13)} ${ratio(t.predictedRight, t.predicted).padStart(9)} ${ratio(t.truthFound, t.truth).padStart(7)}  (${t.predicted} / ${t.truth})`.padEnd(57) +
        `${ratio(t.truthMarked, t.truth).padStart(7)}               ${t.suspect} (${t.suspectRight})`,
    );
  }
  return rows.join('\n');
}

/** Characters hidden and marked on a clean page set, by family. */
export class CleanCount {
  readonly hidden = new Map<SpamFamily, number>();
  readonly marked = new Map<SpamFamily, number>();
  readonly examples: string[] = [];
  chars = 0;
  pages = 0;

  add(texts: readonly string[], found: readonly (readonly SpamSpan[])[], label = ''): void {
    this.pages++;
    this.chars += texts.join('').length;
    found.forEach((spans, p) => {
      for (const s of spans) {
        const into = isSuspect(s) ? this.marked : this.hidden;
        into.set(s.family, (into.get(s.family) ?? 0) + s.end - s.start);
        this.examples.push(`  ${isSuspect(s) ? 'suspect' : 'HIDDEN'} ${s.family}${label ? ` (${label})` : ''}: ${excerpt(texts[p] ?? '', s.start, s.end, 10)}`);
      }
    });
  }

  private static sum(map: Map<SpamFamily, number>): string {
    const total = [...map.values()].reduce((a, b) => a + b, 0);
    return `${total}${total ? ` (${[...map].map(([f, n]) => `${f} ${n}`).join(', ')})` : ''}`;
  }

  summary(): string {
    return `${this.pages} pages, ${this.chars} chars: hidden ${CleanCount.sum(this.hidden)}; marked suspect ${CleanCount.sum(this.marked)}`;
  }
}
