/**
 * Session 21's mechanical classes (QA20 found them at 0–57% hidden), each both ways and in the places
 * a farm glues them: bare zhuyin, addresses in enclosed or full-width letters, one mark between every
 * character, a pictograph repeated, template placeholders and BBCode around a path. Wordings written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findMarkupLeaks } from '../../src/spam/find-markup-leaks';
import { findSpacedWords } from '../../src/spam/find-spaced-words';
import { findSpeltDomains } from '../../src/spam/find-spelt-domains';
import { findStraySymbols } from '../../src/spam/find-symbols';
import { findWordReadings } from '../../src/spam/find-word-readings';
import type { SpamSpan } from '../../src/spam/types';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const found = (spans: SpamSpan[], text: string): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);
const readings = (text: string): [string, string][] => found(findWordReadings(text, spamTools()), text);

describe('bare zhuyin (family pinyin)', () => {
  it('hides the bare zhuyin of a word of the text before it, between two sentences and after a comma', () => {
    expect(readings('颱風把海堤沖垮了一段。ㄏㄞˇ ㄉㄧ工程隊連夜趕來搶修。')).toEqual([['ㄏㄞˇ ㄉㄧ', 'hidden']]);
    expect(readings('村民自发清理河道，ㄏㄜˊ ㄉㄠˋ清出的垃圾装满了三辆卡车。')).toEqual([['ㄏㄜˊ ㄉㄠˋ', 'hidden']]);
    // After the paragraph's last stop, the reading of a word of its last sentence.
    expect(readings('新建的圖書館明天開放。ㄊㄨˊ ㄕㄨ')).toEqual([['ㄊㄨˊ ㄕㄨ', 'hidden']]);
  });

  it('only marks bare zhuyin glued between two of the writer’s words', () => {
    expect(readings('颱風把海堤沖垮了一段，工程隊ㄏㄞˇ ㄉㄧ連夜趕來搶修。')).toEqual([['ㄏㄞˇ ㄉㄧ', 'suspect']]);
  });

  it('leaves zhuyin the writer quotes, leads up to or makes the subject of a clause', () => {
    expect(readings('阿公教孫子念「ㄏㄞˇ ㄉㄧ」，孫子一下就學會了。')).toEqual([]);
    expect(readings('在老師的板書裡，海堤寫成ㄏㄞˇ ㄉㄧ，旁邊畫了一道浪。')).toEqual([]);
    expect(readings('孫子第一次開口叫人，ㄚ ㄍㄨㄥ是他學會的頭一個詞。')).toEqual([]);
    // A lesson naming single symbols keeps the whole paragraph as the writer's.
    expect(readings('開學第一週先認ㄅ、ㄆ、ㄇ，接著拼讀。ㄏㄞˇ ㄉㄧ')).toEqual([]);
  });
});

describe('addresses in enclosed and full-width letters (family domain)', () => {
  const domains = (text: string): [string, string][] => found(findSpeltDomains(text), text);

  it('hides an address in parenthesised or circled letters, its digits circled too, mid-sentence', () => {
    expect(domains('專家建議，⒲⒲⒲．⒣⒣⑦⑦．⒞⒪⒨颱風天盡量不要外出。')).toEqual([['⒲⒲⒲．⒣⒣⑦⑦．⒞⒪⒨', 'hidden']]);
    expect(domains('據了解，ⓠⓠ⑤②⓪·ⓣⓥ此次展覽為期一個月。')).toEqual([['ⓠⓠ⑤②⓪·ⓣⓥ', 'hidden']]);
  });

  it('hides a full-width address glued after a comma into the writer’s clause', () => {
    expect(domains('据了解，ｗｗｗ．ｊｊ９９．ｔｏｐ此次展览为期一个月。')).toEqual([['ｗｗｗ．ｊｊ９９．ｔｏｐ', 'hidden']]);
  });

  it('leaves circled numbers of a list and a full-width address the writer leads up to', () => {
    expect(domains('方案分两步：①ａ类企业先行，②ｂ类企业随后。')).toEqual([]);
    expect(domains('详情可登录网站ｗｗｗ．ｃｈｉｎａ．ｃｏｍ查询，')).toEqual([]);
  });
});

describe('one mark between every character (family jammer)', () => {
  const runs = (text: string): [string, string][] => found(findSpacedWords(text, spamTools()), text);

  it('hides a phrase with a double bar, an em dash or a filled dot between its characters, after a comma', () => {
    expect(runs('居民们说，加‖群‖领‖优‖惠这条小路终于修好了。')).toEqual([['加‖群‖领‖优‖惠', 'hidden']]);
    expect(runs('記者了解到，秒—批—網—貸工地已經停工。')).toEqual([['秒—批—網—貸', 'hidden']]);
    // Characters that read as no words at all.
    expect(runs('记者了解到，鑫●淼●焱●垚工地已经停工。')).toEqual([['鑫●淼●焱●垚', 'hidden']]);
  });

  it('hides only the marks put inside a writer’s idiom standing as a clause, or an ordinary phrase', () => {
    expect(runs('两国通过互相影响，互‖相‖促‖进，加强合作。')).toEqual([['‖', 'hidden'], ['‖', 'hidden'], ['‖', 'hidden']]);
    expect(runs('记者了解到，兼—职—打—字工地已经停工。').map(([t]) => t)).toEqual(['—', '—', '—']);
  });

  it('leaves a writer’s double dash, and only marks the marks of three characters', () => {
    expect(runs('从北京——上海的高铁又提速了。')).toEqual([]);
    expect(runs('京—津—冀的合作又近了一步。').every(([, tier]) => tier === 'suspect')).toBe(true);
  });
});

describe('a pictograph repeated (family symbol)', () => {
  const symbols = (text: string): [string, string][] => found(findStraySymbols(text), text);

  it('hides a run of one symbol glued after a comma or a stop into the writer’s words', () => {
    expect(symbols('雨停以后，✿✿居民们陆续回到家中。')).toEqual([['✿✿', 'hidden']]);
    expect(symbols('展覽今天開幕。♛♛♛首日參觀人數破萬。')).toEqual([['♛♛♛', 'hidden']]);
  });

  it('only marks keyboard emoji after a comma and a row at the paragraph’s end, and leaves emoji the writer quotes or closes a clause with', () => {
    expect(symbols('雨停以后，💎💎居民们陆续回到家中。')).toEqual([['💎💎', 'suspect']]);
    expect(symbols('展览今天开幕。✿✿')).toEqual([['✿✿', 'suspect']]);
    expect(symbols('展覽今天開幕。💎💎首日參觀人數破萬。')).toEqual([]);
    expect(symbols('网友纷纷留言“🎉🎉”，祝贺球队夺冠。')).toEqual([]);
    expect(symbols('终于放假啦😄😄，我们一家出去玩。')).toEqual([]);
  });
});

describe('template placeholders and BBCode around a path (family jammer)', () => {
  const leaks = (text: string, title = ''): [string, string][] => found(findMarkupLeaks(text, title), text);

  it('hides a placeholder glued mid-sentence and BBCode with its path between sentences', () => {
    expect(leaks('活动当天，{{ad_float_right}}市民可免费入园。')).toEqual([['{{ad_float_right}}', 'hidden']]);
    expect(leaks('活動當天，{%ad_box%}市民可免費入園。')).toEqual([['{%ad_box%}', 'hidden']]);
    expect(leaks('活动持续三天。[img]static/pic/2025/0901/k7.png[/img]今年的主题是环保。')).toEqual([['[img]static/pic/2025/0901/k7.png[/img]', 'hidden']]);
  });

  it('leaves a placeholder in a paragraph about templates, and braces that are no template', () => {
    expect(leaks('在网页模板中，{{ price }} 会被替换成商品的实际价格。')).toEqual([]);
    expect(leaks('集合{1,2,3}中有三个元素。')).toEqual([]);
  });
});
