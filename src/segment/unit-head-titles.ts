/**
 * jieba's dictionary holds a unit's last character doubled before 长 (处处长, 科科长, 团团长) at
 * its lowest count, so the head of a department named before it loses the unit: 销售|处处长 for
 * 销售处|处长 "head of the sales office". After a noun, and before no aspect particle (处处长着 is
 * "everywhere grows"), the unit character and the title are cut apart: 销售|处|处长. So is jieba's
 * 科主任 after the office's name: 信息|科|主任.
 */
import { SURNAMES } from './name-characters';
import { STATING_ADVERBS, STATING_VERBS } from './title-names';
import type { TaggedWord } from './types';
import { isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

/** Units whose head is the unit character + 长 (处长, 科长, 局长 …). */
const UNITS = new Set([...'处科局组团排股司所站队厅院部室']);
const HAN_WORD = /^\p{Script=Han}+$/u;
/** jieba's words of a unit and its director (科主任, 室主任): after the unit's name, the unit is the name's. */
const DIRECTORS = new Set(['科主任', '室主任']);
/** An institution whose departments' heads these are (医院科主任), not a department's name. */
const INSTITUTION = /[院校局厂司馆所]$/u;
/** 长 "grow" takes them (处处长着); the title does not. */
const ASPECT_PARTICLES = new Set([...'着了过']);

export function splitUnitHeadTitles(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  words.forEach((w, i) => {
    const [unit, again, head] = [...w.word];
    const before = words[i - 1];
    const after = words[i + 1];
    const doubled = w.word.length === 3 && unit === again && head === '长' && UNITS.has(unit!);
    const afterNoun = before !== undefined && HAN_WORD.test(before.word) && /^(n|x|j|vn)/.test(before.tag);
    if (doubled && afterNoun && !ASPECT_PARTICLES.has(after?.word ?? '')) {
      out.push({ word: unit!, tag: lexicon.tagOf(unit!) }, { word: unit + head!, tag: lexicon.tagOf(unit + head!) });
    } else if (DIRECTORS.has(w.word) && afterNoun && !INSTITUTION.test(before.word)) {
      // 信息|科主任 → 信息|科|主任: the office is 信息科, its director 主任 (not 医院|科主任, the hospital's).
      out.push({ word: unit!, tag: lexicon.tagOf(unit!) }, { word: '主任', tag: lexicon.tagOf('主任') });
    } else out.push(w);
  });
  return out;
}

/** Units whose head a name follows (楼长, 村长, 班长 …): the title's 长 is what jieba glues on. */
const TITLE_UNITS = new Set([...'处科局组团排股司所站队厅院部室楼村班连营社馆厂场']);
/** A unit's head as jieba may guess it (楼长, 班长): a title, never a surname-led name (楼长|邬). */
export const isUnitTitle = (word: string): boolean => word.length === 2 && word[1] === '长' && TITLE_UNITS.has(word[0]!);
const SINGLE_HAN = /^\p{Script=Han}$/u;
/** What may follow a name: punctuation, or a statement (说, 表示, 也说). */
const endsName = (w: TaggedWord | undefined): boolean =>
  w === undefined || !/\p{L}|\p{N}/u.test(w.word) || STATING_VERBS.has(w.word) || STATING_ADVERBS.has(w.word) || w.word === '每天';

/** Whether words[i] and words[i + 1] could be a given name of one or two characters and what ends it. */
function givenNameAt(words: readonly TaggedWord[], i: number): boolean {
  const first = words[i];
  if (!first || !/^\p{Script=Han}{1,2}$/u.test(first.word) || isFunctionTag(first.tag)) return false;
  if (endsName(words[i + 1])) return true;
  const second = words[i + 1]!;
  return first.word.length === 1 && SINGLE_HAN.test(second.word) && !isFunctionTag(second.tag) && endsName(words[i + 2]);
}

/** Whether words[i] starts a name: a name word jieba tagged (王建国), or a surname and a given name. */
function nameAt(words: readonly TaggedWord[], i: number): boolean {
  const w = words[i];
  if (!w || !SURNAMES.has(w.word[0]!)) return false;
  if (w.word.length === 1) return givenNameAt(words, i + 1);
  return w.tag === 'nr' && w.word.length <= 3 && endsName(words[i + 1]);
}

/** Units of two characters whose head is the unit + 长 (网格长, 寝室长). */
const LONG_UNITS = new Set(['网格', '寝室', '宿舍', '单元', '小组', '车间']);

/**
 * A head's title whose 长 jieba glued onto the name after it: 楼|长冉|建军|说 (楼长 冉建军),
 * 楼楼|长冉 (a guess doubling the unit, 三号楼 楼长), 单元楼|长|龚 (单元 楼长 龚), 楼长冉|建军. Where a unit
 * character ends one word and 长, alone or leading a surname, starts the next, and a given name and
 * punctuation or a verb of stating follow, the unit and 长 make the title. 沿江村|长江|边 keeps its
 * river: nothing like a given name and a statement follows.
 */
export function splitTitlesFromNames(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // 楼长冉|建军: one guess of the title and the surname.
    if (w.tag === 'x' && w.word.length === 3 && isUnitTitle(w.word.slice(0, 2)) && SURNAMES.has(w.word[2]!) && givenNameAt(words, i + 1)) {
      out.push({ word: w.word.slice(0, 2), tag: 'n' }, { word: w.word[2]!, tag: 'nr' });
      continue;
    }
    const unit = w.word.at(-1)!;
    const longUnit = LONG_UNITS.has(w.word);
    if (!next || !(TITLE_UNITS.has(unit) || longUnit) || !HAN_WORD.test(w.word) || next.word[0] !== '长') {
      out.push(w);
      continue;
    }
    // 楼|长冉|建军: the surname inside jieba's word; 单元楼|长|龚|守仁: the surname the next word.
    const glued = next.word.length === 2 && SURNAMES.has(next.word[1]!) && givenNameAt(words, i + 2);
    const alone = next.word === '长' && nameAt(words, i + 2);
    if (!glued && !alone) {
      out.push(w);
      continue;
    }
    if (longUnit) {
      // 网格|长 王建国: the whole unit is the title's (网格长).
      out.push({ word: `${w.word}长`, tag: 'n' });
      i++;
      continue;
    }
    const rest = w.word.slice(0, -1);
    if (rest) out.push({ word: rest, tag: w.tag === 'x' ? 'x' : lexicon.tagOf(rest) });
    out.push({ word: `${unit}长`, tag: 'n' });
    if (glued) out.push({ word: next.word[1]!, tag: 'nr' });
    i++;
  }
  return out;
}
