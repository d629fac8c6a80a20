/**
 * Names whose given name is an ordinary word (海峰, 建军, 春生, 永康, 守仁): jieba cuts the surname
 * off (邬|海峰 说, 冉|建军 表示) because its dictionary knows the given name as a word, and joinNames
 * only trusts a given name jieba guessed or tagged as one. Two pieces of evidence make it a name
 * here, both required:
 * - a surname jieba itself tags as a name (邬, 冉, 龚), or a common surname (刘, 张, 钱) right
 *   after a clause's start, a title or a person (村民 钱|永康, 班长 张|平安);
 * - after the given name, a verb of stating (说, 表示, 介绍), perhaps after one adverb (也说), or,
 *   for a surname jieba tags as a name, punctuation after a title or a person (采访了村民 邬|海峰。).
 * Also an anonymised party, surname + 某 or 某某 (被告人 韦|某 → 韦某, 王某某), which jieba
 * guesses whole and the function-character rule then cuts.
 * Not a surname-like character that is a word of its own: a preposition, adverb or pronoun (向|
 * 建军节, 于|永康, 何|某) never leads, and an adjective (最高|海峰) needs the title or start.
 */
import givenNames from './given-names.json';
import { ADDRESS_WORDS } from './join-names';
import { COMMON_SURNAMES, SURNAMES } from './name-characters';
import { NOT_GIVEN, STATING_ADVERBS, STATING_VERBS, TITLE } from './title-names';
import type { TaggedWord } from './types';
import { isUnitTitle } from './unit-head-titles';
import { GLUED_VERBS, isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN = /^\p{Script=Han}+$/u;
/** People a name may follow (村民, 被告人, 管理员, 教师, 学生, 记者, 患者). */
export const PERSON_END = /[民人员师生者手工长]$/u;
/** Characters of time words that are times, not names (今天, 去年, 午后); 国庆 is also a given name. */
const TIME_CHARACTERS = /[天年月日时今明昨去前后早晚午夜周期间代秒分]/u;
const separator = (w: TaggedWord | undefined): boolean => w === undefined || !/\p{L}|\p{N}/u.test(w.word);

/**
 * Whether words[i] and on state something: a verb of stating, or one adverb and one. jieba's
 * dictionary also holds phrases that open with such a verb (表示同意, 表示感谢), which CC-CEDICT,
 * a dictionary of words, lacks: they state too (温|立新|表示同意).
 */
function statesNext(words: readonly TaggedWord[], i: number, lexicon: WordLexicon): boolean {
  const w = words[i];
  if (!w) return false;
  if (STATING_VERBS.has(w.word)) return true;
  if (w.word.length >= 4 && STATING_VERBS.has(w.word.slice(0, 2)) && HAN.test(w.word) && !lexicon.isKnownWord(w.word)) return true;
  return STATING_ADVERBS.has(w.word) && STATING_VERBS.has(words[i + 1]?.word ?? '');
}

/** A person's title or role before and punctuation after, for a surname jieba tags as one (村民 邬|海峰。). */
function introduced(w: TaggedWord, before: TaggedWord | undefined, after: TaggedWord | undefined): boolean {
  if (w.tag !== 'nr' || !before || !separator(after)) return false;
  return TITLE.test(before.word) || (PERSON_END.test(before.word) && /^n/.test(before.tag));
}

/** Whether `w`, one character, leads a name here: jieba's name tag, or a common surname after `before`. */
function leadsName(w: TaggedWord, before: TaggedWord | undefined): boolean {
  if (w.word.length !== 1 || !SURNAMES.has(w.word) || NOT_GIVEN.has(w.word) || GLUED_VERBS.has(w.word)) return false;
  if (isFunctionTag(w.tag)) return false;
  if (before && /^(m|mq|q|r)$/.test(before.tag)) return false; // 一张, 这张: a measure word
  // 羯|胡|可能: a lone character before is the word the surname-like one belongs to; prepositions
  // and conjunctions (据, 对, 和) are not.
  if (before && before.word.length === 1 && HAN.test(before.word) && !isFunctionTag(before.tag) && before.word !== '据') return false;
  if (w.tag === 'nr') return true;
  if (!COMMON_SURNAMES.has(w.word)) return false;
  // 据|刘, 村民|钱, 班长|张, or a clause's start.
  return separator(before) || before!.word === '据' || TITLE.test(before!.word) || (PERSON_END.test(before!.word) && /^n/.test(before!.tag));
}

/** A surname before 某: not a function word (向|某|单位) and not counted (一张|某某 的 照片). */
function anonymised(w: TaggedWord, before: TaggedWord | undefined): boolean {
  if (w.word.length !== 1 || !SURNAMES.has(w.word) || NOT_GIVEN.has(w.word) || isFunctionTag(w.tag)) return false;
  return !before || !(/^(m|mq|q|r)$/.test(before.tag) || /\p{N}$/u.test(before.word));
}

/** A two-character word that can be a given name: content, not an address (女士) or a glossary term. */
function givenWord(w: TaggedWord | undefined, lexicon: WordLexicon): w is TaggedWord {
  if (!w || w.word.length !== 2 || !HAN.test(w.word) || ADDRESS_WORDS.has(w.word) || STATING_VERBS.has(w.word)) return false;
  // 唐|排长 is an address, not a name; 胡|可能|说 a modal.
  if (TITLE.test(w.word) || isUnitTitle(w.word) || GLUED_VERBS.has(w.word[0]!)) return false;
  if (lexicon.isCustomWord(w.word) || NOT_GIVEN.has(w.word[0]!)) return false;
  // jieba tags some given names as adverbs (立新/d); a real adverb (已经, 一直) ends no name: only
  // a d-tagged word CC-CEDICT does not know as a word.
  if (w.tag === 'd') return !lexicon.isKnownWord(w.word);
  // A time word is when the surname-like word spoke (张|今天|说), unless it is a name's (刘|国庆).
  if (w.tag === 't') return !TIME_CHARACTERS.test(w.word);
  return !isFunctionTag(w.tag) && !/^(m|mq|q|x)$/.test(w.tag);
}

/**
 * Characters given names are made of (CC-CEDICT's people's given names, jieba's given names: build-given-names.ts).
 * A word of two of them can be a given name (文静, 海燕, 建华, 国庆); a thing's word rarely is (项链, 衬衫, 台阶, 楼层).
 */
const GIVEN_CHARACTERS: ReadonlySet<string> = new Set(givenNames.characters);

/**
 * Words that take a person after them in a sentence: a conjunction joining two parties and the
 * prepositions that take one (和 吴|文静, 把 江|海燕, 给 孔|国庆).
 */
const BEFORE_PERSON: ReadonlySet<string> = new Set([...'和与跟同及把给让被由对向替陪']);
/**
 * Words after a person in a sentence, besides a verb of stating: a second party (和, 与, 同), a list's
 * close (等), together (一起), graduating (毕业), and a preposition opening what the person does (给 消协 写信,
 * 把 文件 交给, 对 记者 说, 向 大家 介绍).
 */
const AFTER_PERSON: ReadonlySet<string> = new Set(['和', '与', '跟', '同', '及', '等', '一起', '毕业', '给', '把', '对', '向']);

/**
 * A name said once whose given name is a word CC-CEDICT holds (方|建华 给, 孔|国庆 和): jieba cuts the surname
 * off, and no verb of stating follows. Read as a name only where the sentence has a person's slot on both
 * sides — before it a title, a person's role (市民, 代表), a clause's start or a word that takes a person
 * (BEFORE_PERSON), after it a word that follows one (AFTER_PERSON) — and the given name is made of two
 * characters given names are made of (GIVEN_CHARACTERS), which 白|衬衫, 金|项链, 高|楼层 are not. The
 * surname: a character jieba tags as a name, or one of the commonest surnames (方/n, 孔).
 */
function nameInPersonSlot(w: TaggedWord, before: TaggedWord | undefined, given: TaggedWord | undefined, after: TaggedWord | undefined, lexicon: WordLexicon): given is TaggedWord {
  if (w.word.length !== 1 || !SURNAMES.has(w.word) || NOT_GIVEN.has(w.word) || GLUED_VERBS.has(w.word) || isFunctionTag(w.tag)) return false;
  if (w.tag !== 'nr' && !COMMON_SURNAMES.has(w.word)) return false;
  if (!givenWord(given, lexicon) || ![...given.word].every((c) => GIVEN_CHARACTERS.has(c))) return false;
  // A rank or a role takes 副 "deputy" in jieba's dictionary (副主教, 副队长); a given name does not (裴|主教 和 stays).
  if (lexicon.tagOf(`副${given.word}`) !== 'x') return false;
  if (after === undefined || !AFTER_PERSON.has(after.word)) return false;
  if (before === undefined || separator(before)) return true;
  if (/^(m|mq|q|r)$/.test(before.tag)) return false;
  return BEFORE_PERSON.has(before.word) || TITLE.test(before.word) || (PERSON_END.test(before.word) && /^n/.test(before.tag));
}

export function joinStatedNames(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // 韦|某, 王|某某: an anonymised party; 某 after the character is evidence enough that it is a surname.
    if ((next?.word === '某' || next?.word === '某某') && anonymised(w, out.at(-1))) {
      out.push({ word: w.word + next.word, tag: 'nr' });
      i++;
      continue;
    }
    const stated = leadsName(w, out.at(-1)) && givenWord(next, lexicon) && (statesNext(words, i + 2, lexicon) || introduced(w, out.at(-1), words[i + 2]));
    if (next && (stated || nameInPersonSlot(w, out.at(-1), next, words[i + 2], lexicon))) {
      out.push({ word: w.word + next.word, tag: 'nr' });
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
