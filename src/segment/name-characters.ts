/** Surname and transliteration characters (built by scripts/segment/build-name-characters.ts). */
import data from './name-characters.json';

export const SURNAMES: ReadonlySet<string> = new Set(data.surnames);
export const TRANSLITERATION: ReadonlySet<string> = new Set(data.transliteration);
