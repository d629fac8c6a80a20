/**
 * A character taken by the wrong neighbour (赶早|市 for 赶|早市, 算|帳 glued the other way): how often the
 * segmenter's cut differs from the gold by one character moved across a word's edge, and whether a rule
 * by structure would tell those places from the many where moving it would be wrong. Measured on the
 * SIGHAN 2005 PKU and MSR test sets (research use only: read in place, never shipped or trained on), each
 * line read alone as sighan.ts reads it.
 *
 * For every edge between two Han words of the segmenter's cut (a|b), both shifts of one character are
 * looked at (a+b₀|b₁… and …a₋₁|a₋₁+b), and counted as right (the gold has the shifted pair), wrong (the
 * gold has the pair as cut) or neither. Each candidate rule fires on the shifts that have its shape:
 * - cedict: both shifted pieces are CC-CEDICT words or single characters, and a piece as cut of two or
 *   more characters is not (a guess or jieba-only entry gives a character to a dictionary word);
 * - cedict+lm: the same, and the language model reads the shifted pair better in context (no margin);
 * - words+lm: both shifted pieces CC-CEDICT words of two or more characters, the model reading them better.
 * What the rules do together with the regrouping is not measured here (the shift is applied alone).
 *
 * Usage: npx tsx scripts/words/sighan-edge-shifts.ts [--show=<rule>|right]  (right: every shift the gold takes)
 */
import { goldWords, readLines } from './sighan-data';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { cedictHeadwords, createNodeSegmenter } from '../segment/node-segmenter';
import { loadNodeLanguageModelSync } from '../../src/lm/node-loader';
import { cutScorer, modelIds } from '../../src/segment/rescore-ambiguities';
import type { TaggedWord } from '../../src/segment/types';

const SHOW = process.argv.find((a) => a.startsWith('--show='))?.split('=')[1];
const HAN = /^\p{Script=Han}+$/u;

const dictionary = await loadDictionaryFromDisk();
const segmenter = createNodeSegmenter(dictionary.customWords());
const known = cedictHeadwords();
const model = loadNodeLanguageModelSync();
const idsOf = modelIds(model);

const isWordOrChar = (w: string): boolean => w.length === 1 || known.has(w);
const RULES = ['cedict', 'cedict+lm', 'words+lm'] as const;
type Rule = (typeof RULES)[number];

function spansOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  let at = 0;
  for (const w of words) out.add(`${at},${(at += w.length)}`);
  return out;
}

for (const name of ['pku', 'msr'] as const) {
  const raw = readLines(`${name}_test.utf8`);
  const gold = readLines(`${name}_test_gold.utf8`);
  const tally = new Map<Rule | 'all', { right: number; wrong: number; neither: number }>();
  const count = (rule: Rule | 'all', verdict: 'right' | 'wrong' | 'neither'): void => {
    const t = tally.get(rule) ?? { right: 0, wrong: 0, neither: 0 };
    t[verdict]++;
    tally.set(rule, t);
  };
  raw.forEach((rawLine, k) => {
    const line = rawLine.replace(/\s+/g, '');
    if (!line) return;
    const words: TaggedWord[] = segmenter.tag!(line);
    const goldSpans = spansOf(goldWords(gold[k]!.replace(/\u3000/g, ' ')));
    let start = 0;
    words.forEach((a, i) => {
      const b = words[i + 1];
      const at = start;
      start += a.word.length;
      if (!b || !HAN.test(a.word) || !HAN.test(b.word)) return;
      const shifts: [string, string][] = [];
      if (b.word.length >= 2) shifts.push([a.word + b.word[0]!, b.word.slice(1)]);
      if (a.word.length >= 2) shifts.push([a.word.slice(0, -1), a.word.at(-1)! + b.word]);
      for (const [x, y] of shifts) {
        const end = at + a.word.length + b.word.length;
        const shiftedRight = goldSpans.has(`${at},${at + x.length}`) && goldSpans.has(`${at + x.length},${end}`);
        const cutRight = goldSpans.has(`${at},${at + a.word.length}`) && goldSpans.has(`${at + a.word.length},${end}`);
        const verdict = shiftedRight ? 'right' : cutRight ? 'wrong' : 'neither';
        count('all', verdict);
        if (SHOW === 'right' && verdict === 'right') console.log(`  ${name}:${k + 1} ${a.tag}+${b.tag} ${line.slice(Math.max(0, at - 4), at)}[${a.word}|${b.word} → ${x}|${y}]${line.slice(end, end + 4)}`);
        const guessAsCut = [a.word, b.word].some((w) => w.length >= 2 && !known.has(w));
        const cedict = isWordOrChar(x) && isWordOrChar(y) && guessAsCut;
        const words2 = x.length >= 2 && y.length >= 2 && known.has(x) && known.has(y);
        let lm = false;
        if (cedict || words2) {
          const score = cutScorer(model, idsOf, words.slice(0, i), words, i + 2);
          lm = score([x, y]) > score([a.word, b.word]);
        }
        const fired: Record<Rule, boolean> = { cedict, 'cedict+lm': cedict && lm, 'words+lm': words2 && lm };
        for (const rule of RULES) {
          if (!fired[rule]) continue;
          count(rule, verdict);
          if (SHOW === rule) console.log(`  ${name}:${k + 1} ${verdict.padEnd(7)} ${line.slice(Math.max(0, at - 4), at)}[${a.word}|${b.word} → ${x}|${y}]${line.slice(end, end + 4)}`);
        }
      }
    });
  });
  for (const [rule, t] of tally) console.log(`${name} ${rule}: shifts right ${t.right}, wrong ${t.wrong}, neither ${t.neither}`);
}
