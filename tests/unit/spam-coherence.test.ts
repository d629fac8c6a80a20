/**
 * The evidence of ./src/spam/features-coherence.ts on sentences written for these tests: a line
 * from elsewhere shares none of the page's weighty words, a writer's clause does; a whole sentence
 * opens and closes like one; a paste's edges are the worst seams around them. And the once
 * candidates never start inside a title's brackets.
 */
import { describe, expect, it } from 'vitest';
import { onceCandidates } from '../../src/spam/candidates-once';
import { informationOf, pageTopic, seamDip, sentenceShape, sharedTopic } from '../../src/spam/features-coherence';
import { readPage, type SpamPage } from '../../src/spam/page';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const page = (title: string, paragraphs: string[]): SpamPage => readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
const model = () => {
  const lm = spamTools().languageModel;
  if (!lm) throw new Error('the language model did not load');
  return lm;
};

describe('topic', () => {
  const paragraphs = [
    '市水务局昨天发布消息，今年汛期前将完成全市排水管网的清淤工作。',
    '水务局负责人介绍，清淤工作涉及排水管网一千二百公里，汛期前分三批完成。',
    '据了解，去年汛期全市排水管网运行平稳。',
  ];

  it('weighs a rare word above a common one', () => {
    expect(informationOf(model(), '清淤')).toBeGreaterThan(informationOf(model(), '工作'));
  });

  it('finds the article’s words in a clause of its own, none in a line from elsewhere', () => {
    const p = page('全市排水管网汛期前完成清淤', paragraphs);
    const topic = pageTopic(p);
    const cut = (text: string): string[] => spamTools().segmenter.cut(text);
    expect(sharedTopic(topic, cut('排水管网的清淤工作'), 0)).toBeGreaterThan(0.8);
    expect(sharedTopic(topic, cut('周末的电影票又没抢到'), 0)).toBe(0);
  });

  it('counts a word only when another paragraph or the headline says it', () => {
    const p = page('一则消息', ['会议讨论了蓝藻治理方案，蓝藻治理要长期坚持。', '会后记者采访了几位代表。']);
    expect(sharedTopic(pageTopic(p), ['蓝藻', '治理'], 0)).toBe(0);
  });
});

describe('a sentence standing whole', () => {
  it('reads a line that ends where a sentence ends as closing better than one cut off inside a phrase', () => {
    const [, whole] = sentenceShape(model(), '我发誓以后再也不熬夜打游戏了');
    const [, cut] = sentenceShape(model(), '我发誓以后再也不熬夜打');
    expect(whole).toBeGreaterThan(cut);
  });
});

describe('the seams around an edge', () => {
  // Junction fits by offset, as the language model would give them: the text joins badly at 10
  // (a paste's edge) and well everywhere else.
  const fits = new Map([[6, 3], [8, 2.5], [10, -4], [12, 1], [14, 2]]);
  const seam = (at: number): number => fits.get(at) ?? 0;
  const boundaries = new Set(fits.keys());

  it('is at most 0 where the edge is the worst join within a few characters', () => {
    expect(seamDip(seam, boundaries, 10, 30)).toBeLessThan(0);
  });

  it('is above 0 for an edge off by a word, where a worse join lies beside it', () => {
    expect(seamDip(seam, boundaries, 8, 30)).toBeGreaterThan(0);
    expect(seamDip(seam, boundaries, 12, 30)).toBeGreaterThan(0);
  });

  it('says nothing where no other boundary is near', () => {
    expect(seamDip(seam, new Set([10]), 10, 30)).toBe(0);
  });
});

describe('once candidates and brackets', () => {
  it('never starts a stretch inside a title’s brackets', () => {
    const line = '其实我一直都想养一只会说话的鹦鹉';
    const p = page('伤残抚恤按规定评定', [`对因公致残的，按照《伤残抚恤管理办法》及${line}有关规定，由民政部门评定伤残等级。`]);
    const found = onceCandidates(p).map((c) => p.paragraphs[0]?.text.slice(c.start, c.end) ?? '');
    expect(found).toContain(line);
    expect(found.filter((t) => t.includes('》') && !t.includes('《'))).toEqual([]);
  });
});
