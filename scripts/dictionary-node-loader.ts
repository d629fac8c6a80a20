/**
 * Node only (tests, benchmarks): the dictionary from the built files on disk, building them first
 * when they are missing or stale, so a clean clone's `vitest run` works without `npm run build`.
 * Lives in scripts/ because it builds with scripts/build-dictionary.ts: src/ never imports scripts/.
 */
import { readFile } from 'node:fs/promises';
import { createDictionary, type Dictionary } from '../src/dictionary/dictionary-index';
import { parseGlossaryNotes } from '../src/glossary/glossary-index';

let loaded: Promise<Dictionary> | undefined;

async function load(): Promise<Dictionary> {
  const build = await import('./build-dictionary');
  await build.ensureDictionaryBuilt();
  const [cedict, lineIndex, glossary] = await Promise.all([
    readFile(build.CEDICT_OUTPUT),
    readFile(build.CEDICT_INDEX_OUTPUT),
    readFile(build.GLOSSARY_OUTPUT, 'utf8'),
  ]);
  // Copies, so the typed arrays start at offset 0 of their own buffers (Int32Array needs alignment).
  return createDictionary(new Uint8Array(cedict), parseGlossaryNotes(glossary), new Int32Array(new Uint8Array(lineIndex).buffer));
}

/** The dictionary as the extension ships it; built once per process. */
export function loadDictionaryFromDisk(): Promise<Dictionary> {
  loaded ??= load();
  return loaded;
}
