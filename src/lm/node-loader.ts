/**
 * Node only (tests, benchmarks): the language model from the committed file on disk, loaded once.
 * Never import this from extension code (it uses node:fs).
 */
import { readFile } from 'node:fs/promises';
import { loadLanguageModel, type LanguageModel } from './index';

const MODEL_FILE = new URL('../../assets/public/data/lm.bin', import.meta.url);

let loaded: Promise<LanguageModel> | undefined;

export function loadNodeLanguageModel(): Promise<LanguageModel> {
  loaded ??= readFile(MODEL_FILE).then((bytes) => loadLanguageModel(new Uint8Array(bytes)));
  return loaded;
}
