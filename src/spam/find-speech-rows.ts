/**
 * Session 28: a row of a page's slots pasted into someone's quoted words (他说：“已连接 Guest-5G 剩余45分钟
 * 点击续连 我们也是受害者！”). Inside a quotation has been the weakest place on never-seen pages three
 * rounds running: a paste right after the opening mark reads as the speaker's words to every finder,
 * and the kinds of furniture are unbounded (Wi-Fi portals, car parks, auctions, call logs …). What no
 * speaker's words have, whatever the kind, is the row's shape: slots set apart by spaces, a space
 * standing between two Han characters (prose never puts one there; a page that spaces Latin words and
 * figures from Han puts it beside the Latin or the figure), and a slot that holds a figure, a Latin
 * letter or a symbol (a verse, a slogan or a list of names read aloud with pauses has none).
 *
 * Only in the speech of a quotation (./quoted-speech.ts: after a colon, a verb of saying, or opening
 * its sentence), one clause at a time. The slots between two spaces are the row's: hidden. An edge slot
 * is the row's where the quotation or a sentence of it opens right there; elsewhere the speaker's words may be
 * glued to it with no mark between (…条码 我们也是受害者！), so it is marked where the Han run at its
 * outer side is short, and left where it is long (a clause of the speaker's).
 */
import { finderSpan } from './finder-span';
import { quotationsOf } from './quoted-speech';
import { isHan } from './text-classes';
import type { SpamSpan } from './types';

/** Spaces a pasted row keeps: ASCII and no-break (not the ideographic space news pages pad figures with). */
const GAP = /[ \u00a0]+/gu;
/** A clause of the speech ends at one of these; quotation marks nested in it end it too. */
const CLAUSE = /[^，,。！？!?；;“”]+/gu;
/** A slot of a page's field: a figure, a Latin letter or a symbol. */
const FIELD = /[\p{N}A-Za-z¥￥$%％:：/|｜·×*#@+\-→~～()（）]/u;
/** Symbols that close or open a field: a space beside one parts two fields (…（2） 昨天), never a word from a figure. */
const FIELD_EDGE = /[)）】\]¥￥*·:：/|｜#@×→]/u;
/** An edge slot with a Han run longer than this may hold the speaker's words glued to the row. */
const ROW_HAN_RUN = 5;
/**
 * A slot with more Han characters than this is prose, not a field: a field's words are few (剩余上网时长45分钟, 假一赔十,
 * 七天无理由); a quoted title with its colon (江北区图书馆公告：下周一全天闭馆维修) is the writer's.
 */
const PROSE_HAN = 10;

const REASONS = {
  hidden: "A row of a page's slots (set apart by spaces, with figures or symbols) inside someone's quoted words: no speaker says it so.",
  marked: "May be part of a page's row pasted into someone's quoted words.",
};

const hanRuns = (text: string): string[] => [...text.matchAll(/\p{Script=Han}+/gu)].map((m) => m[0]);
const longestHanRun = (text: string): number => Math.max(0, ...hanRuns(text).map((run) => run.length));

/**
 * Whether a space parts two fields rather than spacing a word from a figure or a Latin word (pages that
 * space 达到 500 万台 or 使用 iPhone 15 put spaces only there): two Han characters, or a field's symbol, beside it.
 */
function partsFields(speech: string, from: number, to: number): boolean {
  const [before, after] = [speech.charAt(from - 1), speech.charAt(to)];
  return (isHan(before) && isHan(after)) || FIELD_EDGE.test(before) || FIELD_EDGE.test(after);
}

export function findSpeechRows(text: string): SpamSpan[] {
  const out: SpamSpan[] = [];
  for (const { start: offset, speech } of quotationsOf(text)) {
    for (const clause of speech.matchAll(CLAUSE)) {
      const a = clause.index + (clause[0].length - clause[0].trimStart().length);
      const b = clause.index + clause[0].trimEnd().length;
      const gaps = [...speech.slice(a, b).matchAll(GAP)].map((m) => [a + m.index, a + m.index + m[0].length] as const);
      // Session 31: a slot of many Han characters is prose, no field: the row runs only between such slots, and a prose
      // slot beside it is its edge (the speaker's words glued to the row).
      const bounds = [a, ...gaps.map(([, to]) => to)].map((from, k) => [from, gaps[k]?.[0] ?? b] as const);
      let first = 0;
      for (let k = 1; k <= bounds.length; k++) {
        if (k < bounds.length && !isProseSlot(speech.slice(...(bounds[k] as readonly [number, number])))) continue;
        const last = Math.min(k, bounds.length - 1);
        if (last - first >= 2) findRow(speech, offset, a, b, bounds.slice(first, last + 1), out);
        first = k;
      }
    }
  }
  return out;
}

/** A slot holding more Han characters than any field (百亿补贴, 剩余上网时长45分钟): the speaker's or writer's words. */
const isProseSlot = (slot: string): boolean => (slot.match(/\p{Script=Han}/gu)?.length ?? 0) > PROSE_HAN;

/** The row of slots `bounds` (three or more, [from, to) in `speech`) in the clause [a, b): its spans into `out`. */
function findRow(speech: string, offset: number, a: number, b: number, bounds: readonly (readonly [number, number])[], out: SpamSpan[]): void {
  const slots = bounds.map(([from, to]) => speech.slice(from, to));
  const gaps = bounds.slice(1).map(([from], k) => [(bounds[k] as readonly [number, number])[1], from] as const);
  // A space that parts two fields, and a slot with a figure, a letter or a symbol (a prose slot's colon is no field's).
  if (!gaps.some(([from, to]) => partsFields(speech, from, to)) || !slots.some((slot) => !isProseSlot(slot) && FIELD.test(slot))) return;
  const [firstGap, lastGap] = [gaps[0] as readonly [number, number], gaps[gaps.length - 1] as readonly [number, number]];
  // The slots between two spaces are the row's. The head slot is too where the quotation or a sentence of it opens
  // right there and the slot is short; otherwise the speaker's words may be glued to it.
  // Elsewhere an edge slot is marked where the Han run at its outer side is short (…人围观|我们根本没想到 is left).
  const rowEdge = (slot: string, atQuote: boolean): boolean => atQuote && longestHanRun(slot) <= ROW_HAN_RUN;
  const [head, tail] = [slots[0] ?? '', slots[slots.length - 1] ?? ''];
  const [rowStart, rowEnd] = [(bounds[0] as readonly [number, number])[0], (bounds[bounds.length - 1] as readonly [number, number])[1]];
  // A clause that is the whole speech has the speaker's words glued to one side or the other: its head is not safe. A tail is
  // never safe: a row pasted after a comma of the speaker's has their last words after it, up to the close (…立即出价 也没衣服。”).
  const [opens, afterStop, closes] = [rowStart === 0, /[。！？!?]\s*$/u.test(speech.slice(0, rowStart)), /^[，,。！？!?…\s]*$/u.test(speech.slice(b))];
  const headIn = rowStart === a && rowEdge(head, afterStop || (opens && !closes));
  const outerRun = (slot: string, side: 'head' | 'tail'): number => (new RegExp(side === 'head' ? '^\\p{Script=Han}*' : '\\p{Script=Han}*$', 'u').exec(slot)?.[0].length ?? 0);
  // A prose slot at an edge is the speaker's words beside the row: left as it is.
  if (!headIn && !isProseSlot(head) && outerRun(head, 'head') <= ROW_HAN_RUN) out.push(finderSpan(offset + rowStart, offset + firstGap[0], 'seo', false, REASONS));
  out.push(finderSpan(offset + (headIn ? rowStart : firstGap[1]), offset + lastGap[0], 'seo', true, REASONS));
  if (!isProseSlot(tail) && outerRun(tail, 'tail') <= ROW_HAN_RUN) out.push(finderSpan(offset + lastGap[1], offset + rowEnd, 'seo', false, REASONS));
}
