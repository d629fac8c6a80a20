/**
 * Toned phrase lists of Debian's input-method packages, as training data for the context model's
 * lone characters (issue 14): a phrase of three or more characters that jieba cuts with a polyphone
 * standing alone is a labelled context of that character (examples.ts phraseExamples).
 *
 * - Terra Pinyin (`rime-data-terra-pinyin`, /usr/share/rime-data/terra_pinyin.dict.yaml): Traditional
 *   words with numbered tones; its header credits CC-CEDICT and states CC BY-SA 3.0, the package is
 *   LGPL-3. Used only to train (the model's weights, not the list, would ship), never copied.
 *
 * - libchewing (`libchewing3-data`, /usr/share/libchewing: index_tree.dat, a tree of bopomofo syllables
 *   whose leaves point at the phrases in dictionary.dat), LGPL-2.1: Traditional phrases with toned
 *   bopomofo, as Taiwan reads them (垃圾 lè sè, 星期 qí), so only phrases it and CC-CEDICT / Terra do not
 *   contradict teach anything (examples.ts keeps a position only where every list agrees). Used only to
 *   train, like Terra.
 *
 * Tone sandhi: Terra writes 一 and 不 as said before another syllable (不要 bu2 yao4), where CPP and
 * the dictionaries write the citation tone, so phrases holding them are left out; so are phrases with a
 * neutral tone on any character but the particles (七个八个 ge5, 丁是丁 shi5), which CPP labels in the
 * citation tone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { toSimplifiedForm } from '../../src/script/simplified-view';
import { toZhuyin } from '../../src/pinyin/zhuyin';

const TERRA = '/usr/share/rime-data/terra_pinyin.dict.yaml';
const HAN = /^\p{Script=Han}+$/u;
const SYLLABLE = /^[a-z]+[1-5]$/;
/** Characters whose lone reading is the neutral tone in CPP's labels too (了 le5, 着 zhe5 …). */
const PARTICLES = new Set([...'了着过的地得么吗呢吧啊子们']);

/** Terra Pinyin's phrases of `minLength`+ characters, Simplified, with their readings (empty if not installed). */
export function loadTerraPhrases(minLength = 3): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  if (!existsSync(TERRA)) return out;
  for (const line of readFileSync(TERRA, 'utf8').split('\n')) {
    const [word, pinyin] = line.split('\t');
    if (!word || !pinyin || !HAN.test(word) || word.length !== [...word].length || word.length < minLength) continue;
    if (/[一不]/u.test(word)) continue;
    const syllables = pinyin.trim().split(' ');
    if (syllables.length !== word.length || !syllables.every((s) => SYLLABLE.test(s))) continue;
    if (syllables.some((s, k) => s.endsWith('5') && !PARTICLES.has(word[k]!))) continue;
    const simplified = toSimplifiedForm(word);
    const list = out.get(simplified) ?? [];
    if (!list.some((r) => r.join(' ') === syllables.join(' '))) list.push(syllables);
    out.set(simplified, list);
  }
  return out;
}

const CHEWING = '/usr/share/libchewing';
/** libchewing's symbol order: a syllable is initial << 9 | medial << 7 | final << 3 | tone. */
const INITIALS = ['', ...'ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒㄓㄔㄕㄖㄗㄘㄙ'];
const MEDIALS = ['', ...'ㄧㄨㄩ'];
const FINALS = ['', ...'ㄚㄛㄜㄝㄞㄟㄠㄡㄢㄣㄤㄥㄦ'];
/** Tone field: 0 first tone, 1 neutral, 2–4 as numbered. */
const TONE_OF = [1, 5, 2, 3, 4];

/** Numbered pinyin for each toneless bopomofo spelling, from every syllable the given readings use. */
function bopomofoToPinyin(syllables: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of syllables) {
    const base = s.replace(/[1-5]$/, '');
    const zhuyin = toZhuyin(`${base}1`);
    if (zhuyin !== `${base}1` && !out.has(zhuyin)) out.set(zhuyin, base);
  }
  return out;
}

/**
 * libchewing's phrases of `minLength`+ characters, Simplified, with numbered readings (empty if not
 * installed). `known` gives the pinyin syllables to map bopomofo back to (CC-CEDICT's readings).
 */
export function loadChewingPhrases(known: Map<string, string[][]>, minLength = 3): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  if (!existsSync(`${CHEWING}/index_tree.dat`)) return out;
  const tree = readFileSync(`${CHEWING}/index_tree.dat`);
  const dict = readFileSync(`${CHEWING}/dictionary.dat`);
  const syllables = new Set<string>();
  for (const readings of known.values()) for (const r of readings) for (const s of r) syllables.add(s);
  const toPinyin = bopomofoToPinyin(syllables);
  const u24 = (at: number): number => tree[at]! | (tree[at + 1]! << 8) | (tree[at + 2]! << 16);
  const syllable = (phone: number): string | undefined => {
    const zhuyin = INITIALS[phone >> 9]! + MEDIALS[(phone >> 7) & 3]! + FINALS[(phone >> 3) & 15]!;
    const base = toPinyin.get(zhuyin);
    const tone = TONE_OF[phone & 7];
    return base && tone ? `${base}${tone}` : undefined;
  };
  // Depth-first from the root: a node whose key is 0 is a leaf pointing at a phrase.
  const stack: [number, number[]][] = [[0, []]];
  while (stack.length) {
    const [i, path] = stack.pop()!;
    const key = tree[i * 8]! | (tree[i * 8 + 1]! << 8);
    const a = u24(i * 8 + 2);
    const b = u24(i * 8 + 5);
    if (i !== 0 && key === 0) {
      const word = dict.toString('utf8', a, dict.indexOf(0, a));
      if (word.length < minLength || word.length !== path.length || !HAN.test(word) || /[一不]/u.test(word)) continue;
      const readings = path.map(syllable);
      if (readings.some((s, k) => !s || (s.endsWith('5') && !PARTICLES.has(word[k]!)))) continue;
      const simplified = toSimplifiedForm(word);
      const list = out.get(simplified) ?? [];
      if (!list.some((r) => r.join(' ') === readings.join(' '))) list.push(readings as string[]);
      out.set(simplified, list);
      continue;
    }
    const next = i === 0 ? path : [...path, key];
    for (let c = a; c < b; c++) stack.push([c, next]);
  }
  return out;
}
