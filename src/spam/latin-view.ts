/**
 * The Latin view of a paragraph: how its letters, digits and dots read once the disguises a farm
 * puts on an address are taken off, with every character of the view mapped back to the page text.
 * Three disguises, each a class, not a list of examples:
 *
 * - **width and font**: full-width forms (ｈｔｔｐ：／／ｄｆ６６．ｖｉｐ), mathematical letters, the
 *   ideographic space: any character whose compatibility form (NFKC) is one printable ASCII
 *   character reads as that character. Enclosed numbers (①) keep their form: they are list marks;
 *   so do the clause marks ， and ；, which end a run.
 * - **enclosed letters** (session 21, QA20: ⒲⒲⒲．ｘｘ８８．ｃⓞｍ, ⓗⓚ⑧⑧⑧·ⓒⓒ): a letter in a circle or in
 *   brackets reads as the letter; an enclosed digit reads as its digit only next to a Latin letter or
 *   digit, so a list mark (①调整结构) stays a list mark. No writer spells an address in these forms.
 * - **a spelt-out dot** between two Latin labels: 点 點 。 ．, a middle dot (· ・ •; session 21), the word dot in any case standing
 *   apart, and a dot in brackets of any kind ([.] (.) {.} [dot] 【.】 〔.〕 [点]; session 13).
 * - **letters spaced out** (w w w . x x . c o m): spaces inside a run of ASCII tokens most of which
 *   are single characters are dropped.
 *
 * Nothing here decides what is spam: ./find-spelt-domains.ts reads the view and the flags.
 */

/** One character of the view: [start, end) of the page text it stands for, and how it was disguised. */
export interface ViewChar {
  ch: string;
  start: number;
  end: number;
  /** It was a full-width or other compatibility form of an ASCII character. */
  widened: boolean;
  /** It is a dot that was spelt out (点, dot, [.]) or spaces taken out next to it. */
  spelt: boolean;
  /** It was an enclosed letter or digit (ⓐ ⒜ ①) read as the plain one. */
  enclosed?: boolean;
}

export interface LatinView {
  text: string;
  chars: ViewChar[];
}

const ENCLOSED = /[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/u;
/** Commas and semicolons stay as they are: they end a run of Latin junk (./find-domains.ts), never join one. */
const CLAUSE_MARKS = /[，；]/u;
/** A dot spelt out between two Latin labels (the labels are checked around the match). */
const SPELT_DOT = /^(?:\s*(?:点|點|。|[·・•‧]|[[({<【〔〖〈]\s*(?:\.|点|點|。|dot)\s*[\])}>】〕〗〉])\s*|\s+dot\s+)/iu;
const LABEL_CHAR = /[A-Za-z0-9]/;
/**
 * A note telling the reader which mark stands for the dot (把＠换成点, 请将※替换为.; session 18):
 * the named mark between two labels is a spelt dot too.
 */
export const DOT_NOTE = /[（(]?(?:请?将|把)\s?([^\p{L}\p{N}\s])\s?(?:换成|改成|改为|换为|替换为|替换成)\s?(?:点|點|\.|．|。)(?:即可)?[）)]?/u;

function widen(text: string): ViewChar[] {
  const out: ViewChar[] = [];
  let at = 0;
  for (const ch of text) {
    const end = at + ch.length;
    let mapped = ch;
    if (!ENCLOSED.test(ch) && !CLAUSE_MARKS.test(ch) && (ch.codePointAt(0) ?? 0) > 0x7f) {
      const compatible = ch.normalize('NFKC');
      if (/^[\x20-\x7e]$/.test(compatible)) mapped = compatible;
      else if (ch === '\u3000') mapped = ' ';
    }
    out.push({ ch: mapped, start: at, end, widened: mapped !== ch, spelt: false });
    at = end;
  }
  return unenclose(out);
}

const ENCLOSED_LETTER = /^\(?([A-Za-z])\)?$/u;
const ENCLOSED_DIGIT = /^[0-9]$/u;
const LATIN = /^[A-Za-z0-9]$/u;

/** Enclosed letters read as letters; enclosed digits as digits where they touch Latin letters or digits. */
function unenclose(chars: ViewChar[]): ViewChar[] {
  const read = (c: ViewChar, ch: string): ViewChar => ({ ...c, ch, widened: true, enclosed: true });
  let out = chars.map((c) => {
    const letter = ENCLOSED.test(c.ch) ? ENCLOSED_LETTER.exec(c.ch.normalize('NFKC'))?.[1] : undefined;
    return letter ? read(c, letter) : c;
  });
  // Digits spread from a letter along a run of enclosed digits (ⓚ⑧⑧⑧): a few passes cover a label.
  for (let pass = 0, changed = true; changed && pass < 8; pass++) {
    changed = false;
    out = out.map((c, n) => {
      if (!ENCLOSED.test(c.ch)) return c;
      const digit = c.ch.normalize('NFKC');
      if (!ENCLOSED_DIGIT.test(digit) || !(LATIN.test(out[n - 1]?.ch ?? '') || LATIN.test(out[n + 1]?.ch ?? ''))) return c;
      changed = true;
      return read(c, digit);
    });
  }
  return out;
}

/** Spelt-out dots between Latin labels become one '.', standing for the whole spelling. */
function joinSpeltDots(chars: ViewChar[], namedDot = ''): ViewChar[] {
  const out: ViewChar[] = [];
  for (let i = 0; i < chars.length; i++) {
    const previous = out[out.length - 1];
    const current = chars[i] as ViewChar;
    if (previous && LABEL_CHAR.test(previous.ch) && namedDot && current.ch === namedDot && LABEL_CHAR.test(chars[i + 1]?.ch ?? '')) {
      out.push({ ...current, ch: '.', spelt: true });
      continue;
    }
    if (previous && LABEL_CHAR.test(previous.ch)) {
      const rest = chars.slice(i, i + 12).map((c) => c.ch).join('');
      const match = SPELT_DOT.exec(rest);
      const length = match?.[0].length ?? 0;
      if (match && length > 0 && LABEL_CHAR.test(rest.charAt(length))) {
        const last = chars[i + length - 1] as ViewChar;
        out.push({ ch: '.', start: current.start, end: last.end, widened: chars.slice(i, i + length).some((c) => c.widened), spelt: true });
        i += length - 1;
        continue;
      }
    }
    out.push(current);
  }
  return out;
}

/** A run of ASCII tokens (letters, digits, dots, colons, slashes) with single spaces between them. */
const TOKEN_CHAR = /[A-Za-z0-9.:/-]/;

/** Drops the spaces of runs whose tokens are mostly single characters (w w w . x x . c o m). */
function closeSpacedLetters(chars: ViewChar[]): ViewChar[] {
  const drop = new Set<number>();
  let i = 0;
  while (i < chars.length) {
    if (!TOKEN_CHAR.test(chars[i]?.ch ?? '')) {
      i++;
      continue;
    }
    // Tokens of the run starting at i: [from, to) indices, separated by one or more spaces.
    const tokens: [number, number][] = [];
    let j = i;
    for (;;) {
      const from = j;
      while (j < chars.length && TOKEN_CHAR.test(chars[j]?.ch ?? '')) j++;
      tokens.push([from, j]);
      let k = j;
      // ASCII spaces only: an ideographic space is the writer's gap between a word and what follows.
      while (k < chars.length && chars[k]?.ch === ' ' && !chars[k]?.widened) k++;
      if (k === j || k - j > 2 || !TOKEN_CHAR.test(chars[k]?.ch ?? '')) break;
      j = k;
    }
    const singles = tokens.filter(([a, b]) => b - a === 1).length;
    // A lone dot counts as a single: "www . abc . com" is spaced out as much as "w w w".
    if (tokens.length >= 3 && singles >= 2 && singles * 2 >= tokens.length - 1) {
      for (let t = 1; t < tokens.length; t++) for (let s = (tokens[t - 1] as [number, number])[1]; s < (tokens[t] as [number, number])[0]; s++) drop.add(s);
    }
    i = j;
  }
  if (drop.size === 0) return chars;
  const out: ViewChar[] = [];
  chars.forEach((c, n) => {
    if (!drop.has(n)) out.push(drop.has(n - 1) || drop.has(n + 1) ? { ...c, spelt: true } : c);
  });
  return out;
}

export function latinView(text: string): LatinView {
  // Spaces first: "w w w 点 x x" has its spelt dot between two labels only once the spaces are gone.
  const named = DOT_NOTE.exec(text)?.[1]?.normalize('NFKC') ?? '';
  const chars = joinSpeltDots(closeSpacedLetters(joinSpeltDots(widen(text), named)), named);
  return { text: chars.map((c) => c.ch).join(''), chars };
}
