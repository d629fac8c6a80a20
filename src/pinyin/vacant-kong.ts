/**
 * 空着 is kòng zhe "left empty, unused" (座位一直空着, 房子空着没人住, 还空着两个座位) where nothing is
 * held: 空 as a verb of leaving a place or a thing unoccupied, as 现代汉语词典 and CC-CEDICT (kong4 "to
 * leave empty; vacant, unoccupied") have it. Before what is empty it is the adjective kōng (空着手,
 * 空着肚子 "on an empty stomach"), and so is a body that is empty (肚子空着). The model, which learnt
 * 空 from 天空, 航空 and 空气, reads kōng everywhere (QA23's class: a place that could only stay empty).
 */

const HAN = /^\p{Script=Han}+$/u;
/** What is empty when nothing is in it: hands, a stomach, a mind. */
const BODY = /(?:手|肚子|肚|胃|心|脑子|脑袋|头脑|口袋|钱包)$/u;
const CLAUSE_END = /^[^\p{L}\p{N}]+$/u;

function leftEmpty(words: readonly string[], tags: readonly string[], w: number): boolean {
  const next = words[w + 2];
  // 空着手, 空着双手: what is empty follows, so 空 describes it.
  if (next !== undefined && HAN.test(next) && (tags[w + 2] ?? '').startsWith('n')) return false;
  // 肚子空着: the subject is a body part, empty of food.
  for (let k = w - 1; k >= 0 && !CLAUSE_END.test(words[k]!); k--) {
    if ((tags[k] ?? '').startsWith('n') || tags[k] === 'r') return !BODY.test(words[k]!);
  }
  return true;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyVacantKong(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w + 1 < words.length; w++) {
    const word = words[w]!;
    // 空 standing alone, or closing jieba's guess of its subject and it (这块|地空|着).
    const at = word === '空' ? 0 : tags[w] === 'x' && word.length === 2 && word.endsWith('空') ? 1 : -1;
    if (at < 0 || words[w + 1] !== '着' || readings[w]![at] !== 'kong1') continue;
    if (leftEmpty(words, tags, w)) readings[w]![at] = 'kong4';
  }
}
