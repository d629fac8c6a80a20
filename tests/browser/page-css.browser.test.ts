/**
 * A page's stylesheet against Dudong's readings, in a real browser: rules that hide, shrink, fade or
 * move every <rt> (with !important and high specificity) leave our readings readable, and the page's
 * own ruby keep the page's styles.
 */
import { describe, expect, it } from 'vitest';
import { stopAndCompare, useReaderHarness } from './harness/annotate-page';

const harness = useReaderHarness();

const HOSTILE_CSS = `
rt { visibility: hidden !important; display: none !important; font-size: 0 !important; }
html body #a p ruby rt { color: transparent !important; opacity: 0 !important; }
#a rt { transform: scale(0) !important; clip-path: inset(50%) !important; position: absolute !important; left: -9999px !important; }
ruby { display: block !important; font-size: 1px !important; visibility: hidden !important; }
#a ruby:not(.x) > rt::before { content: "广告" !important; }
#a span { display: none !important; }
`;

describe("a page's CSS against our readings", () => {
  it("leaves every reading visible, readable and in place; the page's own ruby keep its styles", async () => {
    const page = await harness.openAndAnnotate(
      'hostile-css.html',
      `<body><style>${HOSTILE_CSS}</style><div id="a"><p>临安坚持信访工作。</p><p><ruby id="own">漢字<rt>hànzì</rt></ruby>本来有注音。</p></div></body>`,
      { rootSelector: '#a', toneColours: true },
    );
    const seen = await page.evaluate(() => {
      const ruby = document.querySelector('ruby.dudong[data-dudong-word="临安"]')!;
      const rt = ruby.querySelector('rt')!;
      const base = getComputedStyle(ruby);
      const reading = getComputedStyle(rt);
      const syllable = getComputedStyle(rt.querySelector('span')!);
      const box = rt.getBoundingClientRect();
      const rubyBox = ruby.getBoundingClientRect();
      const ownRt = getComputedStyle(document.querySelector('#own rt')!);
      return {
        rubyDisplay: base.display,
        rubyVisible: ruby.checkVisibility({ visibilityProperty: true }),
        rubyFontPx: parseFloat(base.fontSize),
        rtVisible: rt.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
        rtDisplay: reading.display,
        rtFontPx: parseFloat(reading.fontSize),
        rtOpaque: parseFloat(reading.opacity) > 0.5,
        syllableColour: syllable.color,
        syllableDisplay: syllable.display,
        rtOverWord: box.width > 0 && box.bottom <= rubyBox.top + rubyBox.height / 2 && box.left < rubyBox.right && box.right > rubyBox.left,
        rtText: rt.textContent,
        rtBefore: getComputedStyle(rt, '::before').content,
        ownRtDisplay: ownRt.display,
      };
    });
    expect(seen).toEqual({
      rubyDisplay: 'ruby',
      rubyVisible: true,
      rubyFontPx: 16,
      rtVisible: true,
      rtDisplay: 'ruby-text',
      rtFontPx: 8.8,
      rtOpaque: true,
      syllableColour: 'rgb(196, 106, 0)',
      syllableDisplay: 'inline',
      rtOverWord: true,
      rtText: 'lín ān',
      rtBefore: 'none',
      ownRtDisplay: 'none',
    });
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true, adoptedSheets: 0 });
    await page.close();
  });
});
