/**
 * 得 straight after a verb or an adjective is the complement de (穿|得|暴露, 撵|得|没处躲, 干|得|值得),
 * never děi "must": děi follows its subject or an adverb (我们得早点走, 还得靠大家, 就得交). The context
 * model reads děi where jieba tags what follows 得 as a verb (暴露/v, 值得/v) and has no feature
 * for this order, so the reading is corrected over the model's, like the surname layer.
 *
 * Between a verb and a result or direction it is the potential de, "can" (过得下去, 拿得起, 说得出,
 * 提得动), however jieba cut it: 过|得|下去 (过 tagged as the aspect particle), 过得|下去 (the
 * dictionary's 过得 guò dé), 说|得出 (the dictionary's 得出 dé chū "to conclude"). The complement
 * must follow as a word of its own or be glued to 得, so 取得|了, 获得|过, 研究|得出 keep dé.
 *
 * After a verb of getting or finding out, 得 before what was got is dé "obtain" (测|得|水深, 查|得|赃款,
 * 筹|得|善款, 寻|得|良机): the verb names how, and its object follows as a noun, a number or a
 * demonstrative. Before a manner or a result (查得很严, 测得准) it stays the complement. The verbs are
 * those news writes with this 得 (CC-CEDICT's 获得, 取得, 购得, 求得, 赢得 … and their kin it lacks as
 * words: 测得, 摘得, 筹得, 录得); a verb that as often takes a manner (跑, 说, 卖, 考) is not among them.
 *
 * Left alone: 得 after a modal or a copula, which děi can follow (关键是得靠, 可得小心), and after
 * anything else (a noun, a pronoun, punctuation), where děi or dé may be right.
 */

/** jieba's tags for a verb, an adjective or a distinguishing word jieba gives manner words (高兴/b). */
const VERB_OR_ADJECTIVE = new Set(['v', 'vd', 'vn', 'vi', 'a', 'ad', 'an', 'b', 'zg']);
/** Verbs děi may follow: modals and the copula (是得靠自己, 要得早点去). */
const NOT_BEFORE_COMPLEMENT: ReadonlySet<string> = new Set([
  ...['是', '就是', '也是', '还是', '总是', '可是', '倒是', '真是', '只是', '都是', '又是', '便是', '要是', '算是'],
  ...['会', '能', '要', '可', '应', '该', '将', '敢', '肯', '需', '别', '可能', '可以', '应该', '应当', '能够', '需要', '必须', '总'],
]);
/**
 * Results and directions a potential 得 joins to its verb. After a word ending in 得 only those that
 * cannot open what dé takes (取得|好|成绩, 取得|了); after a lone 得 also single 上, 下, 到, 好 …, and
 * 了 (办得了 liǎo) at a clause end, not before an object (考试得了满分: dé and the aspect particle).
 */
const COMPLEMENTS: ReadonlySet<string> = new Set([
  ...['下去', '上去', '下来', '上来', '起来', '出来', '出去', '进去', '进来', '过来', '过去', '回来', '回去'],
  ...['起', '完', '动', '住', '清', '懂'],
]);
const AFTER_LONE_DE: ReadonlySet<string> = new Set([...COMPLEMENTS, '见', '着', '开', '出', '进', '好', '上', '下', '到']);
const CLAUSE_END_PARTICLES: ReadonlySet<string> = new Set(['吗', '呢', '吧', '啊', '呀', '么']);
/** 得 glued to its complement by jieba (得出, 得动), as the dictionary reads it dé. */
const DE_WITH_COMPLEMENT = /^得(?:出|动|起|住|完|清|懂|下)$/u;
const HAN = /^\p{Script=Han}+$/u;
/** One-character verbs of getting, winning, buying, raising, finding or measuring. */
const OBTAIN_VERBS: ReadonlySet<string> = new Set([...'测查探寻觅求购摘夺赢获取博筹募录捕猎采挣赚谋争征拾换抢习']);
/** Tags of what was got: a noun, name, number, measure, pronoun or demonstrative, a time or place. */
const OBJECT_TAG = /^(?:n|m|q|r|t|s|j)/;
/** Tags of a modifier before that noun (最高/a 气温, 优异/a 成绩, 第一/m 名). */
const MODIFIER_TAG = /^(?:a|b|m)$/;

/**
 * 得 after a verb of getting and before its object (测|得|该处|水深, 查|得|最新|数据). Not before a
 * four-character phrase (抢得头破血流: a result, however jieba tags it), nor before a pronoun that
 * a predicate follows (查得他们无处藏身: the complement's own subject).
 */
function obtains(words: readonly string[], tags: readonly string[], w: number): boolean {
  if (!OBTAIN_VERBS.has(words[w - 1]!)) return false;
  const next = tags[w + 1] ?? '';
  if ((words[w + 1] ?? '').length >= 4) return false;
  if (next.startsWith('r')) return /^(?:n|m|q)/.test(tags[w + 2] ?? '');
  return OBJECT_TAG.test(next) || (MODIFIER_TAG.test(next) && /^n/.test(tags[w + 2] ?? ''));
}

function afterVerbOrAdjective(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1]!;
  if (NOT_BEFORE_COMPLEMENT.has(prev) || !HAN.test(prev)) return false;
  // A guessed word (x) that jieba glued from a verb's neighbours (时|累 → 时累) counts as what it ends in.
  return VERB_OR_ADJECTIVE.has(tags[w - 1] ?? '') || (tags[w - 1] === 'x' && prev.length <= 2);
}

/** 过 before a potential 得 is the verb "to live, to get by", whatever jieba tags it (过/ug). */
const afterVerb = (words: readonly string[], tags: readonly string[], w: number): boolean =>
  afterVerbOrAdjective(words, tags, w) || words[w - 1] === '过';

const endsClause = (word: string | undefined): boolean => !HAN.test(word ?? '') || CLAUSE_END_PARTICLES.has(word!);

function potentialAfterLoneDe(words: readonly string[], w: number): boolean {
  const next = words[w + 1] ?? '';
  return AFTER_LONE_DE.has(next) || (next === '了' && endsClause(words[w + 2]));
}

/** 得 glued to its result by jieba (说|得出, 办|得了 at a clause end), after a one-character verb. */
function gluedPotential(words: readonly string[], tags: readonly string[], w: number): boolean {
  const word = words[w]!;
  const glued = DE_WITH_COMPLEMENT.test(word) || (word === '得了' && endsClause(words[w + 1]));
  return glued && words[w - 1]!.length === 1 && afterVerb(words, tags, w);
}

/** Words opening a manner after 得 that jieba tags as prepositions or pronouns (比以前, 像个孩子, 怎么样). */
const MANNER_OPENERS: ReadonlySet<string> = new Set(['比', '像', '跟', '怎么样', '怎样', '如何', '这么', '那么', '多么', '这样', '那样']);

/**
 * jieba's guess of a character and 得 (咸得/ns, 冷得/x: no dictionary word, so not 获得, 取得) before a verb,
 * an adverb or an idiom is the complement: what was got would be a noun or a number (习得|一门手艺). A
 * modal's adverb glued to 得 (还得, 就得) is děi's (must-dei.ts).
 *
 * jieba's own verbs of a character and 得 (活得/v, 过得) are the same complement before a manner (活得|有尊严,
 * 活得|比|以前|自在, 过得|怎么样; QA29's class: 活得 read dé), unless the verb is one of getting (获得, 赢得,
 * 摘得: OBTAIN_VERBS) or the word is one the dictionary reads with dé (难得, 乐得清闲, 只得, 深得民心, 喜得, 所得).
 */
function guessedBeforeManner(words: readonly string[], word: string, tags: readonly string[], w: number): boolean {
  if (!/^(?:x|nr|ns|nz)$/.test(tags[w] ?? '') || /^[还也就都总可又只那非是]/u.test(word)) return false;
  return /^(?:v|vd|vi|d|a|ad|i|l)$/.test(tags[w + 1] ?? '') || MANNER_OPENERS.has(words[w + 1] ?? '');
}

/** First characters of jieba's X得 verbs that the dictionary reads with dé, or where 得 is děi (还得, 总得). */
const DE2_WORD_STARTS = new Set([...'难乐自心所应只不非总还也就都可又那是省免舍使显觉晓懂记值落深喜幸颇独偶方才始终乃仅共已未必']);

function verbBeforeManner(words: readonly string[], tags: readonly string[], w: number): boolean {
  const word = words[w]!;
  if (!(tags[w] ?? '').startsWith('v') || OBTAIN_VERBS.has(word[0]!) || DE2_WORD_STARTS.has(word[0]!)) return false;
  const next = words[w + 1] ?? '';
  return /^(?:v|vd|vi|d|zg|a|ad|an|i|l)$/.test(tags[w + 1] ?? '') || MANNER_OPENERS.has(next);
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyComplementDe(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 1; w < words.length; w++) {
    const word = words[w]!;
    const own = readings[w]!;
    const next = words[w + 1] ?? '';
    if (word === '得') {
      if (own[0] !== 'de2' && obtains(words, tags, w)) own[0] = 'de2';
      else if (own[0] === 'dei3' && afterVerbOrAdjective(words, tags, w)) own[0] = 'de5';
      else if (own[0] !== 'de5' && potentialAfterLoneDe(words, w) && afterVerb(words, tags, w)) own[0] = 'de5';
    } else if (word.length === 2 && word[1] === '得' && own[1] === 'de2' && COMPLEMENTS.has(next)) {
      own[1] = 'de5'; // 过得|下去, 看得|完
    } else if (word.length === 2 && word[1] === '得' && own[1] === 'de2' && guessedBeforeManner(words, word, tags, w)) {
      own[1] = 'de5'; // 咸得|没法|吃
    } else if (word.length === 2 && word[1] === '得' && own[1] === 'de2' && verbBeforeManner(words, tags, w)) {
      own[1] = 'de5'; // 活得|有|尊严
    } else if (own[0] === 'de2' && gluedPotential(words, tags, w)) {
      own[0] = 'de5';
      if (word === '得了') own[1] = 'liao3';
    }
  }
}
