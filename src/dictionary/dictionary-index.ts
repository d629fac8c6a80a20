/**
 * The dictionary at run time: the compiled CC-CEDICT lines indexed by headword (an entry is only
 * decoded when looked up), merged with the glossary.
 */
import type { DictionarySense, GlossaryNote, LookupResponse } from '../messaging/protocol';
import { createGlossaryIndex } from '../glossary/glossary-index';
import {
  compareKeys,
  decodeEntry,
  decodeIndexLine,
  keyOf,
  SECTION_SEPARATOR,
  type CompiledEntry,
} from './entry-format';

/** CC-CEDICT's longest headword has 19 characters; prefixes longer than this are not tried. */
const LONGEST_HEADWORD = 20;

export interface Dictionary {
  /** Dictionary senses, glossary note and per-character senses for a word; null when unknown. */
  lookup(word: string): LookupResponse | null;
  /** Length of the longest headword that `text` starts with; 0 when none. */
  longestMatch(text: string): number;
  /** Whether `word` is a headword (simplified or traditional) or a glossary term. */
  hasWord(word: string): boolean;
  /** Words the segmenter must keep whole (glossary terms, both forms). */
  customWords(): string[];
}

interface Located {
  entry: CompiledEntry;
  line: number;
}

/** The first position whose key is not less than `key` (lines sorted by key). */
function lowerBound(lines: readonly string[], key: string, from = 0, to = lines.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareKeys(keyOf(lines[middle]!), key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The longest key of `lines` that `text` starts with, narrowing the range of keys that share the
 * prefix one character at a time: most text positions fail after two or three characters.
 */
function longestKeyPrefix(lines: readonly string[], text: string, limit: number): number {
  let low = 0;
  let high = lines.length;
  let best = 0;
  for (let length = 1; length <= limit && low < high; length++) {
    const prefix = text.slice(0, length);
    low = lowerBound(lines, prefix, low, high);
    // Keys that start with `prefix` sort before `prefix + U+FFFF`.
    high = lowerBound(lines, `${prefix}\uffff`, low, high);
    if (low < high && keyOf(lines[low]!) === prefix) best = length;
  }
  return best;
}

/** Entries under one reading and one traditional form become one sense. */
function groupSenses(found: Located[]): DictionarySense[] {
  const sorted = [...found].sort((a, b) => a.entry.rank - b.entry.rank || a.line - b.line);
  const groups = new Map<string, { sense: DictionarySense; traditional: string }>();
  for (const { entry } of sorted) {
    const key = `${entry.pinyin}|${entry.traditional}`;
    let group = groups.get(key);
    if (!group) {
      group = { sense: { pinyin: entry.pinyin, definitions: [] }, traditional: entry.traditional };
      groups.set(key, group);
    }
    const { sense } = group;
    sense.definitions.push(...entry.definitions);
    if (entry.classifiers.length > 0) sense.classifiers = [...(sense.classifiers ?? []), ...entry.classifiers];
    if (entry.variants.length > 0) sense.variantOf = [...(sense.variantOf ?? []), ...entry.variants];
  }
  const senses = [...groups.values()];
  // Tell the reader which character a sense belongs to when the same characters stand for several
  // traditional forms (干: 乾 "dry", 幹 "to do", 干 "to concern").
  const forms = new Set(senses.map((g) => g.traditional));
  return senses.map(({ sense, traditional }) => (forms.size > 1 ? { ...sense, traditional } : sense));
}

/** Puts the sense read as `reading` first (the character's reading inside the word looked up). */
function readingFirst(senses: DictionarySense[], reading: string | undefined): DictionarySense[] {
  if (!reading) return senses;
  const at = senses.findIndex((s) => s.pinyin === reading);
  if (at <= 0) return senses;
  return [senses[at]!, ...senses.slice(0, at), ...senses.slice(at + 1)];
}

export function createDictionary(dictionaryFile: string, glossaryNotes: readonly GlossaryNote[]): Dictionary {
  const separator = dictionaryFile.indexOf(SECTION_SEPARATOR);
  const entriesText = separator < 0 ? dictionaryFile : dictionaryFile.slice(0, separator);
  const indexText = separator < 0 ? '' : dictionaryFile.slice(separator + SECTION_SEPARATOR.length);
  const entries = entriesText === '' ? [] : entriesText.split('\n');
  const traditionalIndex = indexText.split('\n');
  if (traditionalIndex[traditionalIndex.length - 1] === '') traditionalIndex.pop();

  const glossary = createGlossaryIndex(glossaryNotes);
  const glossaryForms = glossary.forms();
  const longestTerm = Math.max(0, ...glossaryForms.map((f) => f.length));
  const longest = Math.max(LONGEST_HEADWORD, longestTerm);

  function linesFor(word: string): number[] {
    const lines: number[] = [];
    for (let i = lowerBound(entries, word); i < entries.length && keyOf(entries[i]!) === word; i++) lines.push(i);
    const t = lowerBound(traditionalIndex, word);
    if (t < traditionalIndex.length && keyOf(traditionalIndex[t]!) === word) {
      for (const line of decodeIndexLine(traditionalIndex[t]!)) if (!lines.includes(line)) lines.push(line);
    }
    return lines;
  }

  function entriesFor(word: string): Located[] {
    return linesFor(word).map((line) => ({ entry: decodeEntry(entries[line]!), line }));
  }

  function isHeadword(word: string): boolean {
    const i = lowerBound(entries, word);
    if (i < entries.length && keyOf(entries[i]!) === word) return true;
    const t = lowerBound(traditionalIndex, word);
    return t < traditionalIndex.length && keyOf(traditionalIndex[t]!) === word;
  }

  function hasWord(word: string): boolean {
    return isHeadword(word) || glossary.get(word) !== undefined;
  }

  function charactersOf(word: string, wordReading: string | undefined): LookupResponse['characters'] {
    const chars = [...word];
    if (chars.length < 2) return [];
    const syllables = wordReading?.split(' ');
    const sameLength = syllables?.length === chars.length;
    const out: LookupResponse['characters'] = [];
    chars.forEach((char, i) => {
      const found = entriesFor(char);
      if (found.length === 0) return;
      out.push({ char, senses: readingFirst(groupSenses(found), sameLength ? syllables[i] : undefined) });
    });
    return out;
  }

  function lookup(word: string): LookupResponse | null {
    const found = entriesFor(word);
    // A traditional headword's simplified form, so a glossary term is found from either script.
    const asSimplified = found.find((f) => f.entry.traditional === word && f.entry.simplified !== word)?.entry.simplified;
    const note = glossary.get(word) ?? (asSimplified !== undefined ? glossary.get(asSimplified) : undefined);
    if (found.length === 0 && !note) return null;

    const isSimplified = found.some((f) => f.entry.simplified === word) || note?.term === word;
    const simplified = isSimplified ? word : (asSimplified ?? note?.term ?? word);
    const senses = groupSenses(found);
    const first = [...found].sort((a, b) => a.entry.rank - b.entry.rank || a.line - b.line)[0]?.entry;
    const traditional = isSimplified ? (first?.traditional ?? note?.traditional ?? word) : word;
    const response: LookupResponse = {
      word,
      simplified,
      traditional,
      senses,
      characters: charactersOf(word, senses[0]?.pinyin),
    };
    if (note) response.glossary = note;
    return response;
  }

  function longestMatch(text: string): number {
    const limit = Math.min(longest, text.length);
    let best = Math.max(longestKeyPrefix(entries, text, limit), longestKeyPrefix(traditionalIndex, text, limit));
    // Glossary terms are few; check the lengths the dictionary did not already cover.
    for (let length = Math.min(limit, longestTerm); length > best; length--) {
      if (glossary.get(text.slice(0, length))) {
        best = length;
        break;
      }
    }
    return best;
  }

  return { lookup, longestMatch, hasWord, customWords: () => [...glossaryForms] };
}
