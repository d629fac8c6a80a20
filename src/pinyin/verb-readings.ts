/**
 * Characters whose commoner reading names a thing (铺 pù a shop, 系 xì a department, 种 zhǒng a
 * kind) or a state (干 gān dry) but which are also verbs with a reading of their own: standing alone
 * before an aspect particle with more of the clause after it (铺了两层, 系着围裙, 干过三年) or before
 * a result or direction (铺在地上, 藏起来), the character is the verb. The context model, trained
 * on too few of these, keeps the commoner reading there, so it is corrected over the model's.
 *
 * A guess of jieba's that joins such a verb and its result (切好 "cut up", no dictionary's word) reads
 * the verb too.
 *
 * 干 is also a verb before its object (干农活, 干什么), unless it describes a thing (很干很厚, 杨梅干红酒,
 * 舀不干). Left alone: a character after a number, a measure, a demonstrative or 的 (这个系了,
 * 两种了), where it is the noun, and a 了 that ends the clause (衣服干了), where the state is meant.
 *
 * 待 is dài "treat, wait for" (待人, 待鉴定后, 待到) but dāi "stay" as a verb of place and time: before
 * an aspect particle (待了四年, 待着), before 在 and a place (待在家里), before a direction of going on
 * (待下去, 待不下去), before 上 + a duration (待上几天) and before the duration itself where it is
 * not "wait until" (在北京待三天就走, not 待三天后再决定; QA22's class).
 */

/** The verb reading of each character, numbered as the reader writes readings. */
export const VERB_READINGS: Readonly<Record<string, string>> = {
  铺: 'pu1', 系: 'ji4', 干: 'gan4', 种: 'zhong4', 数: 'shu3', 缝: 'feng2', 钻: 'zuan1', 卷: 'juan3',
  扇: 'shan1', 担: 'dan1', 称: 'cheng1', 藏: 'cang2', 传: 'chuan2', 钉: 'ding4', 量: 'liang2',
  盛: 'cheng2', 教: 'jiao1', 哄: 'hong3', 弹: 'tan2', 塞: 'sai1', 削: 'xiao1', 圈: 'quan1', 切: 'qie1',
  舍: 'she3', 弄: 'nong4', 载: 'zai4', 攒: 'zan3', 抡: 'lun1', 粘: 'zhan1',
};
/**
 * The state reading of such a character, where a degree adverb (很粘, 太粘) or the pairing 又…又…
 * (又湿又粘) makes it a quality: 粘 nián "sticky", which CPP's 粘液, 粘膜, 粘度 taught the model for the
 * character, while its lone verb zhān "stick, glue" (粘在墙上, 粘了一层, 粘好) is the commoner (QA26).
 */
const STATE_READINGS: Readonly<Record<string, string>> = { 粘: 'nian2' };
/**
 * Characters read as the verb also before their object, where jieba tags them a verb and a noun
 * follows (乱|铺|摊子, 而|舍|…之旅, 弄|饭): their noun (铺 pù, 舍 shè) never takes a noun after it as one
 * word does. Not 系 (此系谣言: the copula xì), nor the characters whose noun or verb readings the
 * dictionaries' words already settle. 钉 (session 25, QA24's 钉 "to nail" read dīng): 钉|屋顶的铁皮, 钉|木条;
 * the nail after a count or 的 (三颗钉, 墙上的钉) is left by the guards below.
 */
const OBJECT_VERBS = new Set(['铺', '舍', '弄', '塞', '抡', '钉', '钻']);
/**
 * 弄 lòng is a lane: after its number (123弄, 三弄) or a name (王家弄, 百福弄社区), so the verb nòng needs
 * a modal or adverb before it or its result after it.
 */
const HANDLES = new Set(['要', '想', '会', '能', '得', '别', '不', '没', '就', '又', '再', '乱', '瞎', '先', '还', '都', '也']);
const DONE = new Set(['得', '了', '着', '过', '不', '好', '成', '到', '出', '坏', '脏', '乱', '清', '清楚', '明白', '懂', '完']);
/** A place or a name before the character: it names the place (泉河|铺|乡, 王家|弄). */
const namesPlace = (prev: string, tag: string | undefined): boolean => /^(?:nr|ns|nt|nz)/.test(tag ?? '') || prev.endsWith('家');
/** 弄 lòng is a lane in an address: after its number (123弄, 三弄). */
const NUMBERED = /[0-9０-９一二三四五六七八九十百]$/u;
const ASPECT = new Set(['了', '着', '过']);
const RESULTS: ReadonlySet<string> = new Set([
  // 下 (session 25: the corpus's 攒|下|钱 read cuán): 种下, 塞下, 藏下 a result as 上 is.
  ...['在', '到', '上', '下', '好', '完', '满', '成', '住', '紧', '进'],
  ...['下去', '上去', '下来', '上来', '起来', '出来', '出去', '进去', '进来', '过来', '过去', '回来', '回去'],
]);
/**
 * Verbs that say what a thing holds or bears with 有 after them (盛有少量水的容器, 顶部铺有合瓦, 车上载有,
 * 绳上系有: session 25's scan of CPP dev's unmarked text). Not 量, 数, 教, 干, 称, whose noun or other
 * verb reading takes 有 too (量有多大, 数有百余, 教有所长).
 */
const HOLDS = new Set([...'盛铺载系藏钉缝塞卷']);
/**
 * V + 有 + what is held. After a count or a demonstrative only where a 的 closes the phrase in the
 * clause (一个|盛有温水的|脸盆): 一铺有三张床 counts bunks.
 */
function holdsHere(words: readonly string[], tags: readonly string[], w: number): boolean {
  if (!continues(words[w + 2])) return false;
  const prev = words[w - 1] ?? '';
  if (!BEFORE_NOUN_TAGS.has(tags[w - 1] ?? '') && !DEMONSTRATIVES.has(prev) && prev !== '的') return true;
  for (let k = w + 2; k < words.length && !CLAUSE_END.test(words[k]!); k++) if (words[k] === '的') return true;
  return false;
}
/** Tags of a word after which the character is a noun: numbers, measures, demonstratives, 的. */
const BEFORE_NOUN_TAGS = new Set(['m', 'q', 'mq', 'uj']);
const DEMONSTRATIVES = new Set(['这', '那', '该', '本', '每', '各', '某', '此', '哪', '其']);
const DEGREE = new Set(['很', '太', '挺', '更', '最', '较', '极', '非常', '比较', '有点', '有些', '特别', '十分', '越来越', '这么', '那么']);
const OBJECT_TAGS = /^(?:n|r|vn|m)/;
const HAN = /^\p{Script=Han}+$/u;
const PARTICLES = new Set(['吗', '呢', '吧', '啊', '呀', '么', '的']);

const continues = (word: string | undefined): boolean => word !== undefined && HAN.test(word) && !PARTICLES.has(word);
/**
 * After 着 or 了 a number in digits goes on the clause too (载着45名游客, session 25: the corpus's 载着
 * read zǎi); not after 过, which before a number is "exceeds" (年分娩量|过|1万 keeps liàng).
 */
const continuesAfter = (aspect: string, word: string | undefined): boolean =>
  continues(word) || (aspect !== '过' && word !== undefined && /^[0-9０-９]/.test(word));

function isVerbHere(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1] ?? '';
  if (words[w + 1] === '有' && HOLDS.has(words[w]!)) return holdsHere(words, tags, w);
  if (BEFORE_NOUN_TAGS.has(tags[w - 1] ?? '') || DEMONSTRATIVES.has(prev) || prev === '的') return false;
  const next = words[w + 1];
  if (next === undefined) return false;
  if (ASPECT.has(next)) return continuesAfter(next, words[w + 2]);
  if (RESULTS.has(next)) return true;
  if (tags[w] === 'v' && OBJECT_VERBS.has(words[w]!) && !NUMBERED.test(prev) && !namesPlace(prev, tags[w - 1])) {
    // 弄得, 要弄就弄: 弄 nòng after a modal or an adverb of manner, or before its result; a lane's name
    // may stand before a noun (百福弄社区), so no object says the verb.
    if (words[w] === '弄') return HANDLES.has(prev) || DONE.has(next);
    // 乱|铺|摊子: the verb before its object; 手里|塞。: the verb closing its clause after a place.
    const object = tags[w + 1] ?? '';
    if ((/^n/.test(object) && !/^(?:nr|ns|nt)/.test(object)) || object === 'vn') return true;
    // 钻|一个|洞, 塞|两张|纸条: a counted object (session 25, CPP dev's 在头骨伤钻一个洞 read zuàn).
    if (/^m/.test(object) && /^[一二两三四五六七八九十几数]/u.test(next) && /^n/.test(tags[w + 2] ?? '')) return true;
    if (CLAUSE_END.test(next) && (tags[w - 1] === 's' || (prev.length > 1 && /[里上中内边]$/u.test(prev)))) return true;
  }
  // 新|铺|的石子路: the time adverb cut off by jieba, as 新铺 below.
  if (words[w] === '铺' && next === '的' && (JUST.has(prev) || JUST_WORDS.has(prev))) return continues(words[w + 2]);
  return words[w] === '干' && tags[w] === 'v' && continues(next) && OBJECT_TAGS.test(tags[w + 1] ?? '') && !describesThing(words, tags, w);
}

/**
 * 干 before a noun is still gān where it describes a thing: after a degree adverb (很干), after a
 * noun (杨梅|干|红酒), or as the result of a verb (舀|不|干, 晒|得|干).
 */
function describesThing(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1] ?? '';
  if (DEGREE.has(prev) || (tags[w - 1] ?? '').startsWith('n')) return true;
  return (prev === '不' || prev === '得') && (tags[w - 2] ?? '').startsWith('v');
}

/**
 * A quality, not an action: after a degree adverb (很粘, 太粘了), or as one of a pair 又…又… (又湿又粘,
 * 又粘又甜), where 又 "again" before a verb (又粘了一张) has no partner.
 */
function isQualityHere(words: readonly string[], w: number): boolean {
  const prev = words[w - 1] ?? '';
  if (DEGREE.has(prev)) return true;
  if (prev !== '又') return false;
  // Back from the 又 before it (又湿又粘), forward from the word after it (又粘又甜: the partner is next).
  const clause = (step: number): boolean => {
    for (let k = step < 0 ? w - 2 : w + 1; k >= 0 && k < words.length && !CLAUSE_END.test(words[k]!); k += step) if (words[k] === '又') return true;
    return false;
  };
  return clause(-1) || clause(1);
}

const STAY_NEXT = new Set([...ASPECT, '在', '下去', '下来']);
/** Adverbs jieba glues onto 待 (多待几天, 再待一会儿). */
const STAY_LEADS = new Set([...'多再还先就只又想要']);

function staysHere(words: readonly string[], tags: readonly string[], w: number): boolean {
  const next = words[w + 1];
  if (next === undefined) return false;
  if (STAY_NEXT.has(next)) return true;
  if (next === '不' || next === '得') return words[w + 2] === '下去' || words[w + 2] === '住';
  if (next === '上') return /^m/.test(tags[w + 2] ?? '');
  // 待太久, 待多久, 待很久: how long, said by 久.
  if (/^[多很太好]?久$/.test(next) || (DEGREE.has(next) && words[w + 2] === '久')) return true;
  return isDuration(next, tags[w + 1]) && staysFor(words, tags, w);
}

/**
 * A span of time: 三天, 一个月, 几年, 一会儿, 一阵子, 一段时间 (jieba's m, or its set phrase l), counted: the
 * moon of 嵩门待月 ("awaiting the moon") is tagged m too.
 */
function isDuration(word: string, tag: string | undefined): boolean {
  if (tag === 'l') return /^[一两几数]段时间$/.test(word);
  return /^m/.test(tag ?? '') && /^[0-9０-９一二两三四五六七八九十百几半数整]/.test(word) && /(?:[天年月周夜]|小时|分钟|星期|礼拜|会儿|阵子|辈子)$/.test(word);
}

/**
 * 待 + a span of time is "stay" (在北京待三天就走, 想在这里待一个月。), but the written 待 "wait
 * until" takes one too (待三天后再决定, 待三月春暖花开时): so the span must close the clause or lead
 * a verb or adverb, with no 后 or 时 after it, unless the clause already put someone in a place
 * (在家待一周后返回).
 */
function staysFor(words: readonly string[], tags: readonly string[], w: number): boolean {
  for (let k = w - 1; k >= 0 && !CLAUSE_END.test(words[k]!); k--) if (AT_A_PLACE.test(words[k]!)) return true;
  const after = words[w + 2];
  if (after === undefined || CLAUSE_END.test(after)) return true;
  if (WHEN.has(after)) return false;
  return /^[vd]/.test(tags[w + 2] ?? '') || after === '了' || after === '的';
}
const CLAUSE_END = /^[^\p{L}\p{N}]+$/u;
/** Results the verb 钉 takes in one word with it. */
const NAILED = new Set([...'牢紧住好进入满死实上']);
/** Adverbs of time jieba glues onto the verb after them (新铺, 刚铺, 重铺, 才种). */
const JUST = new Set([...'新刚才重再已早先又']);
/**
 * Only verbs whose noun reading makes no word with such an adverb: 重量, 新教, 早教, 再传 and 才干 are
 * words of their own.
 */
const JUST_VERBS = new Set(['铺', '种']);
const JUST_WORDS = new Set(['重新', '已经', '刚刚', '刚才', '新近', '最近']);

/**
 * The verb after such an adverb: an aspect particle with more of the clause after it, or a result
 * (刚铺|好); for 铺 also a 的 before a noun (新铺的草坪 "the newly paved lawn": a shop is said 新开的铺子,
 * not 新铺的).
 */
function isJustDone(words: readonly string[], w: number): boolean {
  const next = words[w + 1];
  if (next === undefined) return false;
  if (ASPECT.has(next)) return continues(words[w + 2]);
  if (RESULTS.has(next)) return true;
  return words[w]![1] === '铺' && next === '的' && continues(words[w + 2]);
}
/** 在 and a place, or jieba's 在家, 留在. */
const AT_A_PLACE = /^(?:在|留在|在家|在校|在此|在那儿|在这儿)$/;
const WHEN = new Set(['后', '以后', '之后', '时', '的时候', '再说']);

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyVerbReadings(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    if (words[w] === '待') {
      if (staysHere(words, tags, w)) readings[w]![0] = 'dai1';
      continue;
    }
    // 多待, 再待: jieba's guess of an adverb and the verb, before a span of time.
    if (words[w]!.length === 2 && words[w]![1] === '待' && tags[w] === 'x' && STAY_LEADS.has(words[w]![0]!)) {
      if (isDuration(words[w + 1] ?? '', tags[w + 1]) && staysFor(words, tags, w)) readings[w]![1] = 'dai1';
      continue;
    }
    const verb = VERB_READINGS[words[w]!];
    const state = STATE_READINGS[words[w]!];
    if (state && isQualityHere(words, w)) readings[w]![0] = state;
    // 又粘了上去: a single 又 is "again", and what is done again is the verb (session 28, QA27's 粘 read nián).
    else if (state && words[w - 1] === '又') readings[w]![0] = verb!;
    else if (verb && readings[w]![0] !== verb && isVerbHere(words, tags, w)) readings[w]![0] = verb;
    // 切好, 切成: jieba's guess of the verb and its result, a word no dictionary has (session 20).
    const lead = VERB_READINGS[words[w]![0]!];
    if (lead && tags[w] === 'x' && words[w]!.length === 2 && RESULTS.has(words[w]![1]!)) readings[w]![0] = lead;
    // 粘不牢, 钻得透: jieba's guess of a verb, 不 or 得 and its result is the potential form of the verb (session 28);
    // not 干, whose state takes it too (干不透 "will not dry through").
    if (lead && words[w]![0] !== '干' && tags[w] === 'x' && /^.[不得]\p{Script=Han}$/u.test(words[w]!)) readings[w]![0] = lead;
    // 钉牢, 钉进, 钉死: jieba's words of the verb and its result (tagged n or l, so not guesses), no
    // nail's name (钉子, 钉耙, 钉螺 end otherwise).
    if (words[w]!.length === 2 && words[w]![0] === '钉' && NAILED.has(words[w]![1]!)) readings[w]![0] = 'ding4';
    // 新铺, 刚铺: jieba joins a time adverb and the verb (QA23's class: freshly paved bricks, read pù).
    const last = words[w]!.length === 2 && JUST_VERBS.has(words[w]![1]!) ? VERB_READINGS[words[w]![1]!] : undefined;
    if (last && JUST.has(words[w]![0]!) && readings[w]![1] !== last && isJustDone(words, w)) readings[w]![1] = last;
  }
}
