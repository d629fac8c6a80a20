/**
 * 南都 is the newspaper 南方都市报 by its short name, Nándū (GATE29's class: 南都 read dōu). jieba cuts it 南|都 and
 * tags 都 the adverb dōu "all", as it is after a place that ends in 南 (城南|都, 以南|都, 从北到南|都). The
 * newspaper is told by where 南 stands and what follows 都:
 * - 南 opens the clause or follows 据 (南都讯, 南都记者…, 据南都报道) and 都 is followed by a word of the press:
 *   a reporter, a report, a dateline, its video or app (Latin letters), or a time word (南都此前报道);
 * - 南 is the object of 对, 向, 告诉, 接受 … and 都 is followed by a verb of telling (对南都表示, 向南都证实): the
 *   adverb 都 would need a subject there, and 对南 is no subject.
 * Left alone: 南 after anything else (城东和城南都, 从北到南都, 往南都是), where 都 is "all".
 */

const CLAUSE_START = /^[，。！？；：、“”「」《》（）(),.!?;:\s]*$/u;
/** What the newspaper does or has after its name: its reporters, reports, dateline, channels. */
const PRESS_AFTER: ReadonlySet<string> = new Set([
  ...['记者', '讯', '报道', '报', '首席', '视频', '新闻', '调查', '获悉', '了解到', '注意到', '发现', '梳理', '统计', '报料'],
  ...['热线', '读者', '民调', '独家', '此前', '曾', '日前', '昨日', '昨天', '今日', '今天', '近日', '记者站', '编者', '评论'],
]);
/** Prepositions and verbs whose object the newspaper is when it is told something. */
const TOLD_BEFORE: ReadonlySet<string> = new Set(['对', '向', '告诉', '接受', '给', '致电', '联系', '回复', '答复']);
/** Verbs of telling after the newspaper told something (对南都表示). */
const TELLING: ReadonlySet<string> = new Set([
  ...['表示', '透露', '介绍', '称', '说', '回应', '坦言', '证实', '确认', '解释', '承认', '说明', '提供', '发来', '指出'],
  ...['采访', '记者', '爆料', '反映', '讲述', '出示', '展示'],
]);

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyCapitalDu(words: readonly string[], readings: string[][]): void {
  for (let w = 1; w < words.length; w++) {
    if (words[w] !== '都' || words[w - 1] !== '南' || readings[w]![0] !== 'dou1') continue;
    const before = words[w - 2] ?? '';
    const after = words[w + 1] ?? '';
    const opens = (CLAUSE_START.test(before) || before === '据') && (PRESS_AFTER.has(after) || /^[A-Z]/.test(after));
    const told = TOLD_BEFORE.has(before) && (TELLING.has(after) || PRESS_AFTER.has(after));
    if (opens || told) readings[w]![0] = 'du1';
  }
}
