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
 * related stories stand), where its headline is off the page's topic (few of its Han character
 * pairs said elsewhere) and where it sells what farms sell (`sells` below). Nothing here is hidden:
 * a gambling word in an off-topic related headline was tried, and it hid a site's own related
 * story on a crackdown on gambling (tests/fixtures/ad-guard-texts.ts).
 */
import GAMBLING_WORDS from './gambling-words.json';
import { toSimplifiedForm } from '../script/simplified-view';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** A sentence that opens with "more" and asks the reader to go to a named site, app or account. */
const SITE_CALL = /(?:^|(?<=[。！？!?]))\s*(?:更多|欲知|想了解|想知道|了解更多)[^。！？!?]{0,12}?(?:请|可|就)?(?:关注|访问|搜索|登录|下载|收藏)[^。！？!?]{1,12}?(?:网|站|平台|APP|App|app|公众号|头条|资讯)(?:[。！!]|$)/gu;
/**
 * An editor's pick label (session 14): 小编精选, 编辑推荐, 大家都在看, 为你推荐 … A site's own related
 * stories stand under these too, so `sells` still decides; a pick that sells easy money or a loan
 * without a credit check, with no warning word, is hidden (see `findSiteLines`).
 */
const EDITOR_LABEL = '(?:小编|编辑)(?:精选|推荐|力荐|说)|(?:大家|网友|很多人|他们)(?:都在看|还在看|正在看)|为你推荐|猜你想看|你可能(?:还)?想看|今日推荐';
const EDITOR = new RegExp(`${EDITOR_LABEL}|猜你喜欢|看了又看`, 'u');
/** A headline that warns of the scheme it names (警惕…, …是骗局): the site's own, never hidden. */
const WARNS = /警惕|骗|揭秘|曝光|小心|谨防|当心|套路|陷阱|警方|打击|真相|[吗？?]/u;
/** A label of the "related reading" kind, then a headline up to the sentence's or line's end. */
const RELATED = new RegExp(String.raw`(?:相关|延伸|推荐|热门|精彩|扩展|拓展)(?:阅读|推荐|文章|新闻|链接)|猜你喜欢|你可能(?:感兴趣|还喜欢|喜欢)|看了又看|${EDITOR_LABEL}`, 'u');
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

/**
 * What a farm's related line sells: easy money, loans that skip the credit check, sure bets. Off the
 * topic alone is no evidence: a site's related or popular stories are often about something else
 * (QA's clean pages: 相关新闻：多部门联合发布新规 明年起施行 under a story on school safety, marked
 * on four pages; 延伸阅读：暑期儿童安全提示 under a court report, on two). The money and loan words
 * are claims a news headline does not make of a story (日赚, 月入, 稳赚; 不看征信, 秒批, 下款).
 * A bet word alone is the news's too (三部门联合打击网络赌博, a guard page's real related story):
 * a tip sells a sure win, so a bet word (./gambling-words.json's class: CC-CEDICT's gambling and
 * lottery headwords, and the farms' games) counts only with a claim of one.
 */
const MONEY = /(?:日|月|天天|一天|每天|每月|轻松|在家|躺着|手机)[^，。！？]{0,4}?(?:赚|入过?[一二三四五六七八九十百千万\d])|赚(?:钱|[一二三四五六七八九十百千万\d])|兼职|日结|月入|暴富|躺赚|稳赚|零投资|副业/u;
const LOAN = /征信|网贷|下款|秒批|秒到|黑户|口子|当天到账|急用钱/u;
const SURE_WIN = /必中|必出|稳赢|包中|稳赚/u;
const BET = new RegExp(['时时彩', '六合彩', '竞猜', '投注', '生肖', ...GAMBLING_WORDS].join('|'), 'u');
const TIP = /必胜|跟着买|选号|打法|技巧|秘诀|攻略|心得|预测|内幕|计划/u;

export function sells(headline: string): boolean {
  return MONEY.test(headline) || LOAN.test(headline) || SURE_WIN.test(headline) || (BET.test(headline) && TIP.test(headline));
}

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
export function findSiteLines(title: string, pageParagraphs: readonly string[]): SpamSpan[][] {
  // Read in Simplified form (same length, so offsets are the page's): a Traditional page's labels
  // (相關閱讀) and claims (穩賺) are the same lines.
  const paragraphs = pageParagraphs.map(toSimplifiedForm);
  // The page's topic without any related line (a farm pastes the same headline twice).
  const page = pairs([toSimplifiedForm(title), ...paragraphs.map((text) => text.replace(RELATED_LINE, ' '))].join(' '));
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
      const shared = own.filter((pair) => page.has(pair)).length;
      if (!sells(headline)) continue;
      // An editor's pick selling easy money or a loan past the credit check, warning of nothing: the
      // farm's. Its claims share everyday pairs with any page (手机, 每天, 方法), so up to two in five may.
      const label = m[0].slice(0, m[0].length - headline.length - (/[。！？!?]$/u.test(m[0]) ? 1 : 0));
      const picked = EDITOR.test(label) && (MONEY.test(headline) || LOAN.test(headline) || SURE_WIN.test(headline)) && !WARNS.test(headline);
      if (shared > own.length / (picked ? 2.5 : 5)) continue;
      // A pick's headline is a line: closed by the line's end. One closed by a stop may have run on into the
      // writer's next sentence glued after it (猜你喜欢：月入三万的秘诀这一等就是三年。, beside27 dev): marked.
      if (picked && !/[。！？!?]$/u.test(m[0])) {
        spans.push({ start: m.index, end: m.index + m[0].length, family: 'seo', confidence: 0.9, tier: 'hidden', reason: 'An editor’s pick selling easy money or loans, off the article’s topic: pasted in.' });
        continue;
      }
      spans.push({ start: m.index, end: m.index + m[0].length, family: 'seo', confidence: 0.6, tier: 'suspect', reason: 'A "related reading" line off the article’s topic: possibly pasted in.' });
    }
    return spans;
  });
}
