/**
 * CC-CEDICT and the curated glossary behind `loadDictionary`. The build script
 * (`scripts/build-dictionary.ts`) compiles both into `/data/` (the extension's public folder).
 */
import type { LoadAsset } from '../pinyin/index';
import { parseGlossaryNotes } from '../glossary/glossary-index';
import { createDictionary, type Dictionary } from './dictionary-index';

export type { Dictionary } from './dictionary-index';
export { createDictionary } from './dictionary-index';

/** Paths under the extension root, served from `assets/public/data/`. */
export const CEDICT_ASSET = '/data/cedict.tsv';
export const CEDICT_INDEX_ASSET = '/data/cedict.idx';
export const GLOSSARY_ASSET = '/data/glossary.json';

export async function loadDictionary(loadAsset: LoadAsset): Promise<Dictionary> {
  const [cedict, lineIndex, glossary] = await Promise.all([
    loadAsset(CEDICT_ASSET),
    // Only saves time: without it the offsets are scanned.
    loadAsset(CEDICT_INDEX_ASSET).catch(() => undefined),
    loadAsset(GLOSSARY_ASSET),
  ]);
  // The dictionary stays bytes: it is searched without decoding (see sorted-lines.ts).
  return createDictionary(
    new Uint8Array(cedict),
    parseGlossaryNotes(new TextDecoder().decode(glossary)),
    lineIndex && lineIndex.byteLength % 4 === 0 ? new Int32Array(lineIndex) : undefined,
  );
}
