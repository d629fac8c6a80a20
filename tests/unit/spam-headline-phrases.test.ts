/**
 * A phrase of a one-clause headline standing as a clause of its own (src/spam/headline-phrases.ts),
 * in news sentences written for this test (jieba's Node build and the real language model): pasted
 * inside a quotation, after a paragraph's last stop, glued before the writer's next sentence, with a
 * comma after a stop or between two commas; and the writer's own uses of the headline's words, which
 * stay.
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '市图书馆周末延长开放时间';
const PHRASE = '市图书馆周末延长开放';
const LEAD = '记者昨天从市文化局获悉，从本月起，每逢周六和周日，图书馆的闭馆时间将从下午五点推迟到晚上九点。';
const QUOTE = '馆长王丽介绍：“不少上班族平时没空来看书，周末晚上正好有时间，我们希望让更多人用上图书馆。”';
const GUARDS = ['调整后，阅览室、自习区和少儿区都会开放到晚上。', '馆里还增加了两名保安，负责夜间的安全巡查。'];
const CLOSING = '读者可以通过图书馆的公众号查询各区域的开放时间。';

/** The title spans of a page, as [tier, text]. */
function titleSpans(paragraphs: string[]): [string, string][] {
  const found = findInjectedSpans(TITLE, paragraphs, spamTools());
  return found.flatMap((spans, p) => spans.filter((s) => s.family === 'title').map((s): [string, string] => [s.tier, paragraphs[p]?.slice(s.start, s.end) ?? '']));
}
const page = (guards: string): string[] => [LEAD, QUOTE, guards, CLOSING];

describe('a phrase of the headline pasted into the writer’s sentences', () => {
  it('hides it after the paragraph’s last stop, with nothing of its own', () => {
    expect(titleSpans(page(`${GUARDS.join('')}${PHRASE}`))).toEqual([['hidden', PHRASE]]);
  });

  it('hides it glued before the writer’s next sentence, a clause of its own before one that opens on its own (headline-inside.ts’s grammar)', () => {
    expect(titleSpans(page(`${GUARDS[0]}${PHRASE}${GUARDS[1]}`))).toEqual([['hidden', PHRASE]]);
  });

  it('marks it with a comma of its own between two of the writer’s clauses', () => {
    expect(titleSpans(page(`${GUARDS[0]}馆里还增加了两名保安，${PHRASE}，负责夜间的安全巡查。`))).toEqual([['suspect', `${PHRASE}，`]]);
  });

  it('marks it inside a speaker’s quotation, between two of the speaker’s clauses', () => {
    const quoted = QUOTE.replace('没空来看书，', `没空来看书，${PHRASE}，`);
    expect(titleSpans([LEAD, quoted, GUARDS.join(''), CLOSING])).toEqual([['suspect', `${PHRASE}，`]]);
  });

  it('finds it on a page in Traditional characters', () => {
    const paragraphs = ['記者昨天從市文化局獲悉，從本月起，每逢週六和週日，圖書館的閉館時間將從下午五點推遲到晚上九點。', '調整後，閱覽室、自習區和少兒區都會開放到晚上。館裡還增加了兩名保安，負責夜間的安全巡查。市圖書館週末延長開放'];
    const found = findInjectedSpans('市圖書館週末延長開放時間', paragraphs, spamTools());
    expect(found.flatMap((spans, p) => spans.filter((s) => s.family === 'title').map((s) => [s.tier, paragraphs[p]?.slice(s.start, s.end)]))).toEqual([['hidden', '市圖書館週末延長開放']]);
  });
});

describe('the writer’s own uses of a headline phrase', () => {
  it('leaves it in a paragraph’s first sentence, where the headline was cut from', () => {
    const lead = `记者昨天获悉，${PHRASE}时间，闭馆时间从下午五点推迟到晚上九点。`;
    expect(titleSpans([lead, QUOTE, GUARDS.join(''), CLOSING])).toEqual([]);
  });

  it('leaves it as the writer’s subject when the writer says it inside a sentence elsewhere', () => {
    const lead = `记者昨天获悉，${PHRASE}的消息发布后，不少读者专程赶来。`;
    expect(titleSpans([lead, QUOTE, `${GUARDS[0]}${PHRASE}后，馆里还增加了两名保安。`, CLOSING])).toEqual([]);
  });

  it('leaves it before a particle that ties it to the writer’s sentence', () => {
    expect(titleSpans(page(`${GUARDS[0]}${PHRASE}的做法得到了不少家长的支持。`))).toEqual([]);
  });
});
