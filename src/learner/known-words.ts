/**
 * The reader's known words as a list, and the files it comes from and goes to. Pure. Words are kept
 * in their Simplified form, sorted, each once.
 *
 * Import accepts what learners have at hand: plain text (one word a line), CSV (the word in the
 * first column, quoted or not, a header row allowed) and Anki's "Notes in Plain Text" export (TSV,
 * `#` header lines, the word in the first field). A file with any line that is not a word is refused
 * as a whole, naming the lines, so a wrong file never half-imports.
 */

/** A word: Han characters, possibly with the digits, Latin letters and middle dots some terms hold (A股, 12345热线). */
const WORD = /^(?=.*\p{Script=Han})[\p{Script=Han}0-9A-Za-z·]{1,16}$/u;
const MAX_PROBLEMS_SHOWN = 3;

export type ImportResult = { ok: true; words: string[] } | { ok: false; problem: string; lines: number[] };

export function normaliseWords(words: Iterable<string>): string[] {
  return [...new Set([...words].map((w) => w.trim()).filter((w) => WORD.test(w)))].sort();
}

export function isWord(text: string): boolean {
  return WORD.test(text);
}

/** The first field of a CSV line (RFC 4180 quoting). */
function firstCsvField(line: string): string {
  if (!line.startsWith('"')) return line.split(',')[0]!;
  let field = '';
  for (let i = 1; i < line.length; i++) {
    if (line[i] === '"') {
      if (line[i + 1] === '"') {
        field += '"';
        i++;
      } else break;
    } else field += line[i];
  }
  return field;
}

function firstField(line: string, separator: 'tab' | 'comma' | 'none'): string {
  if (separator === 'tab') return line.split('\t')[0]!.replace(/^"(.*)"$/, '$1');
  if (separator === 'comma') return firstCsvField(line);
  return line;
}

export function parseKnownWordsImport(text: string): ImportResult {
  if (text.includes('\u0000')) return { ok: false, problem: 'binary', lines: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const anki = lines.some((line) => /^#separator:tab\b/i.test(line));
  const content = lines.map((line, i) => ({ line: line.trim(), number: i + 1 })).filter(({ line }) => line && !line.startsWith('#'));
  const separator = anki || content.some(({ line }) => line.includes('\t')) ? 'tab' : content.some(({ line }) => line.includes(',')) ? 'comma' : 'none';
  const words: string[] = [];
  const bad: number[] = [];
  content.forEach(({ line, number }, i) => {
    const field = firstField(line, separator).trim();
    if (WORD.test(field)) words.push(field);
    // A first row without Chinese is a header ("word,pinyin,definition").
    else if (!(i === 0 && !/\p{Script=Han}/u.test(field))) bad.push(number);
  });
  if (bad.length) return { ok: false, problem: 'not-words', lines: bad.slice(0, MAX_PROBLEMS_SHOWN) };
  if (!words.length) return { ok: false, problem: 'empty', lines: [] };
  return { ok: true, words: normaliseWords(words) };
}

/** One word a line: imports back as plain text, and into Anki or a spreadsheet as one column. */
export function exportKnownWords(words: readonly string[]): string {
  return words.length ? `${words.join('\n')}\n` : '';
}

export function withWord(list: readonly string[], word: string, known: boolean): string[] {
  const set = new Set(list);
  if (known) set.add(word);
  else set.delete(word);
  return [...set].sort();
}

export function mergeWords(list: readonly string[], added: readonly string[]): string[] {
  return normaliseWords([...list, ...added]);
}
