/** Characters CC-CEDICT glosses "classifier for …" (built by scripts/segment/build-measure-words.ts). */
import data from './measure-words.json';

export const MEASURE_CHARACTERS: ReadonlySet<string> = new Set(data.measures);
