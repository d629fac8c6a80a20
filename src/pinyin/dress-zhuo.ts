/**
 * 穿着 (Taiwan's 穿著, which the Simplified view reads as 穿着) is chuān zhuó "dress, attire", a noun, or
 * 穿 and the aspect particle zhe, "wearing", before what is worn (QA28's class: a Taiwanese page's 她的穿著
 * read zhe). The model and pinyin-pro read zhe everywhere. What is worn follows the verb as its object (穿着一件
 * 旧夹克, 穿着校服, 穿着红色的雨衣); the noun instead is what a 的 phrase describes or what a predicate is said
 * of. So 穿着 is zhuó:
 * - after 的 (她的穿着, 学生的穿着), unless what follows is a noun or a count it could be wearing;
 * - before how it looks, said of it: an adjective (or a modal and an adjective) that ends the clause or goes
 *   on to another predicate, degree adverbs allowed between (穿着朴素，…; 穿着很时尚; 穿着要得体), not one that
 *   goes on to 的 or a noun (穿着很漂亮的裙子, 穿着新鞋子: what is worn);
 * - before a noun of dressing (穿着打扮, 穿着方面, 穿着风格).
 */

/** Adjectives said of how one dresses that jieba does not tag a (朴素/nr, 时尚/n …). */
const DRESS_ADJECTIVES: ReadonlySet<string> = new Set([
  ...['朴素', '时尚', '得体', '整齐', '整洁', '讲究', '考究', '随意', '随便', '入时', '大方', '简朴', '简单', '光鲜', '华丽'],
  ...['寒酸', '邋遢', '暴露', '正式', '休闲', '得当', '合适', '端庄', '体面', '干净', '破旧', '朴实', '土气', '时髦', '新潮'],
  ...['前卫', '保守', '鲜艳', '单薄', '厚实', '花哨', '艳丽', '性感', '清凉', '普通', '简洁', '统一', '怪异', '另类', '不当'],
]);
/** Degree, frequency and modal words that may stand between the noun and its predicate. */
const BETWEEN: ReadonlySet<string> = new Set([
  ...['很', '太', '非常', '十分', '比较', '较', '挺', '相当', '颇', '更', '更加', '过于', '一向', '向来', '总是', '一直', '都', '也'],
  ...['还', '极', '极其', '特别', '不', '不太', '不够', '并不', '有些', '有点', '略', '较为', '还算', '要', '应', '应该', '应当'],
  ...['需', '需要', '必须', '得', '要求', '一定要', '尽量'],
]);
const DRESSING_NOUNS: ReadonlySet<string> = new Set(['打扮', '方面', '风格', '品味', '习惯', '礼仪', '搭配', '规范', '要求', '上']);
const CLAUSE_END = /^[^\p{L}\p{N}]+$/u;

const adjective = (word: string, tag: string): boolean => DRESS_ADJECTIVES.has(word) || /^(?:a|ad|an)$/.test(tag);

/** Whether a predicate of how it looks (or a noun of dressing) follows 穿着 at `w`. */
function saidOfIt(words: readonly string[], tags: readonly string[], w: number): boolean {
  let k = w + 1;
  if (DRESSING_NOUNS.has(words[k] ?? '')) return true;
  while (k < words.length && BETWEEN.has(words[k]!)) k++;
  if (k >= words.length || !adjective(words[k]!, tags[k] ?? '')) return false;
  const after = words[k + 1] ?? '。';
  // 穿着很漂亮的裙子, 穿着新鞋子, 整齐地: the adjective goes on to what is worn, or is a manner.
  return !/^[的之地]$/.test(after) && !/^(?:n|nr|ns|nz|ng|m|q|mq)$/.test(tags[k + 1] ?? '');
}

/** After 的: a noun, unless something it could be wearing follows (……的穿着红衣服的人). */
function describedNoun(words: readonly string[], tags: readonly string[], w: number): boolean {
  if (words[w - 1] !== '的') return false;
  const next = words[w + 1] ?? '。';
  return CLAUSE_END.test(next) || !/^(?:n|nr|ns|nz|ng|m|q|mq|r|a|b)$/.test(tags[w + 1] ?? '') || DRESS_ADJECTIVES.has(next);
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyDressZhuo(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    if (words[w] !== '穿着' || readings[w]![1] !== 'zhe5') continue;
    if (describedNoun(words, tags, w) || saidOfIt(words, tags, w)) readings[w]![1] = 'zhuo2';
  }
}
