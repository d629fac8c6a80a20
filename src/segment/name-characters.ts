/** Surname, transliteration and province characters (built by scripts/segment/build-name-characters.ts). */
import data from './name-characters.json';

export const SURNAMES: ReadonlySet<string> = new Set(data.surnames);
export const TRANSLITERATION: ReadonlySet<string> = new Set(data.transliteration);
/** One-character names of China's provinces and regions (京, 沪, 港, 澳 …). */
export const PROVINCES: ReadonlySet<string> = new Set(data.provinces);
