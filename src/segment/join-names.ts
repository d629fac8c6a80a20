/**
 * Chinese personal names as one group. jieba's dictionary lacks most given names, and its guessing
 * stops a character short (杨浚|瑄, 张雨|霏) or takes the surname alone (王|珞丹, 李|飞云). A name is
 * joined only where jieba already saw one: a guessed or name-tagged word led by a surname, or a
 * surname jieba tags as a name, so ordinary words after a surname-like character stay apart.
 * - surname-led guess + one given character: 杨浚瑄, 张雨霏, 苏小和;
 * - surname + a 2-character name or guess: 王珞丹, 张成龙; a surname tagged as a name also takes a
 *   2-character word (李飞云, 滕海滨);
 * - 小 / 老 + surname, the familiar address: 小崔, 老韩 (and 小崔|请 out of jieba's 小|崔请).
 */
import { SURNAMES } from './name-characters';
import type { TaggedWord } from './types';
import { isGuessedWord } from './split-glued-guesses';
import { GLUED_VERBS, isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN = /^\p{Script=Han}+$/u;
const NAME = 'nr';

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
    // 杨浚|瑄, 张雨|霏: a surname-led guess and one given character. (Not a 2-character word jieba
    // tags as a name: it tags 马来 so too, and 马来|王 is no name.)
    if (w.word.length === 2 && surnameLed(w) && isGuessedWord(w, lexicon) && next && givenCharacter(next, words[i + 2])) {
      out.push({ word: w.word + next.word, tag: NAME });
      i++;
      continue;
    }
    // 王|珞丹, 张|成龙, 李|飞云: a surname alone, then a 2-character name.
    if (w.word.length === 1 && surnameLed(w) && isHan(next) && next.word.length === 2 && !lexicon.isCustomWord(next.word)) {
      // jieba tags some ordinary words as names (容纳/nr, 毛巾/nr): only a surname it tags as a
      // name takes a dictionary word; any other surname-like character only a guess (王|珞丹).
      const plainSurname = !isFunctionTag(w.tag) && !/^[vamq]/.test(w.tag);
      const nameAfter = w.tag === NAME ? next.tag === NAME || next.tag === 'nz' || isGuessedWord(next, lexicon) : plainSurname && isGuessedWord(next, lexicon);
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
