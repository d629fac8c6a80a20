/**
 * 种 standing alone is the measure word zhǒng "kind" only after what counts or points (三种, 这种,
 * 各种, 是种 for 是一种); after who does the planting, an adverb, a verb of wanting or starting, or
 * the place it is done (他种的菜, 亲手种下, 打算种草莓, 地里种的是小麦, 这里种的, 去年种的) it is the verb
 * zhòng "plant".
 * jieba tags the lone character m whatever it is, so the model, which learnt it from 种类 and 这种,
 * reads zhǒng there (QA22's class).
 *
 * jieba also glues the character onto the word before it where its dictionary lacks the pair (院子
 * 里种, 阳台上种, 我们要种): a guess of two characters, a place's localiser or a modal and 种, reads
 * the verb as well.
 *
 * A word of jieba's dictionary that holds the verb (接种 "vaccinate", 耕种, 栽种) keeps it before a full
 * stop too, where the model read the measure word (QA22's 接种).
 *
 * Left to the model: a noun before it with no person in it (玉米种 may be "maize seed"), a verb other
 * than wanting or starting (有种说法, 这是种方法: a hidden 一), and everything after a number or a
 * demonstrative.
 */
import { wordAloneReadings } from './base-readings';

const PERSONS: ReadonlySet<string> = new Set([
  ...['我', '你', '您', '他', '她', '咱', '自己', '大家', '人们', '人家', '别人', '谁'],
  ...['我们', '你们', '他们', '她们', '咱们', '我家', '他家', '自家'],
]);
/** Adverbs that cannot count: 同种, 另种 and the degree words are left to the model. */
const NOT_BEFORE_VERB = new Set(['同', '另', '很', '最', '更', '较', '极', '多']);
/** Verbs that take another verb: wanting, starting, going to (想种, 开始种, 去种). */
const TAKES_A_VERB: ReadonlySet<string> = new Set([
  ...['想', '要', '会', '能', '可以', '愿意', '喜欢', '爱', '敢', '肯', '应该', '需要'],
  ...['开始', '继续', '准备', '打算', '计划', '决定', '学', '学着', '帮', '帮着', '去', '来', '负责', '忙着'],
]);
/** Localisers closing a place: 院子里, 阳台上, 田中, 山下. */
const LOCALISERS = new Set([...'里上中下边内']);
/** 在, 到, 去, 回 before a place. */
const GOING_TO = new Set(['在', '到', '去', '回', '来']);
/**
 * A person's noun: a name, or a noun of people (农民, 村民们, 老人, 工人, 专家) or of kin (爷爷, 奶奶,
 * 妈妈, 舅舅: session 26); not 花生 (花生种 "peanut seed").
 */
const PERSON_NOUN = /[民人们户者员家爷奶爸妈公婆叔婶伯舅姨哥姐弟妹]$/;
/** Here and there: where the planting is done (这里种的, 那儿种了), never a count (session 26). */
const PLACE_PRONOUNS = new Set(['这里', '那里', '哪里', '这儿', '那儿', '哪儿', '这边', '那边']);
/** Words that count or point (此种, 该种, 每种, 哪种 where jieba cuts them). */
const COUNTERS = new Set(['这', '那', '哪', '此', '该', '每', '各', '某', '本', '其', '其他', '其它', '任何', '什么', '多少', '几', '同', '另', '是', '有']);
const VERB_ONLY_NEXT = new Set(['了', '着', '过', '下', '上', '满', '在', '出', '得', '的']);

function plantsHere(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1];
  const tag = tags[w - 1] ?? '';
  const next = words[w + 1] ?? '';
  if (/^(?:m|q)/.test(tag) || COUNTERS.has(prev ?? '')) return false;
  // 种出希望, 种下, 种满: only the verb takes a result or an aspect.
  if (VERB_ONLY_NEXT.has(next) && next !== '的') return true;
  if (prev === undefined) return false;
  if (PERSONS.has(prev) || prev === '们' || TAKES_A_VERB.has(prev)) return true;
  if (tag === 'd' && !NOT_BEFORE_VERB.has(prev)) return true;
  if ((tag === 'f' || tag === 's') && LOCALISERS.has(prev.at(-1)!)) return true;
  // 去年种的, 春天种: a time says when it was planted; a kind is never counted by a time (session 26).
  if (tag === 't' || PLACE_PRONOUNS.has(prev)) return true;
  // 在后院种, 到基地种: a place the clause went to or is at.
  if (/^(?:n|s)/.test(tag) && GOING_TO.has(words[w - 2] ?? '')) return true;
  // 农民种的, 村民种水稻: a person's noun doing it.
  if ((tag === 'nr' || tag === 'n') && PERSON_NOUN.test(prev)) return next === '的' || /^n/.test(tags[w + 1] ?? '');
  return false;
}

/**
 * Puts back zhòng where the word read alone (pinyin-pro, whose dictionary reads 接种, 耕种, 栽种 so) has
 * it and the model read zhǒng; true if the word holds 种 and was looked at.
 */
function ownReading(word: string, own: string[]): boolean {
  if (word.length < 2 || !word.includes('种')) return false;
  const alone = wordAloneReadings(word);
  for (let k = 0; k < word.length; k++) if (word[k] === '种' && own[k] === 'zhong3' && alone[k] === 'zhong4') own[k] = 'zhong4';
  return true;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyPlantZhong(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word === '种') {
      if (readings[w]![0] === 'zhong3' && plantsHere(words, tags, w)) readings[w]![0] = 'zhong4';
    } else if (tags[w] !== 'x' && ownReading(word, readings[w]!)) {
      // 接种。, 耕种。: the model, which learnt 种 before a full stop from 一种。 and 多种。, overrules
      // the word's own reading; a word is never the measure where the dictionary reads it the verb.
    } else if (word.length === 2 && word[1] === '种' && tags[w] === 'x' && readings[w]![1] === 'zhong3') {
      const lead = word[0]!;
      if (LOCALISERS.has(lead) || TAKES_A_VERB.has(lead) || PERSONS.has(lead)) readings[w]![1] = 'zhong4';
    }
  }
}
