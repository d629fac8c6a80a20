/**
 * A page's controls copied into the writer's text (session 23, find-control-runs.ts): share bars,
 * toolbars, listen controls, media placeholders, attachment rows, correction links, fold buttons and
 * previous / next links, read slot by slot — with the writer's sentences about the same acts, which
 * stay. Strings written for this test (none from the generators' vocabularies or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findControlRuns } from '../../src/spam/find-control-runs';

const runs = (text: string): string[] => findControlRuns(text).map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

const A = '河堤加固工程昨天完工，负责施工的老陈说，';
const B = '汛期到来之前大家心里踏实多了。';

describe('page controls glued anywhere (find-control-runs)', () => {
  it('hides a share bar, a toolbar and a listen control mid-sentence, between sentences and in a quote', () => {
    expect(runs(`${A}分享至： 钉钉 · 知乎 · 小红书${B}`)).toEqual(['hidden:分享至： 钉钉 · 知乎 · 小红书']);
    expect(runs(`工程昨天完工。T+ T- ｜ 打印此页 ｜ 关闭${B}`)).toEqual(['hidden:T+ T- ｜ 打印此页 ｜ 关闭']);
    expect(runs(`老陈说：“🔈 收听本文 时长 04:51汛期不怕了。”`)).toEqual(['hidden:🔈 收听本文 时长 04:51']);
  });
  it('hides a placeholder and a load-failed notice with its retry, a bracketed medium', () => {
    expect(runs(`${A}动图加载失败，请点击重试${B}`)).toEqual(['hidden:动图加载失败，请点击重试']);
    expect(runs(`${A}〔组图〕${B}`)).toEqual(['hidden:〔组图〕']);
    expect(runs(`工程昨天完工。正在载入视频……${B}`)).toEqual(['hidden:正在载入视频……']);
  });
  it('hides an attachment row by its file and size, and a correction row in brackets', () => {
    expect(runs(`${A}附件3：验收报告.pptx（12.5MB） 立即下载${B}`)).toEqual(['hidden:附件3：验收报告.pptx（12.5MB） 立即下载']);
    expect(runs(`工程昨天完工。【报错】 | 意见反馈${B}`)).toEqual(['hidden:【报错】 | 意见反馈']);
  });
  it('hides a fold button with its chevron and takes the comma that closes a line of its own', () => {
    expect(runs(`${A}更多 ⌄${B}`)).toEqual(['hidden:更多 ⌄']);
    expect(runs('阅读全文 »，')).toEqual(['hidden:阅读全文 »，']);
  });
  it('hides a player’s settings, what a fold says is left, a browser’s unsupported-video notice', () => {
    expect(runs(`${A}超清 720P ｜ 连播 ｜ 1.25x${B}`)).toEqual(['hidden:超清 720P ｜ 连播 ｜ 1.25x']);
    expect(runs(`${A}还剩 65% 未读 ▾${B}`)).toEqual(['hidden:还剩 65% 未读 ▾']);
    expect(runs('当前浏览器不支持播放音频')).toEqual(['hidden:当前浏览器不支持播放音频']);
  });
  it('hides a previous / next link and its title where the paragraph ends it; after a comma the title is only marked', () => {
    expect(runs('下篇：秋收时节的粮站')).toEqual(['hidden:下篇：', 'hidden:秋收时节的粮站']);
    expect(runs(`${A}上一篇：秋收时节的粮站，${B}`)).toEqual(['hidden:上一篇：', 'suspect:秋收时节的粮站']);
  });
  it('marks a bare control word standing alone between commas', () => {
    expect(runs(`${A}收藏，${B}`)).toEqual(['suspect:收藏']);
  });
  it('leaves the writer’s sentences about sharing, printing, files, reports and earlier articles', () => {
    for (const text of [
      '她把照片分享到朋友圈后，亲戚们纷纷打来电话。',
      '村委会把名单打印出来，贴在了公告栏上。',
      '附件中的申请表须由本人签字后交回。',
      '有居民举报后，执法人员当天就赶到了现场。',
      '在上一篇报道中，我们提到了这条河的治理。',
      '他点击下载附件，却发现文件已经损坏。',
      '一封名为“年终总结.doc.exe”的邮件在公司里传开了。',
      '他说，上一篇稿子写得太急，这次要慢一点。',
      '视频显示，当晚十点零五分，车辆驶离了停车场。',
      '这张老照片（图片）摄于上世纪五十年代。',
      '从播放、暂停到快进，老人学了一下午。',
      '他在高清电视上观看了决赛，音量开得很大。',
      '这本书还剩三十页没读完，剩余的部分他打算周末看。',
    ]) {
      expect(findControlRuns(text).filter((s) => s.tier === 'hidden'), text).toEqual([]);
    }
  });
});
