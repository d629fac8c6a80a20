import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractParagraphs, type LayoutProbe } from '../../src/content/extract-paragraphs';
import { nodeRangesOf, type ParagraphUnit } from '../../src/content/paragraph-unit';

// linkedom computes no styles: blocks are judged by tag, hiding by an inline display:none.
const BLOCK_TAGS = new Set(['HTML', 'BODY', 'DIV', 'P', 'H1', 'H2', 'LI', 'UL', 'ARTICLE', 'SECTION', 'BLOCKQUOTE', 'TABLE', 'TR', 'TD']);
const tagLayout: LayoutProbe = {
  isBlock: (element) => BLOCK_TAGS.has(element.tagName.toUpperCase()),
  isRendered: (element) => !/display:\s*none/.test(element.getAttribute('style') ?? ''),
};

function extract(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const claimed = new WeakSet<Text>();
  const units = extractParagraphs(document.body, { layout: tagLayout, claimed });
  return { document, units, claimed };
}

/** The text each Text-node part of [start, end) holds. */
function partsOf(unit: ParagraphUnit, start: number, end: number): string[] {
  return nodeRangesOf(unit, start, end).map((r) => r.piece.node.data.slice(r.from, r.to));
}

describe('extractParagraphs', () => {
  it('reads through inline elements: <b>信</b>访 is one text with a map to both nodes', () => {
    const { units } = extract('<p>加强<b>信</b>访工作</p>');
    expect(units.map((u) => u.text)).toEqual(['加强信访工作']);
    expect(partsOf(units[0]!, 2, 4)).toEqual(['信', '访']);
  });

  it('makes one unit per block, and splits a block around a nested block', () => {
    const { units } = extract('<div>前言<p>第一段</p>后记</div><p>第二段</p>');
    expect(units.map((u) => u.text)).toEqual(['前言', '第一段', '后记', '第二段']);
    expect(units[1]!.block.tagName).toBe('P');
    expect(units[2]!.block.tagName).toBe('DIV');
  });

  it('breaks paragraphs at <br>', () => {
    const { units } = extract('<p>上一行<br>下一行</p>');
    expect(units.map((u) => u.text)).toEqual(['上一行', '下一行']);
  });

  it('skips code, form controls, editable text, existing ruby and hidden elements', () => {
    const { units } = extract(
      '<p>正文<script>var 脚本 = 1</script><style>.样式{}</style><textarea>输入</textarea>' +
        '<span contenteditable="true">编辑</span><ruby>漢<rt>hàn</rt></ruby>' +
        '<span style="display:none">隐藏</span><select><option>选项</option></select>结束</p>',
    );
    expect(units.map((u) => u.text)).toEqual(['正文结束']);
  });

  it("skips Dudong's own markup", () => {
    const { units } = extract('<p>文字<span data-dudong-spam="title">广告</span><ruby class="dudong">词<rt>cí</rt></ruby>后面</p>');
    expect(units.map((u) => u.text)).toEqual(['文字后面']);
  });

  it('collapses whitespace runs as rendering does and maps offsets back to the raw text', () => {
    const { units } = extract('<p>\n   中国\n   <i>人民</i>   银行  </p>');
    const unit = units[0]!;
    expect(unit.text).toBe('中国 人民 银行');
    expect(partsOf(unit, 3, 5)).toEqual(['人民']);
    expect(partsOf(unit, 6, 8)).toEqual(['银行']);
  });

  it('keeps no-break and ideographic spaces, which are characters', () => {
    const { units } = extract('<p>中\u00a0国\u3000人</p>');
    expect(units[0]!.text).toBe('中\u00a0国\u3000人');
  });

  it('drops units without Han characters', () => {
    const { units } = extract('<p>English only, really? Yes!</p><p>中文</p><p>2024-03-28</p><p>a + b = c</p>');
    expect(units.map((u) => u.text)).toEqual(['中文']);
  });

  it('keeps a line of ASCII junk, which may be a farm insertion standing on its own', () => {
    const { units } = extract('<p>中文</p><p>w5 s9 B9 ?8 g$ R</p><p>M j R4 P2</p><p>+x.i!a/o~s′h¢u·c!o,m+</p>');
    expect(units.map((u) => u.text)).toEqual(['中文', 'w5 s9 B9 ?8 g$ R', 'M j R4 P2', '+x.i!a/o~s′h¢u·c!o,m+']);
  });

  it('never reads a claimed text node twice', () => {
    const { document, units, claimed } = extract('<p>第一段</p>');
    expect(units).toHaveLength(1);
    const p = document.createElement('p');
    p.textContent = '新段落';
    document.body.append(p);
    const again = extractParagraphs(document.body, { layout: tagLayout, claimed });
    expect(again.map((u) => u.text)).toEqual(['新段落']);
  });

  it('reads an added inline node within its block context', () => {
    const { document, claimed } = extract('<p id="x">旧文</p>');
    const span = document.createElement('span');
    span.textContent = '新加的文字';
    document.getElementById('x')!.append(span);
    const units = extractParagraphs(span, { layout: tagLayout, claimed });
    expect(units.map((u) => u.text)).toEqual(['新加的文字']);
    expect(units[0]!.block.tagName).toBe('P');
  });

  it('splits a range over many nodes into one part per node', () => {
    const { units } = extract('<p>习<em>近</em><a href="#">平</a>同志</p>');
    expect(units[0]!.text).toBe('习近平同志');
    expect(partsOf(units[0]!, 0, 3)).toEqual(['习', '近', '平']);
    expect(partsOf(units[0]!, 3, 5)).toEqual(['同志']);
  });

  it('leaves zero-width characters out of the analysed text, so they split no word, and maps around them', () => {
    const { units } = extract('<p>走在小\u200b路上，\u200c路\u200d灯\u2060亮\u00ad了\ufeff。</p>');
    const unit = units[0]!;
    expect(unit.text).toBe('走在小路上，路灯亮了。');
    // A word over a zero-width space holds it (the page's text inside the ruby is unchanged).
    expect(partsOf(unit, 2, 4)).toEqual(['小\u200b路']);
    // One between two words stays between them.
    expect(partsOf(unit, 7, 8)).toEqual(['灯']);
  });

  it('keeps a variation selector with its base character (U+E0100 and U+FE00–FE0F)', () => {
    const { units } = extract('<p>葛\u{E0100}城的\u8fbb\ufe00子</p>');
    const unit = units[0]!;
    expect(unit.text).toBe('葛城的辻子');
    expect(partsOf(unit, 0, 1)).toEqual(['葛\u{E0100}']);
    expect(partsOf(unit, 0, 2)).toEqual(['葛\u{E0100}城']);
    expect(partsOf(unit, 3, 4)).toEqual(['辻\ufe00']);
    expect(partsOf(unit, 4, 5)).toEqual(['子']);
  });
});
