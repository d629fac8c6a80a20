/**
 * An off-topic sentence pasted once between the writer's sentences (src/spam/find-offtopic-sentences.ts):
 * hidden where it shares nothing with a cohesive page, the writer's sentences on each side are the
 * page's own and it says something to the reader (a new body brought in, advice, the paster's own
 * voice); never the writer's related event, background, bystander, an antecedent the next sentence
 * leans on, a paste glued after a comma, or any sentence of a short page. Every paragraph written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { readPage } from '../../src/spam/page';
import { offtopicSentenceSpans } from '../../src/spam/find-offtopic-sentences';
import { DRAINAGE_TITLE, drainageStory } from '../fixtures/drainage-story';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '清水河整治工程完工 两岸新添十二公里步道';
/** A cohesive story of seven sentences; `second` is set into its third paragraph, between two of them or after. */
const story = (third: string): string[] => [
  '城东的清水河整治工程本周完工，河道两岸新建了十二公里的步道和三座湿地公园。',
  '清水河过去是一条黑臭河，沿岸居民夏天都不敢开窗。整治工程去年春天开工，先后清理河道淤泥八万多立方米。清水河沿岸的排污口全部完成截污改造，生活污水接入城东污水处理厂。',
  third,
  '城东区水务局负责人介绍，清水河整治之后还将建立长效管护机制，河道保洁和水质监测每周进行。',
];
const FIRST = '湿地公园里种上了芦苇和菖蒲，清水河的透明度明显提高。';
const SECOND = '不少居民傍晚到清水河步道散步，有人还在湿地公园里拍到了白鹭。';

/** The stretches of the page the finder hides. */
function found(paragraphs: string[], title = TITLE): string[] {
  const page = readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
  return offtopicSentenceSpans(page).flatMap((spans, p) => spans.map((s) => paragraphs[p]?.slice(s.start, s.end) ?? ''));
}

describe('an off-topic sentence pasted once between the writer’s sentences', () => {
  const paste = '一家网红奶茶店推出了榴莲口味的新品，排队要等上好一阵子。';

  it('is hidden between two of the writer’s sentences, at a paragraph’s end and at its head', () => {
    expect(found(story(`${FIRST}${paste}${SECOND}`))).toEqual([paste]);
    expect(found(story(`${FIRST}${SECOND}${paste}`))).toEqual([paste]);
    expect(found(story(`${paste}${FIRST}${SECOND}`))).toEqual([paste]);
  });

  it('is hidden when it gives advice or speaks in the paster’s own voice', () => {
    const advice = '秋冬季节空气干燥，睡前最好喝一杯温水。';
    const voice = '周末睡到中午才起床，我觉得整个人都轻松了。';
    expect(found(story(`${FIRST}${advice}${SECOND}`))).toEqual([advice]);
    expect(found(story(`${FIRST}${voice}${SECOND}`))).toEqual([voice]);
  });

  it('is hidden by the whole decision, and only that sentence', () => {
    const paragraphs = story(`${FIRST}${paste}${SECOND}`);
    const spans = (findInjectedSpans(TITLE, paragraphs, spamTools())[2] ?? []).filter((s) => s.tier === 'hidden');
    expect(spans.map((s) => (paragraphs[2] ?? '').slice(s.start, s.end))).toEqual([paste]);
  });

  it('is left glued after a comma, where its end is not a sentence’s', () => {
    expect(found(story(`湿地公园里种上了芦苇和菖蒲，${paste.replace('。', '，')}清水河的透明度明显提高。${SECOND}`))).toEqual([]);
  });

  it('is not the writer’s related event, background or bystander', () => {
    for (const writer of ['同一天，城西的另一条小河也开始了清淤。', '当地人习惯把这一段叫作后河，老照片里还能看到渡口。', '一位散步的老人说：“以前根本没法走。”']) {
      expect(found(story(`${FIRST}${writer}${SECOND}`))).toEqual([]);
    }
  });

  it('is not the writer’s reported bystander, definition or figure, which only look like speaking to the reader', () => {
    // A verb of saying closing the opening clause; 是一种 defining a term; 千万 inside a number.
    for (const writer of ['一名晨练的大学生坦言，毕业后最想回老家工作。', '青光眼是一种会导致视力逐渐下降的眼病。', '全国每年新增的城市人口已连续多年超过一千万人。']) {
      expect(found(story(`${FIRST}${writer}${SECOND}`))).toEqual([]);
    }
    // Advice with 千万 is still the paster's.
    const advice = '出门旅游千万要看好随身携带的钱包。';
    expect(found(story(`${FIRST}${advice}${SECOND}`))).toEqual([advice]);
  });

  it('is not a sentence the writer’s next sentence leans on', () => {
    const antecedent = '一位老人每天清晨都来打太极拳。';
    expect(found(story(`${FIRST}${antecedent}他说最近来锻炼的人越来越多，步道上常常要排着走。`))).toEqual([]);
  });

  it('is not read on a short page, whose sentences share little', () => {
    expect(found(drainageStory(`改造后老城区的街巷排水顺畅多了。${paste}施工队说管网改造还要继续。`), DRAINAGE_TITLE)).toEqual([]);
  });
});
