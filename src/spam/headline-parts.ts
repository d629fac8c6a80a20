/**
 * One whole part of a two-part headline (主题␣副题, 主题：副题) standing in the body verbatim, in a
 * place no writer's sentence gives it. A farm pastes the part as it is printed, boundary to
 * boundary, where a sentence may start: after the paragraph's last full stop with no stop of its
 * own; after a full stop, glued to the writer's next sentence with no punctuation between; or after
 * a full stop with a comma of its own, the writer's sentence going on after it.
 *
 * A writer who says the headline's words says them inside their own grammar: in the lead, where the
 * headline was cut from (so a paragraph's first sentence is never read here), or as the subject of
 * their sentence (…。伍子胥是何人？), which the language model reads as a sentence that needs its
 * opening: without the part the rest reads worse, not better.
 *
 * Measured (session 18) on the clean corpus under its own and news-style headlines, Simplified and
 * Traditional, the stress test's 1,678 Wikipedia pages and the marks-clean pages: a part after the
 * paragraph's last stop never stands there; glued after a stop it stands once (the subject above),
 * with a comma after a stop twice (a speaker, 某某介绍，; a discourse opener, 总体而言，).
 */
import { carriesOn, endsOpen, restHasPredicate } from './open-ends';
import { foldWidth, hanCount, HEADLINE_PARTS } from './headline-text';
import { pageOffsets, type SpamPage } from './page';
import type { SpamSpan } from './types';

/** Fewer Han characters than this and a part is a phrase any writer says (a name, 人社部). */
const MIN_PART_HAN = 4;
/** What ends a sentence, with a closing quotation mark after it. */
export const AFTER_STOP = /[。！？!?][”」』]?$/u;
export const STOP = /[。！？!?]/u;
/** What may follow a part glued to the writer's next sentence: anything but punctuation. */
export const GLUED_START = /^[^\s，,。！？!?；;：:、“”「」『』（）()《》…—]/u;
/**
 * ln P(the next sentence on its own) − ln P(the next sentence after the part): how much better the
 * writer's sentence reads without the part before it. Hidden from this gain (held-out generated
 * pages: 43 of 56 glued parts reach it; no clean part glued after a stop does), marked from 0.
 */
const HIDDEN_GAIN = 0.5;
/** A verb of the part's own (jieba's tags; not a verbal noun). */
const VERB = /^v[dgiq]?$/u;
/** The writer's word a verbless part may be the modifier of: a common noun, a body's name, a distinguishing word (大小), a suffix. */
const NAMED_BY_PART = /^(?:n|ng|nt|nz|vn|b|k)$/u;

/**
 * Whether the writer's sentence reads on from the part, so the part is the writer's own opening the
 * headline was cut from, not a paste before it: the part ends on a word that waits for more
 * (…。[上级首长应当]每年按照规定…), the writer's sentence has no verb of its own without it, or it has no verb of its own and the writer's next word is the noun
 * it names (…。[万方数据]公司的前身…, …。[龙口上游水量]大小、流速快慢…). SIGHAN's PKU and MSR text under
 * news-style headlines (scripts/spam/scan-inside.ts --pipeline) lost these three whole; the grammar is
 * ./headline-inside.ts's for a clause glued after a stop.
 */
function readsOn(page: SpamPage, part: string, after: string): boolean {
  // The writer's clause carries the part on (…。整治废旧车辆停放区后，…): their own opening.
  if (carriesOn(after)) return true;
  const tag = page.tools.segmenter.tag?.bind(page.tools.segmenter);
  if (!tag) return false;
  // The writer's sentence has no verb without the part: the part is its subject and predicate, what
  // follows only an object or a place (…。高速交警引导车辆绕行国道和省道。).
  if (!restHasPredicate(after, tag)) return true;
  const words = tag(part);
  const last = words.at(-1);
  if (last && endsOpen(last)) return true;
  const next = tag(after.slice(0, 8))[0];
  return next !== undefined && NAMED_BY_PART.test(next.tag) && !words.some((w) => VERB.test(w.tag));
}

/** Read from a sentence's start, not to its end (the rest of the sentence follows). */
export const OPEN = { opens: true, closes: false };

export type PartPlace = 'closes' | 'glued' | 'opens';

export interface PartFind {
  paragraph: number;
  /** [start, end) in the paragraph's masked view, a comma of the part's own included. */
  start: number;
  end: number;
  place: PartPlace;
  /** For a glued part: how much better the next sentence reads without it (see HIDDEN_GAIN). */
  gain: number;
  tier: SpamSpan['tier'];
}

const REASONS: Record<PartPlace, string> = {
  closes: "A part of the headline pasted after the paragraph's last sentence.",
  glued: 'A part of the headline pasted before a sentence.',
  opens: 'A part of the headline pasted at the start of a sentence.',
};

/** The headline's parts as printed, when it has two or more of four Han characters or more. */
export function headlineParts(headline: string): string[] {
  const parts = foldWidth(headline)
    .split(HEADLINE_PARTS)
    .map((part) => part.trim())
    .filter((part) => hanCount(part) >= MIN_PART_HAN);
  return parts.length >= 2 ? parts : [];
}

export function findHeadlinePartCopies(page: SpamPage): PartFind[] {
  const parts = headlineParts(page.headline);
  const lm = page.tools.languageModel;
  const out: PartFind[] = [];
  page.paragraphs.forEach((paragraph, p) => {
    if (paragraph.isHeadline) return;
    const text = foldWidth(paragraph.text);
    for (const part of parts) {
      for (let at = text.indexOf(part, 1); at > 0; at = text.indexOf(part, at + part.length)) {
        // Only after a stop inside the paragraph: its first sentence is the lead's, the writer's.
        if (!AFTER_STOP.test(text.slice(0, at))) continue;
        const end = at + part.length;
        const after = text.slice(end);
        if (after.trim() === '') {
          out.push({ paragraph: p, start: at, end, place: 'closes', gain: 0, tier: 'hidden' });
        } else if (/^[，,]/u.test(after)) {
          out.push({ paragraph: p, start: at, end: end + 1, place: 'opens', gain: 0, tier: 'suspect' });
        } else if (GLUED_START.test(after)) {
          const stop = after.search(STOP);
          const rest = stop < 0 ? after : after.slice(0, stop);
          const gain = lm ? lm.logProb(rest, OPEN) - (lm.logProb(part + rest, OPEN) - lm.logProb(part, OPEN)) : 0;
          if (gain > 0) out.push({ paragraph: p, start: at, end, place: 'glued', gain, tier: gain >= HIDDEN_GAIN && !readsOn(page, part, after) ? 'hidden' : 'suspect' });
        }
      }
    }
  });
  return out;
}

/** The finds as spans of the page's paragraphs (page offsets). */
export function headlinePartSpans(page: SpamPage): SpamSpan[][] {
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  for (const find of findHeadlinePartCopies(page)) {
    const paragraph = page.paragraphs[find.paragraph];
    if (!paragraph) continue;
    const [start, end] = pageOffsets(paragraph, find.start, find.end);
    const confidence = find.tier === 'hidden' ? 0.99 : 0.8;
    out[find.paragraph]?.push({ start, end, family: 'title', confidence, tier: find.tier, reason: REASONS[find.place] });
  }
  return out;
}
