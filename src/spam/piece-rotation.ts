/**
 * A farm that walks the headline's pieces in the headline's order, round after round, through the
 * lead (the seed page: 跟随 → 足迹重回作答载 → 下访 → 地份 → 考卷 → 临安 → 跟随 …). Two decisions,
 * kept apart:
 *
 * (a) The page: does a rotation show at all? Only occurrences that read as pasted *by themselves*
 *     count (`standsLoose`): at word edges, glued into no longer word, in no frame the writer uses
 *     elsewhere on the page. Among those, in page order, a step from one piece to the next is a
 *     rotation step when the same step is taken again (two rounds or more) and it runs forward
 *     through the headline (or closes the round back to its start). A page with enough such steps
 *     is stuffed beyond doubt: a writer says headline words in no fixed order, and never twice in
 *     the same walk through the headline.
 * (b) Each occurrence on its own: only occurrences that stand loose AND sit on a rotation step
 *     (the step into them or out of them is one the farm repeats) are walked. The walk never takes
 *     the writer's own copy of a word (我们[浙江]传媒学院 beside a pasted 浙江: bound into a longer
 *     name; 下访接访 said again and again in the article: a frame the writer uses) — session 8's
 *     walk did, and walked on through real text (README, "Not met.").
 *
 * Pure: the page's paragraphs and the piece candidates in, a flag per candidate out.
 */
import type { PieceCandidate } from './candidates-headline';
import type { SpamPage } from './page';
import { fitOf } from './features-language';
import { isHan } from './text-classes';

/** The paragraphs a farm stuffs (./features-headline.ts LEAD). */
const LEAD = 3;
/**
 * Characters that bind loosely: a piece after 的 or before 了 says nothing of a frame, since the
 * farm pastes right after such words (./features-headline.ts LINKS) and the writer uses them everywhere.
 */
const OPENING = '《“「『(（【〈‘"\'';
const CLOSING = '》”」』)）】〉’"\'';
const LOOSE = new Set([...'的了是在和与及、也都就而并为对把被将从']);
/** Distinct steps a farm must repeat, each twice, before its walk counts: two rounds of three steps. */
export const MIN_ROTATION_STEPS = 3;
/**
 * Or two steps taken five times between them: a farm walking two or three pieces round and round
 * (建立 → 起有一所 → 建立 …); dev pages only (rotation style, seed 1): +42 pasted characters, none real.
 */
const MIN_TAKINGS = 5;
/** Times one step must be taken for it to be the farm's: two rounds. */
const MIN_ROUNDS = 2;
const NONE: ReadonlySet<RotationEvidence> = new Set();
/**
 * How much worse, in nats, the language model may read the sentence once the occurrence is taken
 * out (./features-language.ts: bridge − left − right seam) for it still to read as pasted. A word the
 * writer put there is often one its neighbours call for (正式[开园]，): taking it out breaks the
 * sentence. Dev pages (rotation style, seed 1), the lead's loose occurrences otherwise: from −6 up
 * stand 294 of 298 pasted ones and 183 of the writer's 235 (clean pages: 234 of 299); the seed page's
 * pasted 下访 read −5.1 to −5.5 (a rare word costs its price at both seams).
 */
const MIN_GAIN = -6;

/** The evidence the reading weighs, by name, so a benchmark can leave one out (ablation only). */
export type RotationEvidence = 'edges' | 'bound' | 'frame' | 'lm' | 'twins' | 'oneway' | 'enclosed' | 'number' | 'rounds' | 'forward' | 'writers';

/**
 * (b), the occurrence's own evidence, and how long the walk must be for it to hide: the piece model's
 * probability (before the page prior) a walked occurrence needs, on a walk of at least LONG_WALK
 * distinct steps each taken twice. Dev pages (rotation style, dev articles, seeds 3–6, 8, 9; walked
 * occurrences): from 0.3 on walks of five steps or more, 111 pasted characters and none of the
 * writer's. Shorter walks are not hidden: on 2–4 steps with 0.6 / 0.3 the dev pages held (745 pasted,
 * 2 writer's characters) but the fresh run (seed 7) lost 8 writer's characters the piece model itself
 * reads as pasted (0.69–0.93: 提供[坐票]服务, 灾害[自救]话题, 搜狐的[工作人员]很负责): a walk of
 * three or four steps leaves room for a writer's word where the farm's next paste should stand.
 * On any walk, an odd piece — pieces run together, a character lost, digits jumped (足迹重回作答载,
 * 地份: no writer's word) — is hidden from the same level: on those dev walks, 166 pasted characters
 * and none of the writer's.
 */
export function walkLevel(steps: number, odd: boolean): number {
  return steps >= LONG_WALK || odd ? WALK_OWN : NEVER;
}
/** A walk of this many distinct steps (two rounds each) is itself the evidence for each of its occurrences. */
const LONG_WALK = 5;
/** What the piece model must still read of a walked occurrence (the seed page's 临安 reads 0.32). */
const WALK_OWN = 0.3;
/** A level no probability reaches. */
const NEVER = 1.01;

export interface RotationReading {
  /** Distinct steps (piece → next piece) the farm took at least twice, forward through the headline. */
  steps: number;
  /** Per candidate: it stands loose and sits on one of those steps. */
  walked: boolean[];
}

export interface Unit {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Where its first piece starts in the headline's Han characters. */
  position: number;
  /** The language model's removal gain (bridge − left − right seam, nats; 0 without a model). */
  gain: number;
}

/** Paragraph index among the article's paragraphs (-1 for a headline paragraph). */
function articleIndexes(page: SpamPage): number[] {
  let n = 0;
  return page.paragraphs.map((p) => (p.isHeadline ? -1 : n++));
}

/** The article's paragraphs, without a headline paragraph (its words are the headline's, not the writer's). */
function bodyText(page: SpamPage): string {
  return page.paragraphs.filter((p) => !p.isHeadline).map((p) => p.text).join('\n');
}

function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

/** How much better the language model reads the sentence without the occurrence (nats; 0 without a model). */
function removalGain(page: SpamPage, c: PieceCandidate): number {
  const lm = page.tools.languageModel;
  const text = page.paragraphs[c.paragraph]?.text;
  if (!lm || text === undefined) return 0;
  const fit = fitOf(lm, text, c.start, c.end);
  return fit.bridgeFit - fit.leftFit - fit.rightFit;
}

/**
 * Does the occurrence read as pasted by itself, before any page evidence: it starts and ends on the
 * segmenter's word edges, no known word runs across either edge (临安|区 read as 临安区, 浙江|传媒学院),
 * and the character it touches on either side, when it binds (not 的, 是, 、 …), never touches the
 * same piece elsewhere on the page (下访|接访 said again in the writer's own paragraphs).
 */
export function standsLoose(page: SpamPage, c: PieceCandidate, whole: string, without: ReadonlySet<RotationEvidence> = NONE): boolean {
  const paragraph = page.paragraphs[c.paragraph];
  if (!paragraph) return false;
  const { text, boundaries } = paragraph;
  if (!without.has('edges') && (!boundaries.has(c.start) || !boundaries.has(c.end))) return false;
  const before1 = text.charAt(c.start - 1);
  const after1 = text.charAt(c.end);
  // A piece filling a bracket or a quotation by itself (《[条例]》) is the writer naming it.
  if (!without.has('enclosed') && OPENING.includes(before1) && before1 !== '' && CLOSING.includes(after1) && after1 !== '') return false;
  // A count before it binds it (4[个孩子]): the farm pastes after words and marks, not inside a number's phrase.
  if (!without.has('number') && /[0-9０-９]/u.test(before1)) return false;
  const known = page.tools.isKnownWord ?? (() => false);
  const isWord = (s: string): boolean => known(s) || (page.tools.segmenter.isDictionaryWord?.(s) ?? false);
  const piece = text.slice(c.start, c.end);
  for (let k = 1; k <= 2 && !without.has('bound'); k++) {
    const before = text.slice(Math.max(0, c.start - k), c.start);
    const after = text.slice(c.end, c.end + k);
    if (before.length === k && [...before].every(isHan) && (isWord(before + piece) || isWord(before + piece.charAt(0)))) return false;
    if (after.length === k && [...after].every(isHan) && (isWord(piece + after) || isWord(piece.charAt(piece.length - 1) + after))) return false;
  }
  const before = text.charAt(c.start - 1);
  const after = text.charAt(c.end);
  const binds = (ch: string): boolean => isHan(ch) && !LOOSE.has(ch);
  if (!without.has('lm') && removalGain(page, c) < MIN_GAIN) return false;
  if (without.has('frame')) return true;
  if (binds(before) && countOf(whole, before + piece) >= 2) return false;
  if (binds(after) && countOf(whole, piece + after) >= 2) return false;
  return true;
}

/**
 * The lead's occurrences a walk reads: each run of touching pieces as one (足迹重回|作答载 is one
 * paste), and a piece said twice in a row (下访下访) as its second copy only — the first is read as
 * the writer's (./doubled-pieces.ts).
 */
function unitsOf(page: SpamPage, candidates: readonly PieceCandidate[], headlineHan: string): Unit[] {
  const units: Unit[] = [];
  const articleIndex = articleIndexes(page);
  const textOf = (c: PieceCandidate): string => page.paragraphs[c.paragraph]?.text.slice(c.start, c.end) ?? '';
  candidates.forEach((c, index) => {
    const lead = articleIndex[c.paragraph] ?? LEAD;
    if (lead < 0 || lead >= LEAD) return;
    // The whole run: no candidate of the same paragraph reaches over it.
    const covered = candidates.some((o) => o !== c && o.paragraph === c.paragraph && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start);
    const doubled = c.pieces.length === 2 && c.pieces[0]?.text === c.pieces[1]?.text;
    if (covered && !candidates.some((o) => o.paragraph === c.paragraph && o.pieces.length === 2 && o.pieces[0]?.text === o.pieces[1]?.text && o.start < c.start && c.end === o.end)) return;
    if (doubled) return;
    const first = c.pieces[0]?.text ?? '';
    const at = headlineHan.indexOf(first);
    units.push({ index, paragraph: c.paragraph, start: c.start, end: c.end, text: textOf(c), position: at >= 0 ? at : headlineHan.indexOf(first.charAt(0)), gain: removalGain(page, c) });
  });
  return units.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** The lead's occurrences, in page order, that stand loose. */
export function looseUnits(page: SpamPage, candidates: readonly PieceCandidate[], without: ReadonlySet<RotationEvidence> = NONE): Unit[] {
  const headlineHan = [...page.headline].filter(isHan).join('');
  const whole = bodyText(page);
  return unitsOf(page, candidates, headlineHan).filter((u) => {
    const c = candidates[u.index];
    return c !== undefined && standsLoose(page, c, whole, without);
  });
}

/**
 * (a) and (b) above. `candidates`: the page's headline piece candidates (./candidates-headline.ts).
 */
export function readRotation(page: SpamPage, candidates: readonly PieceCandidate[], without: ReadonlySet<RotationEvidence> = NONE): RotationReading {
  const walked = candidates.map(() => false);
  // The same piece twice with nothing of the walk between (昨天上午，[湿地公园]位于江边的[湿地公园]正式开园):
  // one copy is the farm's, the other the writer's; the walk takes the one the sentence reads
  // better without, the later on a tie (./doubled-pieces.ts reads a doubled word the same way).
  const loose: Unit[] = [];
  for (const u of looseUnits(page, candidates, without)) {
    const last = loose[loose.length - 1];
    if (!last || last.text !== u.text || without.has('twins')) loose.push(u);
    else if (u.gain >= last.gain) loose[loose.length - 1] = u;
  }
  const key = (a: Unit, b: Unit): string => `${a.text}\u0000${b.text}`;
  const taken = new Map<string, number>();
  for (let i = 1; i < loose.length; i++) {
    const a = loose[i - 1] as Unit;
    const b = loose[i] as Unit;
    taken.set(key(a, b), (taken.get(key(a, b)) ?? 0) + 1);
  }
  // The farm's steps: taken twice or more, each piece leading on to one piece only, forward through
  // the headline but for the step that closes a round.
  const steps = new Set<string>();
  const from = new Set<string>();
  const into = new Set<string>();
  for (const [k, count] of [...taken].sort((x, y) => y[1] - x[1])) {
    if (count < (without.has('rounds') ? 1 : MIN_ROUNDS)) continue;
    const [a = '', b = ''] = k.split('\u0000');
    // A walk leads from each piece to one piece and into each piece from one: a piece the steps
    // reach from two sides is a gap in the walk (a paste the reading missed), not a step.
    if (from.has(a) || (into.has(b) && !without.has('oneway'))) continue;
    from.add(a);
    into.add(b);
    steps.add(k);
  }
  const positionOf = new Map(loose.map((u) => [u.text, u.position]));
  let backwards = 0;
  for (const k of steps) {
    const [a = '', b = ''] = k.split('\u0000');
    if ((positionOf.get(b) ?? 0) <= (positionOf.get(a) ?? 0)) backwards++;
  }
  if (backwards > 1 && !without.has('forward')) for (const k of [...steps]) {
    const [a = '', b = ''] = k.split('\u0000');
    if ((positionOf.get(b) ?? 0) <= (positionOf.get(a) ?? 0)) steps.delete(k);
  }
  let takings = 0;
  for (const k of steps) takings += taken.get(k) ?? 0;
  if (steps.size < MIN_ROTATION_STEPS && !(steps.size >= 2 && takings >= MIN_TAKINGS)) return { steps: steps.size, walked };
  // A word the writer also says in words of their own (下访接访, 临安区 on the seed page) is taken only between two
  // of the farm's steps, or as the last step of the walk in its paragraph; a piece the writer never
  // says, on either.
  const whole = bodyText(page);
  const looseCount = new Map<string, number>();
  for (const u of loose) looseCount.set(u.text, (looseCount.get(u.text) ?? 0) + 1);
  for (let i = 0; i < loose.length; i++) {
    const u = loose[i] as Unit;
    const previous = loose[i - 1];
    const next = loose[i + 1];
    const into = previous !== undefined && steps.has(key(previous, u));
    const onward = next !== undefined && steps.has(key(u, next));
    // Said by the writer: somewhere on the page the same text stands bound or in a frame of theirs.
    const writers = !without.has('writers') && countOf(whole, u.text) > (looseCount.get(u.text) ?? 0);
    const endsParagraph = next === undefined || next.paragraph !== u.paragraph;
    if (writers ? into && (onward || endsParagraph) : into || onward) walked[u.index] = true;
  }
  return { steps: steps.size, walked };
}
