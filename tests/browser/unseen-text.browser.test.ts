/**
 * Text a reader cannot see, and characters that show nothing, in a real browser: anti-copy junk
 * hidden in every way pages hide it is neither annotated nor read into the sentence around it
 * (小<junk>路 stays one word, 小路); zero-width characters split no word; a variation selector stays
 * in its base character's ruby; and stopping restores the very same nodes.
 */
import { describe, expect, it } from 'vitest';
import { stopAndCompare, useReaderHarness } from './harness/annotate-page';

const harness = useReaderHarness();

/** Each way of hiding a run of junk text, as anti-copy pages write it. */
const JUNK_STYLES: Record<string, string> = {
  'off-screen absolute': '<span style="position:absolute;left:-9999px">垃圾</span>',
  'off-screen relative': '<span style="position:relative;left:-9999px">垃圾</span>',
  'off-screen above': '<span style="position:absolute;top:-5000px">垃圾</span>',
  'fixed outside the viewport': '<span style="position:fixed;left:-500px;top:0">垃圾</span>',
  'scale(0)': '<span style="display:inline-block;transform:scale(0)">垃圾</span>',
  'clip: rect(0 0 0 0)': '<span style="position:absolute;clip:rect(0 0 0 0)">垃圾</span>',
  'clip-path: inset(50%)': '<span style="display:inline-block;clip-path:inset(50%)">垃圾</span>',
  'clip-path: circle(0)': '<span style="display:inline-block;clip-path:circle(0)">垃圾</span>',
  'inline-block at opacity 0': '<span style="display:inline-block;opacity:0">垃圾</span>',
  'transparent fill': '<span style="-webkit-text-fill-color:transparent">垃圾</span>',
  'aria-hidden': '<span aria-hidden="true">垃圾</span>',
  '1px font': '<span style="font-size:1px">垃圾</span>',
  'zero-size box': '<span style="display:inline-block;width:0;height:0;overflow:hidden">垃圾</span>',
};

describe('anti-copy junk the page does not show', () => {
  const paragraphs = Object.entries(JUNK_STYLES).map(([name, junk], i) => `<p data-case="${name}">第${i + 1}段，这条小${junk}路很长。</p>`);
  const html = `<body><div id="a">${paragraphs.join('')}<p style="text-indent:-9999px" data-case="text-indent">小路上的垃圾字</p></div></body>`;

  it('is neither annotated nor read into the sentence: 小路 stays one word', async () => {
    const page = await harness.openAndAnnotate('junk.html', html, { rootSelector: '#a' });
    const analyzed = await page.evaluate(async () => (await window.dudongHarness).takeAnalyzed());
    expect(analyzed.filter((p) => p.includes('垃圾'))).toEqual([]);
    expect(analyzed.filter((p) => p.includes('小路'))).toHaveLength(Object.keys(JUNK_STYLES).length);
    const cases = await page.evaluate(() =>
      [...document.querySelectorAll('p[data-case]')].map((p) => ({
        name: p.getAttribute('data-case'),
        junkAnnotated: [...p.querySelectorAll('span')].some((s) => s.querySelector('ruby.dudong') !== null),
        words: [...p.querySelectorAll('ruby.dudong')].map((r) => r.getAttribute('data-dudong-word')),
      })),
    );
    for (const { name, junkAnnotated, words } of cases) {
      expect(junkAnnotated, name!).toBe(false);
      if (name !== 'text-indent') expect(words, name!).toContain('小路');
      else expect(words, name!).toEqual([]);
    }
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  });

  it('still reads what is merely scrolled out of view, or a block faded out by an animation script', async () => {
    const page = await harness.openAndAnnotate(
      'far.html',
      '<body><div id="a"><p>第一段文字。</p><div style="height:3000px"></div><p id="far">很远的段落也要读。</p><section style="opacity:0"><p id="faded">淡入的段落。</p></section></div></body>',
      { rootSelector: '#a' },
    );
    await page.evaluate(() => document.getElementById('far')!.scrollIntoView());
    await page.waitForFunction(() => document.querySelector('#far ruby.dudong') !== null);
    expect(await page.evaluate(() => document.querySelectorAll('#faded ruby.dudong').length)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('characters that show nothing', () => {
  it('zero-width characters split no word, and stay in the page', async () => {
    const page = await harness.openAndAnnotate(
      'zw.html',
      '<body><div id="a"><p id="p">这条小\u200b路很长，中\u200d国人\u00ad民很勤劳。</p></div></body>',
      { rootSelector: '#a' },
    );
    const rubies = await page.evaluate(() =>
      [...document.querySelectorAll('#p ruby.dudong')].map((r) => ({ word: r.getAttribute('data-dudong-word'), text: r.firstChild!.textContent })),
    );
    expect(rubies).toContainEqual({ word: '小路', text: '小\u200b路' });
    expect(rubies).toContainEqual({ word: '中国', text: '中\u200d国' });
    expect(rubies).toContainEqual({ word: '人民', text: '人\u00ad民' });
    expect(await page.evaluate(() => document.getElementById('p')!.textContent!.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]/g, ''))).toBe(
      '这条小\u200b路很长，中\u200d国人\u00ad民很勤劳。',
    );
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  });

  it('a variation selector stays in the ruby of the character it modifies', async () => {
    const page = await harness.openAndAnnotate(
      'vs.html',
      '<body><div id="a"><p id="p">葛\u{E0100}城市的\u8fbb\ufe00先生来了。</p></div></body>',
      { rootSelector: '#a' },
    );
    const found = await page.evaluate(() => {
      const rubyOf = (char: string) => [...document.querySelectorAll('#p ruby.dudong')].find((r) => r.firstChild!.textContent!.includes(char));
      return {
        ge: rubyOf('葛')?.firstChild?.textContent ?? null,
        tsuji: rubyOf('\u8fbb')?.firstChild?.textContent ?? null,
        // No text node outside a ruby starts with a selector cut from its character.
        orphans: [...document.querySelectorAll('#p')].flatMap((p) =>
          [...p.childNodes].filter((n) => n.nodeType === 3 && /^(\udb40[\udd00-\uddef]|[\ufe00-\ufe0f])/.test(n.textContent!)),
        ).length,
      };
    });
    expect(found.ge).toMatch(/^葛\u{E0100}/u);
    expect(found.tsuji).toMatch(/^\u8fbb\ufe00/);
    expect(found.orphans).toBe(0);
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  });
});
