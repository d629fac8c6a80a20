/**
 * The curated glossary's source format (`assets/glossary/*.json`, each file an array of entries)
 * and its validation. The build compiles valid entries into `/data/glossary.json`; the unit tests
 * fail on any problem, so a bad entry never ships silently.
 */
export const GLOSSARY_CATEGORIES = [
  'petitions',
  'party',
  'government',
  'law',
  'economy',
  'finance',
  'society',
  'education',
  'health',
  'environment',
  'diplomacy',
  'security',
  'technology',
  'media',
  'campaigns',
  'rural',
  'labour',
  'history',
] as const;

export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

export interface GlossaryEntry {
  /** Simplified form. */
  term: string;
  /** Traditional form, only when it differs from `term`. */
  traditional?: string;
  /**
   * Tone marks, separated by spaces: one syllable per Han character and per digit ("985工程": "jiǔ bā
   * wǔ gōng chéng"), and each run of Latin letters as written ("A股": "A gǔ").
   */
  pinyin: string;
  /** Short English gloss. */
  gloss: string;
  /** 1–3 English sentences on what the term means in Chinese public life. */
  explanation: string;
  category: GlossaryCategory;
  related?: string[];
  /** Why `pinyin` differs from the pinyin module's reading, when it does. */
  pinyinNote?: string;
}

const KNOWN_KEYS = new Set(['term', 'traditional', 'pinyin', 'gloss', 'explanation', 'category', 'related', 'pinyinNote']);
const HAN = /\p{Script=Han}/gu;
/** Lower-case pinyin letters with tone marks (ü and its marked forms included); no digits. */
const MARKED_SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+$/;
const MAX_GLOSS = 100;
const MAX_EXPLANATION = 600;

export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** What a term's reading is made of: each Han character, each run of digits, each run of Latin letters. */
export function readingUnits(term: string): Array<{ text: string; kind: 'han' | 'digits' | 'latin' }> {
  return [...term.matchAll(/[A-Za-z]+|[0-9]+|\p{Script=Han}/gu)].map((m) => ({
    text: m[0],
    kind: /^[A-Za-z]/.test(m[0]) ? 'latin' : /^[0-9]/.test(m[0]) ? 'digits' : 'han',
  }));
}

/**
 * Whether `syllables` read `units` in order: a Han character is one syllable, Latin letters are
 * written as they are, and n digits take n to 2n syllables (985: jiǔ bā wǔ; 35: sān shí wǔ).
 */
function readsUnits(units: ReturnType<typeof readingUnits>, syllables: readonly string[], u = 0, s = 0): boolean {
  if (u === units.length) return s === syllables.length;
  const unit = units[u]!;
  if (unit.kind === 'latin') return syllables[s] === unit.text && readsUnits(units, syllables, u + 1, s + 1);
  const [min, max] = unit.kind === 'han' ? [1, 1] : [unit.text.length, 2 * unit.text.length];
  for (let n = min; n <= max && s + n <= syllables.length; n++) {
    if (syllables.slice(s, s + n).every((x) => MARKED_SYLLABLE.test(x)) && readsUnits(units, syllables, u + 1, s + n)) return true;
  }
  return false;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value === value.trim();
}

/** Problems with one entry, as sentences naming the field; empty when the entry is valid. */
export function validateGlossaryEntry(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['entry is not an object'];
  const entry = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(entry)) if (!KNOWN_KEYS.has(key)) problems.push(`unknown field "${key}"`);
  for (const key of ['term', 'pinyin', 'gloss', 'explanation', 'category'] as const) {
    if (!isNonEmptyString(entry[key])) problems.push(`"${key}" must be a non-empty trimmed string`);
  }
  if (problems.length > 0) return problems;

  const term = entry.term as string;
  const pinyin = entry.pinyin as string;
  if (hanCount(term) === 0) problems.push('term has no Han character');
  if (!(GLOSSARY_CATEGORIES as readonly string[]).includes(entry.category as string)) {
    problems.push(`unknown category "${String(entry.category)}"`);
  }
  if (entry.traditional !== undefined) {
    if (!isNonEmptyString(entry.traditional)) problems.push('"traditional" must be a non-empty string');
    else if (entry.traditional === term) problems.push('"traditional" is the same as "term"; omit it');
    else if ([...entry.traditional].length !== [...term].length) problems.push('"traditional" differs in length from "term"');
  }
  const syllables = pinyin.split(' ');
  if (syllables.some((x) => !MARKED_SYLLABLE.test(x) && !/^[A-Za-z]+$/.test(x))) {
    problems.push(`pinyin "${pinyin}" must be lower-case tone-marked syllables separated by single spaces`);
  } else if (!readsUnits(readingUnits(term), syllables)) {
    problems.push(`pinyin "${pinyin}" does not read "${term}": one syllable per Han character, the digits read out, Latin letters as written`);
  }
  if ((entry.gloss as string).length > MAX_GLOSS) problems.push(`gloss is longer than ${MAX_GLOSS} characters`);
  if ((entry.explanation as string).length > MAX_EXPLANATION) {
    problems.push(`explanation is longer than ${MAX_EXPLANATION} characters`);
  }
  if (entry.related !== undefined) {
    if (!Array.isArray(entry.related) || !entry.related.every(isNonEmptyString)) {
      problems.push('"related" must be an array of non-empty strings');
    } else if (entry.related.includes(term)) problems.push('"related" lists the term itself');
  }
  if (entry.pinyinNote !== undefined && !isNonEmptyString(entry.pinyinNote)) {
    problems.push('"pinyinNote" must be a non-empty string');
  }
  return problems;
}

export interface GlossaryFile {
  name: string;
  entries: unknown;
}

export interface GlossaryValidation {
  /** Valid entries in file order, the first of any duplicate kept. */
  entries: GlossaryEntry[];
  /** `file: term: problem` lines. */
  problems: string[];
}

/** Validates every file and checks that no term (or traditional form) appears twice across files. */
export function validateGlossaryFiles(files: readonly GlossaryFile[]): GlossaryValidation {
  const entries: GlossaryEntry[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    if (!Array.isArray(file.entries)) {
      problems.push(`${file.name}: not an array of entries`);
      continue;
    }
    file.entries.forEach((value: unknown, index) => {
      const label = `${file.name}: ${(value as { term?: unknown })?.term ?? `#${index}`}`;
      const entryProblems = validateGlossaryEntry(value);
      if (entryProblems.length > 0) {
        for (const problem of entryProblems) problems.push(`${label}: ${problem}`);
        return;
      }
      const entry = value as GlossaryEntry;
      const forms = entry.traditional ? [entry.term, entry.traditional] : [entry.term];
      const clash = forms.find((form) => seen.has(form));
      if (clash !== undefined) {
        problems.push(`${label}: duplicate of "${clash}" in ${seen.get(clash)}`);
        return;
      }
      for (const form of forms) seen.set(form, file.name);
      entries.push(entry);
    });
  }
  return { entries, problems };
}
