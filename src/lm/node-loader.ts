/**
 * Node only (tests, benchmarks): the language model from the committed file on disk, loaded once.
 * Never import this from extension code (it uses node:fs).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { languageModelFromTables, loadLanguageModel, type LanguageModel } from './index';
import { decodeModelFile } from './model-file';

const MODEL_FILE = new URL('../../assets/public/data/lm.bin', import.meta.url);

let loaded: Promise<LanguageModel> | undefined;

export function loadNodeLanguageModel(): Promise<LanguageModel> {
  loaded ??= readFile(MODEL_FILE).then((bytes) => loadLanguageModel(new Uint8Array(bytes)));
  return loaded;
}

let loadedSync: LanguageModel | undefined;

/** The same model, read synchronously (the Node segmenter is built synchronously). */
export function loadNodeLanguageModelSync(): LanguageModel {
  if (!loadedSync) {
    const tables = decodeModelFile(gunzipSync(readFileSync(MODEL_FILE)));
    loadedSync = languageModelFromTables(tables, tables.about);
  }
  return loadedSync;
}
