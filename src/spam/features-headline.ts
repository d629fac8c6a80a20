/**
 * Features of the headline candidates: what the piece is (how it differs from the headline as
 * printed), how it sits in its sentence, and what the page around it shows (how often, where, how
 * stuffed the lead is). Each is a number near 0..1, named, so the weights file and the ablation
 * speak the same names.
 */
import type { HeadlineCopyCandidate, PieceCandidate } from './candidates-headline';
import { fitOf, LANGUAGE_FEATURES, languageFeatures } from './features-language';
import type { SpamPage } from './page';
import { cycleEvidence, type Occurrence } from './piece-cycle';
import { PASTE_FEATURES, pasteFeatures } from './features-paste';
import { SEAM_FEATURES, seamFeatures } from './features-seam';
import { isHan, isWordCharacter } from './text-classes';
import { wordEndingAt, wordStartingAt } from './words-at';

export const PIECE_FEATURES = [
  'length',
  'pieces',
  'jumpsGlued',
  'jumpsBreak',
  'lossy',
  'dictionaryWord',
  'aligned',
  'gluedToPiece',
  'outOfOrder',
  'gluedOutOfOrder',
  'doubled',
  'copies',
  'leadShare',
  'excess',
  'amongExcess',
  'pageCycle',
  'cycleFollows',
  'cycleLeads',
  'farmMarks',
  'pageOddPieces',
  'afterLink',
  'attested',
  ...LANGUAGE_FEATURES,
  ...SEAM_FEATURES,
  ...PASTE_FEATURES,
] as const;

export const HEADLINE_COPY_FEATURES = ['multiPart', 'keepsSeparator', 'gluedBefore', 'gluedAfter', 'farmMarks', ...LANGUAGE_FEATURES] as const;

/** The paragraphs a farm stuffs: the first three of the article (a headline paragraph not counted). */
const LEAD = 3;
/** Where the seed page's farm pastes: right after these (的|足迹, 是|下访, ,|跟随, 、|地份). */
const LINKS = '的是在和、，,';

/** Paragraph index among the article's paragraphs (a headline paragraph is not one). */
function articleIndexes(page: SpamPage): number[] {
  let n = 0;
  return page.paragraphs.map((p) => (p.isHeadline ? -1 : n++));
}

/** Per candidate: does it stand in the lead (the paragraphs a farm stuffs)? */
export function inLeadOf(page: SpamPage, candidates: readonly PieceCandidate[]): boolean[] {
  const index = articleIndexes(page);
  return candidates.map((c) => (index[c.paragraph] ?? LEAD) < LEAD);
}

export function pieceFeatures(page: SpamPage, candidates: readonly PieceCandidate[]): number[][] {
  const index = articleIndexes(page);
  const inLead = (c: PieceCandidate): boolean => (index[c.paragraph] ?? LEAD) < LEAD;
  const textOf = (c: PieceCandidate): string => page.paragraphs[c.paragraph]?.text.slice(c.start, c.end) ?? '';
  const copies = new Map<string, { all: number; lead: number }>();
  for (const c of candidates) {
    const entry = copies.get(textOf(c)) ?? { all: 0, lead: 0 };
    entry.all++;
    if (inLead(c)) entry.lead++;
    copies.set(textOf(c), entry);
  }
  // How much of the lead is headline pieces, against the rest of the article.
  let leadHan = 0;
  let restHan = 0;
  page.paragraphs.forEach((p, i) => {
    const han = [...p.text].filter(isHan).length;
    if ((index[i] ?? -1) < 0) return;
    if ((index[i] ?? LEAD) < LEAD) leadHan += han;
    else restHan += han;
  });
  const single = candidates.filter((c) => c.pieces.length === 1);
  const known = page.tools.isKnownWord ?? (() => false);
  const isWord = (text: string): boolean => known(text) || (page.tools.segmenter.isDictionaryWord?.(text) ?? false);
  const aligned = (c: PieceCandidate): boolean => {
    const b = page.paragraphs[c.paragraph]?.boundaries;
    return Boolean(b?.has(c.start) && b.has(c.end));
  };
  const occurrence = (c: PieceCandidate): Occurrence => ({
    paragraph: c.paragraph,
    start: c.start,
    end: c.end,
    first: c.pieces[0]?.text ?? '',
    last: c.pieces[c.pieces.length - 1]?.text ?? '',
  });
  const cycle = cycleEvidence(single.filter(inLead).map(occurrence), candidates.map(occurrence));
  const odd = single.filter((c) => aligned(c) && c.pieces.some((p) => p.jumpsGlued || p.lossy)).length;
  const lm = page.tools.languageModel;
  const fits = candidates.map((c) => (lm ? fitOf(lm, page.paragraphs[c.paragraph]?.text ?? '', c.start, c.end) : null));
  const gainOf = (i: number): number => {
    const fit = fits[i];
    return fit ? fit.bridgeFit - fit.leftFit - fit.rightFit : 0;
  };
  // More copies of a piece in the lead than the rest of the article would lead one to expect: the
  // excess is what a farm pasted, and of the lead's copies, those the language model fits worst.
  const excessOf = new Map<string, number>();
  for (const [text, entry] of copies) {
    const expected = restHan > 0 ? ((entry.all - entry.lead) * leadHan) / restHan : 0;
    excessOf.set(text, Math.max(0, entry.lead - expected));
  }
  const leadCopiesByFit = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    if (!inLead(c)) return;
    const list = leadCopiesByFit.get(textOf(c)) ?? [];
    list.push(i);
    leadCopiesByFit.set(textOf(c), list);
  });
  for (const list of leadCopiesByFit.values()) list.sort((a, b) => gainOf(b) - gainOf(a) || a - b);
  const whole = page.paragraphs.map((p) => p.text).join('\n');
  const headlineHan = [...page.headline].filter(isHan).join('');
  const farmMarks = Math.min(1, page.mechanicalCount / 3);
  const seams = seamFeatures(page, candidates);
  const pastes = pasteFeatures(page, candidates, candidates.map(inLead));

  return candidates.map((c, index) => {
    const paragraph = page.paragraphs[c.paragraph];
    const text = paragraph?.text ?? '';
    const piece = textOf(c);
    const before = text.charAt(c.start - 1);
    const neighbours = single.filter((o) => o.paragraph === c.paragraph && (o.end === c.start || o.start === c.end));
    const touching = neighbours.length > 0;
    // Pieces run together that the headline does not have side by side (回应转卖|枕头, 足迹重回|作答载):
    // a farm's glue; a writer says headline words in the headline's order or apart.
    const outOfOrder = c.pieces.length > 1 && !headlineHan.includes(piece);
    const gluedOutOfOrder = neighbours.some((o) => {
      const other = textOf(o);
      return !headlineHan.includes(o.end === c.start ? other + piece : piece + other);
    });
    const doubled = new Set(piece).size > 1 && (text.slice(c.start - piece.length, c.start) === piece || text.slice(c.end, c.end + piece.length) === piece);
    const entry = copies.get(piece) ?? { all: 1, lead: 0 };
    // The phrase the piece makes with the word before or after it, said elsewhere on the page too.
    const wordBefore = wordEndingAt(paragraph?.words ?? [], c.start);
    const wordAfter = wordStartingAt(paragraph?.words ?? [], c.end);
    const attested = [wordBefore + piece, piece + wordAfter].some((phrase) => phrase.length > piece.length + 1 && countOf(whole, phrase) >= 2);
    return [
      (c.end - c.start) / 4,
      c.pieces.length - 1,
      Number(c.pieces.some((p) => p.jumpsGlued)),
      Number(c.pieces.some((p) => p.jumpsBreak)),
      Number(c.pieces.some((p) => p.lossy)),
      Number(isWord(piece)),
      Number(aligned(c)),
      Number(touching),
      Number(outOfOrder),
      Number(gluedOutOfOrder),
      Number(doubled),
      Math.log2(entry.all),
      entry.lead / entry.all,
      Math.min(1, (excessOf.get(piece) ?? 0) / 3),
      Number((leadCopiesByFit.get(piece)?.indexOf(index) ?? Infinity) < Math.round(excessOf.get(piece) ?? 0)),
      cycle.pageCycle,
      Number(cycle.follows[index] ?? false),
      Number(cycle.leads[index] ?? false),
      farmMarks,
      Math.min(1, odd / 2),
      Number(Boolean(before) && LINKS.includes(before)),
      Number(attested),
      ...languageFeatures(fits[index] ?? null),
      ...(seams[index] ?? []),
      ...(pastes[index] ?? []),
    ];
  });
}

export function headlineCopyFeatures(page: SpamPage, candidates: readonly HeadlineCopyCandidate[]): number[][] {
  const farmMarks = Math.min(1, page.mechanicalCount / 3);
  const lm = page.tools.languageModel;
  return candidates.map((c) => {
    const text = page.paragraphs[c.paragraph]?.text ?? '';
    const before = text.charAt(c.start - 1);
    const after = text.charAt(c.end);
    return [
      Number(c.multiPart),
      Number(c.keepsSeparator),
      Number(isWordCharacter(before)),
      Number(isWordCharacter(after)),
      farmMarks,
      ...languageFeatures(lm ? fitOf(lm, text, c.start, c.end) : null),
    ];
  });
}

/** A copula (就是, 正是, 即为, 取名为: a word ending in 是 or 为, whatever jieba tags it). */
const COPULA = /[是为]$/u;

/**
 * A copy of the whole headline said as the writer's complement: glued after a copula (…这就是
 * [外卖骑手：我的一天]，他笑着说。, …把这组报道取名为[新春走基层：大山里的邮递员]。), closing its clause
 * (a mark or the paragraph's end right after it), and the language model reads the sentence better
 * with it than without (`gain`, the scaled removal gain of LANGUAGE_FEATURES, below 0). A writer names
 * their story's title so; a farm pastes the headline after any word. Wider frames were tried on
 * bench:spam's pages and not kept: any verb or preposition before it, or the writer's predicate after
 * it, took 2 of the held-out pasted copies (…面对“水门关[headline]”时…, …。[headline]值得注意的是…:
 * whole headline hidden 0.852 → 0.799), and at a removal gain of −5 nats or less they lost the
 * writer's copy after 取名为.
 */
export function saidAsConstituent(text: string, start: number, end: number, gain: number, tag: ((text: string) => readonly { word: string; tag: string }[]) | undefined): boolean {
  const before = isWordCharacter(text.charAt(start - 1));
  const after = isWordCharacter(text.charAt(end));
  if (!before || after || gain >= 0 || !tag) return false;
  const last = tag(text.slice(Math.max(0, start - 8), start)).at(-1);
  return last !== undefined && COPULA.test(last.word);
}

function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}
