/**
 * The Simplified view of a text: every word-level step (segmentation, readings, glossary, spam
 * evidence) reads it, while offsets stay the page text's. One UTF-16 unit for one: a Traditional
 * character becomes one Simplified character or stays, so `toSimplified(t).length === t.length`
 * and index i of the view is index i of the page; astral characters are left alone.
 *
 * Traditional → Simplified by character is nearly a function (個 → 个, 幹/乾 → 干), with two kinds
 * of exception, both from OpenCC's tables (compiled by scripts/build-simplified-table.ts):
 * - phrases that read differently from their characters (乾隆 keeps 乾, 藉口 → 借口);
 * - characters Simplified also writes in words of its own (著名, 乾隆, 於 the surname).
 * So the view converts only where the text around reads Traditional: more characters only
 * Traditional writes (個, 說) than characters only Simplified writes (个, 说). A Simplified page
 * reads through unchanged, stray Traditional characters included (閤门, 財産: Simplified sources
 * keep some, and readings were learnt on them), while a Taiwanese page's 著 becomes 着.
 */
import table from './simplified-table.json';
import type { SimplifiedTable } from './simplified-table-format';

const compiled: SimplifiedTable = table;

function pairs(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < text.length; i += 2) map.set(text.charAt(i), text.charAt(i + 1));
  return map;
}

const TRADITIONAL_ONLY = pairs(compiled.traditionalOnly);
const ALSO_SIMPLIFIED = pairs(compiled.alsoSimplified);
const SIMPLIFIED_ONLY = new Set(compiled.simplifiedOnly);
/** Phrases by their first character, longest first, so the longest match wins. */
const PHRASES = new Map<string, { from: string; to: string }[]>();
for (const phrase of compiled.phrases) {
  const half = phrase.length / 2;
  const from = phrase.slice(0, half);
  const list = PHRASES.get(from.charAt(0)) ?? [];
  list.push({ from, to: phrase.slice(half) });
  PHRASES.set(from.charAt(0), list);
}
for (const list of PHRASES.values()) list.sort((a, b) => b.from.length - a.from.length);

/**
 * The three tables above by UTF-16 unit, one flag each (their keys are single units): every spam
 * finder converts its paragraph, so a page's text is converted dozens of times, and three Map
 * lookups of a one-character string per unit were 5–8% of the spam judgement's time.
 */
const IS_TRADITIONAL_ONLY = 1;
const CONVERTS = 1 | 2 | 4;
const FLAGS = new Uint8Array(0x10000);
for (const [map, flag] of [[TRADITIONAL_ONLY, 1], [ALSO_SIMPLIFIED, 2], [PHRASES, 4]] as const) {
  for (const key of map.keys()) FLAGS[key.charCodeAt(0)]! |= flag;
}

/**
 * How far either side of a character the script is judged: about two clauses, so a Simplified
 * quotation inside a Traditional article (or the reverse) is read in its own script.
 */
const SCRIPT_WINDOW = 40;

/**
 * How Traditional the text around each position reads: Traditional-only characters (個, 說) less
 * Simplified-only ones (个, 说) within SCRIPT_WINDOW either side; 0 where neither script shows.
 */
export function scriptBalanceAround(text: string): (index: number) => number {
  const traditional = new Int32Array(text.length + 1);
  const simplified = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    traditional[i + 1] = traditional[i]! + (TRADITIONAL_ONLY.has(c) ? 1 : 0);
    simplified[i + 1] = simplified[i]! + (SIMPLIFIED_ONLY.has(c) ? 1 : 0);
  }
  return (index) => {
    const from = Math.max(0, index - SCRIPT_WINDOW);
    const to = Math.min(text.length, index + SCRIPT_WINDOW + 1);
    return traditional[to]! - traditional[from]! - (simplified[to]! - simplified[from]!);
  };
}

/** Whether the text around each position reads Traditional: more Traditional-only than Simplified-only characters. */
function traditionalAround(text: string): (index: number) => boolean {
  const balance = scriptBalanceAround(text);
  return (index) => balance(index) > 0;
}

/** Whether a whole text (a page) has more characters only Traditional writes than characters only Simplified writes. */
export function readsTraditional(text: string): boolean {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    balance += TRADITIONAL_ONLY.has(c) ? 1 : SIMPLIFIED_ONLY.has(c) ? -1 : 0;
  }
  return balance > 0;
}

/** The Simplified view of `text`: same length, index for index (see the file's header). */
export function toSimplified(text: string): string {
  return hasTraditionalForm(text) ? convert(text, traditionalAround(text)) : text;
}

/**
 * A word's Simplified form, the word taken as Traditional whatever its characters say (衞生 → 卫生,
 * 乾 → 干): for looking a word up in its other form, not for reading running text.
 */
export function toSimplifiedForm(word: string): string {
  return convert(word, () => true);
}

function convert(text: string, isTraditionalAt: (index: number) => boolean): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; ) {
    if ((FLAGS[text.charCodeAt(i)]! & CONVERTS) === 0 || !isTraditionalAt(i)) {
      i++;
      continue;
    }
    const c = text.charAt(i);
    const phrase = PHRASES.get(c)?.find((p) => text.startsWith(p.from, i));
    if (phrase) {
      out += text.slice(copiedUpTo, i) + phrase.to;
      i += phrase.from.length;
      copiedUpTo = i;
      continue;
    }
    const simplified = TRADITIONAL_ONLY.get(c) ?? ALSO_SIMPLIFIED.get(c);
    if (simplified !== undefined) {
      out += text.slice(copiedUpTo, i) + simplified;
      copiedUpTo = i + 1;
    }
    i++;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/**
 * Whether `text` has a character only Traditional writes (個, 說). Without one the view is the
 * text itself, so callers can skip work.
 */
export function hasTraditionalForm(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FLAGS[text.charCodeAt(i)]! & IS_TRADITIONAL_ONLY) return true;
  return false;
}

/**
 * The view of a run of words, converted as one text so the words' context decides as it would for
 * the text (著 after 看 in 看著), then cut back to the same lengths.
 */
export function toSimplifiedWords(words: readonly string[]): string[] {
  const text = words.join('');
  const view = toSimplified(text);
  if (view === text) return [...words];
  let at = 0;
  return words.map((word) => view.slice(at, (at += word.length)));
}
