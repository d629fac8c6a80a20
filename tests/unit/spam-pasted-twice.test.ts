/**
 * An off-topic sentence pasted in two places (src/spam/find-pasted-twice.ts): hidden where the
 * copies agree and no further, on a page whose other words never say it; left where the writer
 * repeats a line (an attribution, a quotation recalled, the story's own sentence, a parallel frame,
 * a template's tail). Every paragraph written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findPastedTwice } from '../../src/spam/find-pasted-twice';
import { readPage } from '../../src/spam/page';
import { hidden, spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '市图书馆延长夜间开放时间 读者反响热烈';
/** A story of four paragraphs; `edit` changes paragraph p. */
const STORY = [
  '从本月起，市图书馆每周五和周六晚上开放到十点，比原来延长了两个小时。',
  '副馆长介绍，夜间开放前馆里专门做了问卷调查，不少上班族希望晚上也能来借书和自习。',
  '开放首周，夜间到馆的读者超过三千人次，自习区的座位常常一位难求。',
  '馆里表示，接下来还会根据读者的意见调整开放时间和服务项目。',
];
const story = (edits: Record<number, string>): string[] => STORY.map((text, p) => edits[p] ?? text);

const LINE = '我家楼下那只橘猫昨天又偷吃了邻居晒的咸鱼';

/** What the finder takes, as text of each copy. */
function found(paragraphs: string[], title = TITLE): string[] {
  const page = readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
  return findPastedTwice(page).flatMap((f) => f.copies.map((c) => page.paragraphs[c.paragraph]?.text.slice(c.start, c.end) ?? ''));
}

describe('an off-topic sentence pasted in two places', () => {
  it('is hidden glued between the writer’s words, and no writer’s character with it', () => {
    const paragraphs = story({
      1: `副馆长介绍，夜间开放前馆里专门做了${LINE}问卷调查，不少上班族希望晚上也能来借书和自习。`,
      2: `开放首周，夜间到馆的读者超过三千人次，自习区的${LINE}座位常常一位难求。`,
    });
    expect(found(paragraphs)).toEqual([LINE, LINE]);
    expect(hidden(TITLE, paragraphs)[1]).toEqual([['sentence', LINE]]);
  });

  it('is only marked where each copy stands whole between the writer’s sentences (one may be the writer’s own)', () => {
    const pasted = `${LINE}。`;
    const paragraphs = story({ 0: `${STORY[0]}${pasted}`, 2: `开放首周，夜间到馆的读者超过三千人次。${pasted}自习区的座位常常一位难求。` });
    expect(found(paragraphs)).toEqual([pasted, pasted]);
    expect(hidden(TITLE, paragraphs).flat()).toEqual([]);
  });

  it('leaves the writer’s comma before it to the writer, and takes its own closing comma', () => {
    const pasted = `${LINE}，`;
    const paragraphs = story({
      1: `副馆长介绍，${pasted}夜间开放前馆里专门做了问卷调查，不少上班族希望晚上也能来借书和自习。`,
      3: `馆里表示，${pasted}接下来还会根据读者的意见调整开放时间和服务项目。`,
    });
    expect(found(paragraphs)).toEqual([pasted, pasted]);
  });
});

describe('the writer’s own repeats', () => {
  it('leaves an attribution opening two paragraphs', () => {
    const lead = '记者从市文化广电旅游局了解到，';
    expect(found(story({ 1: `${lead}${STORY[1]}`, 3: `${lead}${STORY[3]}` }))).toEqual([]);
  });

  it('leaves an attribution opening two paragraphs whose sentences then both name the story’s subject', () => {
    const lead = '一位负责此事的工作人员告诉记者，';
    expect(found(story({ 1: `${lead}市图书馆${STORY[1]}`, 3: `${lead}市图书馆还会根据读者的意见调整开放时间。` }))).toEqual([]);
  });

  it('leaves a statement quoted and recalled in quotation marks', () => {
    const quote = '“我们希望每一位下班后的读者都有一个安静的去处。”';
    expect(found(story({ 1: `${STORY[1]}副馆长说：${quote}`, 3: `正如副馆长所说，${quote}${STORY[3]}` }))).toEqual([]);
  });

  it('leaves the story’s own sentence said again (its words are the page’s)', () => {
    const own = '夜间开放以后到馆自习的上班族读者明显多了起来。';
    expect(found(story({ 1: `${STORY[1]}${own}`, 3: `${own}${STORY[3]}` }))).toEqual([]);
  });

  it('leaves a line set in the same frame twice, and a template’s tail after another subject', () => {
    const frame = [
      '第十二条　普通阅览室和少儿阅览室的读者每次最多借阅图书五册：',
      '第十三条　外文阅览室的读者每次最多借阅图书五册：',
    ];
    expect(found([...STORY, ...frame])).toEqual([]);
    const tails = ['东湖分馆位于老城区，是市图书馆下设的一座社区分馆，藏书三万册。', '西山分馆位于新区，是市图书馆下设的一座社区分馆，藏书两万册。'];
    expect(found([...STORY, ...tails])).toEqual([]);
  });
});

// Session 29, written for this test: a series of paragraphs filled from one template, a paste splitting one of them.
describe('a template the writer filled twice, split by a paste in one copy', () => {
  const SERIES = [
    '展览分为三个单元，每个单元配有一段解说。',
    '第一单元：本单元“老街记忆”展示了上世纪八十年代的街景照片，观众可以看到当年的商铺招牌和街坊邻里的日常生活场景。',
    '第二单元：本单元“老街记忆”展示了上世纪九十年代的街景照片，观众可以看到当年的⟦P⟧商铺招牌和街坊邻里的日常生活场景。',
    '展览将持续到下个月底。',
  ];
  const withPaste = (paste: string): string[] => SERIES.map((p) => p.replace('⟦P⟧', paste));
  it('leaves the template\'s repeated tail', () => {
    expect(found(withPaste('继续浏览即表示您同意《用户协议》'))).toEqual([]);
  });
  it('still finds a line pasted into two paragraphs that share nothing else', () => {
    const paragraphs = story({ 1: `副馆长介绍，夜间开放前馆里专门做了${LINE}问卷调查。`, 3: `馆里表示，${LINE}接下来还会根据读者的意见调整开放时间。` });
    expect(found(paragraphs)).toEqual([LINE, LINE]);
  });
  // Session 30: the writer's phrase said in two paragraphs (截至本周五，全市已有) is no template when the paste's sentence is another one.
  it('still finds a line pasted beside a phrase the story says twice, in another sentence', () => {
    const phrase = '截至本周五，全市已有';
    const paragraphs = story({
      1: `${phrase}十二个社区开通了图书流动站。副馆长介绍，夜间开放前馆里专门做了${LINE}问卷调查。`,
      3: `${phrase}四千多名读者报名参加读书月活动。馆里表示，${LINE}接下来还会根据读者的意见调整开放时间。`,
    });
    expect(found(paragraphs)).toEqual([LINE, LINE]);
  });
  it('still finds a line pasted three times into paragraphs that share a template stretch', () => {
    const paragraphs = [
      ...STORY.slice(0, 2),
      `第一期：本期读书会“城市记忆”邀请了两位本地作家，${LINE}现场气氛热烈。`,
      `第二期：本期读书会“城市记忆”邀请了一位历史学者，${LINE}不少读者提前到场。`,
      `第三期将在下月举行，${LINE}届时另行通知。`,
    ];
    expect(found(paragraphs)).toEqual([LINE, LINE, LINE]);
  });
});
