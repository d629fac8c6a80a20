import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isNearArticle, isProse } from '../../src/content/article-continuation';
import { extractParagraphs } from '../../src/content/extract-paragraphs';

const PAGE = `<!doctype html><html><body>
  <nav><p id="nav">首页 新闻 文化 教育 体育 财经 科技 汽车 房产</p></nav>
  <div class="article"><h1>标题</h1><div id="root"><p>正文第一段。</p></div><div id="more"></div></div>
  <footer><p id="foot">关于我们 联系方式 版权所有 滨江网 二〇二四年</p></footer>
</body></html>`;

const layout = {
  isBlock: (el: Element) => ['P', 'DIV', 'BODY', 'HTML', 'NAV', 'FOOTER', 'H1', 'H2'].includes(el.tagName.toUpperCase()),
  isRendered: () => true,
};

describe('isNearArticle', () => {
  const { document } = parseHTML(PAGE);
  const root = document.getElementById('root')!;

  it("accepts additions beside the root in the article's own container", () => {
    expect(isNearArticle(document.getElementById('more')!, root)).toBe(true);
  });

  it('rejects navigation and footers, even within reach of the root', () => {
    expect(isNearArticle(document.getElementById('nav')!, root)).toBe(false);
    expect(isNearArticle(document.getElementById('foot')!, root)).toBe(false);
  });
});

describe('isProse', () => {
  const unitOf = (html: string) => {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    return extractParagraphs(document.body, { layout, claimed: new WeakSet() })[0]!;
  };

  it('accepts a paragraph of running text', () => {
    expect(isProse(unitOf('<p>截至目前，全市已建成社区书屋一百二十个，覆盖所有街道。</p>'))).toBe(true);
  });

  it('rejects short lines and link lists', () => {
    expect(isProse(unitOf('<p>延伸阅读</p>'))).toBe(false);
    expect(isProse(unitOf('<p><a href="#">社区书屋覆盖全部街道</a> <a href="#">新馆开放首日迎来八千读者</a></p>'))).toBe(false);
  });
});

describe('isNearArticle at the top of the page', () => {
  it('never counts the whole body as the article neighbourhood', () => {
    const { document } = parseHTML('<!doctype html><html><body><div id="root"><p>正文</p></div><div id="popup"></div></body></html>');
    expect(isNearArticle(document.getElementById('popup')!, document.getElementById('root')!)).toBe(false);
  });
});
