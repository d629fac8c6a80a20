/**
 * 得到 after a verb of two characters can be the potential "can reach by doing" (照顾得到, 关照得到,
 * 联系得到: de dào), where jieba cuts the dictionary's 得到 "obtain" (dé dào) off the verb and the
 * dictionary reads it dé (QA22's class). Both follow a verb: 学习得到提高, 希望得到支持 are "obtain".
 * The potential shows where the clause asks (他照顾得到吗？) or what it reaches is every one of
 * them (照顾得到每一个人), or where 都 before the verb ranges over what it reaches and the clause ends
 * (家里的事他都兼顾得到。); a clause that just ends otherwise is as often "obtained by" (缩合得到。, 分离得到，, 有望得到“…”:
 * SIGHAN, CPP dev and the corpus held one of each, so it is left to the dictionary); "obtain" takes a thing
 * (支持, 好评, 提高), rarely a whole, and is what a verb of wanting or a modal leads to (希望得到所有人的
 * 支持, 能够得到), so those verbs are left out.
 */
const VERB = new Set(['v', 'vd', 'vi']);
/** Verbs that take a verb after them: wanting, needing, trying, can (希望得到, 需要得到, 能够得到). */
const LEADS_A_VERB: ReadonlySet<string> = new Set([
  ...['希望', '有望', '渴望', '盼望', '期望', '期待', '想要', '争取', '力争', '设法', '试图', '企图', '要求', '请求', '值得'],
  ...['需要', '必须', '应该', '应当', '理应', '能够', '可以', '难以', '无法', '没有', '不曾', '未能', '没能', '不能'],
  ...['只能', '才能', '就能', '都能', '也能', '还能', '不会', '就会', '都会', '也会', '将会', '一定', '终于', '已经'],
]);
/** Adverbs of "all of them" before the verb. */
const ALL_OF_THEM = new Set(['都', '也', '全', '全都']);
/** A clause's end: a mark that is not an opening quote or bracket (有望得到“…” goes on). */
const CLAUSE_END = /^[，。！？；、,.!?;]$/;
/** Personal pronouns: someone reached (联系得到他). */
const PERSONS = new Set(['他', '她', '你', '我', '它', '他们', '她们', '你们', '我们', '咱们', '您']);
/** Particles that ask or close a clause. */
const CLOSING = new Set(['吗', '呢', '吧', '么', '啊', '呀']);
/**
 * The first word of an object that is every one of some people or places (每一个人, 每位老人, 每个角落).
 * Not 每月, 所有, 各方: 培训得到每月补贴, 工作得到所有人认可, 协调得到各方支持 are "obtain".
 */
const WHOLE = /^每(?:一|个|位|名|户|家|处)/;

/** The clause ends at word `k`, or a particle closes it there. */
const endsAfter = (words: readonly string[], k: number): boolean => CLAUSE_END.test(words[k] ?? '。') || CLOSING.has(words[k] ?? '');

function reachesAll(words: readonly string[], tags: readonly string[], w: number): boolean {
  const verb = words[w - 1] ?? '';
  const next = words[w + 1] ?? '';
  if (verb.length < 2 || LEADS_A_VERB.has(verb)) return false;
  // 联系/n 得到 他。: jieba tags some verbs as nouns; a person reached and the clause's end say the verb.
  if (/^(?:n|vn)$/.test(tags[w - 1] ?? '') && PERSONS.has(next)) return endsAfter(words, w + 2);
  if (!VERB.has(tags[w - 1] ?? '')) return false;
  if (CLOSING.has(next) || WHOLE.test(next + (words[w + 2] ?? ''))) return true;
  // 联系得到他。, 找得到她吗: a person reached, and the clause ends ("obtain" takes 他的支持, not him).
  if (PERSONS.has(next) && endsAfter(words, w + 2)) return true;
  // 他都照顾得到。: 都 before the verb ranges over what it reaches, and the clause ends there.
  return ALL_OF_THEM.has(words[w - 2] ?? '') && CLAUSE_END.test(next);
}

/**
 * A one-character verb straight before 得到 (找|得到|路, 够|得到|屋顶, 买|得到) is the potential: "obtain"
 * follows an adverb (终于得到, 未得到), a modal or a verb of wanting (能得到, 要得到, 想得到他的认可), or 没
 * (没得到: "did not obtain"), which are left out; and no one-character verb of doing takes 得到 "obtain"
 * after it as a verb of two characters does (学习得到提高).
 */
const NOT_DOING = new Set([...'想要能会可应需该将没未不得才就均已曾必再还又都也便仍终却更并即亦皆须']);
const oneCharacterVerb = (words: readonly string[], tags: readonly string[], w: number): boolean =>
  (words[w - 1] ?? '').length === 1 && /^(?:v|vd|vi|zg)$/.test(tags[w - 1] ?? '') && !NOT_DOING.has(words[w - 1]!);
/**
 * jieba's word of a verb, 得 and a result or direction (找得到, 看得见, 靠得住, 来得及) is the potential,
 * whatever the dictionaries read; 获得者, 所得税 end otherwise, 不得了, 不得已 start with 不, and 想得到 is as
 * often "want to obtain" (想得到大家的认可).
 */
const POTENTIAL_WORD = /^[^不想要]得[到起动住完了见着清懂出下上过来去及消]$/u;

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyPotentialDedao(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const own = readings[w]!;
    if (words[w] === '得到' && own[0] === 'de2' && (reachesAll(words, tags, w) || oneCharacterVerb(words, tags, w))) own[0] = 'de5';
    else if (POTENTIAL_WORD.test(words[w]!) && own[1] === 'de2') own[1] = 'de5';
  }
}
