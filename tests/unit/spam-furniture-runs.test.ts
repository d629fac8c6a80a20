/**
 * Session 24's learned furniture decision (find-furniture-runs.ts): the runs it reads
 * (furniture-candidates.ts) and what the fitted model does with a page's furniture and with the
 * writer's sentences about the same things. Sentences written for this test (none from the
 * generators' vocabularies, the corpus or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { furnitureRuns } from '../../src/spam/furniture-candidates';
import { furnitureReader, mayHide } from '../../src/spam/find-furniture-runs';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const runsOf = (text: string): string[] => furnitureRuns(text).map((r) => `${r.grain}:${text.slice(r.spanStart, r.spanEnd)}`);

describe('the runs the decision reads (furniture-candidates)', () => {
  it('cuts clauses, a sentence of several clauses, and pieces set apart by spaces (a lone glyph says too little)', () => {
    const text = '渡口昨天恢复通航，船工说水位正常。返回顶部 ▲ 下一班船九点开。';
    expect(runsOf(text)).toEqual([
      'clause:渡口昨天恢复通航，',
      'clause:船工说水位正常。',
      'clause:返回顶部 ▲ 下一班船九点开。',
      'sentence:渡口昨天恢复通航，船工说水位正常。',
      'spaced:返回顶部',
      'spaced:下一班船九点开',
    ]);
  });
  it('takes the closing comma along only where the run stands as a clause of its own', () => {
    expect(runsOf('渡口恢复通航。扫码关注，船工说水位正常。')).toContain('clause:扫码关注，');
    expect(runsOf('他说，“分享给朋友，”然后笑了。')).toContain('clause:分享给朋友');
    expect(runsOf('雨停了，打开小程序看直播。')).toContain('clause:打开小程序看直播。');
  });
  it('never hides a piece cut by spaces or a run under four characters (a name, a number)', () => {
    const text = '记者　张三　李四';
    for (const run of furnitureRuns(text)) if (run.grain === 'spaced' || text.slice(run.start, run.end).length < 4) expect(mayHide(text, run)).toBe(false);
  });
});

const TITLE = '城南新校区九月启用 首批招收六个班';
const HOST = [
  '记者从区教育局获悉，城南新校区将于九月投入使用，首批招收一年级新生六个班。',
  '新校区占地四十亩，建有图书馆、体育馆和一个三百米跑道的操场。',
  '校长说，学校正在招聘教师，暑假期间还要完成课桌椅的安装。',
  '附近居民对新学校很期待，有家长说孩子以后上学只要走十分钟。',
];
/** The page's finds by the fitted decision, as tier:text per paragraph, with `paste` glued after the third paragraph's last stop. */
function found(paste: string, host: readonly string[] = HOST): string[][] {
  const paragraphs = host.map((text, i) => (i === 2 ? `${text}${paste}` : text));
  const read = furnitureReader(TITLE, paragraphs, spamTools().languageModel);
  return paragraphs.map((text) => read(text).map((s) => `${s.tier}:${text.slice(s.start, s.end)}`));
}

describe('the fitted decision (find-furniture-runs)', () => {
  it('marks furniture glued after a paragraph\'s last stop, of kinds no generator it was fitted on has', () => {
    expect(found('暴雨蓝色预警 09:30 发布 ›')[2]).toEqual(['suspect:暴雨蓝色预警 09:30 发布 ›']);
    expect(found('原文 | 译文 ｜ 切换繁體')[2]).toEqual(['suspect:原文 | 译文 ｜ 切换繁體']);
    expect(found('上一页 1 2 3 4 下一页')[2]).toEqual(['suspect:上一页 1 2 3 4 下一页']);
  });
  it('leaves the writer\'s sentences, about the same things, and a credit line in brackets unhidden', () => {
    expect(found('')).toEqual([[], [], [], []]);
    expect(found('他把开学典礼的视频分享到家长群里，很快就有三十多人点赞。').flat()).toEqual([]);
    expect(found('（记者 王小川 整理）').flat().filter((s) => s.startsWith('hidden'))).toEqual([]);
  });
});
