/**
 * Chinese personal names as one group. jieba's dictionary lacks most given names, and its guessing
 * stops a character short (杨浚|瑄, 张雨|霏) or takes the surname alone (王|珞丹, 李|飞云). A name is
 * joined only where jieba already saw one: a guessed or name-tagged word led by a surname, or a
 * surname jieba tags as a name, so ordinary words after a surname-like character stay apart.
 * - surname-led guess + one given character: 杨浚瑄, 张雨霏, 苏小和;
 * - surname + a 2-character name or guess: 王珞丹, 张成龙 (a common surname jieba tags as a noun or a
 *   measure word, 马|洪涛, 运动员 张|成龙, only a word it tags as a name); a surname tagged as a name also takes a
 *   2-character name word (滕海滨, 贾志强), or any 2-character word when the two stand alone between
 *   separators, as in a byline (（李飞云 徐乐静）), or a doubled given name (周婷婷, session 19);
 * - 小 / 老 + surname, the familiar address: 小崔, 老韩 (and 小崔|请 out of jieba's 小|崔请);
 * - in a byline (记者 何杰）, 本报记者 于洋 摄, 记者 任笑一 报道), the two or three characters after
 *   the role, led by a surname and ending at the byline's end, whatever jieba made of them (任|笑|一,
 *   朱子|煜), even after a surname that is also a function word (何, 于, 任);
 * - after a title, the same before punctuation or a verb of stating (所长 何|平 提出, 秘书长
 *   方|国|平 坦言, 经理 卫国|光 表示): see title-names.ts.
 */
import givenNames from './given-names.json';
import { COMMON_SURNAMES, SURNAMES } from './name-characters';
import type { TaggedWord } from './types';
import { isGuessedWord } from './split-glued-guesses';
import { NOT_GIVEN, titleNameWords } from './title-names';
import { isUnitTitle } from './unit-head-titles';
import { GLUED_VERBS, isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN = /^\p{Script=Han}+$/u;
const NAME = 'nr';
/** Characters jieba tags as bound forms that are function words: 很 and the sentence particles. */
const NOT_BOUND_NAME = new Set([...'很啊呀吧呢吗哦嘛哈啦哇噢呗咯喔嘿哟']);
/** Units of places that close a place's name (县, 市, 镇 …). */
const PLACE_UNITS = new Set([...'县市省镇乡村区州']);

/**
 * Two-character words that are given names by jieba's own name entries (春生, 志强: after two or more common
 * surnames there) and that CC-CEDICT does not hold as a word of its own (scripts/segment/build-given-names.ts).
 */
const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames.given);

const isHan = (w: TaggedWord | undefined): w is TaggedWord => w !== undefined && HAN.test(w.word);
/** Nothing follows, or punctuation: a conjunction or verb there cannot be one (苏小和、). */
const endsClause = (w: TaggedWord | undefined): boolean => w === undefined || !/\p{L}|\p{N}/u.test(w.word);

/** Whether `w`, one character, can end a given name when `after` follows it. */
function givenCharacter(w: TaggedWord, after: TaggedWord | undefined): boolean {
  if (w.word.length !== 1 || !isHan(w) || GLUED_VERBS.has(w.word)) return false;
  if (w.tag === 'm' || w.tag === 'q') return false;
  // A conjunction or preposition cannot end a clause, so before punctuation it ends a name
  // (苏小和、); a particle can (袁莉等。).
  if (w.tag === 'c' || w.tag === 'p' || w.tag.startsWith('v')) return endsClause(after);
  if (isFunctionTag(w.tag)) return false;
  return true;
}

/** Led by a surname that is not also a verb jieba glues onto words (能住 is no 能 family). */
const surnameLed = (w: TaggedWord): boolean => SURNAMES.has(w.word[0]!) && !GLUED_VERBS.has(w.word[0]!);

/** Words that introduce a byline's names (记者 肖欢欢 + a wide space). */
const BYLINE_ROLES = new Set(['记者', '通讯员', '实习生', '编辑', '摄影', '责编']);
/** Words after a surname that make an address, not a name (郭老师, 薛女士, 金校长). */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(['老师', '先生', '女士', '小姐', '校长', '司长', '局长', '处长', '主任', '书记', '经理', '师傅', '同学', '大爷', '阿姨', '助理', '教授', '医生']);
/** A byline's role word, also with its paper (本报记者, 新华社记者). */
const bylineRole = (w: TaggedWord | undefined): boolean => w !== undefined && (BYLINE_ROLES.has(w.word) || w.word.endsWith('记者'));
/** Spaces only (the wide space between a byline's role and its name). */
const spaces = (w: TaggedWord | undefined): boolean => w !== undefined && /^\s+$/u.test(w.word);

/** What ends a byline's name besides punctuation: the report, the photo, the dispatch (记者 任笑一 报道). */
const BYLINE_ENDS = new Set(['报道', '摄', '发', '电']);

/**
 * How many words from words[i] spell a byline's name: after a byline role (and its spaces), a
 * surname and one or two more characters, in two or three words, up to punctuation, spaces or the
 * byline's end (记者 何|杰）, （记者 任|笑|一）, 本报记者 朱子|煜 通讯员, 记者任|笑|一|报道); 0 when none.
 */
function bylineNameWords(words: readonly TaggedWord[], i: number): number {
  const w = words[i]!;
  const spaced = spaces(words[i - 1]);
  if (!SURNAMES.has(w.word[0]!) || w.word.length > 2 || !bylineRole(spaced ? words[i - 2] : words[i - 1])) return 0;
  // 记者都|表示，记者还|称: an adverb that is also a surname, straight after the role, is the adverb.
  if (!spaced && w.word.length === 1 && w.tag === 'd') return 0;
  let length = 0;
  for (let k = 0; k < 3 && isHan(words[i + k]); k++) {
    const piece = words[i + k]!;
    // A verb of its own (表示, 认为) or a glued verb (说, 称) after the surname is what the reporter did.
    if (k > 0 && (GLUED_VERBS.has(piece.word) || (piece.word.length >= 2 && (piece.tag.startsWith('v') || isFunctionTag(piece.tag))))) return 0;
    length += piece.word.length;
    if (length > 3) return 0;
    const after = words[i + k + 1];
    if (k >= 1 && length >= 2 && (separator(after) || BYLINE_ENDS.has(after!.word))) return k + 1;
  }
  return 0;
}

/** A separator: nothing, or punctuation and spaces other than quotes (“夏花会” is a title). */
const separator = (w: TaggedWord | undefined): boolean => w === undefined || /^[^\p{L}\p{N}“”「」『』《》"']+$/u.test(w.word);

/**
 * A surname jieba tags as a name and a two-character word standing alone between separators, as
 * in a byline (（李|飞云 徐乐静）, 记者 肖|欢欢 + a wide space): a given name that is also a word (飞云, 欢欢).
 * Not an address (薛女士) and not a verbal noun or a time (益|调查, 洪|汛期).
 */
function standsAloneAsName(before: TaggedWord | undefined, given: TaggedWord, after: TaggedWord | undefined): boolean {
  if (ADDRESS_WORDS.has(given.word) || !/^(n|v|a|nr|ns)$/.test(given.tag)) return false;
  return (separator(before) || BYLINE_ROLES.has(before!.word)) && separator(after);
}

/**
 * A common surname jieba tags as a noun (马) or, not after a number or a demonstrative, as a
 * measure word (运动员张|成龙, not 一张|成龙 "a photo of Jackie Chan").
 */
function commonSurnameBeforeName(w: TaggedWord, before: TaggedWord | undefined): boolean {
  if (!COMMON_SURNAMES.has(w.word)) return false;
  if (w.tag === 'q') return before === undefined || !(/^(m|mq|r|q)$/.test(before.tag) || /\p{N}$/u.test(before.word));
  return !isFunctionTag(w.tag) && !/^[vam]/.test(w.tag);
}

/**
 * 周|婷婷, 李|冉冉: a doubled character after a surname jieba tags as a name is the given name,
 * though jieba's dictionary holds it as a word describing a state (婷婷/z). Not an adverb (王|常常)
 * nor a state word describing how something is done (王|冷冷|地说).
 */
function doubledGivenName(given: TaggedWord, after: TaggedWord | undefined): boolean {
  if (given.word.length !== 2 || given.word[0] !== given.word[1] || !/^(z|a|n|nr|nz)$/.test(given.tag)) return false;
  return after?.word !== '地';
}

/**
 * 蔡|昉: a surname above all (jieba's dictionary and its reading here tag it a name) and a character jieba
 * left alone that is no word on its own (a bound morpheme, tag zg or g: 昉) — jieba glues such a character
 * to a neighbour when it makes a word with one, so alone after a surname it is the given name.
 */
function surnameBeforeBoundCharacter(
  words: readonly TaggedWord[],
  i: number,
  lexicon: WordLexicon,
): boolean {
  const w = words[i]!;
  const given = words[i + 1]!;
  const after = words[i + 2];
  // 於 is also the preposition 于 (於|很难); jieba files 很 and the particles 啊, 呀 as bound forms too (很帅|啊).
  if (w.word.length !== 1 || w.word === '於' || w.tag !== NAME || lexicon.tagOf(w.word) !== NAME) return false;
  // jieba tags characters of foreign names nr too (白苏|尼|咥, a king of Kucha): only a character
  // CC-CEDICT gives a surname sense leads a name here.
  if (!SURNAMES.has(w.word)) return false;
  if (given.word.length !== 1 || !isHan(given) || NOT_GIVEN.has(given.word) || NOT_BOUND_NAME.has(given.word)) return false;
  // A place's unit, given or after it, makes the characters a place's name (倘|俸|县), not a person's.
  if (PLACE_UNITS.has(given.word) || (after !== undefined && PLACE_UNITS.has(after.word[0]!))) return false;
  if (!/^(zg|g)$/.test(given.tag) || !/^(zg|g)$/.test(lexicon.tagOf(given.word))) return false;
  // A given name keeps to its surname: the same character elsewhere in the text, alone or in
  // another word and not after this surname, is a thing's name (铜钱|叶|蓼 … 蓼|科|蓼|属, a plant).
  const name = w.word + given.word;
  const withSurname = (k: number): boolean => words[k]!.word.includes(name) || (words[k - 1]?.word.endsWith(w.word) === true && words[k]!.word.startsWith(given.word));
  return !words.some((o, k) => k !== i + 1 && o.word.includes(given.word) && !withSurname(k));
}

export function joinNames(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // 小崔, 老韩; 小|崔请 -> 小崔|请.
    if ((w.word === '小' || w.word === '老') && isHan(next) && surnameLed(next)) {
      const surnameTag = lexicon.tagOf(next.word[0]!);
      const single = next.word.length === 1 && !isFunctionTag(next.tag) && !next.tag.startsWith('v');
      const guess = next.word.length === 2 && isGuessedWord(next, lexicon) && !isFunctionTag(surnameTag);
      if (single || guess) {
        out.push({ word: w.word + next.word[0], tag: NAME });
        if (guess) out.push({ word: next.word.slice(1), tag: lexicon.tagOf(next.word.slice(1)) });
        i++;
        continue;
      }
    }
    const bylineWords = bylineNameWords(words, i) || titleNameWords(words, i, out.at(-1));
    if (bylineWords) {
      out.push({ word: words.slice(i, i + bylineWords).map((p) => p.word).join(''), tag: NAME });
      i += bylineWords - 1;
      continue;
    }
    // 杨浚|瑄, 张雨|霏: a surname-led guess and one given character. (Not a 2-character word jieba
    // tags as a name: it tags 马来 so too, and 马来|王 is no name.)
    // A unit's head (楼长|邬) is a title before the name, not a name; nor a village's or a township's
    // last syllable and unit (岜|沙村|时: session 26), which place-names.ts joins to the character before.
    const placeEnd = /[乡镇村]$/u.test(w.word);
    if (w.word.length === 2 && surnameLed(w) && isGuessedWord(w, lexicon) && !isUnitTitle(w.word) && !placeEnd && next && givenCharacter(next, words[i + 2])) {
      out.push({ word: w.word + next.word, tag: NAME });
      i++;
      continue;
    }
    if (next && surnameBeforeBoundCharacter(words, i, lexicon)) {
      out.push({ word: w.word + next.word, tag: NAME });
      i++;
      continue;
    }
    // 王|珞丹, 张|成龙, 李|飞云: a surname alone, then a 2-character name.
    if (w.word.length === 1 && surnameLed(w) && isHan(next) && next.word.length === 2 && !lexicon.isCustomWord(next.word)) {
      // jieba tags some ordinary words as names (容纳/nr, 毛巾/nr): only a surname it tags as a
      // name takes a dictionary word; any other surname-like character only a guess (王|珞丹).
      const plainSurname = !isFunctionTag(w.tag) && !/^[vamq]/.test(w.tag);
      // 邱|春生|和: a name said once whose given name jieba holds as a word (GIVEN_NAMES).
      const givenName = GIVEN_NAMES.has(next.word);
      const nameAfter =
        w.tag === NAME
          ? next.tag.startsWith(NAME) ||
            next.tag === 'nz' ||
            givenName ||
            isGuessedWord(next, lexicon) ||
            standsAloneAsName(words[i - 1], next, words[i + 2]) ||
            doubledGivenName(next, words[i + 2])
          : (plainSurname && (givenName || isGuessedWord(next, lexicon))) || (next.tag === NAME && commonSurnameBeforeName(w, out.at(-1)));
      if (nameAfter) {
        out.push({ word: w.word + next.word, tag: NAME });
        i++;
        continue;
      }
    }
    out.push(w);
  }
  return out;
}
