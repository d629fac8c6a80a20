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
export const GLOSSARY_ASSET = '/data/glossary.json';

export async function loadDictionary(loadAsset: LoadAsset): Promise<Dictionary> {
  const [cedict, glossary] = await Promise.all([loadAsset(CEDICT_ASSET), loadAsset(GLOSSARY_ASSET)]);
  const decoder = new TextDecoder();
  return createDictionary(decoder.decode(cedict), parseGlossaryNotes(decoder.decode(glossary)));
}
