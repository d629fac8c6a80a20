/**
 * 标致 (Taiwan's 標致) is two words: the adjective "pretty", which CC-CEDICT and 现代汉语词典 write with a light
 * second syllable (biāo zhi), and the French car maker Peugeot, Biāozhì, a name read in full (QA29's class:
 * a car brand read biāo zhi on three never-seen pages). The dictionary's neutral tone reaches every 标致, so
 * the name's tone is given back where the sentence speaks of the maker, decided by the words around it:
 * - the maker: a model number or Latin letters after it (标致408, 标致e-2008), a noun of cars or companies
 *   after it (标致汽车, 标致品牌, 标致雪铁龙), a maker's name or a car's measure before it (东风标致, 神龙,
 *   一辆标致, 这款标致), or a word of cars in the same sentence (汽车, 车型, 品牌 …);
 * - never where it says how someone looks: after 得, a degree adverb or a noun of looks (长得标致, 十分标致,
 *   模样标致), or before a person or 的 and a person (标致姑娘, 标致的女孩): those keep the dictionary's.
 * Runs after the neutral tones, which would take the name's tone back.
 */

/** Nouns of cars and companies that follow the maker's name (标致汽车, 标致品牌). */
const MAKER_NOUNS: ReadonlySet<string> = new Set([
  ...['汽车', '车', '车型', '轿车', '新车', '品牌', '公司', '集团', '雪铁龙', '车主', '旗下', '中国', '销量', '全系'],
  ...['车队', '工厂', '经销商', '官方', '家族', '新款', '电动车', '跑车'],
]);
/** What comes before the maker's name: its partners and owners, its country, and measures of cars. */
const MAKER_BEFORE: ReadonlySet<string> = new Set(['东风', '神龙', '法国', '长安', '辆', '一辆', '款', '这款', '该款', '台', '这辆', '那辆']);
const SENTENCE_END = /[。！？!?]/u;
/** Words of cars anywhere in the sentence. */
const CAR_WORDS = /汽车|轿车|车型|品牌|雪铁龙|东风|神龙|车企|车主|4S|SUV|车展|新车|排量|油耗|经销商|车系/u;
/** Degree adverbs and nouns of looks before "pretty" (十分标致, 模样标致, 五官标致). */
const LOOKS_BEFORE: ReadonlySet<string> = new Set([
  ...['很', '真', '挺', '十分', '非常', '特别', '格外', '相当', '颇', '更', '更加', '最', '极', '多么', '好', '蛮', '长得'],
  ...['模样', '相貌', '长相', '五官', '容貌', '面容', '面孔', '眉眼', '眉目', '身材', '人才', '人品', '打扮得'],
]);
/** People "pretty" describes (标致姑娘, 标致的女孩). */
const PERSON_AFTER = /^(?:姑娘|女孩|女子|女人|女生|小姐|美人|美女|少女|媳妇|新娘|小伙|小伙子|男子|妹子|丫头|模样)/u;

function saysHowOneLooks(words: readonly string[], w: number): boolean {
  const before = words[w - 1] ?? '';
  if (LOOKS_BEFORE.has(before) || before.endsWith('得')) return true;
  const after = words[w + 1] === '的' ? (words[w + 2] ?? '') : (words[w + 1] ?? '');
  return PERSON_AFTER.test(after);
}

function namesTheMaker(words: readonly string[], w: number): boolean {
  const after = words[w + 1] ?? '';
  if (/^[A-Za-z0-9]/.test(after) || MAKER_NOUNS.has(after) || MAKER_BEFORE.has(words[w - 1] ?? '')) return true;
  return CAR_WORDS.test(sentenceOf(words, w));
}

/** The sentence word `w` stands in: from the last 。！？ before it to the next. */
function sentenceOf(words: readonly string[], w: number): string {
  let start = w;
  while (start > 0 && !SENTENCE_END.test(words[start - 1]!)) start--;
  let end = w;
  while (end < words.length - 1 && !SENTENCE_END.test(words[end]!)) end++;
  return words.slice(start, end + 1).join('');
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyBrandZhi(words: readonly string[], readings: string[][]): void {
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const at = word.indexOf('标致');
    // 东风标致 as one word (a glossary term) is the maker whatever surrounds it.
    if (at < 0 || readings[w]![at + 1] !== 'zhi5') continue;
    const maker = at > 0 || word.length > 2 ? true : !saysHowOneLooks(words, w) && namesTheMaker(words, w);
    if (maker) readings[w]![at + 1] = 'zhi4';
  }
}
