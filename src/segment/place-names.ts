/**
 * Place names as one group:
 * - a run of one-character province names (京|港澳 → 京港澳, 苏|浙沪 → 苏浙沪): three characters
 *   or more, two words or more, at least one of them a single character (jieba keeps the two-
 *   character ones it knows, 港澳, 青藏, and cuts the rest);
 * - a place name and the settlement or landform character jieba cut off (南岗|洼 → 南岗洼,
 *   张家|村 → 张家村).
 */
import { PROVINCES } from './name-characters';
import type { TaggedWord } from './types';

/** Last characters of village, hamlet and landform names: 洼 hollow, 村 village, 屯 hamlet … */
const PLACE_SUFFIXES = new Set([...'洼村庄屯寨沟坡湾岭峪堡垸坝滩塘岗']);

const provincial = (w: TaggedWord): boolean => w.word.length > 0 && [...w.word].every((c) => PROVINCES.has(c));

export function joinPlaceNames(words: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; ) {
    let end = i;
    while (end < words.length && provincial(words[end]!)) end++;
    const run = words.slice(i, end);
    if (run.length >= 2 && run.reduce((n, w) => n + w.word.length, 0) >= 3 && run.some((w) => w.word.length === 1)) {
      out.push({ word: run.map((w) => w.word).join(''), tag: 'ns' });
      i = end;
      continue;
    }
    const w = words[i]!;
    const next = words[i + 1];
    // jieba tags many village names as personal ones (李家沟/nr, 刘家/nrfg).
    const place = /^(ns|x|nr)/.test(w.tag) && w.word.length >= 2 && /^\p{Script=Han}+$/u.test(w.word);
    if (place && next && next.word.length === 1 && PLACE_SUFFIXES.has(next.word)) {
      out.push({ word: w.word + next.word, tag: 'ns' });
      i += 2;
      continue;
    }
    out.push(w);
    i++;
  }
  return out;
}
