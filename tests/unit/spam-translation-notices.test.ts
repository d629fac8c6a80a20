/**
 * A machine-translation notice carried over from the copied page (issue 12, session 22): hidden where it
 * names the text or stands in its own brackets and ends with its own disclaimer, link or stop; the
 * writer's sentences about machine translation stay. Strings written for this test (none from the
 * generator's vocabularies or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findTranslationNotices } from '../../src/spam/find-translation-notices';

const notices = (text: string): string[] => findTranslationNotices(text).map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

describe('machine-translation notices (find-translation-notices)', () => {
  it('hides a notice in its own brackets, anywhere', () => {
    expect(notices('码头改成了书吧，［谷歌翻译］周末常有孩子来读书。')).toEqual(['hidden:［谷歌翻译］']);
    expect(notices('码头改成了书吧。（全文经AI翻译，或有不准确之处）周末常有孩子来。')).toEqual(['hidden:（全文经AI翻译，或有不准确之处）']);
  });

  it('hides a notice that names the text and ends with its disclaimer or link, glued before the writer’s words', () => {
    expect(notices('码头改成了书吧。正文系自动翻译，请以原文为准周末常有孩子来。')).toEqual(['hidden:正文系自动翻译，请以原文为准']);
    expect(notices('码头改成了书吧，机器翻译 | 阅读原文，周末常有孩子来。')).toEqual(['hidden:机器翻译 | 阅读原文，']);
    expect(notices('码头改成了书吧。译者：机器 校对：无')).toEqual(['hidden:译者：机器 校对：无']);
  });

  it('marks a named notice with no end of its own', () => {
    expect(notices('码头改成了书吧，此文由机翻周末常有孩子来。')).toEqual(['suspect:此文由机翻']);
  });

  it('leaves the writer’s sentences about machine translation', () => {
    expect(notices('菜单上的英文显然是机器翻译的，闹了不少笑话。')).toEqual([]);
    expect(notices('据介绍，百度翻译的结果仅供参考，合同仍需人工审校。')).toEqual([]);
    expect(notices('机器翻译的质量近年提升很快，但仍可能存在错误。')).toEqual([]);
    expect(notices('她负责翻译：先用翻译软件出初稿，再逐句修改。')).toEqual([]);
    expect(notices('翻译：陈一鸣 校对：周小雨')).toEqual([]);
  });
});
