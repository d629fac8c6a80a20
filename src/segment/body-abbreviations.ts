/**
 * A government body named by a place and an abbreviation (市人社局 "the city's human-resources and
 * social-security bureau", 省住建厅, 市文旅局): jieba has neither the abbreviation (人社, 住建, 文旅)
 * nor the body, and cuts across the abbreviation, gluing its first character to the place and its
 * second to the body's last (市人|社局, 省住|建厅, 市文|旅局, 市|人|社局). Regrouped as the place and the
 * body (市|人社局).
 *
 * By structure only, no list of bodies: a place's unit character (市 县 省 区 州 镇 乡 旗 盟) ending
 * its word or glued to the next character in a guess, two characters jieba cut apart, and 局 厅 委 办
 * ending a word that is the second character's guess or the character alone. What jieba cut so on
 * purpose stays: the second character and 局/委/… making a dictionary word (区|副|政委, 区域|布局),
 * the place and the first making one (区域), a function character, number or localiser inside
 * (县里|的|局…), 办 starting a word (市里|办公).
 */
import type { TaggedWord } from './types';
import { isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const PLACE_UNITS = new Set([...'市县省区州镇乡旗盟']);
const BODY_ENDS = new Set([...'局厅委办']);
const HAN_CHARACTER = /^\p{Script=Han}$/u;

/** A character that can be half of an abbreviation: Han, not a function word, number, measure, pronoun or localiser. */
function abbreviationCharacter(c: string, lexicon: WordLexicon): boolean {
  // 省|市|县|委 is three places and a committee, not the province's 市县委.
  if (!HAN_CHARACTER.test(c) || PLACE_UNITS.has(c)) return false;
  const tag = lexicon.tagOf(c);
  return !isFunctionTag(tag) && !/^(m|q|r|f)/.test(tag);
}

/** A word jieba only guessed and no dictionary knows (社局, 省住), not one it cut on purpose (政委, 区域). */
const guessOnly = (word: string, lexicon: WordLexicon): boolean => lexicon.tagOf(word) === 'x' && !lexicon.isKnownWord(word);

export function joinBodyAbbreviations(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Either 市|人|社局 / 市|人|社|局 (the place's word ends on its unit, the first character alone) or
    // 市人|社局 (a guess of the unit and the first character).
    const placeEnds = PLACE_UNITS.has(w.word.at(-1)!) && words[i + 1]?.word.length === 1;
    const placeGlued = w.word.length === 2 && PLACE_UNITS.has(w.word[0]!) && guessOnly(w.word, lexicon);
    if (!placeEnds && !placeGlued) {
      out.push(w);
      continue;
    }
    const first = placeGlued ? w.word[1]! : words[i + 1]!.word;
    const secondAt = placeGlued ? i + 1 : i + 2;
    const second = words[secondAt];
    if (!second || !abbreviationCharacter(first, lexicon) || !abbreviationCharacter(second.word[0]!, lexicon)) {
      out.push(w);
      continue;
    }
    // 社局 (a guess ending the body) or 社|局.
    let bodyWords = 0;
    if (second.word.length === 2 && BODY_ENDS.has(second.word[1]!) && guessOnly(second.word, lexicon)) bodyWords = 1;
    else if (second.word.length === 1 && words[secondAt + 1]?.word.length === 1 && BODY_ENDS.has(words[secondAt + 1]!.word)) bodyWords = 2;
    if (!bodyWords) {
      out.push(w);
      continue;
    }
    const place = placeGlued ? w.word[0]! : w.word;
    out.push({ word: place, tag: placeGlued ? lexicon.tagOf(place) : w.tag });
    out.push({ word: first + words.slice(secondAt, secondAt + bodyWords).map((p) => p.word).join(''), tag: 'nt' });
    i = secondAt + bodyWords - 1;
  }
  return out;
}
