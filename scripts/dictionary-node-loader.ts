/**
 * Node only (tests, benchmarks): the dictionary from the built files on disk, building them first
 * when they are missing or stale, so a clean clone's `vitest run` works without `npm run build`.
 * Lives in scripts/ because it builds with scripts/build-dictionary.ts: src/ never imports scripts/.
 */
import { readFile } from 'node:fs/promises';
import { CEDICT_PACK_ASSET, GLOSSARY_ASSET, loadDictionary, type Dictionary } from '../src/dictionary/index';

let loaded: Promise<Dictionary> | undefined;

async function load(): Promise<Dictionary> {
  const build = await import('./build-dictionary');
  await build.ensureDictionaryBuilt();
  // The extension's own loader (gunzip, unpack, index), reading the built files from disk.
  const files: Record<string, string> = { [CEDICT_PACK_ASSET]: build.CEDICT_PACK_OUTPUT, [GLOSSARY_ASSET]: build.GLOSSARY_OUTPUT };
  return loadDictionary(async (path) => {
    const file = files[path];
    if (!file) throw new Error(`no built file for ${path}`);
    return new Uint8Array(await readFile(file)).buffer;
  });
}

/** The dictionary as the extension ships it; built once per process. */
export function loadDictionaryFromDisk(): Promise<Dictionary> {
  loaded ??= load();
  return loaded;
}
