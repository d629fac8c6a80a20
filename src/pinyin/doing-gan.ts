/**
 * 干 standing alone with no object is the verb gàn "do, work" where what comes before it wants an
 * action (session 26, QA25's 干 read gān): a verb of will or going (想干, 肯干, 不敢干, 去干, 来干), an
 * adverb of manner or effort (好好干, 一起干, 拼命干, 放手干, 加油干, 继续干), a question or pointer of
 * manner (怎么干, 这样干, 如何干), or a person doing it before a complement of how it went (他干得很出色,
 * 我干不完, 你干过吗). Being dry is said of a thing and takes none of these: 衣服干了, 水快干了, 地还没干,
 * 油漆干得很快, 擦干 stay gān. 干 before its object (干农活) is `verb-readings.ts`'s.
 *
 * Left to the model: 要, 会 and 能 before it (衣服快要干了 "about to dry", 衣服会干的, 能干 "able"), 可
 * ("really": 可干了), and a person with 了 after (我先干了 may be "bottoms up", gān).
 */

/** Words before 干 that want an action after them. Not 这么, 那么 (空气这么干: a degree), 开始 (油漆开始干了). */
const WANTS_ACTION: ReadonlySet<string> = new Set([
  ...['想', '不想', '肯', '不肯', '敢', '不敢', '愿意', '不愿意', '不愿', '乐意', '打算', '准备', '决定'],
  ...['去', '来', '接着', '继续', '好好', '一起', '一块', '一块儿', '拼命', '加油', '放手', '大胆', '认真', '踏实', '埋头'],
  ...['使劲', '努力', '抢着', '带头', '怎么', '怎样', '如何', '咋', '这样', '那样'],
]);
/** People who do the work: a pronoun or a word of people right before 干. */
const PERSONS: ReadonlySet<string> = new Set([
  ...['我', '你', '您', '他', '她', '咱', '自己', '大家', '人家', '别人', '谁'],
  ...['我们', '你们', '他们', '她们', '咱们', '大伙', '大伙儿'],
]);
/** How the doing went: 干得很好, 干不完, 干过, 干不下去, 干起来 (after a person only). */
const COMPLEMENT = /^(?:得|不|过|完|下去|不动|不完|不了|起来|下来)$/u;

function doing(words: readonly string[], w: number): boolean {
  const prev = words[w - 1] ?? '';
  const next = words[w + 1];
  if (WANTS_ACTION.has(prev)) return true;
  // 一个人干不完, 工人们干得起劲: a word of people ending in 人 or 们.
  const person = PERSONS.has(prev) || /[人们]$/u.test(prev);
  return person && next !== undefined && COMPLEMENT.test(next);
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyDoingGan(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  for (let w = 1; w < words.length; w++) {
    if (words[w] === '干' && readings[w]![0] === 'gan1' && doing(words, w)) readings[w]![0] = 'gan4';
    // 干起|活|来: jieba's guess 干起 before the work done (a noun); drying takes no object.
    else if (words[w] === '干起' && readings[w]![0] === 'gan1' && /^(?:n|vn)/.test(tags?.[w + 1] ?? '')) readings[w]![0] = 'gan4';
  }
}
