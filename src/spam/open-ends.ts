/**
 * Whether a stretch of text stops on a word that waits for what follows it — shared by the finders
 * of headline clauses glued after a stop (./headline-inside.ts) and headline parts glued before a
 * sentence (./headline-parts.ts).
 */
import type { TaggedWord } from '../segment/types';

/**
 * Words that need what follows them, so a stretch ending on one is no clause of its own: a modal or
 * an auxiliary (应当, 可以, 将, 正在), a preposition or a conjunction, a particle (的), and a
 * demonstrative with its measure word (这栋, 那个). jieba's tags miss some of them (可以 c, 将 d), so
 * the common ones are listed as words too.
 */
const NEEDS_MORE = new Set(['应当', '应该', '应', '可以', '能', '能够', '会', '要', '将', '将要', '必须', '需要', '须', '得以', '想', '愿意', '敢', '正在', '已经', '开始', '继续', '被', '把', '对', '向', '从', '给', '让', '使', '由', '与', '及']);
const DEMONSTRATIVE = /^[这那每各该此本哪][\p{Script=Han}]$/u;
/** Whether a stretch ending on `last` leaves a word waiting for what follows it (上级首长应当|每年…, 出事的这栋|教学楼). */
export const endsOpen = (last: TaggedWord): boolean => NEEDS_MORE.has(last.word) || /^(?:p|c|u)/u.test(last.tag) || (last.tag === 'r' && DEMONSTRATIVE.test(last.word));

/** A verb of its own (jieba's v, vd, vi, vg, vq; not vn, a verb used as a noun). */
const VERB = /^v[dgiq]?$/u;
/** An adjective, which may be a predicate (jieba also tags some verbs so: 还要清理/a 岸边). */
const ADJECTIVE = /^a[d]?$/u;
/** A noun an adjective right before it modifies (低洼/a 路段/n): then the adjective is no predicate. */
const NOUN = /^n[a-z]*$/u;
const SENTENCE_STOP = /[。！？!?]/u;

/**
 * Whether the writer's sentence after a stretch glued before it has a predicate of its own: a verb
 * (or an adjective not modifying the noun right after it) between the stretch and the sentence's stop. A farm pastes a headline clause before a sentence of
 * the writer's, which stays whole without it (…。[交警提醒市民绕行]记者在路口看到…); a writer who
 * opens a sentence with the headline's words makes them its subject and predicate, and what follows
 * them is only the object or a place (…。交警提醒市民绕行解放路、人民路等低洼路段。: without the clause
 * no verb is left). QA26's guard page lost such a repeat; tests/fixtures/headline-repeat-guard-texts.ts.
 * `rest`: the paragraph's text from the stretch's end; `tag`: the segmenter's tagger.
 */
export function restHasPredicate(rest: string, tag: (text: string) => readonly TaggedWord[]): boolean {
  const stop = rest.search(SENTENCE_STOP);
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  const words = tag(sentence);
  return words.some((w, i) => VERB.test(w.tag) || (ADJECTIVE.test(w.tag) && !NOUN.test(words[i + 1]?.tag ?? '')));
}

/** What closes a clause of time: "after / before / while [doing the headline's thing]". */
const TIME_CLAUSE_END = /(?:之后|以后|之前|以前|期间|以来|之际|后|前|时)$/u;
/** The writer's words up to their clause's first break. */
const CLAUSE_BREAK = /[，,。；;！？!?：:、]/u;
/** So few Han characters, at most, between a stretch and the 后 or 的 it is carried on to. */
const CARRIED_HAN = 8;
const MODIFIER_HAN = 4;

/**
 * Whether the writer's words right after a stretch that stands where a sentence starts carry it on
 * as one constituent of their clause, so the stretch is the writer's opening, not a paste before
 * their sentence: a clause of time closed right after it (…。整治废旧车辆停放区后，…, …。清理废弃单车
 * 棚后，…, …两周后，…: "after doing X"), or a modifier the writer's 的 closes (…。整治废旧车辆停放区的工作…).
 * The headline's object going on into a longer compound noun is the shape QA26's guard page lost six
 * characters to. `rest`: the paragraph's text from the stretch's end.
 */
export function carriesOn(rest: string): boolean {
  const cut = rest.search(CLAUSE_BREAK);
  const clause = cut < 0 ? rest : rest.slice(0, cut);
  if (clause.length > 0 && clause.length <= CARRIED_HAN && /^\p{Script=Han}+$/u.test(clause) && TIME_CLAUSE_END.test(clause) && cut >= 0) return true;
  const of = clause.indexOf('的');
  return of > 0 && of <= MODIFIER_HAN && /^\p{Script=Han}+$/u.test(clause.slice(0, of));
}
