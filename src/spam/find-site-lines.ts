/**
 * Family "seo": the farm's own lines about itself, pasted into a copied article — a call to visit
 * or follow a site (更多精彩资讯请关注某某网。, 想了解更多，请访问某某站), and a "related reading"
 * label before a headline the article has nothing to do with (推荐阅读：某某秘诀). Found by shape and
 * by the page's topic, not by a list of sites.
 *
 * All these shapes are a writer's too: a notice ends with 更多信息请登录市政府网站查询, a site prints
 * its own related stories under 相关阅读：, and source lines name sites. So a call to visit is only
 * marked, and only where it is a sentence of its own that opens with "more"; a source line only in
 * the middle of the article; a related line only before the last paragraph (where a site's own
 * related stories stand) and where its headline is off the page's topic (few of its Han character
 * pairs said elsewhere). Nothing here
 * is hidden: a gambling word in an off-topic related headline was tried, and it hid a site's own
 * related story on a crackdown on gambling (tests/fixtures/ad-guard-texts.ts).
 */
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** A sentence that opens with "more" and asks the reader to go to a named site, app or account. */
const SITE_CALL = /(?:^|(?<=[。！？!?]))\s*(?:更多|欲知|想了解|想知道|了解更多)[^。！？!?]{0,12}?(?:请|可|就)?(?:关注|访问|搜索|登录|下载|收藏)[^。！？!?]{1,12}?(?:网|站|平台|APP|App|app|公众号|头条|资讯)(?:[。！!]|$)/gu;
/** A label of the "related reading" kind, then a headline up to the sentence's or line's end. */
const RELATED = /(?:相关|延伸|推荐|热门|精彩|扩展|拓展)(?:阅读|推荐|文章|新闻|链接)|猜你喜欢|你可能(?:感兴趣|还喜欢|喜欢)|看了又看/u;
/**
 * The label at a line's or sentence's start, its headline (4–20 characters, no brackets) running to
 * the paragraph's end or a full stop: glued to the article's own text (…征信这对一个…) a headline has no
 * end to be read by, and the longer stretch is left alone.
 */
const RELATED_LINE = new RegExp(`(?<=^|[。！？!?]\\s*)(?:${RELATED.source})\\s*[:：>》›»\\]】]+\\s*([^。！？!?\\n（(［\\[【〔]{4,20})(?:[。！？!?]|$)`, 'gu');
/**
 * A line naming the site that compiled or edited the text (本文由某某网整理发布, （某某网编辑）). Real
 * pages print source lines too, at the start (新华社讯) and the end (来源：, 责任编辑): only one neither
 * in the first paragraph nor in the last is marked.
 */
const SOURCE_LINE = /(?:本文|文章|此文)(?:由|来自|来源于?|转自|摘自|系)[^。！？!?，,]{2,12}?(?:网|站|平台)(?:[^。！？!?，,]{0,8}(?:整理|编辑|发布|提供|原创|转载))?[。！!]?|[（(][^（）()]{2,10}(?:网|站|平台)(?:整理|编辑|编辑整理|独家整理)[）)]/gu;

/** Han character pairs of `text`. */
function pairs(text: string): Set<string> {
  const out = new Set<string>();
  const han = [...text.replace(/[^\p{Script=Han}]/gu, ' ')];
  for (let i = 0; i + 1 < han.length; i++) if (han[i] !== ' ' && han[i + 1] !== ' ') out.add(`${han[i]}${han[i + 1]}`);
  return out;
}

/**
 * The site lines of each paragraph. `title` and `paragraphs`: the page, whose pairs tell a related
 * headline on its topic from one off it.
 */
export function findSiteLines(title: string, paragraphs: readonly string[]): SpamSpan[][] {
  // The page's topic without any related line (a farm pastes the same headline twice).
  const page = pairs([title, ...paragraphs.map((text) => text.replace(RELATED_LINE, ' '))].join(' '));
  return paragraphs.map((text, p) => {
    const spans: SpamSpan[] = [];
    for (const m of text.matchAll(SITE_CALL)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      if (insideQuotes(text, start)) continue;
      spans.push({ start, end: m.index + m[0].length, family: 'seo', confidence: 0.6, tier: 'suspect', reason: 'A call to visit a site: possibly the farm’s own line.' });
    }
    const middle = p > 0 && p < paragraphs.length - 1;
    const last = p === paragraphs.length - 1;
    for (const m of middle ? text.matchAll(SOURCE_LINE) : []) {
      if (insideQuotes(text, m.index)) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, family: 'seo', confidence: 0.6, tier: 'suspect', reason: 'A line naming a site in the middle of the article: possibly the farm’s own.' });
    }
    // A site's own related stories close the article (its last paragraph); a farm pastes its line mid-article.
    for (const m of last ? [] : text.matchAll(RELATED_LINE)) {
      const headline = m[1] ?? '';
      if (insideQuotes(text, m.index)) continue;
      // Off the topic: at most one pair in five the page says elsewhere (一天, 技巧 are anyone's).
      const own = [...pairs(headline)];
      if (own.filter((pair) => page.has(pair)).length > own.length / 5) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, family: 'seo', confidence: 0.6, tier: 'suspect', reason: 'A "related reading" line off the article’s topic: possibly pasted in.' });
    }
    return spans;
  });
}
