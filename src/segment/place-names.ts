/**
 * Place names as one group:
 * - a run of one-character province names (京|港澳 → 京港澳, 苏|浙沪 → 苏浙沪): three characters
 *   or more, two words or more, at least one of them a single character (jieba keeps the two-
 *   character ones it knows, 港澳, 青藏, and cuts the rest);
 * - a place name and the settlement or landform character jieba cut off (南岗|洼 → 南岗洼,
 *   张家|村 → 张家村), or its 乡, 镇, 县, 路, 街, 河 or 山 (凤凰|镇 → 凤凰镇, 门罗|县, 愚园|路: session 15);
 *   a landform (坡, 岭 …) also after a common noun (石板|坡 → 石板坡, session 16);
 * - after a county or a city, a township or a village whose name jieba cut into characters
 *   (会宁县 新|塬|乡 → 新塬乡, and after it 哈|岘|村 → 哈岘村): an address runs from the larger unit to the smaller;
 * - anywhere, a township or village of two characters jieba knows nothing of (所|前|镇 → 所前镇,
 *   户|胡镇 → 户胡镇: session 21).
 */
import { PROVINCES } from './name-characters';
import type { TaggedWord } from './types';
import { isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

/** Last characters of place names: 洼 hollow, 村 village, 乡 township, 县 county, 路 road, 河 river … */
const PLACE_SUFFIXES = new Set([...'洼村庄屯寨沟坡湾岭峪堡垸坝滩塘岗乡镇县路街河山']);

/**
 * Landforms that name a place after a common noun of two characters too (石板|坡, 橡树|岭: jieba
 * tags both pieces n); a settlement or a road after one (石头|村, 石板路) is the plain noun's.
 */
const LANDFORMS = new Set([...'坡岭峪坳洼']);

const provincial = (w: TaggedWord): boolean => w.word.length > 0 && [...w.word].every((c) => PROVINCES.has(c));

export function joinPlaceNames(words: readonly TaggedWord[], lexicon?: WordLexicon): TaggedWord[] {
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
    const glued = governorGluedToPlace(words, i, lexicon);
    if (glued) {
      out.push(...glued);
      i += 2;
      continue;
    }
    const town = townCutIntoCharacters(words, i, lexicon);
    if (town > i) {
      out.push({ word: words.slice(i, town).map((x) => x.word).join(''), tag: 'ns' });
      i = town;
      continue;
    }
    const township = townshipAfterCounty(words, i, out.at(-1));
    if (township > i) {
      out.push({ word: words.slice(i, township).map((x) => x.word).join(''), tag: 'ns' });
      i = township;
      continue;
    }
    const w = words[i]!;
    const next = words[i + 1];
    // jieba tags many village names as personal ones (李家沟/nr, 刘家/nrfg).
    const place = /^(ns|x|nr)/.test(w.tag) && w.word.length >= 2 && /^\p{Script=Han}+$/u.test(w.word);
    const landform = w.tag === 'n' && w.word.length === 2 && next !== undefined && LANDFORMS.has(next.word) && next.tag === 'n';
    if ((place || landform) && next && next.word.length === 1 && PLACE_SUFFIXES.has(next.word)) {
      out.push({ word: w.word + next.word, tag: 'ns' });
      i += 2;
      continue;
    }
    out.push(w);
    i++;
  }
  return out;
}

/** Units a smaller one's address follows: 省 province, 市 city, 县 county …, 乡 and 镇 before a village. */
const COUNTY_ENDINGS = new Set([...'省市县区州旗盟乡镇']);
/** A township (乡, 镇) or a village (村). */
const TOWNSHIP_ENDINGS = new Set([...'乡镇村']);

/**
 * The end of a township name starting at `i`, or `i`. After a county (`county`, the word before
 * as regrouped: ns, ending 县 市 区 …) come one to three pieces of two to four characters, none a
 * function word, a number, a measure word (各|乡, 两|镇) or a place ending in a unit, then the
 * township's last character:
 * - 乡, 镇 or 村 alone, when a piece before it is a single character (新|塬|乡; a name jieba
 *   tagged, 硝河|乡, is joined by the suffix rule);
 * - or ending a guess of two characters (黄羊|川镇); a dictionary word such as 山乡 "mountain
 *   village" ends no name (偏远|山乡).
 */
function townshipAfterCounty(words: readonly TaggedWord[], i: number, county: TaggedWord | undefined): number {
  if (!county || !county.tag.startsWith('ns') || county.word.length < 2 || !COUNTY_ENDINGS.has(county.word.at(-1)!)) return i;
  for (let end = i + 1; end <= i + 3 && end < words.length; end++) {
    const pieces = words.slice(i, end);
    const last = words[end]!;
    const length = pieces.reduce((n, w) => n + w.word.length, 0);
    // A piece ending in a unit is a place of its own (南彩镇|薛|村: the village after its township).
    const plain = pieces.every((w) => /^\p{Script=Han}+$/u.test(w.word) && !isFunctionTag(w.tag) && !/^[mq]/.test(w.tag) && !COUNTY_ENDINGS.has(w.word.at(-1)!));
    if (!plain || length < 2 || length > 4) continue;
    const alone = last.word.length === 1 && TOWNSHIP_ENDINGS.has(last.word) && pieces.some((w) => w.word.length === 1);
    const guessed = last.word.length === 2 && last.tag === 'x' && TOWNSHIP_ENDINGS.has(last.word[1]!) && length <= 3;
    if (alone || guessed) return end + 1;
  }
  return i;
}

const SINGLE_HAN = /^\p{Script=Han}$/u;
/** Tags of a second character that makes 乡/镇/村 a noun of its own: 煤|的|村, 乡|有|乡, 为|该|乡, 每|个|村. */
const GOVERNS_UNIT = /^(u|v|r|m|q)/;
/** Tags of a character that governs the place after it rather than naming it: 赴|郧乡, 又|移镇, 及|蒋镇. */
const GOVERNS_PLACE = /^(u|v|d|c|p|r)/;

/**
 * The end of a township or village name of two characters starting at `i`, or `i`, where jieba
 * has no word for it, whatever comes before: two characters it left alone and 乡, 镇 or 村 alone
 * (萧山|所|前|镇 → 所前镇, 芦|下|镇), or a character it left alone and its two-character guess ending
 * in one (户|胡镇, 小|阜村). Three characters no word of jieba's covers, ending in a unit, name the
 * unit, unless the second is a particle, a verb, a pronoun, a number or a measure word, or the first
 * a unit, preposition, pronoun or particle, which make the unit a noun of its own (煤|的|村, 为|该|乡).
 * A guess is already a word of jieba's: the character before it must name, not govern (赴|郧乡).
 */
function townCutIntoCharacters(words: readonly TaggedWord[], i: number, lexicon?: WordLexicon): number {
  const [first, second, unit] = [words[i], words[i + 1], words[i + 2]];
  if (!first || !second || !SINGLE_HAN.test(first.word) || TOWNSHIP_ENDINGS.has(first.word)) return i;
  if (second.word.length === 2 && second.tag === 'x' && TOWNSHIP_ENDINGS.has(second.word[1]!)) {
    return GOVERNS_PLACE.test(first.tag) ? i : i + 2;
  }
  if (placeEntryEndingInUnit(second, lexicon)) {
    const describes = second.tag === 'n' && first.tag.startsWith('a');
    return GOVERNS_PLACE.test(first.tag) || /^[mq]/.test(first.tag) || describes ? i : i + 2;
  }
  const alone = unit !== undefined && unit.word.length === 1 && TOWNSHIP_ENDINGS.has(unit.word);
  if (!alone || !SINGLE_HAN.test(second.word) || GOVERNS_UNIT.test(second.tag) || /^(p|r|u)/.test(first.tag)) return i;
  return i + 3;
}

/**
 * A two-character entry of jieba's dictionary ending in 乡, 镇 or 村 that it tags a place or a noun and
 * CC-CEDICT does not know as a word (圩镇, 江村, 口镇, 家村): a name's last syllable and the unit, which a
 * character jieba left alone before it leads (芦|圩镇 → 芦圩镇, 嵩|口镇, 邬|家村: session 26), as it leads
 * a guess (户|胡镇). The language's own words (城镇, 山村, 新村, 重镇) name no place; nor after a number
 * or measure (一座|古镇), nor after an adjective where the entry is a noun (小|渔村 "a small fishing village").
 */
function placeEntryEndingInUnit(w: TaggedWord, lexicon: WordLexicon | undefined): boolean {
  if (!lexicon || w.word.length !== 2 || !/^(ns|n)$/.test(w.tag) || !TOWNSHIP_ENDINGS.has(w.word[1]!)) return false;
  return !lexicon.isKnownWord(w.word) && !lexicon.isCustomWord(w.word);
}

/**
 * A verb or preposition that jieba's guessing glued to a place's first character (去芦|圩镇 → 去|芦圩镇,
 * session 26): a guess of two whose first character is a verb or preposition of going, being or
 * coming from a place (GOES_TO; not any verb: 荒佃|庄镇, 因诺|颜镇 on CPP dev are names) before a
 * township's or village's last syllable and unit (an entry of placeEntryEndingInUnit's, or a guess
 * ending in one): the second character names the place.
 */
const GOES_TO = new Set([...'去到在往赴驻至回住经从于离抵进']);

function governorGluedToPlace(words: readonly TaggedWord[], i: number, lexicon: WordLexicon | undefined): TaggedWord[] | undefined {
  const [guess, unit] = [words[i]!, words[i + 1]];
  if (!lexicon || !unit || guess.tag !== 'x' || guess.word.length !== 2 || !/^\p{Script=Han}{2}$/u.test(guess.word) || lexicon.isKnownWord(guess.word)) return undefined;
  const governs = lexicon.tagOf(guess.word[0]!);
  if (!GOES_TO.has(guess.word[0]!) || GOVERNS_UNIT.test(lexicon.tagOf(guess.word[1]!))) return undefined;
  const guessedUnit = unit.word.length === 2 && unit.tag === 'x' && TOWNSHIP_ENDINGS.has(unit.word[1]!);
  if (!guessedUnit && !placeEntryEndingInUnit(unit, lexicon)) return undefined;
  return [
    { word: guess.word[0]!, tag: governs },
    { word: guess.word[1]! + unit.word, tag: 'ns' },
  ];
}
