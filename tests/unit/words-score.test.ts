import { describe, expect, it } from 'vitest';
import type { WordToken } from '../../src/messaging/protocol';
import { formatGoldBody, parseGoldLine, textHash, type CorpusArticle } from '../../scripts/words/gold';
import { judgeParagraph, tally } from '../../scripts/words/score';

// A corpus of one article with one paragraph we wrote, standing in for ../shared/corpus.
const text = '他在发布会上称，去年12月为老人读书。';
const corpus: CorpusArticle[] = [{ url: 'about:blank', title: '', paragraphs: [text] }];
const body =
  'ta1 zai4 fa1-bu4-hui4~shang4 cheng1 #1 qu4-nian2 #2~yue4 wei4 lao3-ren2 du2-shu1 #1';
const gold = parseGoldLine(`0:0 ${textHash(text)}\t${body}`, corpus);

/** Tokens as analyzeArticle gives them: Han words only, with readings per unit. */
function tokens(words: Array<[string, string]>): WordToken[] {
  const out: WordToken[] = [];
  let at = 0;
  for (const [word, readings] of words) {
    const start = text.indexOf(word, at);
    const rs = readings.split(' ');
    let k = 0;
    out.push({ start, end: start + word.length, word, readings: [...word].map((c) => (/\p{Script=Han}/u.test(c) ? rs[k++]! : '')) });
    at = start + word.length;
  }
  return out;
}

const right: Array<[string, string]> = [
  ['他', 'ta1'], ['在', 'zai4'], ['发布会', 'fa1 bu4 hui4'], ['上', 'shang4'], ['称', 'cheng1'],
  ['去年', 'qu4 nian2'], ['月', 'yue4'], ['为', 'wei4'], ['老人', 'lao3 ren2'], ['读书', 'du2 shu1'],
];

describe('news gold fixture lines', () => {
  it('read back to the text, gaps and readings they were written from', () => {
    expect(gold.gaps[5]).toBe('either'); // 发布会~上
    expect(gold.gaps[6]).toBe('split'); // 上 | 称
    expect(gold.readings[0]).toEqual(['ta1']);
    expect(gold.readings[11]).toEqual([]); // the digit 2
    expect(formatGoldBody(gold)).toBe(body);
  });

  it('refuse a paragraph whose text changed', () => {
    expect(() => parseGoldLine(`0:0 00000000\t${body}`, corpus)).toThrow(/changed/);
  });
});

describe('judging the pipeline against the gold', () => {
  it('finds nothing wrong in a right reading, whichever way an either gap goes', () => {
    const joined = right.filter(([w]) => w !== '上').map(([w, r]): [string, string] => (w === '发布会' ? ['发布会上', 'fa1 bu4 hui4 shang4'] : [w, r]));
    expect(tally(judgeParagraph(gold, tokens(right)))).toEqual({ words: 9, grouping: 0, misread: 0, neutral: 0 });
    expect(tally(judgeParagraph(gold, tokens(joined))).grouping).toBe(0);
  });

  it('counts a character glued across a split as two wrongly grouped words', () => {
    const glued = right.flatMap(([w, r]): Array<[string, string]> =>
      w === '上' ? [['上称', 'shang4 cheng1']] : w === '称' ? [] : [[w, r]],
    );
    expect(tally(judgeParagraph(gold, tokens(glued))).grouping).toBe(2);
  });

  it('tells a misreading from a neutral-tone difference', () => {
    const misread = right.map(([w, r]): [string, string] => (w === '为' ? [w, 'wei2'] : w === '老人' ? [w, 'lao3 ren5'] : [w, r]));
    const t = tally(judgeParagraph(gold, tokens(misread)));
    expect(t.misread).toBe(1);
    expect(t.neutral).toBe(1);
  });
});
