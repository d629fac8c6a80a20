/**
 * 上将 is the rank "general", shàngjiàng, as a word; but jieba also makes it of 上 closing a place or an
 * occasion and 将 "will" or the object-fronting 将 (市场上|将出现, 会议上|将讨论, 线上|将增设, QA29/GATE29's
 * class), and the dictionary then reads the rank. The rank is a person: what comes before it says who (海军,
 * 美国, 退役, 这位, 两名, a name) or nothing does (上将是…). The place or occasion that 上 closes is a
 * common noun (市场, 会议, 晚会, 线) or a place word, and a verb follows: 将 is jiāng there.
 * Left as the rank: after an army, a country or a name (…军, 美国/ns, 张某/nr), a count or a demonstrative,
 * a verb or adjective (退役, 开国), and when no verb follows (会议上将军衔…: a rank's noun).
 *
 * A word jieba guessed (tag x) or a Latin word may close the place too: a line number (6|号线|上将, 號線|上將),
 * an app (抖音|上将, APP|上将). A guessed word is as often a name it did not know (苗华|上将|指出), so it
 * counts only when it does not open with a surname character: a name before the rank does.
 */

import { SURNAMES } from '../segment/name-characters';
import type { PolyphoneModel } from './model';

/** Tags of a common noun, a place word, a time or a localiser phrase that 上 can close. */
const PLACE_OR_OCCASION = /^(?:n|nz|ng|s|f|t|vn|l)$/;
/** Nouns of armed forces, countries and ranks that say whose general it is. */
const WHOSE = /[军兵队国方部帅将]$/u;
/** Words that qualify the rank though jieba may tag them nouns. */
const RANK_QUALIFIERS: ReadonlySet<string> = new Set(['开国', '退役', '现役', '名誉', '四星', '三星', '五星', '一级', '二级', '北约', '国军']);
/** A word jieba guessed (x) that is no name (no surname first), or a Latin word (APP, App): a place or medium. */
function guessedPlace(word: string, tag: string): boolean {
  if (tag === 'eng' || /^[A-Za-z][A-Za-z0-9]*$/.test(word)) return true;
  return tag === 'x' && /^\p{Script=Han}{2,4}$/u.test(word) && !SURNAMES.has(word[0]!);
}
/** What follows when 将 is "will" or fronts an object: a verb, an adverb, 于 (将于) or the next noun of the object. */
const AFTER_JIANG = /^(?:v|vn|vd|d|p|ad)$/;

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyGeneralJiang(
  model: PolyphoneModel,
  words: readonly string[],
  readings: string[][],
  tags: readonly string[] | undefined,
): void {
  if (!tags) return;
  for (let w = 1; w < words.length; w++) {
    if (words[w] !== '上将' || readings[w]![1] !== 'jiang4') continue;
    const before = words[w - 1]!;
    const place = PLACE_OR_OCCASION.test(tags[w - 1] ?? '') || guessedPlace(before, tags[w - 1] ?? '');
    if (!place || WHOSE.test(before) || RANK_QUALIFIERS.has(before)) continue;
    const next = words[w + 1] ?? '';
    // jieba tags some verbs as nouns (产生/n): the model's list of verbs it hides says so.
    const verbNext = AFTER_JIANG.test(tags[w + 1] ?? '') || model.hiddenVerb(next);
    if (verbNext && next !== '和' && next !== '与') readings[w]![1] = 'jiang1';
  }
}
