/**
 * Two coverbs whose reading the construction decides, where the context model, which sees a few
 * words either side, can miss it:
 *
 * - 当 standing alone after 把 + what is handled in the same clause is dàng "treat as" (把我们当
 *   亲人, 把学校当家): the disposal construction leaves no room for dāng "serve as, when". 当作,
 *   当成 and 当天 are dictionary words with readings of their own, so they never stand alone here.
 * - 为 standing alone before a person or group and then a verb or a state is wèi "for" (企业为留守
 *   儿童提供午餐, 学校为孩子们配齐了桌椅, 为你高兴). The model reads wéi "to be" there when a
 *   glossary term or a noun phrase hides the verb from it. Copular 为 has no person and verb after
 *   it (会费为每年五百元), follows a verb (选|为), a degree adverb (更|为) or 以 in the clause (以
 *   学生为本), or closes a passive with 所 (为群众所熟知): those are left to the model.
 * - 为 after a verb of choosing, naming, appointing or regarding and its object is wéi "as" (评委
 *   选定其为代言人, 大家称他为老班长, 公司聘请她为顾问): the verb makes its object into what follows
 *   为, whatever comes after. The model, seeing a person and a verb after 为, can read wèi there.
 *   A verb of asking or sending (邀请专家为村民讲课) is no such verb: its 为 stays "for".
 * - 应 standing alone before who asked and their invitation is yìng "in response to" (应朋友之邀, 应
 *   中方邀请，…): the modal yīng "should" never has a noun between it and its verb 邀请 (学校应邀请
 *   家长参加 keeps yīng), and 之邀 / 之约 / 之请 only close this phrase.
 */

/** Punctuation that ends a clause (quotes and brackets do not). */
const CLAUSE_END = /^[，。！？；：,.!?;:…]+$/u;
const PERSON_PRONOUNS = new Set(['我', '你', '您', '他', '她', '它', '我们', '你们', '他们', '她们', '它们', '大家', '自己', '咱们', '人们', '别人', '人家']);
/** Characters that end a noun naming people (留守儿童, 群众, 患者, 村民, 教师, 家长). */
const PERSON_ENDS = new Set([...'们者民众童人员工师生户友属长家客胞辈子女男孩士']);
/** Tags of the words a noun phrase is made of between 为 and its verb. */
const NOUN_PHRASE_TAGS = /^(?:n|r|s|t|m|q|a$|b|f$|j|l$|k$|uj$|x$|$)/;
const ASPECT = new Set(['了', '着', '过']);
/**
 * Verbs that make their object into what follows 为 (O 为 N): choosing, electing, naming, appointing,
 * hiring as, regarding, listing, fixing or changing into. By their one-character heads too (评, 选,
 * 称, 视, 列, 立, 封, 尊, 奉, 拜), since jieba cuts them alone before an object. Not 分, 划, 设, 定: they
 * take a count or a thing before a 为 "for" (分三批为学生接种, 设专人为群众服务).
 */
const MAKES_INTO: ReadonlySet<string> = new Set([
  ...['选', '选定', '选举', '推选', '推举', '评', '评选', '评定', '任命', '委任', '聘', '聘请', '聘任', '指定', '认定', '确定'],
  ...['称', '称呼', '尊称', '誉', '赞誉', '命名', '视', '看作', '奉', '尊', '封', '立', '追认', '列', '拜', '认'],
  ...['改', '更改', '译', '翻译', '评价', '公认', '推荐'],
]);
/** What an object between such a verb and 为 is made of: pronouns, nouns, names, numbers, measures. */
const OBJECT_TAGS = /^(?:r|n|s|m|q|j|b$|f$|uj$)/;
const DEGREE_BEFORE = new Set([...'更最较极尤甚颇大'].concat(['更加', '尤其']));

/**
 * A person or group: a pronoun, a word ending in 们, or a noun ending in a character that names
 * people. Not a name (nr): 会长为张某 is copular as often as 为张某办事 is "for".
 */
function isPerson(word: string, tag: string): boolean {
  if (PERSON_PRONOUNS.has(word) || (word.length >= 2 && word.endsWith('们')) || tag === 'k') return true;
  return word.length >= 2 && PERSON_ENDS.has(word.at(-1)!) && /^(?:n$|n[^r]|l$|$)/.test(tag);
}

/**
 * A verb, or a word jieba tags otherwise that takes an aspect particle (配齐/a 了). Not a verb
 * whose noun ends the sentence (一楼为国内乘客到达大厅。, 该校为网友认捐学校。): a sentence that
 * says what something is ends on the name of a thing, and 为 is copular there.
 */
function isVerbAt(words: readonly string[], tags: readonly string[], i: number): boolean {
  if (ASPECT.has(words[i + 1] ?? '')) return true;
  const namesThing = /^n/.test(tags[i + 1] ?? '') && /^[。！？.!?]?$/u.test(words[i + 2] ?? '');
  return (tags[i] ?? '').startsWith('v') && !namesThing;
}

/** Whether something earlier in the clause of word `w` is `marker`. */
function earlierInClause(words: readonly string[], w: number, marker: string, limit: number): boolean {
  for (let i = w - 1; i >= 0 && i >= w - limit; i--) {
    if (CLAUSE_END.test(words[i]!)) return false;
    if (words[i] === marker) return true;
  }
  return false;
}

/**
 * 把 + what is handled + 当, with no verb between: after one (把女儿嫁到他家来当媳妇) the clause has
 * moved on, and 当 is dāng "serve as" again.
 */
function treatsAs(words: readonly string[], tags: readonly string[], w: number): boolean {
  const next = words[w + 1];
  if (next === undefined || CLAUSE_END.test(next)) return false;
  for (let i = w - 1; i >= 0 && i >= w - 6; i--) {
    if (words[i] === '把') return i < w - 1;
    if (CLAUSE_END.test(words[i]!) || (tags[i] ?? '').startsWith('v')) return false;
  }
  return false;
}

function isBenefactive(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prevTag = tags[w - 1] ?? '';
  if (prevTag.startsWith('v') || DEGREE_BEFORE.has(words[w - 1] ?? '') || earlierInClause(words, w, '以', 12)) return false;
  for (let i = w + 1; i < words.length && i <= w + 6; i++) {
    const word = words[i]!;
    const tag = tags[i] ?? '';
    if (CLAUSE_END.test(word) || word.startsWith('所')) return false;
    if (i > w + 1 && isPerson(words[i - 1]!, tags[i - 1] ?? '') && isVerbAt(words, tags, i)) return true;
    // 为你高兴, 为他骄傲: a feeling for the person right after 为.
    if (i === w + 2 && PERSON_PRONOUNS.has(words[w + 1]!) && /^[ab]$/.test(tag)) return true;
    // jieba tags some adjectives as adverbs (偏远/d 村小): one before a noun is still the phrase's.
    const modifier = /^a?d$/.test(tag) && /^n/.test(tags[i + 1] ?? '');
    if (!NOUN_PHRASE_TAGS.test(tag) && !modifier) return false;
  }
  return false;
}

/**
 * 为 after a verb of choosing or naming and its object (选定|其|为, 称|他|为, 把|湿地|列|为 is the
 * verb right before 为 and left to the model): at most four words of object, in the same clause.
 * Where a person and a verb follow 为 as well (称|该|公司|为|员工|缴纳…, 称 "to state"), either can
 * be meant, and the model keeps its reading.
 */
function madeInto(words: readonly string[], tags: readonly string[], w: number): boolean {
  for (let i = w - 1; i >= 0 && i >= w - 5; i--) {
    const word = words[i]!;
    if (CLAUSE_END.test(word)) return false;
    if (MAKES_INTO.has(word)) return i < w - 1;
    if (!OBJECT_TAGS.test(tags[i] ?? '')) return false;
  }
  return false;
}

/** Tags of who asked: nouns, names, places, organisations, pronouns, abbreviations, 中方 (f). */
const ASKER_TAGS = /^(?:n|r|s|j|f$|uj$)/;
/** What closes the phrase: the invitation, request or call (之邀, 之约, 之请, 之召 after 之). */
const REQUEST_AFTER_ZHI = new Set([...'邀约请召']);

/** 应|朋友|之|邀, 应|俄罗斯|总统|普京|邀请|，: who asked, then their invitation, before the clause goes on. */
function respondsTo(words: readonly string[], tags: readonly string[], w: number): boolean {
  for (let i = w + 1; i < words.length && i <= w + 5; i++) {
    const word = words[i]!;
    if (i > w + 1 && word === '之') return REQUEST_AFTER_ZHI.has(words[i + 1] ?? '');
    if (i > w + 1 && word === '邀请') return !/^\p{Script=Han}/u.test(words[i + 1] ?? '。');
    if (CLAUSE_END.test(word) || !ASKER_TAGS.test(tags[i] ?? '')) return false;
  }
  return false;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyCoverbReadings(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    if (words[w] === '当' && readings[w]![0] === 'dang1' && treatsAs(words, tags, w)) readings[w]![0] = 'dang4';
    if (words[w] === '应' && readings[w]![0] === 'ying1' && respondsTo(words, tags, w)) readings[w]![0] = 'ying4';
    if (words[w] !== '为' || (readings[w]![0] !== 'wei2' && readings[w]![0] !== 'wei4')) continue;
    const benefactive = isBenefactive(words, tags, w);
    if (madeInto(words, tags, w)) {
      if (!benefactive) readings[w]![0] = 'wei2';
    } else if (readings[w]![0] === 'wei2' && benefactive) readings[w]![0] = 'wei4';
  }
}
