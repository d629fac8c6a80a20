/**
 * Where one occurrence of a headline piece stands in its host sentence (session 29, issue 12). A
 * farm pastes a piece where the writer's sentence did not need it: the sentence is whole without
 * it (the language model reads the clause better across the gap), and the piece lands in a slot
 * the writer had already filled — a noun between a preposition or a verb and the object it already
 * has (与[个人捐助]中国绿化基金会), a word between a modifier and its head (管理[担心]办法), a clause
 * glued after the writer's 的 or before a verb whose subject is there. A writer who repeats the
 * headline says its words in slots the sentence needs (报道称康师傅的[废弃茶叶]被转手, 学生取完[快递]后),
 * and says them so each time: the same words elsewhere on the page, where the writer put them, fit.
 *
 * Research only (scripts/spam/piece-slot-rows.ts writes them beside each candidate); not in the product:
 * measured in session 29, they carry nothing the piece model does not already read (docs/measurements/spam.md).
 */
import type { PieceCandidate } from '../../src/spam/candidates-headline';
import type { SpamPage } from '../../src/spam/page';
import { clauseEnd, clauseStart } from '../../src/spam/features-seam';
import { isHan } from '../../src/spam/text-classes';

export const PIECE_SLOT_FEATURES = [
  'gain',
  'clauseGain',
  'leftFit',
  'rightFit',
  'bridgeFit',
  'otherUses',
  'gainOverOthers',
  'leftTakes',
  'rightFills',
  'filledSlot',
  'pieceNominal',
  'pieceVerbal',
  'afterDe',
  'beforeDe',
  'atClauseEdge',
] as const;

/** What ends a clause: the host text on each side is read up to one of these. */
/** Ln ratios beyond this say no more. */
const CLIP = 12;
const clip = (x: number): number => Math.max(-CLIP, Math.min(CLIP, x));

type Tagged = readonly { word: string; tag: string }[];

/** A word that takes a complement right after it: a preposition, a verb, 的/之, a numeral or measure, an adverb. */
function takesKind(word: string, tag: string): 'nominal' | 'verbal' | null {
  if (word === '的' || word === '之') return 'nominal';
  if (tag === 'p' || tag === 'm' || tag === 'q' || tag === 'mq') return 'nominal';
  if (tag === 'v') return 'nominal';
  if (tag === 'd') return 'verbal';
  return null;
}

const isNominal = (tag: string): boolean => /^(?:n|r|s|f|t|vn|an|j|l)/u.test(tag);
const isVerbal = (tag: string): boolean => /^(?:v|a|ad|vd)/u.test(tag) && tag !== 'vn';

export function pieceSlotFeatures(page: SpamPage, candidates: readonly PieceCandidate[], only?: readonly boolean[]): number[][] {
  const lm = page.tools.languageModel;
  const tag = page.tools.segmenter.tag?.bind(page.tools.segmenter);
  const textOf = (c: PieceCandidate): string => page.paragraphs[c.paragraph]?.text.slice(c.start, c.end) ?? '';
  const gains: (number | null)[] = candidates.map(() => null);
  const local = (i: number): { gain: number; left: number; right: number; bridge: number } => {
    const c = candidates[i];
    if (!c || !lm) return { gain: 0, left: 0, right: 0, bridge: 0 };
    const r = lm.removalGain(page.paragraphs[c.paragraph]?.text ?? '', c.start, c.end);
    gains[i] = clip(r.gain);
    return { gain: clip(r.gain), left: clip(r.leftFit), right: clip(r.rightFit), bridge: clip(r.bridgeFit) };
  };
  const byText = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const list = byText.get(textOf(c)) ?? [];
    list.push(i);
    byText.set(textOf(c), list);
  });
  return candidates.map((c, i) => {
    if (only && !only[i]) return PIECE_SLOT_FEATURES.map(() => 0);
    const text = page.paragraphs[c.paragraph]?.text ?? '';
    const fit = local(i);
    const from = clauseStart(text, c.start);
    const to = clauseEnd(text, c.end);
    const before = text.slice(from, c.start);
    const after = text.slice(c.end, to);
    const piece = text.slice(c.start, c.end);
    const clauseGain = lm && before && after ? clip(lm.junctionFit(before, after) - lm.junctionFit(before, piece, true, false) - lm.junctionFit(piece, after, false, true)) : 0;
    // The writer's other uses of the same words on the page: how much worse this one fits than the best of them.
    const others = (byText.get(piece) ?? []).filter((j) => j !== i);
    let best = Infinity;
    for (const j of others) best = Math.min(best, gains[j] ?? local(j).gain);
    const gainOverOthers = others.length ? fit.gain - best : 0;
    let leftTakes = 0;
    let rightFills = 0;
    let filled = 0;
    let nominal = 0;
    let verbal = 0;
    if (tag && before && after) {
      const without: Tagged = tag(before + after);
      const withPiece: Tagged = tag(before + piece + after);
      let at = 0;
      let leftWord: { word: string; tag: string } | undefined;
      let rightWord: { word: string; tag: string } | undefined;
      for (const w of without) {
        if (at + w.word.length === before.length) leftWord = w;
        if (at === before.length) rightWord = w;
        at += w.word.length;
      }
      const kind = leftWord ? takesKind(leftWord.word, leftWord.tag) : null;
      leftTakes = kind ? 1 : 0;
      if (kind && rightWord) {
        rightFills = kind === 'nominal' ? Number(isNominal(rightWord.tag)) : Number(isVerbal(rightWord.tag));
        filled = rightFills;
      }
      at = 0;
      for (const w of withPiece) {
        if (at >= before.length && at + w.word.length <= before.length + piece.length && at + w.word.length === before.length + piece.length) {
          nominal = Number(isNominal(w.tag));
          verbal = Number(isVerbal(w.tag));
        }
        at += w.word.length;
      }
    }
    return [
      fit.gain,
      clauseGain,
      fit.left,
      fit.right,
      fit.bridge,
      Math.min(3, others.length),
      gainOverOthers,
      leftTakes,
      rightFills,
      filled,
      nominal,
      verbal,
      Number(before.endsWith('的')),
      Number(after.startsWith('的')),
      Number(!before || !after || !isHan(text.charAt(c.start - 1)) || !isHan(text.charAt(c.end))),
    ];
  });
}
