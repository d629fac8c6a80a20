/** Hover messages: a word's dictionary entry, and the longest dictionary word at the pointer. */
import * as v from 'valibot';
import { MAX_LOOKUP_CHARS, MAX_READING_CHARS } from './limits';
import { boundedString, offset } from './schema-util';

export const DictionarySenseSchema = v.object({
  /** Numbered pinyin as in CC-CEDICT, normalised to our form: `xin4 fang3`. */
  pinyin: v.string(),
  definitions: v.array(v.string()),
  /** Measure words, as CC-CEDICT references: `個|个[ge4]` (traditional|simplified[pinyin]), `家[jia1]`. */
  classifiers: v.optional(v.array(v.string())),
  /**
   * Words this is a variant of, as CC-CEDICT references (`乾|干[gan1]`); the definitions say
   * which kind of variant ("old variant of …").
   */
  variantOf: v.optional(v.array(v.string())),
  /**
   * The traditional form this sense belongs to, given only when a word's senses come from several
   * (干: 乾 "dry", 幹 "to do", 干 "to concern").
   */
  traditional: v.optional(v.string()),
});
export type DictionarySense = v.InferOutput<typeof DictionarySenseSchema>;

export const GlossaryNoteSchema = v.object({
  term: v.string(),
  traditional: v.optional(v.string()),
  pinyin: v.string(),
  gloss: v.string(),
  explanation: v.string(),
  category: v.string(),
  related: v.optional(v.array(v.string())),
});
export type GlossaryNote = v.InferOutput<typeof GlossaryNoteSchema>;

export const LookupRequestSchema = v.object({
  type: v.literal('lookup'),
  /** The word to explain (the segmenter's word, or the longest match at the pointer). */
  word: boundedString(MAX_LOOKUP_CHARS),
  /**
   * How the word is read where it stands (the ruby's readings, numbered and joined with spaces:
   * `yin2 hang2`); the senses with this reading come first.
   */
  reading: v.optional(boundedString(MAX_READING_CHARS)),
});
export type LookupRequest = v.InferOutput<typeof LookupRequestSchema>;

/** How common a word is, from its frequency rank: among the top 1,000, 5,000, 20,000 words, or rarer. */
export const FrequencyBandSchema = v.picklist(['top1000', 'top5000', 'top20000', 'rare']);
export type FrequencyBand = v.InferOutput<typeof FrequencyBandSchema>;

/** A word's place in the HSK lists and how common it is (src/learner/hsk-table.ts). */
export const WordLevelSchema = v.object({
  /** HSK 3.0 (2021): 1–6, or 7 for the advanced band 7–9. */
  hsk3: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
  /** HSK 2.0 level 1–6. */
  hsk2: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6))),
  frequency: v.optional(FrequencyBandSchema),
});
export type WordLevel = v.InferOutput<typeof WordLevelSchema>;

/** One part of a word with no entry of its own: a dictionary word or a single character, with its senses. */
export const WordPartSchema = v.object({
  text: v.string(),
  /** Numbered, as the page reads this part of the word (else its dictionary reading). */
  pinyin: v.optional(v.string()),
  senses: v.array(DictionarySenseSchema),
});
export type WordPart = v.InferOutput<typeof WordPartSchema>;

export const LookupResponseSchema = v.object({
  word: v.string(),
  simplified: v.string(),
  traditional: v.string(),
  senses: v.array(DictionarySenseSchema),
  glossary: v.optional(GlossaryNoteSchema),
  /** HSK levels and frequency, for words in the HSK lists. */
  level: v.optional(WordLevelSchema),
  /** For multi-character words: each character with its own senses. */
  characters: v.array(v.object({ char: v.string(), senses: v.array(DictionarySenseSchema) })),
  /**
   * A word with no entry of its own (铁路运输, 副局长): the words it is made of, longest first from
   * the left; `senses` is then empty.
   */
  parts: v.optional(v.array(WordPartSchema)),
  /** The reading the page shows for a word with no entry (numbered), since no sense carries one. */
  reading: v.optional(v.string()),
});
export type LookupResponse = v.InferOutput<typeof LookupResponseSchema>;

/** On pages without an article: the longest dictionary word starting at the front of `text`. */
export const LongestMatchRequestSchema = v.object({
  type: v.literal('longest-match'),
  text: boundedString(MAX_LOOKUP_CHARS),
});
export type LongestMatchRequest = v.InferOutput<typeof LongestMatchRequestSchema>;

export const LongestMatchResponseSchema = v.object({
  /** Length in UTF-16 code units of the longest headword prefix of `text`; 0 when none. */
  length: offset(),
});
export type LongestMatchResponse = v.InferOutput<typeof LongestMatchResponseSchema>;
