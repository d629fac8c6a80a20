/**
 * Family "seo", the farm's own ad line: one short line telling the reader to follow, download,
 * add or visit the site (关注公众号…, 下载本站APP…, 添加QQ群…领取福利), pasted two or three times on
 * one page — between paragraphs, after a full stop, after a comma. Two things together prove it:
 *
 * - the page has the same stretch in two places or more (./candidates-repeated.ts finds them), and
 * - the stretch speaks to the reader about the site: an action (关注, 下载, 扫码, 添加, 收藏 …)
 *   with the site itself (本站, 本页, 小编, 关注我们 …), a channel (公众号, 二维码, QQ群, 客服 …) or a contact
 *   number (wx8866, 5566778).
 *
 * A writer repeats a quotation or a figure, not a call to follow the site; the source and byline
 * lines real news carries (来源：新华社, 记者 …, 责任编辑) are never taken.
 */
import { repeatedStretches } from './candidates-repeated';
import type { SpamSpan } from './types';

const ACTION = /关注|下载|访问|收藏|转发|扫码|扫描|识别|添加|加入|搜索|点击|长按|私信|回复|领取|订阅|分享|登录|登陆/u;
const SITE = /本站|本网|本页|本文|小编|站长|(?:关注|收藏|联系|加入|订阅)我们/u;
const CHANNEL = /微信|公众号|二维码|小程序|客户端|APP|App|app|QQ|群|客服|朋友圈|首页|网址/u;
const CONTACT = /[A-Za-z]*\d{4,}/u;
const SOURCE_LINE = /^(?:来源|來源|记者|記者|编辑|編輯|责任编辑|責任編輯|原标题|原標題|本报讯|本報訊|通讯员|通訊員|作者|摄影|攝影|图|圖)/u;
/** Longer than this, a repeated stretch is a passage the article quotes again, not an ad line. */
const MAX_LINE = 60;

/** A count of the act is a figure a story reports (券商APP下载量大增, 点击量), not a call to act. */
const COUNT_OF_ACT = /(?:关注|下载|访问|收藏|转发|扫码|点击|搜索|分享|订阅|登录|登陆)(?:量|数|率|度|次数|人数)/gu;

export function isAdLine(text: string): boolean {
  return ACTION.test(text.replace(COUNT_OF_ACT, '')) && (SITE.test(text) || CHANNEL.test(text) || CONTACT.test(text)) && !SOURCE_LINE.test(text);
}

/**
 * The ad lines inside a repeated stretch. A stretch runs on as far as all its copies agree, and
 * host text agrees by chance (two copies pasted after the same 学校。, or into an article that says
 * 李智贤称， twice): only its sentences that are ad lines count, each from its first clause that
 * names an action, the site, a channel or a contact.
 */
function adPieces(stretch: string): string[] {
  const out: string[] = [];
  for (const sentence of stretch.match(/[^。！？!?]+[。！？!?]?/gu) ?? []) {
    if (!isAdLine(sentence)) continue;
    const clauses = sentence.match(/[^，,；;］】）)]+[，,；;］】）)]?/gu) ?? [];
    const first = clauses.findIndex((c) => ACTION.test(c) || SITE.test(c) || CHANNEL.test(c) || CONTACT.test(c));
    const piece = clauses.slice(Math.max(0, first)).join('').replace(/[。！？!?]$/u, '');
    if (piece.length >= 6 && isAdLine(piece)) out.push(piece);
  }
  return out;
}

/**
 * Per paragraph, the copies of a repeated ad line (with the full stop that closes each). `cut`
 * (the segmenter) moves a copy's start off a host word it shares a character with (付[费添加…).
 */
export function findAdLines(paragraphs: readonly string[], cut?: (text: string) => string[]): SpamSpan[][] {
  const out: SpamSpan[][] = paragraphs.map(() => []);
  for (const stretch of repeatedStretches(paragraphs.join('\n'))) {
    if (stretch.length > MAX_LINE || !isAdLine(stretch)) continue;
    for (const piece of adPieces(stretch)) {
      paragraphs.forEach((text, p) => {
        const starts = wordStarts(text, cut);
        for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length)) {
          let start = at;
          while (starts && !starts.has(start) && start < at + 2) start++;
          const end = at + piece.length + (/[。！!]/u.test(text.charAt(at + piece.length)) ? 1 : 0);
          out[p]?.push({
            start,
            end,
            family: 'seo',
            confidence: 0.9,
            tier: 'hidden',
            reason: 'A line advertising the copying site (follow, download, add), repeated on the page.',
          });
        }
      });
    }
  }
  return out;
}

/** Offsets where the segmenter's words of `text` start (and its end), or null without a segmenter. */
function wordStarts(text: string, cut?: (text: string) => string[]): Set<number> | null {
  if (!cut) return null;
  const starts = new Set<number>([0, text.length]);
  let at = 0;
  for (const word of cut(text)) starts.add((at += word.length));
  return starts;
}
