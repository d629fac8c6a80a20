/**
 * Would open-gram's pinyin lexicon read the words jieba guesses? (session 16; measured: no.)
 *
 * sunpinyin-data's pydict_sc.bin (the lexicon of the language model scripts/lm ships, CC BY-SA 3.0)
 * is a pinyin trie: after the header (u32 word count, u32 node count, u32 byte offset of the word
 * table) come the nodes from byte 12, each a u32 (word count in its low 12 bits, transfer count in
 * the next 12), then a (u32 syllable, u32 node offset) pair per transfer, then a u32 per word (the
 * word id in its low 24 bits). A syllable packs its initial (bits 12-19) and final (bits 4-11) as
 * indices into sunpinyin's tables below, and a tone (bits 0-3) the file leaves 0: the readings are
 * toneless, as an input method types them, in sunpinyin's spelling (lue for lüe). A word's readings
 * are the paths to the nodes that list it.
 *
 * Prints how many of its words the dictionaries (CC-CEDICT, pinyin-pro's complete list) lack, how
 * many CPP dev polyphones in a word no dictionary has it covers, whether its syllable is CPP's there,
 * and, given train:pinyin's cross-validation errors (ERRORS_OUT), how many of those it covers.
 *
 * Usage: npx tsx scripts/pinyin/open-gram-coverage.ts [--lexicon=pydict_sc.bin] [--errors=cv-errors.txt]
 */
import { readFileSync } from 'node:fs';
import { baseReadings } from '../../src/pinyin/base-readings';
import { findOpenGram } from '../lm/open-gram-source';
import { readLexicon } from '../lm/read-open-gram';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { loadCedictHeadwords, loadCompleteHeadwords, loadCpp, mergeHeadwords } from './data';

const INITIALS = ['', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'zh', 'ch', 'sh', 'r', 'z', 'c', 's', 'y', 'w'];
const FINALS = ['', 'a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'er', 'i', 'ia', 'ie', 'iao', 'iu', 'ian', 'in', 'iang', 'ing', 'u', 'ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang', 'ong', 'v', 'ue', 'iong'];

/** Word -> its toneless readings (`li lv`), from the trie's full-syllable paths. */
export function readPinyinTrie(path: string): Map<string, string[]> {
  const words = readLexicon(path);
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, Set<string>>();
  const visited = new Set<number>();
  const walk = (at: number, syllables: string[]): void => {
    if (visited.has(at)) return;
    visited.add(at);
    const head = view.getUint32(at, true);
    const wordCount = head & 0xfff;
    const transfers = (head >>> 12) & 0xfff;
    for (let i = 0; i < wordCount; i++) {
      const word = words[view.getUint32(at + 4 + transfers * 8 + i * 4, true) & 0xffffff]!;
      if (syllables.length === 0 || [...word].length !== syllables.length) continue;
      const set = out.get(word) ?? new Set<string>();
      out.set(word, set.add(syllables.join(' ')));
    }
    for (let i = 0; i < transfers; i++) {
      const syllable = view.getUint32(at + 4 + i * 8, true);
      const final = (syllable >>> 4) & 0xff;
      // An initial alone (zh for 中国's abbreviation zhg) is a typing shortcut, not a reading.
      if (final === 0) continue;
      walk(view.getUint32(at + 8 + i * 8, true), [...syllables, INITIALS[(syllable >>> 12) & 0xff]! + FINALS[final]!]);
    }
  };
  walk(12, []);
  return new Map([...out].map(([w, s]) => [w, [...s]]));
}

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const toneless = (reading: string): string => reading.replace(/[0-9]$/, '');

function main(): void {
  const openGram = readPinyinTrie(option('lexicon') ?? findOpenGram().lexicon);
  const headwords = mergeHeadwords(loadCedictHeadwords(), loadCompleteHeadwords());
  const unknown = [...openGram.keys()].filter((w) => [...w].length > 1 && !headwords.has(w));
  console.log(`open-gram: ${openGram.size} words read, ${unknown.length} of more than one character no dictionary has`);
  const segmenter = createNodeSegmenter();
  const counts = { guessed: 0, covered: 0, agrees: 0, pinyinProWrongOpenGramRight: 0, pinyinProRightOpenGramWrong: 0 };
  for (const item of loadCpp('dev')) {
    const words = segmenter.tag!(item.text).map((t) => t.word);
    const starts: number[] = [];
    let at = 0;
    for (const w of words) {
      starts.push(at);
      at += w.length;
    }
    let w = 0;
    while (starts[w + 1] !== undefined && starts[w + 1]! <= item.at) w++;
    const word = words[w]!;
    if (word.length < 2 || headwords.has(word)) continue;
    counts.guessed++;
    const readings = new Set((openGram.get(word) ?? []).map((r) => r.split(' ')[item.at - starts[w]!]!));
    if (readings.size !== 1) continue;
    counts.covered++;
    const gold = toneless(item.gold);
    const openGramRight = readings.has(gold);
    const pinyinProRight = toneless(baseReadings(item.text, starts)[item.at] ?? '') === gold;
    if (openGramRight) counts.agrees++;
    if (openGramRight && !pinyinProRight) counts.pinyinProWrongOpenGramRight++;
    if (!openGramRight && pinyinProRight) counts.pinyinProRightOpenGramWrong++;
  }
  console.log('CPP dev polyphones in a word no dictionary has:', counts);
  const errors = option('errors');
  if (errors) {
    const missed = readFileSync(errors, 'utf8').split('\n').filter((l) => l.split(' ')[1] === 'word-unknown');
    const covered = missed.filter((l) => openGram.has(l.split(' ')[2]!.split('/')[0]!));
    console.log(`cross-validation errors in such words: ${missed.length}, in a word open-gram has: ${covered.length}`);
  }
}

main();
