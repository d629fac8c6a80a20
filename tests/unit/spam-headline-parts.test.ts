/**
 * A whole part of a two-part headline standing where a sentence starts (src/spam/headline-parts.ts),
 * in news sentences written for this test (jieba's Node build and the real language model): pasted
 * after a paragraph's last stop, glued before the writer's next sentence, or with a comma of its own
 * at a sentence's start, and the writer's own uses of the headline's words, which stay.
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '乡村公路加宽改造完工 果农运货不再绕远路';
const LEAD = '记者昨天从县交通局获悉，连接六个村的乡村公路加宽改造工程已经全部完工，路面由原来的三米半拓宽到六米。';
const MIDDLE = '以前大货车开不进来，果农只能先用三轮车把水果拉到镇上。现在货车可以直接开到果园门口，每斤水果的运费省了一毛多。';
const CLOSING = '县交通局表示，明年还将对另外四条通村道路进行改造。';

/** The title spans of a page, as [tier, text]. */
function titleSpans(paragraphs: string[]): [string, string][] {
  const found = findInjectedSpans(TITLE, paragraphs, spamTools());
  return found.flatMap((spans, p) => spans.filter((s) => s.family === 'title').map((s): [string, string] => [s.tier, paragraphs[p]?.slice(s.start, s.end) ?? '']));
}

describe('a whole headline part pasted where a sentence starts', () => {
  it('hides it after the paragraph’s last stop, with no stop of its own', () => {
    expect(titleSpans([LEAD, `${MIDDLE}果农运货不再绕远路`, CLOSING])).toEqual([['hidden', '果农运货不再绕远路']]);
  });

  it('finds it glued before the writer’s next sentence', () => {
    const spans = titleSpans([LEAD, '以前大货车开不进来，果农只能先用三轮车把水果拉到镇上。乡村公路加宽改造完工现在货车可以直接开到果园门口，每斤水果的运费省了一毛多。', CLOSING]);
    expect(spans.map(([, text]) => text)).toEqual(['乡村公路加宽改造完工']);
  });

  it('marks it, with its comma, before the writer’s sentence', () => {
    const spans = titleSpans([LEAD, '以前大货车开不进来，果农只能先用三轮车把水果拉到镇上。果农运货不再绕远路，现在货车可以直接开到果园门口，每斤水果的运费省了一毛多。', CLOSING]);
    expect(spans).toEqual([['suspect', '果农运货不再绕远路，']]);
  });
});

describe('the writer’s own uses of a headline part', () => {
  it('keeps a lead that opens with the part', () => {
    expect(titleSpans(['乡村公路加宽改造完工，连接六个村的道路路面由原来的三米半拓宽到六米。', MIDDLE, CLOSING])).toEqual([]);
  });

  it('keeps a sentence whose subject is the part', () => {
    expect(titleSpans([LEAD, '以前大货车开不进来。乡村公路加宽改造完工的消息传开后，不少外地客商专门开车来收购水果。', CLOSING])).toEqual([]);
  });

  it('keeps the part quoted as a slogan', () => {
    expect(titleSpans([LEAD, `${MIDDLE}“果农运货不再绕远路”，这是村民们最直接的感受。`, CLOSING])).toEqual([]);
  });

  it('reads nothing from a headline of one part', () => {
    const paragraphs = [LEAD, `${MIDDLE}果农运货不再绕远路`, CLOSING];
    const found = findInjectedSpans('果农运货不再绕远路', paragraphs, spamTools()).flat();
    expect(found.filter((s) => s.reason.includes('part of the headline'))).toEqual([]);
  });
});

describe('a part the writer’s sentence reads on from (glued after a stop)', () => {
  /** The tiers and texts of the title spans under `title`. */
  const under = (title: string, paragraphs: string[]): [string, string][] =>
    findInjectedSpans(title, paragraphs, spamTools()).flatMap((spans, p) => spans.filter((s) => s.family === 'title').map((s): [string, string] => [s.tier, paragraphs[p]?.slice(s.start, s.end) ?? '']));
  const lead = '记者昨天从县交通局获悉，连接六个村的乡村公路加宽改造工程已经全部完工。';

  it('does not hide a verbless part that names the writer’s next noun', () => {
    const spans = under('山区道路建设提速 青山物流园区', [lead, '以前大货车开不进来，果农只能先用三轮车把水果拉到镇上。青山物流园区公司的仓库去年建成，现在每天有几十辆货车进出。', CLOSING]);
    expect(spans.filter(([tier]) => tier === 'hidden')).toEqual([]);
  });

  it('does not hide a part ending on a word that waits for more', () => {
    const spans = under('村道养护新规出台 养护单位应当', [lead, '新规写明了养护的标准和时间。养护单位应当每季度巡查一次路面，发现坑洼及时修补。', CLOSING]);
    expect(spans.filter(([tier]) => tier === 'hidden')).toEqual([]);
  });

  it('still hides a clause of the headline glued before the writer’s own subject', () => {
    const spans = under('乡村公路加宽改造完工 果农运货不再绕远路', [lead, '以前大货车开不进来，果农只能先用三轮车把水果拉到镇上。乡村公路加宽改造完工现在货车可以直接开到果园门口，每斤水果的运费省了一毛多。', CLOSING]);
    expect(spans).toEqual([['hidden', '乡村公路加宽改造完工']]);
  });
});
