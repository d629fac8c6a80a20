/**
 * Headline words a writer says once or twice on a clean page, in news sentences written for this
 * test (jieba's Node build and the real language model): nothing of the headline may be hidden or
 * marked. Pages with one to three pastes are measured by scripts/spam/bench-pieces.ts (README).
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

describe('a clean page that says its headline words once or twice', () => {
  // Written for this test: the writer's own headline words, each said once or twice in plain news
  // sentences, with nothing pasted. Nothing of the headline may be hidden or marked.
  const pages: [string, string[]][] = [
    [
      '暴雨致城区多处积水 地铁部分线路停运',
      [
        '昨天下午，一场突如其来的暴雨袭击了本市，城区多处道路出现积水，部分车辆被困。',
        '据气象部门介绍，这次降雨持续了三个多小时，最大降雨量达到一百二十毫米。',
        '受降雨影响，地铁二号线和五号线部分区段临时停运，大批乘客滞留在车站。',
      ],
    ],
    [
      '公交公司推出定制班车 上班族通勤更方便',
      [
        '为方便远郊居民进城上班，公交公司本月起推出定制班车服务，乘客可以提前一天在手机上预约座位。',
        '首批开通的三条线路每天早晚各发两班，票价比打车便宜一半以上。',
        '不少上班族表示，有了固定的座位，每天路上还能多睡一会儿。',
      ],
    ],
  ];
  it.each(pages)('keeps %s', (title, paragraphs) => {
    const found = findInjectedSpans(title, paragraphs, spamTools()).flat().filter((s) => s.family === 'title');
    expect(found).toEqual([]);
  });

  // A site's summary line: the headline again, as a whole sentence after a label (核心提示：). Both
  // were read as pasted copies before: the first hidden (a two-part headline's colon inside a
  // sentence), the second marked.
  it.each([
    ['记者调查：小县城为何留不住年轻人？', '核心提示：记者调查：小县城为何留不住年轻人？记者走访了三个县城，听年轻人说说他们的打算。'],
    ['小县城为何留不住年轻人？ 记者走访三县城', '核心提示：小县城为何留不住年轻人？ 记者走访三县城。记者走访了三个县城，听年轻人说说他们的打算。'],
  ])('keeps the headline %s printed again after a summary label', (title, lead) => {
    const paragraphs = [
      lead,
      '在县城的一家奶茶店里，二十四岁的小王告诉记者，他明年打算去省城找工作。',
      '县里的干部说，这几年县城也在想办法，建了产业园，希望能把年轻人留下来。',
    ];
    const found = findInjectedSpans(title, paragraphs, spamTools()).flat().filter((s) => s.family === 'title');
    expect(found).toEqual([]);
  });
});
