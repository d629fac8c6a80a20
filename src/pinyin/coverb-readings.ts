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
/** Aspect particles of something done (了, 过), not of a state (着: 为首的人员穿着…). */
const DONE = new Set(['了', '过']);
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
function isVerbAt(words: readonly string[], tags: readonly string[], i: number, hidden: HiddenVerb): boolean {
  if (ASPECT.has(words[i + 1] ?? '')) return true;
  return ((tags[i] ?? '').startsWith('v') || hiddenVerbWithObject(words, tags, i, hidden)) && !endsOnThing(words, tags, i);
}

/** Tags of an object right after a verb: a noun, name, place, pronoun, number or adjective. */
const OBJECT_AFTER = /^(?:n|r|m|a$)/;

/**
 * A verb jieba tagged otherwise (抚平/ns, 贡献/n, 战胜/n), with its object after it (抚平|身心, 贡献|自己的…). Alone at the
 * end of a clause it is as often the noun it also is (为|三合院|建筑|，, 为|侗族|建筑|的|代表, 为|同性|同居|。: wéi).
 */
function hiddenVerbWithObject(words: readonly string[], tags: readonly string[], i: number, hidden: HiddenVerb): boolean {
  if ((tags[i] ?? '').startsWith('v') || !hidden(words[i]!)) return false;
  return OBJECT_AFTER.test(tags[i + 1] ?? '') && words[i + 1] !== '的';
}

/** The word after `i` is a noun that ends the sentence. */
const endsOnThing = (words: readonly string[], tags: readonly string[], i: number): boolean =>
  /^n/.test(tags[i + 1] ?? '') && /^[。！？.!?]?$/u.test(words[i + 2] ?? '');

/**
 * Whether jieba's word is a verb its tag hides (办实事/n, 降温/n, 贡献/n): the model's list (PolyphoneModel.hiddenVerb),
 * CC-CEDICT's verbs that jieba tags otherwise.
 */
export type HiddenVerb = (word: string) => boolean;
const NO_HIDDEN_VERBS: HiddenVerb = () => false;

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

/**
 * Whether what stands before 为 leaves room for "for": not a verb whose complement 为 opens (选|为, 改造|为),
 * unless that verb heads the subject after 的 (新政策的出台|为…: the subject, not a verb before its
 * complement); not a degree adverb (更|为 合理); not 以 earlier in the clause (以学生为本).
 */
function roomForBenefactive(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prevTag = tags[w - 1] ?? '';
  const headsSubject = words[w - 2] === '的' && /^vn?$/.test(prevTag);
  if ((prevTag.startsWith('v') && !headsSubject) || DEGREE_BEFORE.has(words[w - 1] ?? '')) return false;
  return !earlierInClause(words, w, '以', 12);
}

function isBenefactive(words: readonly string[], tags: readonly string[], w: number, hidden: HiddenVerb): boolean {
  return roomForBenefactive(words, tags, w) && beneficiaryAndVerbAfter(words, tags, w, hidden);
}

/** jieba's verb with its aspect glued on (作过/v, 做了/v). */
const doneVerb = (word: string, tag: string): boolean => word.length >= 2 && tag.startsWith('v') && DONE.has(word.at(-1)!);

/**
 * After 为 (at `w`), a person or group and then its verb (为|留守|儿童|提供), or any noun phrase and then a verb
 * that has done something to an object (为|外卖|行业|带来|了|变化, 为|企业|节省|了): a copular 为 names what
 * something is, and no verb with 了 or 过 follows that.
 */
function beneficiaryAndVerbAfter(words: readonly string[], tags: readonly string[], w: number, hidden: HiddenVerb): boolean {
  for (let i = w + 1; i < words.length && i <= w + 6; i++) {
    const word = words[i]!;
    const tag = tags[i] ?? '';
    if (CLAUSE_END.test(word) || word.startsWith('所')) return false;
    if (i > w + 1 && isPerson(words[i - 1]!, tags[i - 1] ?? '') && isVerbAt(words, tags, i, hidden)) return true;
    if (i > w + 1 && /^n/.test(tags[i - 1] ?? '') && (DONE.has(words[i + 1] ?? '') || doneVerb(word, tag))) return true;
    // A noun phrase and a verb jieba tagged a noun, with its object (为|护理|事业|贡献|自己的…, 为|中国队|战胜|世界…): the
    // model, trained before it had the list of such verbs, saw a noun there and read wéi.
    // Not one whose noun ends the clause: that is a noun compound (为|汉传|佛教|建筑|风格|，, 为|乘客|离境|大厅|。).
    const nounClosesClause = /^n/.test(tags[i + 1] ?? '') && (i + 2 >= words.length || CLAUSE_END.test(words[i + 2]!));
    if (i > w + 1 && /^n/.test(tags[i - 1] ?? '') && hiddenVerbWithObject(words, tags, i, hidden) && !nounClosesClause) return true;
    // 为|大马哈鱼|资源|而|翻脸: 为 … 而 is "for the sake of" (not 而非, 而不是: 为A而非B names what it is; not
    // 而成: 城墙为石砌而成 says what it is made of).
    if (i > w + 1 && word === '而' && !/^(?:非|不是|成)/.test(words[i + 1] ?? '')) return true;
    if (i > w + 1 && word === '而成') return false;
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

/**
 * Adverbs that stand before a copular 为 and say how many or how it is divided (主要为, 多为, 均为, 分别为, 约为):
 * 为 is wéi after them unless a beneficiary and its verb follow (主要为群众服务).
 */
const COPULA_ADVERBS: ReadonlySet<string> = new Set([
  ...['主要', '多', '大多', '大都', '大多数', '大部分', '绝大多数', '多数', '均', '皆', '全', '全部', '分别', '约', '依次', '即', '则', '仍', '多半', '一律'],
  // Session 33 (the s32 retrain read 以下仅为部分名单 wèi): "only is", "also is", and what is listed below or above.
  ...['仅', '仅仅', '亦', '以下', '以上', '如下', '下列', '上述'],
]);
/** Verbs that make or change what comes before into what follows 为, right before it (提拔|为, 改造|为). */
const CHANGES_INTO: ReadonlySet<string> = new Set([
  ...['提拔', '晋升', '提升', '擢升', '升', '改造', '改建', '改编', '改制', '转化', '转变', '转换', '变', '化', '简化', '合并', '归类', '划分', '设定'],
]);
/**
 * Nouns of what a thing is, has or amounts to, that a copular 为 follows (主题为, 原因为, 症状为, 冠军为): the
 * subject is an attribute, not an agent that could do something for anyone.
 */
const ATTRIBUTE_NOUNS: ReadonlySet<string> = new Set([
  ...['主题', '口号', '宗旨', '主旨', '原因', '起因', '诱因', '死因', '病因', '对象', '身份', '职务', '职业', '前身', '主体', '症状', '特点', '特征'],
  ...['时间', '日期', '地点', '期限', '周期', '总额', '金额', '总量', '数量', '人数', '比例', '面积', '价格', '名称', '性质', '类型', '规模', '年龄'],
  ...['冠军', '亚军', '季军', '得主', '被告', '原告', '法人', '负责人', '嫌疑人', '来源', '用途', '方式', '途径', '结果', '标准', '依据', '总投资'],
]);
const NOUN_TAG = /^(?:n|nz|ng|vn|j)$/;

/** The last word of 为's clause is a noun (以人民为中心。, 以…为衡量标准，): what 以 … 为 makes something into. */
function clauseEndsOnNoun(words: readonly string[], tags: readonly string[], w: number): boolean {
  let i = w + 1;
  while (i < words.length && !CLAUSE_END.test(words[i]!)) i++;
  return i > w + 1 && NOUN_TAG.test(tags[i - 1] ?? '');
}

/**
 * 为 and a verb, in a clause that a comma closes before the sentence goes on (为开拓国内市场，设立了…): the
 * purpose "for", fronted; a copular 为 and its verb phrase end the sentence (主题为保护海洋环境。).
 */
function purposeClause(words: readonly string[], tags: readonly string[], w: number): boolean {
  if (!(tags[w + 1] ?? '').startsWith('v')) return false;
  let i = w + 1;
  while (i < words.length && !CLAUSE_END.test(words[i]!)) i++;
  return /^[，,；;]/u.test(words[i] ?? '') && i + 1 < words.length;
}

/** Verbs whose object an attribute noun is (没有时间为访问作准备: "for"; 会议时间为九点: wéi). */
const TAKES_ATTRIBUTE: ReadonlySet<string> = new Set(['有', '没有', '没', '无', '花', '用', '抽', '抽出', '挤出', '腾出', '留出', '利用', '缺乏']);

/** 以 … 为 with 以 opening a noun (以学生|为本), not a purpose (以|表彰|…, 以|确保|…). */
function nounAfterYi(words: readonly string[], tags: readonly string[], w: number): boolean {
  for (let i = w - 1; i >= 0 && i >= w - 10; i--) {
    if (CLAUSE_END.test(words[i]!)) return false;
    if (words[i] === '以') return !/^v$/.test(tags[i + 1] ?? '');
  }
  return false;
}

/** 为 … 而成 in one clause: what something is made of (围墙为石块垒砌而成). */
function madeOf(words: readonly string[], w: number): boolean {
  for (let i = w + 1; i < words.length && !CLAUSE_END.test(words[i]!); i++) {
    if (words[i] === '而成' || (words[i] === '而' && words[i + 1] === '成')) return true;
  }
  return false;
}

/**
 * What before 为 makes it copular whatever follows (原因为…, 主要为…, 改造为…, 任命…为): there a verb the tags
 * hide does not count as the beneficiary's (事故原因为驾驶员疲劳驾驶).
 */
function copularCue(words: readonly string[], w: number): boolean {
  const prev = words[w - 1] ?? '';
  if (COPULA_ADVERBS.has(prev) || CHANGES_INTO.has(prev)) return true;
  if (ATTRIBUTE_NOUNS.has(prev) || (prev.length >= 2 && ATTRIBUTE_NOUNS.has(prev.slice(-2)))) return true;
  // A verb of making into shortly before, whatever jieba made of its object (任命|侯隽/x|为…).
  for (let i = w - 1; i >= 0 && i >= w - 4 && !CLAUSE_END.test(words[i]!); i--) if (MAKES_INTO.has(words[i]!)) return true;
  return false;
}

/** 为 is copular wéi by what stands before it, and no beneficiary and verb follow. */
function copularBefore(words: readonly string[], tags: readonly string[], w: number, hidden: HiddenVerb): boolean {
  if (beneficiaryAndVerbAfter(words, tags, w, hidden) || purposeClause(words, tags, w)) return false;
  if (madeOf(words, w)) return true;
  const prev = words[w - 1] ?? '';
  // 确定 and 推荐 right before 为 can be "decide to", "recommend" (确定|为|群众|办实事 is "for"); after 被 they
  // make into (被确定为雇佣兵).
  const makesInto = MAKES_INTO.has(prev) && ((prev !== '确定' && prev !== '推荐') || words[w - 2] === '被');
  if (COPULA_ADVERBS.has(prev) || CHANGES_INTO.has(prev) || makesInto) return true;
  const attribute = ATTRIBUTE_NOUNS.has(prev) || (prev.length >= 2 && ATTRIBUTE_NOUNS.has(prev.slice(-2)));
  if (attribute) return !TAKES_ATTRIBUTE.has(words[w - 2] ?? '');
  return nounAfterYi(words, tags, w) && clauseEndsOnNoun(words, tags, w) && !personThenVerb(words, tags, w);
}

/** A person and a word jieba tags a verb in 为's clause (以更大的决心为|群众|办好|实事: "for"), whatever ends it. */
function personThenVerb(words: readonly string[], tags: readonly string[], w: number): boolean {
  for (let i = w + 2; i < words.length && !CLAUSE_END.test(words[i]!); i++) {
    if (isPerson(words[i - 1]!, tags[i - 1] ?? '') && (tags[i] ?? '').startsWith('v')) return true;
  }
  return false;
}

/**
 * Session 33 (the s32 retrain read 祠堂为|清代|建筑|。 wèi): 为 and then, to the sentence's end, a noun phrase that opens
 * on a time, a count or a distinguishing word (为|清代|建筑, 为|两层|楼房, 为|木质|结构) says what the subject is: wéi. No
 * person in it (为|全体|员工 …) and no verb; a lone noun after 为 (一切为|国家。 "for") is left to the rest.
 */
const CLASSIFYING_OPENER = /^(?:t|m|mq|b)$/;
const NOUN_PHRASE_TAG = /^(?:t|m|mq|q|b|f|s|n|nz|ng)$/;
function classifiesSubject(words: readonly string[], tags: readonly string[], w: number): boolean {
  if (!CLASSIFYING_OPENER.test(tags[w + 1] ?? '')) return false;
  let i = w + 1;
  for (; i < words.length && !/^[。！？!?]/u.test(words[i]!); i++) {
    if (!NOUN_PHRASE_TAG.test(tags[i] ?? '') || isPerson(words[i]!, tags[i] ?? '')) return false;
  }
  return i >= w + 3 && /^(?:n|nz|ng)$/.test(tags[i - 1] ?? '');
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyCoverbReadings(
  words: readonly string[],
  readings: string[][],
  tags: readonly string[] | undefined,
  hidden: HiddenVerb = NO_HIDDEN_VERBS,
): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    if (words[w] === '当' && readings[w]![0] === 'dang1' && treatsAs(words, tags, w)) readings[w]![0] = 'dang4';
    if (words[w] === '应' && readings[w]![0] === 'ying1' && respondsTo(words, tags, w)) readings[w]![0] = 'ying4';
    // 更为 glued by jieba: "more" and 为 "for" before a beneficiary and its verb (此举更为企业节省了成本).
    if (words[w] === '更为' && readings[w]![1] === 'wei2' && beneficiaryAndVerbAfter(words, tags, w, hidden)) readings[w]![1] = 'wei4';
    if (words[w] !== '为' || (readings[w]![0] !== 'wei2' && readings[w]![0] !== 'wei4')) continue;
    const h = copularCue(words, w) ? NO_HIDDEN_VERBS : hidden;
    const benefactive = isBenefactive(words, tags, w, h);
    if (madeInto(words, tags, w)) {
      if (!benefactive) readings[w]![0] = 'wei2';
    } else if (readings[w]![0] === 'wei2' && benefactive) readings[w]![0] = 'wei4';
    else if (readings[w]![0] === 'wei4' && (copularBefore(words, tags, w, h) || classifiesSubject(words, tags, w))) readings[w]![0] = 'wei2';
  }
}
