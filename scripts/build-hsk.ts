/**
 * Compiles the shared HSK list (`../shared/data/hsk/hsk-words.tsv`, MIT, see its README) into
 * `assets/public/data/hsk.txt` (src/learner/hsk-table.ts) and copies its licence beside it as
 * `hsk.NOTICE.txt`, which the MIT licence asks of every copy. Both are committed, so a clone builds
 * without ../shared (as lm.bin is); run this again when the shared list changes. Tests call
 * `ensureHskBuilt()`, which rebuilds only when the source is there and newer.
 *
 * Usage: npm run build:hsk
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodeHskTable, parseHskSource } from '../src/learner/hsk-table';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const HSK_SOURCE_DIR = resolve(ROOT, process.env.DUDONG_HSK_DIR ?? '../shared/data/hsk');
export const HSK_SOURCE = join(HSK_SOURCE_DIR, 'hsk-words.tsv');
export const HSK_OUTPUT = join(ROOT, 'assets/public/data/hsk.txt');
export const HSK_NOTICE_OUTPUT = join(ROOT, 'assets/public/data/hsk.NOTICE.txt');
const COMPILER_SOURCES = [fileURLToPath(import.meta.url), join(ROOT, 'src/learner/hsk-table.ts')];

export async function buildHsk(): Promise<{ words: number; bytes: number }> {
  let source: string;
  try {
    source = await readFile(HSK_SOURCE, 'utf8');
  } catch {
    throw new Error(`build-hsk: ${HSK_SOURCE} not found. The project's shared data lives beside the repository (../shared), or set DUDONG_HSK_DIR.`);
  }
  const rows = parseHskSource(source);
  const table = encodeHskTable(rows);
  const licence = await readFile(join(HSK_SOURCE_DIR, 'LICENSE'), 'utf8');
  await mkdir(dirname(HSK_OUTPUT), { recursive: true });
  const temporary = `${HSK_OUTPUT}.${process.pid}.tmp`;
  await writeFile(temporary, table);
  await rename(temporary, HSK_OUTPUT);
  await writeFile(
    HSK_NOTICE_OUTPUT,
    'hsk.txt is derived from "Complete HSK Vocabulary" (drkameleon/complete-hsk-vocabulary), ' +
      'which cites HSK 2.0 lists from clem109/hsk-vocabulary, HSK 3.0 lists from elkmovie/hsk30 and ' +
      `frequency ranks from krmanik/HSK-3.0-words-list. Its licence:\n\n${licence}`,
  );
  return { words: rows.length, bytes: Buffer.byteLength(table) };
}

async function modified(path: string): Promise<number> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return Number.NaN;
  }
}

export async function ensureHskBuilt(): Promise<void> {
  const built = Math.min(await modified(HSK_OUTPUT), await modified(HSK_NOTICE_OUTPUT));
  const [source, ...compilers] = await Promise.all([HSK_SOURCE, ...COMPILER_SOURCES].map(modified));
  // A clone without ../shared uses the committed table: a checkout's file times say nothing about
  // which of the table and its compiler is newer, and the source to rebuild from is not there.
  if (Number.isNaN(source) && !Number.isNaN(built)) return;
  if (Number.isNaN(built) || [source, ...compilers].some((time) => (time ?? 0) > built)) await buildHsk();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const report = await buildHsk();
  console.log(`hsk: ${report.words} words (${(report.bytes / 1e3).toFixed(1)} kB)`);
}
