/**
 * A place name ending in a generic head (村 镇 乡 河 山 岛 屯) that jieba cut into pieces (session 33). Found on
 * SIGHAN's gold, where such names are cut so again and again (大关|村人, 高潮|村一, 秦家|山人, 崔|村镇, 孔|集镇,
 * 狼窝|村, 金口|镇), and on the corpus outside the news gold (程|村镇, 北林|屯北林):
 * - a name or a guess of two characters or more, then a word that starts with the head: the head goes back to the
 *   name and the rest stands alone (中堡|岛上 → 中堡岛|上, 大关|村人 → 大关村|人, 北林|屯北林 → 北林屯|北林);
 *   a rest 水 is cut again with the word after it by the dictionary alone (梁王|河水|闸处 → 梁王河|水闸|处);
 * - a name's last character standing alone before 乡镇, 村镇, 集镇 or 城镇 (崔|村镇 → 崔村镇, 孔|集镇);
 * - 村, 镇 or 乡 standing alone after a noun of two characters or more that CC-CEDICT lacks, the name (狼窝|村 →
 *   狼窝村, 金口|镇), or after any noun with a describing character standing alone before it (大|码头|村 → 大码头村);
 *   a word of the language before it stays its plain noun (石头|村: session 16's call).
 * Not after a word that is already a place (刘家庄|村民, 黄山|山上, 角屿|岛上), nor before an ordinary word that
 * starts with the head (云南|山区, 四川|山地, 中国|山水画, 张家庄|村民: no head plus a rest listed here), nor after
 * a single character that describes, counts or governs (小|城镇, 各|乡镇, 县|乡镇, 在|城镇).
 */
import type { TaggedWord } from './types';
import { isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

/** Heads that jieba glues forward: 村人, 河水, 山上, 岛上, 屯北林 (not 江 or 湖: 杜甫|江阁 is a pavilion). */
const HEADS = new Set([...'河村山岛屯']);
/**
 * What may follow the head inside jieba's word: 上 or 里 "on, in", 人 "people of", 水 "water of" the river. Not 中
 * (声音像雷鸣|山中 "thunder in the mountains") nor 口 (基利亚|河口 "the estuary"): on CPP dev each made a wrong join.
 */
const RESTS = new Set([...'上里人水']);
/** Words that are already a place: their last character is a unit or a landform (角屿|岛上 stays: 屿 is an islet). */
const PLACE_END = new Set([...'洼村庄屯寨沟坡湾岭峪堡垸坝滩塘岗乡镇县路街河山江湖岛屿省市区州']);
/** A township or village word whose first character is another town's last (崔|村镇, 孔|集镇, 金|乡镇). */
const TOWN_WORDS = new Set(['乡镇', '村镇', '集镇', '城镇']);
const HAN = /^\p{Script=Han}+$/u;

const nameLike = (w: TaggedWord): boolean => /^(ns|nr|nrt|nz|x)$/.test(w.tag) && w.word.length >= 2 && HAN.test(w.word) && !PLACE_END.has(w.word.at(-1)!);

export function joinPlaceHeads(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next && nameLike(w) && next.word.length >= 2 && HAN.test(next.word) && HEADS.has(next.word[0]!) && !lexicon.isCustomWord(next.word)) {
      const rest = next.word.slice(1);
      const guessed = next.tag === 'x' && !lexicon.isKnownWord(next.word);
      // A dictionary word gives its head back only when what is left is a localiser, 人 or 水 (村人, 岛上, 河水),
      // never a word of its own (山区, 山地, 村民, 河流).
      if (guessed || (rest.length === 1 && RESTS.has(rest))) {
        out.push({ word: w.word + next.word[0]!, tag: 'ns' });
        const after = words[i + 2];
        // 水 is cut again with the word after it, which it may begin (水|闸处 → 水闸|处, 水|流量 → 水流量, 水|位 → 水位).
        const regrow = rest === '水' && after !== undefined && HAN.test(after.word) && !isFunctionTag(after.tag) && !lexicon.isCustomWord(after.word);
        if (regrow) {
          const cut = lexicon.dictionaryCut(rest + after.word);
          if (cut[0]!.length > rest.length) {
            for (const piece of cut) out.push({ word: piece, tag: lexicon.tagOf(piece) });
            i += 2;
            continue;
          }
        }
        out.push({ word: rest, tag: lexicon.tagOf(rest) });
        i++;
        continue;
      }
    }
    if (next && TOWN_WORDS.has(next.word) && w.word.length === 1 && HAN.test(w.word) && /^(nr|ns|n|nz|ng|x)$/.test(w.tag) && !PLACE_END.has(w.word) && !isFunctionTag(w.tag)) {
      out.push({ word: w.word + next.word, tag: 'ns' });
      i++;
      continue;
    }
    // A village, township or town after a noun it is named for (狼窝|村, 金口|镇: SIGHAN), or with a describing
    // character standing alone before that noun (大|码头|村 → 大码头村: the corpus).
    const before = out.at(-1);
    if (UNITS.has(w.word) && before && /^(n|nz|s)$/.test(before.tag) && before.word.length >= 2 && HAN.test(before.word) && !PLACE_END.has(before.word.at(-1)!) && !TIME_END.test(before.word) && !lexicon.isCustomWord(before.word) && !modifiesNext(before, words[i + 1], lexicon)) {
      const describer = out.at(-2);
      const described = w.word === '村' && describer !== undefined && DESCRIBERS.has(describer.word) && describer.tag === 'a';
      // A word of the language's own before the unit is its plain noun (石头|村, session 16's call), unless a describing
      // character standing alone before it shows the three make a name (大|码头|村).
      if (lexicon.isKnownWord(before.word) && !described) {
        out.push(w);
        continue;
      }
      out.pop();
      if (described) out.pop();
      out.push({ word: (described ? describer.word : '') + before.word + w.word, tag: 'ns' });
      continue;
    }
    out.push(w);
  }
  return out;
}

/** A time the unit comes after is no name (合作社|时期|村|公共广场 on CPP dev: the village's square of that time). */
const TIME_END = /(期|时代|年代)$/u;
/**
 * A unit before a noun it describes, after a word of the language's own (CC-CEDICT): the unit belongs to that noun
 * (这次|代表|镇|中学 "represents the town's middle school"), not to a name (狼窝|村, 金口|镇: words it lacks).
 */
function modifiesNext(before: TaggedWord, after: TaggedWord | undefined, lexicon: WordLexicon): boolean {
  return after !== undefined && after.word.length >= 2 && /^(n|nt|nz|vn)$/.test(after.tag) && lexicon.isKnownWord(before.word);
}

/** A village, a township, a town standing alone after the noun it is named for. */
const UNITS = new Set([...'村镇乡']);
/** Characters that begin a village's name before a noun (大码头村, 小石桥村, 新桥村). */
const DESCRIBERS = new Set([...'大小新老']);
