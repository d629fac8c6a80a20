import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractParagraphs, type LayoutProbe } from '../../src/content/extract-paragraphs';
import { linkRangesOf, siteOf } from '../../src/content/link-ranges';

const BLOCK_TAGS = new Set(['HTML', 'BODY', 'DIV', 'P']);
const layout: LayoutProbe = { isBlock: (e) => BLOCK_TAGS.has(e.tagName.toUpperCase()), isRendered: () => true };
const PAGE = 'https://news.example.com.cn/2026/12/story.html';

function linksOf(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return extractParagraphs(document.body, { layout, claimed: new WeakSet() }).map((unit) => ({
    text: unit.text,
    links: linkRangesOf(unit, PAGE).map((l) => [unit.text.slice(l.start, l.end), l.sameSite, l.target]),
  }));
}

describe('link ranges of a paragraph', () => {
  it('gives each link text its range and whether it stays on the site, never its address', () => {
    const [unit] = linksOf(
      '<p>据<a href="/tag/jiaotong">市交通局</a>消息，<a href="https://quote.stocks.example.net/600519">路桥集团</a>称工程将于下月完工<a href="http://bet.example.org/"> 皇冠真人视讯 </a>。</p>',
    );
    expect(unit!.text).toBe('据市交通局消息，路桥集团称工程将于下月完工 皇冠真人视讯 。');
    expect(unit!.links.map(([text, sameSite]) => [text, sameSite])).toEqual([
      ['市交通局', true],
      ['路桥集团', false],
      ['皇冠真人视讯', false],
    ]);
    expect(JSON.stringify(unit!.links)).not.toContain('example');
  });

  it('numbers the same address alike across paragraphs, and reads a link cut by inline elements as one', () => {
    const units = linksOf('<p><a href="http://x.example.org/a">金宝<b>博</b>官方平台</a>开幕了。</p><p>他说<a href="http://x.example.org/a">亚博视讯厅</a>很好。<a href="http://y.example.org/">另一个</a></p>');
    const [first, second] = units;
    expect(first!.links.map(([text]) => text)).toEqual(['金宝博官方平台']);
    expect(second!.links[0]![2]).toBe(first!.links[0]![2]);
    expect(second!.links[1]![2]).not.toBe(first!.links[0]![2]);
  });

  it('leaves out anchors, script links and a without href', () => {
    const [unit] = linksOf('<p><a href="#top">回到顶部</a>和<a href="javascript:void(0)">展开全文</a>和<a name="x">锚点</a>都不是链接。</p>');
    expect(unit!.links).toEqual([]);
  });

  it('takes a site by its registrable part', () => {
    expect(siteOf('news.sina.com.cn')).toBe('sina.com.cn');
    expect(siteOf('www.163.com')).toBe('163.com');
    expect(siteOf('finance.163.com')).toBe(siteOf('www.163.com'));
    expect(siteOf('a.example.org')).not.toBe(siteOf('a.example.net'));
  });
});
