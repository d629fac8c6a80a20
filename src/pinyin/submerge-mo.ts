/**
 * 没过 is méi guò "has not passed" (还没过完, 没过多久) or mò guò "rises over, submerges" (河水没过了
 * 膝盖, 积雪能没过小腿). Both readers take 没 as the everyday negation méi, so water that reaches
 * someone's knees "did not pass" them (QA23's class: mud that can rise over the ankles).
 *
 * What makes the verb mò, read off the clause rather than a list of sentences:
 * - 了 after 过 with something after it: the negation 没 never takes 了 after its verb (没去了 is not
 *   Chinese), so 没过了 + a noun phrase is the verb of rising over (not 没过了多久 / 几天, a span);
 * - what 过 reaches is a part of the body or a level water reaches (脚踝, 膝盖, 腰, 头顶, 车轮, 台阶, 堤),
 *   right after it or after a possessor (他的胸口); 过脑子 "think over" is an idiom of the negation;
 * - the clause's subject is water, snow, mud or the like (洪水没过马路), with only adverbs and modals
 *   between it and 没, and something after 过.
 * Never after an adverb that only the negation takes (还, 从来, 也, 并, 都, 尚, 仍): 还没过马路 is méi.
 */

const HAN = /^\p{Script=Han}+$/u;
const CLAUSE_END = /^[^\p{L}\p{N}]+$/u;
/** Adverbs that lead the negation 没 (还没, 从没, 并没) and never the verb mò. */
const NEGATION_LEADS = new Set(['还', '从', '从来', '从未', '也', '并', '都', '尚', '仍', '仍然', '还是', '却', '又', '可', '几乎', '根本']);
/** What lies between a subject and 没 mò: modals and adverbs of time and manner. */
const BETWEEN = /^(?:[dvc]|ad|ud|uv)$/;
/** Water, snow, mud, sand, tides: a mass that rises (河水, 积雪, 泥巴, 潮水, 洪水). */
const RISING = /(?:水|雪|泥|泥巴|泥浆|浆|潮|浪|沙|洪|洪流|淤泥|海浪)$/u;
/** Parts of the body and levels water is measured against, by their last characters. */
const LEVEL = /(?:踝|膝|膝盖|腿|腰|腰部|胸|胸口|胸部|肩|肩膀|脖子|颈|颈部|头|头顶|头顶|脚|脚面|脚背|脚踝|腹部|肚子|下巴|嘴|鼻子|半身|全身|身子|车轮|轮胎|轮子|车顶|台阶|堤|堤岸|堤坝|河堤|路面|桥面|屋顶|房顶|窗台|门槛|田埂|桥墩|护栏|栏杆)$/u;
/** 过脑子 "think over", 过头 "overdo": the negation's idioms, not levels. */
const IDIOMS = new Set(['脑子', '脑袋', '头脑', '大脑']);
const SPANS = /^(?:多久|多长时间|几天|几年|几个月|一会儿|多少|几)/u;

function isLevel(word: string | undefined): boolean {
  return word !== undefined && HAN.test(word) && !IDIOMS.has(word) && LEVEL.test(word);
}

/** What 过 reaches: the word after it, or after a possessor (他的, 孩子们的). */
function reachesLevel(words: readonly string[], k: number): boolean {
  if (isLevel(words[k])) return true;
  return words[k + 1] === '的' && isLevel(words[k + 2]);
}

function risesOver(words: readonly string[], tags: readonly string[], w: number, after: number): boolean {
  const lead = words[w - 1] ?? '';
  if (NEGATION_LEADS.has(lead)) return false;
  const next = words[after];
  if (next === undefined || CLAUSE_END.test(next)) return false;
  if (next === '了') {
    const object = words[after + 1];
    if (object !== undefined && HAN.test(object) && !SPANS.test(object) && !/^m/.test(tags[after + 1] ?? '')) return true;
    return reachesLevel(words, after + 1);
  }
  if (reachesLevel(words, after)) return true;
  if (SPANS.test(next) || /^m/.test(tags[after] ?? '')) return false;
  // The subject: back over modals and adverbs (很快, 已经, 能, 深得能) to the first noun.
  for (let k = w - 1; k >= 0 && !CLAUSE_END.test(words[k]!); k--) {
    if (NEGATION_LEADS.has(words[k]!)) return false;
    if ((tags[k] ?? '').startsWith('n')) return RISING.test(words[k]!);
    if (!BETWEEN.test(tags[k] ?? '') && !/^a/.test(tags[k] ?? '')) return false;
  }
  return false;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applySubmergeMo(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    if (words[w] === '没' && words[w + 1] === '过' && readings[w]![0] === 'mei2' && risesOver(words, tags, w, w + 2)) {
      readings[w]![0] = 'mo4';
      readings[w + 1]![0] = 'guo4';
    } else if (words[w] === '没过' && readings[w]![0] === 'mei2' && risesOver(words, tags, w, w + 1)) {
      readings[w]![0] = 'mo4';
      readings[w]![1] = 'guo4';
    }
  }
}
