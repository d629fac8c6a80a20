import { describe, expect, it } from 'vitest';
import { runningContext, spansOf } from '../../src/pinyin/context';
import { bestCandidate, describeOccurrence } from '../../src/pinyin/predict';
import type { Example } from '../../scripts/pinyin/examples';
import { trainLogistic } from '../../scripts/pinyin/logistic';
import { trainPerceptron, type Candidates } from '../../scripts/pinyin/perceptron';

// Sentences written for this test: 行 háng in a trade, xíng as "go, do"; 为 wèi "for", wéi "to be".
const SENTENCES: [string, string, string][] = [
  ['这家银行今天开门。', '行', 'hang2'],
  ['我们步行去学校。', '行', 'xing2'],
  ['他在这一行干了十年。', '行', 'hang2'],
  ['这个办法可行。', '行', 'xing2'],
  ['她为孩子买书。', '为', 'wei4'],
  ['大家选他为班长。', '为', 'wei2'],
  ['我们为人民服务。', '为', 'wei4'],
  ['成绩被评为优秀。', '为', 'wei2'],
];

function example([sentence, char, gold]: [string, string, string]): Example {
  const words = [...sentence];
  const at = sentence.indexOf(char);
  return {
    occurrence: describeOccurrence(char, runningContext(spansOf(words), at, at), undefined),
    gold,
    source: 'cpp',
    id: `cpp\t${sentence}\t${at}\t${gold}`,
  };
}

const candidates: Candidates = new Map([
  ['行', ['xing2', 'hang2']],
  ['为', ['wei2', 'wei4']],
]);
const options = { epochs: 3, cppRepeat: 2, grammarRepeat: 1, seed: 7 };
const sorted = (m: Map<number, number>): [number, number][] => [...m].sort((a, b) => a[0] - b[0]);

describe('training order', () => {
  it('does not depend on the order the examples are listed in', () => {
    const examples = SENTENCES.map(example);
    const a = trainPerceptron(examples, candidates, options, 3);
    const b = trainPerceptron([...examples].reverse(), candidates, options, 3);
    const c = trainPerceptron([...examples.slice(3), ...examples.slice(0, 3)], candidates, options, 3);
    expect(a.size).toBeGreaterThan(0);
    expect(sorted(b)).toEqual(sorted(a));
    expect(sorted(c)).toEqual(sorted(a));
  });

  it('still depends on the seed, so averaging several orders means something', () => {
    const examples = SENTENCES.map(example);
    const a = trainPerceptron(examples, candidates, options, 1);
    const b = trainPerceptron(examples, candidates, { ...options, seed: 8 }, 1);
    expect(sorted(b)).not.toEqual(sorted(a));
  });

  it('in the old shuffle order, listing the examples otherwise changes the weights', () => {
    const examples = SENTENCES.map(example);
    const shuffle = { ...options, order: 'shuffle' as const };
    const a = trainPerceptron(examples, candidates, shuffle, 1);
    const b = trainPerceptron([...examples].reverse(), candidates, shuffle, 1);
    expect(sorted(b)).not.toEqual(sorted(a));
  });
});

describe('the logistic learner', () => {
  const logistic = { ...options, l2: 0.1, iterations: 200 };
  const read = (weights: Map<number, number>, e: Example): string => {
    const readings = candidates.get(e.occurrence.char)!;
    return readings[bestCandidate(e.occurrence, readings, (k) => weights.get(k) ?? 0)]!;
  };

  it('fits one model whatever order the examples are listed in, with no seed', () => {
    const examples = SENTENCES.map(example);
    const a = trainLogistic(examples, candidates, logistic);
    const b = trainLogistic([...examples].reverse(), candidates, { ...logistic, seed: 8 });
    expect(a.size).toBeGreaterThan(0);
    expect(sorted(b)).toEqual(sorted(a));
  });

  it('reads its training sentences both ways and carries a neighbour to a new sentence', () => {
    const weights = trainLogistic(SENTENCES.map(example), candidates, logistic);
    for (const s of SENTENCES) expect(read(weights, example(s))).toBe(s[2]);
    // Sentences not trained on: 银 before 行 was only seen in 银行 háng, 步 before 行 in 步行 xíng.
    expect(read(weights, example(['那家银行关门了。', '行', 'hang2']))).toBe('hang2');
    expect(read(weights, example(['他们步行回家。', '行', 'xing2']))).toBe('xing2');
  });

  it('shrinks its weights as the penalty grows', () => {
    const examples = SENTENCES.map(example);
    const norm = (m: Map<number, number>): number => [...m.values()].reduce((t, v) => t + v * v, 0);
    expect(norm(trainLogistic(examples, candidates, { ...logistic, l2: 10 }))).toBeLessThan(
      norm(trainLogistic(examples, candidates, logistic)),
    );
  });
});
