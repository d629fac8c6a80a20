/**
 * The dictionary at run time: binary search over the compiled CC-CEDICT file's bytes (an entry is
 * only decoded when looked up), merged with the glossary.
 */
import type { DictionarySense, GlossaryNote, LookupResponse, WordPart } from '../messaging/protocol';
import { createGlossaryIndex } from '../glossary/glossary-index';
import { decodeEntry, decodeIndexLine, type CompiledEntry } from './entry-format';
import { decodeLineIndex, scanSections } from './line-index';
import { encodeKey, longestKeyPrefix, sortedLines } from './sorted-lines';
import { hanCount, partReading, splitIntoParts } from './word-parts';
import { toSimplifiedForm } from '../script/simplified-view';

/** CC-CEDICT's longest headword has 19 characters; prefixes longer than this are not tried. */
const LONGEST_HEADWORD = 20;

export interface Dictionary {
  /**
   * Dictionary senses, glossary note and per-character senses for a word; for a word of two or more
   * characters with no entry, its parts (see word-parts.ts); null for an unknown single character.
   * `reading` (numbered, space-separated: `yin2 hang2`), when the caller knows how the word is read
   * in its sentence, puts the senses with that reading first, for the word and each character.
   */
  lookup(word: string, reading?: string): LookupResponse | null;
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

/**
 * `file` is the compiled dictionary (see entry-format.ts), as bytes (what the extension fetches)
 * or text; `lineIndex` its precomputed line offsets (line-index.ts), scanned for when absent.
 */
export function createDictionary(
  file: Uint8Array | string,
  glossaryNotes: readonly GlossaryNote[],
  lineIndex?: Int32Array,
): Dictionary {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const sections = (lineIndex && decodeLineIndex(lineIndex, bytes.length)) || scanSections(bytes);
  const entries = sortedLines(bytes, sections.entries);
  const traditionalIndex = sortedLines(bytes, sections.traditionalIndex);

  const glossary = createGlossaryIndex(glossaryNotes);
  const glossaryForms = glossary.forms();
  const longestTerm = Math.max(0, ...glossaryForms.map((f) => f.length));
  const longest = Math.max(LONGEST_HEADWORD, longestTerm);

  function linesFor(word: string): number[] {
    const key = encodeKey(word);
    const lines: number[] = [];
    for (let i = entries.lowerBound(key); entries.hasKey(i, key); i++) lines.push(i);
    const t = traditionalIndex.lowerBound(key);
    if (traditionalIndex.hasKey(t, key)) {
      for (const line of decodeIndexLine(traditionalIndex.line(t))) if (!lines.includes(line)) lines.push(line);
    }
    return lines;
  }

  function isHeadword(word: string): boolean {
    const key = encodeKey(word);
    return entries.hasKey(entries.lowerBound(key), key) || traditionalIndex.hasKey(traditionalIndex.lowerBound(key), key);
  }

  function entriesFor(word: string): Located[] {
    return linesFor(word).map((line) => ({ entry: decodeEntry(entries.line(line)), line }));
  }

  /** A character's entries as written, or else under its Simplified form (a regional spelling: 衞, 綫). */
  function characterEntries(char: string): Located[] {
    const found = entriesFor(char);
    const form = found.length === 0 ? toSimplifiedForm(char) : char;
    return form === char ? found : entriesFor(form);
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
      const found = characterEntries(char);
      if (found.length === 0) return;
      out.push({ char, senses: readingFirst(groupSenses(found), sameLength ? syllables[i] : undefined) });
    });
    return out;
  }

  /**
   * The page's form first: 幹部 finds only the entries CC-CEDICT spells 幹部 (gàn, not 乾 gān),
   * which the Simplified form 干部 would mix. A form CC-CEDICT and the glossary do not spell (a
   * regional variant such as 衞生, 綫路) is looked up by its Simplified form, still shown as written.
   */
  function lookup(word: string, reading?: string): LookupResponse | null {
    return entryLookup(word, reading) ?? partsLookup(word, reading);
  }

  function entryLookup(word: string, reading?: string): LookupResponse | null {
    const asWritten = lookupForm(word, reading);
    if (asWritten) return asWritten;
    const form = toSimplifiedForm(word);
    const found = form === word ? null : lookupForm(form, reading);
    return found && { ...found, word, traditional: word, characters: charactersOf(word, reading || found.senses[0]?.pinyin) };
  }

  /**
   * A word with no entry of its own (铁路运输, 副局长) is answered with its reading as the page shows
   * it and its parts, each with its senses, so hovering it never comes up empty. A single character
   * with no entry has no parts: null.
   */
  function partsLookup(word: string, reading?: string): LookupResponse | null {
    const wordHan = hanCount(word);
    if (wordHan === 0 || [...word].length < 2) return null;
    const parts: WordPart[] = splitIntoParts(word, longestMatch).map((span) => {
      const pinyin = partReading(reading, span, wordHan);
      const found = span.hanCount > 0 ? entryLookup(span.text, pinyin) : null;
      const part: WordPart = { text: span.text, senses: found?.senses ?? [] };
      const shown = pinyin ?? found?.senses[0]?.pinyin;
      if (shown) part.pinyin = shown;
      return part;
    });
    // A Traditional word keeps its Simplified form beside it in the tooltip, as entries do.
    const response: LookupResponse = { word, simplified: toSimplifiedForm(word), traditional: word, senses: [], characters: [], parts };
    if (reading) response.reading = reading;
    return response;
  }

  function lookupForm(word: string, reading?: string): LookupResponse | null {
    const found = entriesFor(word);
    // A traditional headword's simplified form, so a glossary term is found from either script.
    const asSimplified = found.find((f) => f.entry.traditional === word && f.entry.simplified !== word)?.entry.simplified;
    const note = glossary.get(word) ?? (asSimplified !== undefined ? glossary.get(asSimplified) : undefined);
    if (found.length === 0 && !note) return null;

    const isSimplified = found.some((f) => f.entry.simplified === word) || note?.term === word;
    const simplified = isSimplified ? word : (asSimplified ?? note?.term ?? word);
    const senses = readingFirst(groupSenses(found), reading || undefined);
    const first = [...found].sort((a, b) => a.entry.rank - b.entry.rank || a.line - b.line)[0]?.entry;
    const traditional = isSimplified ? (first?.traditional ?? note?.traditional ?? word) : word;
    const response: LookupResponse = {
      word,
      simplified,
      traditional,
      senses,
      characters: charactersOf(word, reading || senses[0]?.pinyin),
    };
    if (note) response.glossary = note;
    return response;
  }

  /** The longest word at the start of `text`, as written or in its Simplified form (a regional spelling: 衞生局). */
  function longestMatch(text: string): number {
    const head = text.slice(0, longest);
    const form = toSimplifiedForm(head);
    return Math.max(longestMatchAsWritten(text), form === head ? 0 : longestMatchAsWritten(form));
  }

  function longestMatchAsWritten(text: string): number {
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
