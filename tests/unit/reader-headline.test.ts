/** The headline and subheads outside the article root are read too; the spam title never includes their readings. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleTitle } from '../../src/content/article-root';
import { headlineBlocks } from '../../src/content/headline-blocks';

function page(body: string, title = '页面标题_网站'): Document {
  return parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;
}

describe('headlineBlocks', () => {
  it('takes the h1 and the subheads between it and the article root', () => {
    const doc = page(`<nav><h2>导航栏目</h2></nav><div class="article"><h1>临安作答19载</h1><h2>领导干部下访接访</h2>
      <div class="content"><h2>“考场”的大门</h2><p>正文。</p></div><h3>相关新闻</h3></div>`);
    const root = doc.querySelector('.content');
    expect(headlineBlocks(doc, root).map((e) => e.textContent)).toEqual(['临安作答19载', '领导干部下访接访']);
  });

  it('takes nothing when the root holds the headline (read with the article) or there is none', () => {
    const doc = page(`<article><h1>临安作答19载</h1><p>正文。</p></article>`);
    expect(headlineBlocks(doc, doc.querySelector('article'))).toEqual([]);
    expect(headlineBlocks(page('<p>正文。</p>'), null)).toEqual([]);
  });

  it('with no h1, takes the h2 or h3 above the story that the page title starts with', () => {
    const doc = page(
      `<h2>晨报在线</h2><div class="bread">首页 &gt; 社会</div><h2>公交票价 下月起调整</h2><div id="text"><p>正文。</p></div>`,
      '公交票价 下月起调整_社会_晨报在线',
    );
    expect(headlineBlocks(doc, doc.querySelector('#text')).map((e) => e.textContent)).toEqual(['公交票价 下月起调整']);
  });

  it('with no h1, takes no heading the title does not start with, nor one after the story', () => {
    const title = '公交票价下月起调整_晨报在线';
    const siteName = page(`<h2>晨报在线</h2><div id="text"><p>正文。</p></div>`, title);
    expect(headlineBlocks(siteName, siteName.querySelector('#text'))).toEqual([]);
    const after = page(`<div id="text"><p>正文。</p></div><h3>公交票价下月起调整</h3>`, title);
    expect(headlineBlocks(after, after.querySelector('#text'))).toEqual([]);
    const label = page(`<h3>公交</h3><div id="text"><p>正文。</p></div>`, title);
    expect(headlineBlocks(label, label.querySelector('#text'))).toEqual([]);
  });

  it('leaves a headline without Chinese alone', () => {
    const doc = page(`<h1>Breaking news</h1><div class="content"><p>正文。</p></div>`);
    expect(headlineBlocks(doc, doc.querySelector('.content'))).toEqual([]);
  });
});

describe('articleTitle', () => {
  it('reads the headline without the readings Dudong put over it', () => {
    const doc = page(`<h1><ruby class="dudong">临安<rt>lín ān</rt></ruby>作答</h1><div class="content"><p>正文。</p></div>`);
    expect(articleTitle(doc, doc.querySelector('.content'))).toBe('临安作答');
  });
});
