/**
 * 着 after a verb and before 了 is read zháo "to reach, to succeed" (睡着了, 找着了, 猜着了) by
 * pinyin-pro and the model alike. After a verb of a lasting state, a posture, waiting, holding,
 * wearing or placing (等着了, 站着了, 挂着了, 穿着了), it is the aspect particle zhe: such a verb has no
 * result to reach, and 着 says it goes on (孩子们早就在门口等着了 "were already waiting").
 *
 * Only these verbs, standing alone before 着 and 了: a verb of reaching or hitting (睡, 找, 见, 点, 烧,
 * 吓, 冻) keeps zháo, and so does any verb not listed.
 *
 * The spoken pro-forms 怎么着 "how, what", 这么着 / 那么着 "like this / that" end on the particle zhe (怎么着也
 * 得去, 你想怎么着, 就这么着吧): 现代汉语词典 reads them zěnme·zhe, and CC-CEDICT itself reads 这么着 and
 * 那么着 zhe. Its 怎么着 (zhāo, Beijing speech) and pinyin-pro's zhāo are the odd ones out. When 着 opens what it
 * catches after 了 (怎么着了魔, 着了火), it is the verb zháo and stays as read.
 */
const LASTING_VERBS: ReadonlySet<string> = new Set([
  ...'等候守盼站坐躺蹲跪趴靠倚', // posture and waiting
  ...'拿抱背扛举提端捧握攥牵扶搂挽', // holding
  ...'穿戴披围系挂贴摆放插开关锁亮盯忙', // wearing, placing, states kept
]);

const PRO_FORMS: ReadonlySet<string> = new Set(['怎么着', '这么着', '那么着']);
/** What 着 zháo catches or falls into (着魔, 着火, 着迷, 着凉), when 了 comes between. */
const CAUGHT = /^[魔火迷凉慌急]/u;

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyLastingZhe(words: readonly string[], readings: string[][]): void {
  for (let w = 0; w < words.length; w++) {
    if (PRO_FORMS.has(words[w]!) && !(words[w + 1] === '了' && CAUGHT.test(words[w + 2] ?? ''))) readings[w]![2] = 'zhe5';
  }
  for (let w = 1; w + 1 < words.length; w++) {
    if (words[w] === '着' && words[w + 1] === '了' && readings[w]![0] === 'zhao2' && LASTING_VERBS.has(words[w - 1]!)) readings[w]![0] = 'zhe5';
  }
}
