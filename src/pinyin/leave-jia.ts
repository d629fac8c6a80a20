/**
 * 假 standing alone as the head of its phrase is jià "leave, holiday" (请的假, 这周的假, 春节假, 三天假),
 * the noun CC-CEDICT's 请假, 年假, 暑假, 病假 … read jia4 in every one; the model, trained on CPP's
 * 假冒, 假设 and the like, read jiǎ "false" there (QA26: 请假 read jiǎ once jieba cut it apart). The
 * head stands after 的, a time word (国庆, 春节, 本周) or a span of days (三天, 两个星期), and nothing
 * it describes follows: 假 before a noun or 的 (的假消息, 是假的) is "false" and left to the model.
 */
/** A span of time counted: 三天, 两周, 一个月, 几个星期. */
const SPAN = /^[0-9０-９一二两三四五六七八九十百几半数]+(?:个)?(?:天|日|周|月|星期|礼拜)$/u;

function headsItsPhrase(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1] ?? '';
  const before = prev === '的' || /^t/.test(tags[w - 1] ?? '') || SPAN.test(prev);
  if (!before) return false;
  const next = words[w + 1];
  return next === undefined || (next !== '的' && !/^n/.test(tags[w + 1] ?? ''));
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyLeaveJia(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 1; w < words.length; w++) {
    if (words[w] === '假' && readings[w]![0] === 'jia3' && headsItsPhrase(words, tags, w)) readings[w]![0] = 'jia4';
  }
}
