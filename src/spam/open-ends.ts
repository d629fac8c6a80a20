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
