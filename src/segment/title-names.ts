/**
 * A name after a title or office (所长 何平, 秘书长 方国平, 经理 卫国光), which jieba cuts into a
 * surname and characters it reads as words (何|平, 方|国|平, 卫国|光): two or three characters led
 * by a surname, in two or three words, between the title and punctuation or a verb of stating
 * (表示, 说, 提出 …). Neither end alone makes a name: 主任 和|副主任, 校长 也|表示 stay apart.
 * The same after a person's role that is no office (预报员 于|洁 说, 老师 边|琳 说, 护士 庞|英 表示,
 * session 26): a role noun names the person whose name follows, as a title does; and a surname and a
 * character jieba tags as a name's before any word (法官 晏|珂 当庭 调解).
 */
import { SURNAMES } from './name-characters';
import type { TaggedWord } from './types';
import { GLUED_VERBS, isFunctionTag } from './word-classes';

/** An office a name follows in news; a word ending in 长 is one only as an office (局长), not 增长. */
export const TITLE =
  /(?:[市省县区镇乡村局处科厅部院校所社队组会馆站司署团州]长|董事长|理事长|秘书长|行长|主任|书记|主席|总裁|经理|总监|教授|院士|委员|代表|律师|法官|研究员|工程师|发言人|负责人|总统|总理|大使|专家|顾问|医生)$/;

/** What a named official does next in a news sentence: states, proposes, answers. */
export const STATING_VERBS: ReadonlySet<string> = new Set([
  '说', '称', '道', '表示', '指出', '认为', '介绍', '提出', '建议', '坦言', '透露', '强调', '告诉', '发言', '接受',
  '表达', '回应', '解释', '说明', '呼吁', '提醒', '举例', '分析', '谈到', '直言', '承认', '补充', '希望', '要求',
]);

/** One adverb a statement may take between the speaker and the verb (吴春生也说, 还表示). */
export const STATING_ADVERBS: ReadonlySet<string> = new Set([...'也还都又则就曾便亦再']);

/**
 * Characters that after a title are the sentence's next word, not a given name: adverbs and
 * prepositions that are also surnames (也 都 还 曾 向 从 和 …), pronouns, particles.
 */
export const NOT_GIVEN: ReadonlySet<string> = new Set([...'也都还就又再才更已曾均皆亦便却仍则将在对向从和与跟同把被给让等我你他她它们的了着过']);

const HAN = /^\p{Script=Han}+$/u;

/**
 * Last characters of nouns for people by their role, not their office: 预报员, 老师, 学生, 患者, 选手,
 * 村民, 当事人, 员工, 护士, 乘客, 护士长, 家长. Only common nouns (jieba's n: not 施工/vn, nor the place 瑞士/ns, after
 * which 车站|内 is no name), of two characters or more, and 司机, whose 机 ends machines elsewhere (手机).
 */
const ROLE_ENDS = /[民人员师生者手工士客长]$/u;
const personRole = (w: TaggedWord): boolean =>
  w.word.length >= 2 && HAN.test(w.word) && ((ROLE_ENDS.test(w.word) && w.tag === 'n') || w.word === '司机');
/** Punctuation and spaces other than quotes and brackets that open a title (《). */
const separator = (w: TaggedWord | undefined): boolean => w === undefined || /^[^\p{L}\p{N}“「『《"']+$/u.test(w.word);

/** How many words from words[i] spell a name after the title `before` (the word before, as regrouped); 0 when none. */
export function titleNameWords(words: readonly TaggedWord[], i: number, before: TaggedWord | undefined): number {
  const first = words[i]!;
  if (!before || !(TITLE.test(before.word) || personRole(before)) || !HAN.test(first.word) || first.word.length > 2) return 0;
  if (!SURNAMES.has(first.word[0]!) || NOT_GIVEN.has(first.word[0]!) || GLUED_VERBS.has(first.word[0]!)) return 0;
  // 经理 卫国|光: a surname-led word of two is a name's start only when jieba did not tag it a verb or function word.
  if (first.word.length === 2 && (/^[vmq]/.test(first.tag) || isFunctionTag(first.tag))) return 0;
  let length = first.word.length;
  for (let k = 1; k < 3; k++) {
    const piece = words[i + k];
    // 农技员 莫|宁|时，: 时 "when" closing the clause follows the name, it ends none (session 26).
    if (k === 2 && piece?.word === '时' && separator(words[i + k + 1])) return 2;
    // 副市长 任|晓明: a surname alone, then a given name jieba guessed or tagged as one.
    const givenWord = k === 1 && first.word.length === 1 && piece?.word.length === 2 && /^(x|nr|nrfg|nrt)$/.test(piece.tag);
    if (!piece || !HAN.test(piece.word) || (piece.word.length !== 1 && !givenWord)) return 0;
    if (NOT_GIVEN.has(piece.word) || GLUED_VERBS.has(piece.word) || /^[rpcuymq]/.test(piece.tag)) return 0;
    length += piece.word.length;
    if (length > 3) return 0;
    const after = words[i + k + 1];
    // After a role, punctuation is no evidence (学者 南|极|行”, 入选者 年|纪|轻、: session 26): only a
    // verb of stating is.
    // The text may end on the name (a caption, 图为预报员于洁): nothing after it states anything.
    if ((separator(after) && TITLE.test(before.word)) || (after !== undefined && STATING_VERBS.has(after.word))) return k + 1;
    // 法官 晏|珂 当庭: a surname and a character jieba both tag as a name's, before a word of two
    // characters or more (a third character alone may still be the name's), whatever that word does.
    if (k === 1 && first.word.length === 1 && first.tag === 'nr' && /^nr(fg|t)?$/.test(piece.tag) && after !== undefined && after.word.length >= 2) return 2;
  }
  return 0;
}
