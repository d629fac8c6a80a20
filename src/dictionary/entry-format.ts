/**
 * The compiled dictionary file, written by the build script and read by `dictionary-index.ts`.
 * Plain UTF-8 text, laid out so the background can binary-search its bytes as they are fetched,
 * without decoding 10 MB or hashing 200,000 headwords at every service-worker start:
 *
 *   entry lines, sorted by simplified headword in code-point order (see compareKeys)
 *   \f
 *   traditional index lines, sorted: traditional \t entry line numbers joined with ','
 *                                     (only for traditional forms that differ from the simplified)
 *
 * An entry line: simplified \t traditional ('' when the same) \t rank \t pinyin \t definitions
 *                \t classifiers \t variants
 * - rank: lower first; orders a headword's readings (common reading before rare ones).
 * - pinyin: our numbered form (`xin4 fang3`, neutral 5, ü as v), lower case.
 * - definitions: joined with '/', which CC-CEDICT never uses inside a definition.
 * - classifiers, variants: CC-CEDICT references `個|个[ge4]` (traditional|simplified, one form when
 *   they are the same), joined with ','.
 */
export interface CompiledEntry {
  rank: number;
  simplified: string;
  traditional: string;
  pinyin: string;
  definitions: string[];
  classifiers: string[];
  variants: string[];
}

const FIELD = '\t';
const DEFINITION = '/';
const LIST = ',';
export const SECTION_SEPARATOR = '\n\f\n';

/**
 * Code-point order, which is the byte order of UTF-8: the build sorts with it and the background
 * binary-searches the file's bytes (sorted-lines.ts). (JavaScript's `<` compares UTF-16 code units,
 * which differs for characters beyond U+FFFF, and CC-CEDICT has some.)
 */
export function compareKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export function encodeEntry(entry: CompiledEntry): string {
  const fields = [
    entry.simplified,
    entry.traditional === entry.simplified ? '' : entry.traditional,
    String(entry.rank),
    entry.pinyin,
    entry.definitions.join(DEFINITION),
    entry.classifiers.join(LIST),
    entry.variants.join(LIST),
  ];
  while (fields.length > 5 && fields[fields.length - 1] === '') fields.pop();
  return fields.join(FIELD);
}

export function decodeEntry(line: string): CompiledEntry {
  const [simplified = '', traditional = '', rank = '9', pinyin = '', definitions = '', classifiers = '', variants = ''] =
    line.split(FIELD);
  return {
    rank: Number(rank),
    simplified,
    traditional: traditional || simplified,
    pinyin,
    definitions: definitions ? definitions.split(DEFINITION) : [],
    classifiers: classifiers ? classifiers.split(LIST) : [],
    variants: variants ? variants.split(LIST) : [],
  };
}

export function encodeIndexLine(traditional: string, lines: readonly number[]): string {
  return `${traditional}${FIELD}${lines.join(LIST)}`;
}

export function decodeIndexLine(line: string): number[] {
  return line
    .slice(line.indexOf(FIELD) + 1)
    .split(LIST)
    .map(Number);
}

/** The whole file from compiled entries (sorts them; stable, so CC-CEDICT's order stays within a headword). */
export function encodeDictionaryFile(entries: readonly CompiledEntry[]): string {
  for (const entry of entries) {
    if (encodeEntry(entry).includes('\f')) throw new Error(`form feed in the entry for ${entry.simplified}`);
  }
  const sorted = [...entries].sort((a, b) => compareKeys(a.simplified, b.simplified));
  const byTraditional = new Map<string, number[]>();
  sorted.forEach((entry, line) => {
    if (entry.traditional === entry.simplified) return;
    const lines = byTraditional.get(entry.traditional) ?? [];
    lines.push(line);
    byTraditional.set(entry.traditional, lines);
  });
  const index = [...byTraditional.keys()].sort(compareKeys).map((t) => encodeIndexLine(t, byTraditional.get(t)!));
  return sorted.map(encodeEntry).join('\n') + SECTION_SEPARATOR + index.join('\n') + '\n';
}

/** A CC-CEDICT reference as written in definitions: `個|个[ge4]`, or `人[ren2]` when both forms agree. */
export function formatReference(traditional: string, simplified: string, pinyin: string): string {
  const hanzi = traditional === simplified ? simplified : `${traditional}|${simplified}`;
  return `${hanzi}[${pinyin}]`;
}
