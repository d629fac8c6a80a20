/**
 * 转 standing alone is zhuàn "turn round, revolve" (绕着太阳转, 转了三圈) or zhuǎn "pass on, forward,
 * transfer" (文件转给经理, 消息被转了好几遍). What is passed on is acted on: after 被 (or 被 and who
 * did it) and before an aspect, a receiver or a destination, 转 is zhuǎn; what revolves is never
 * "revolved by" someone, except to be made dizzy (被转得头晕, 被转晕了). The model, which learnt the
 * lone 转 from 旋转 and 打转, reads zhuàn there (QA23's class: a message forwarded in a family group).
 * Before where to (转到, 转至) it is zhuǎn without 被 too: a focus, a way of working or money shifted
 * or transferred (SIGHAN's news: 把工作重点转到…, 将公款转至…), unless the clause goes round (围着…转到).
 * The other way, 转 or jieba's guess 转起 before circles counted (转起了圈, 转了两圈) is zhuàn, where
 * the model took the guess for 转 "turn to" (session 12's sample: a child turning circles).
 * Before jieba's 交给, 发给, 送给 … (被转|交给, 把作业转|交给班长) it is zhuǎn with or without 被: a thing
 * handed on to someone (session 25's scan of CPP dev's unmarked text: 住宅被转交给了他的儿子).
 */

const CLAUSE_END = /^[^\p{L}\p{N}]+$/u;
const PASSED_ON = new Set(['了', '给', '到', '发', '走', '过', '出', '出去', '成', '入', '交', '至', '往']);
/** Turns counted (转了三圈, 转了一圈又一圈) or dizziness (转晕, 转得): revolving. */
const TURNS = /^(?:[一两二三四五六七八九十几数好]+圈|圈|晕|得)/u;

/** Where to: 转到, 转至 (重点转到基层, 公款转至个人账户) shift or transfer, with or without 被. */
const DESTINATION = new Set(['到', '至']);
/** 围着…转, 绕着…转到天亮: a clause of going round, where 转 revolves whatever follows. */
const ROUND = /^(?:围|绕|围着|绕着|围绕|环绕|打)$/u;

/** jieba's words of a verb of handing over and 给 (转|交给, 转|发给): what 转 passes on goes to someone. */
const HANDS_OVER = /^[交发送寄卖让租递]给$/u;

function passedOn(words: readonly string[], w: number): boolean {
  const next = words[w + 1] ?? '';
  if (HANDS_OVER.test(next)) return true;
  if (!PASSED_ON.has(next) || TURNS.test(words[w + 2] ?? '')) return false;
  if (DESTINATION.has(words[w + 1]!) && !turnsAhead(words, w)) {
    for (let k = w - 1; k >= 0 && !CLAUSE_END.test(words[k]!); k--) if (ROUND.test(words[k]!)) return false;
    return true;
  }
  // 被 right before, or 被 and who did it (被很多人转, 被同事转): at most three words back in the clause.
  for (let k = w - 1; k >= Math.max(0, w - 4) && !CLAUSE_END.test(words[k]!); k--) if (words[k] === '被') return true;
  return false;
}

/** Circles, counted or not (圈, 两圈, 几圈, 圈圈); not 圈子 "a circle of people" nor 朋友圈. */
const CIRCLES = /^[一两二三四五六七八九十几数好个]*圈圈?$/u;
/** jieba's guess of 转 and its aspect or direction (转起|了|圈, 转着|圈), which no dictionary has. */
const TURN_GUESS = /^转[起着了过来]$/u;

/** Circles ahead in the clause (转起了圈, 转了两圈, 转着圈): what is counted is turns, so 转 revolves. */
function turnsAhead(words: readonly string[], w: number): boolean {
  for (let k = w + 1; k <= w + 3 && k < words.length && !CLAUSE_END.test(words[k]!); k++) if (CIRCLES.test(words[k]!)) return true;
  return false;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyForwardZhuan(words: readonly string[], readings: string[][]): void {
  for (let w = 1; w < words.length; w++) {
    const word = words[w]!;
    if (word === '转' && readings[w]![0] === 'zhuan4' && passedOn(words, w)) readings[w]![0] = 'zhuan3';
    else if ((word === '转' || TURN_GUESS.test(word)) && readings[w]![0] === 'zhuan3' && turnsAhead(words, w)) readings[w]![0] = 'zhuan4';
  }
}
