/**
 * A phrase of the headline (six Han characters or more, cut at the headline's own word edges)
 * standing in the body as a clause no writer's sentence gives it. A farm pastes the headline's
 * first clause or its subject and predicate, verbatim or with one small word dropped, where a clause
 * may start: after the paragraph's last full stop with nothing of its own; after a full stop, glued
 * to the writer's next sentence; or with a comma of its own after a full stop or after a comma (also
 * inside a quotation, between two of the speaker's clauses).
 *
 * A writer who says a headline phrase says it inside their own grammar: in the lead, where the
 * headline was cut from, or as their sentence's subject, which the language model reads as a
 * sentence that needs its opening. The places read here are the ones that give the phrase no role.
 */
import { AFTER_STOP, GLUED_START, OPEN, STOP } from './headline-parts';
import { foldWidth, hanCount } from './headline-text';
import { pageOffsets, type SpamPage } from './page';
import type { SpamSpan } from './types';

/** Fewer Han characters than this and a headline phrase is one any writer says again. */
const MIN_PHRASE_HAN = 6;
/** What splits a headline into clauses; a phrase never crosses one. */
const CLAUSE_BREAK = /[\s，,。；;：:！!？?、—|（）()【】[\]“”"'‘’《》「」『』…·]+/u;
const AFTER_COMMA = /[，,；;]\s*$/u;
/** Particles that close what stands before them; no sentence opens on one. */
const BOUND_PARTICLE = /^[了着过的地得吗呢吧啊呀么]/u;
const CLAUSE_END = /[，,。！？!?；;：:]/u;

export type PhrasePlace = 'closes' | 'glued' | 'opens' | 'comma' | 'quote';

export interface PhraseFind {
  paragraph: number;
  /** [start, end) in the paragraph's masked view, a comma of the phrase's own included. */
  start: number;
  end: number;
  phrase: string;
  place: PhrasePlace;
  /** How much better the writer's text reads without the phrase, its own cost given back (nats). */
  gain: number;
  /** The phrase stands in the paragraph's first sentence (the lead, where a writer re-uses it). */
  inLead: boolean;
  /** The page says the phrase elsewhere, not in a place read here (inside a sentence of its own). */
  writerSays?: boolean;
  /** Glued: what follows opens on a particle no sentence starts with (了, 的, 着 …). */
  opensOnParticle?: boolean;
}

export interface Variant {
  text: string;
  /** Offsets of the headline's word edges in `text`. */
  edges: number[];
}

/** The headline's clauses as cut into words, each also with one inner one-character word dropped. */
export function headlineVariants(headline: string, cut: (text: string) => string[], minHan = MIN_PHRASE_HAN): Variant[] {
  const out: Variant[] = [];
  for (const clause of foldWidth(headline).split(CLAUSE_BREAK)) {
    if (hanCount(clause) < minHan) continue;
    const words = cut(clause);
    const variantOf = (kept: readonly string[]): Variant => {
      const edges = [0];
      for (const word of kept) edges.push((edges.at(-1) ?? 0) + word.length);
      return { text: kept.join(''), edges };
    };
    out.push(variantOf(words));
    words.forEach((word, i) => {
      if (i > 0 && i < words.length - 1 && word.length === 1 && hanCount(word) === 1) out.push(variantOf(words.filter((_, j) => j !== i)));
    });
  }
  return out;
}

/** The longest stretches of `text` that are a headline phrase from edge to edge, none inside another. */
export function phraseMatches(text: string, variants: readonly Variant[], minHan = MIN_PHRASE_HAN): [number, number][] {
  const found: [number, number][] = [];
  for (let at = 0; at < text.length; at++) {
    let best = 0;
    for (const { text: variant, edges } of variants) {
      for (const from of edges) {
        if (variant.charAt(from) !== text.charAt(at)) continue;
        let common = 0;
        while (from + common < variant.length && variant.charAt(from + common) === text.charAt(at + common)) common++;
        const to = edges.filter((e) => e > from && e - from <= common).at(-1);
        if (to !== undefined && hanCount(variant.slice(from, to)) >= minHan) best = Math.max(best, to - from);
      }
    }
    if (best > 0) found.push([at, at + best]);
  }
  return found.filter(([a, b]) => !found.some(([c, d]) => c <= a && b <= d && d - c > b - a));
}

const quoteDepth = (text: string): number => (text.match(/[“「『]/gu)?.length ?? 0) - (text.match(/[”」』]/gu)?.length ?? 0);

export function findHeadlinePhrases(page: SpamPage): PhraseFind[] {
  const variants = headlineVariants(page.headline, (text) => page.tools.segmenter.cut(text));
  if (variants.length === 0) return [];
  const lm = page.tools.languageModel;
  const lp = (text: string, edges = OPEN): number => (lm ? lm.logProb(text, edges) : 0);
  const out: PhraseFind[] = [];
  page.paragraphs.forEach((paragraph, p) => {
    if (paragraph.isHeadline) return;
    const text = foldWidth(paragraph.text);
    for (const [at, end] of phraseMatches(text, variants)) {
      const phrase = text.slice(at, end);
      const before = text.slice(0, at);
      const after = text.slice(end);
      const inLead = !STOP.test(before);
      const find = { paragraph: p, start: at, end, phrase, inLead };
      if (AFTER_STOP.test(before)) {
        if (after.trim() === '') out.push({ ...find, place: 'closes', gain: 0 });
        else if (/^[，,]/u.test(after)) out.push({ ...find, end: end + 1, place: 'opens', gain: commaGain(before, phrase, after.slice(1), lp) });
        else if (GLUED_START.test(after)) {
          const stop = after.search(STOP);
          const rest = stop < 0 ? after : after.slice(0, stop);
          const opensOnParticle = BOUND_PARTICLE.test(rest);
          out.push({ ...find, place: 'glued', gain: lp(rest) - (lp(phrase + rest) - lp(phrase)), opensOnParticle });
        }
      } else if (AFTER_COMMA.test(before) && /^[，,]/u.test(after)) {
        const place = quoteDepth(before) > 0 ? 'quote' : 'comma';
        out.push({ ...find, end: end + 1, place, gain: commaGain(before, phrase, after.slice(1), lp) });
      }
    }
  });
  // Whether the writer says the phrase inside a sentence of their own somewhere else on the page.
  const texts = page.paragraphs.map((paragraph) => foldWidth(paragraph.text));
  for (const find of out) {
    let said = 0;
    texts.forEach((text, p) => {
      for (let at = text.indexOf(find.phrase); at >= 0; at = text.indexOf(find.phrase, at + 1))
        if (!out.some((other) => other.paragraph === p && other.start <= at && at < other.end)) said++;
    });
    find.writerSays = said > 0;
  }
  return out;
}

/**
 * For a phrase with its own comma: ln P(the clause before, then the clause after) − (ln P(with the
 * phrase between) − ln P(the phrase)). Above 0 the writer's two clauses read better joined.
 */
function commaGain(before: string, phrase: string, after: string, lp: (text: string, edges?: typeof OPEN) => number): number {
  const lastBreak = Math.max(-1, ...[...before.slice(0, -1).matchAll(/[，,。！？!?；;：:“”]/gu)].map((m) => m.index ?? -1));
  const prev = before.slice(lastBreak + 1);
  const nextEnd = after.search(CLAUSE_END);
  const next = nextEnd < 0 ? after : after.slice(0, nextEnd + 1);
  const edges = { opens: true, closes: true };
  return lp(prev + next, edges) - (lp(prev + phrase + '，' + next, edges) - lp(phrase + '，', OPEN));
}

/**
 * Hidden after the paragraph's last stop (no clean page has one there). Marked, where the writer
 * does not say the phrase inside a sentence of their own elsewhere on the page (a name they repeat
 * as a subject: …。敬老爱老公益计划旨在…): glued before a sentence that can open on its own (not on
 * a particle: …。我跟随先生十九年了); opening a sentence with a comma where the writer's sentence
 * reads better without it; between two commas outside the paragraph's first sentence (on clean
 * pages a headline phrase stands so only in a first sentence, where the headline was cut from), and
 * inside a quotation anywhere but the page's first sentence (no clean page has one there).
 */
export function tierOf(find: PhraseFind): SpamSpan['tier'] | undefined {
  if (find.place === 'closes') return 'hidden';
  if (find.writerSays) return undefined;
  switch (find.place) {
    case 'glued':
      return find.opensOnParticle ? undefined : 'suspect';
    case 'opens':
      return find.gain > 0 ? 'suspect' : undefined;
    case 'comma':
      return find.inLead ? undefined : 'suspect';
    case 'quote':
      return find.inLead && find.paragraph === 0 ? undefined : 'suspect';
  }
}

const REASONS: Record<PhrasePlace, string> = {
  closes: "A phrase of the headline pasted after the paragraph's last sentence.",
  glued: 'A phrase of the headline pasted before a sentence.',
  opens: 'A phrase of the headline pasted at the start of a sentence.',
  comma: "A phrase of the headline pasted between the writer's clauses.",
  quote: "A phrase of the headline pasted into a speaker's words.",
};

/** The finds as spans of the page's paragraphs (page offsets). */
export function headlinePhraseSpans(page: SpamPage): SpamSpan[][] {
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  for (const find of findHeadlinePhrases(page)) {
    const tier = tierOf(find);
    const paragraph = page.paragraphs[find.paragraph];
    if (!tier || !paragraph) continue;
    const [start, end] = pageOffsets(paragraph, find.start, find.end);
    out[find.paragraph]?.push({ start, end, family: 'title', confidence: tier === 'hidden' ? 0.99 : 0.8, tier, reason: REASONS[find.place] });
  }
  return out;
}
