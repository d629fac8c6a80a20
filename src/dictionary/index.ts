/**
 * CC-CEDICT and the curated glossary behind `loadDictionary`. The build script
 * (`scripts/build-dictionary.ts`) compiles both into `/data/` (the extension's public folder).
 */
import type { LoadAsset } from '../pinyin/index';
import { parseGlossaryNotes } from '../glossary/glossary-index';
import { createDictionary, type Dictionary } from './dictionary-index';
import { gunzip } from './gunzip';
import { encodeLineIndex } from './line-index';
import { unpackDictionary } from './pack-format';

export type { Dictionary } from './dictionary-index';
export { createDictionary } from './dictionary-index';

/** Paths under the extension root, served from `assets/public/data/`. */
export const CEDICT_PACK_ASSET = '/data/cedict.pack.gz';
export const GLOSSARY_ASSET = '/data/glossary.json';

/**
 * The dictionary from its shipped pack (pack-format.ts): 3 MB instead of 10 MB in the install,
 * turned back into the searchable file once, when the language worker starts.
 */
export async function loadDictionary(loadAsset: LoadAsset): Promise<Dictionary> {
  const [pack, glossary] = await Promise.all([loadAsset(CEDICT_PACK_ASSET), loadAsset(GLOSSARY_ASSET)]);
  const { bytes, entryStarts, indexStarts } = unpackDictionary(await gunzip(pack));
  return createDictionary(
    bytes,
    parseGlossaryNotes(new TextDecoder().decode(glossary)),
    encodeLineIndex({ entries: entryStarts, traditionalIndex: indexStarts }),
  );
}
