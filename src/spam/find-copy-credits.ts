/**
 * Family "seo": the footer a copier carries over from the page it took (session 21: QA20's
 * copy-attribution footers, 10% found) — a Q&A site's footer (作者：… 链接：https://… 来源：… 著作权归
 * 作者所有), a repost note naming an account in quotes with its request (转载自公众号“…”，原文链接见…),
 * a bracketed note that the text comes from the net (（本文来源于网络，…）).
 *
 * Each carries its own end — the footer's last field or its rights sentence, the request's stop, the
 * bracket — so it is read glued anywhere, mid-sentence too, and never runs on into the writer's clause.
 * A writer credits a paper (本文转载自《光明日报》, 原载于…) or cites an account's report (据公众号“…”消息):
 * a name in book-title marks, or no repost word with an account, is left.
 */
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** A field's value: no space, no sentence mark, short. */
const VALUE = '[^\\s\\u3000，,。！？!?：:（）()]{1,12}';
/** The rights sentence a Q&A site prints under an answer, in one or two parts. */
const RIGHTS = '著作权归作者所有[。.]?(?:\\s?商业转载请联系作者获得授权[，,]\\s?非商业转载请注明出处[。.]?)?';
const QA_FOOTER = new RegExp(`作者\\s?[:：]\\s?${VALUE}\\s*链接\\s?[:：]\\s?https?://[\\w./?=&%#-]+\\s*来源\\s?[:：]\\s?${VALUE}(?:\\s*${RIGHTS})?`, 'gu');
/**
 * The request after a repost's name ends where its own grammar does: at its object (…见评论区, …联系原作者,
 * …注明出处), at 侵删, or at its own stop; glued with none of these, it is left out, so that it never takes
 * the writer's clause after it (QA20's one real-text failure: a paste's extent run on to the writer's stop).
 */
const REQUEST = '[，,；;]\\s?(?:侵删|(?:原文链接|原文地址|原文|如需转载|转载请|版权归|如有侵权)(?:[^。！？!?\\n，,]{0,14}?(?:评论区|留言区|文末|原作者|作者|出处|授权|删除|所有)|[^。！？!?\\n，,]{0,20}(?=[。！!])))[。！!]?';
/** A repost of an account's post: the repost word, the platform's account, its name in quotes, the request after it. */
const REPOST = new RegExp(
  `(?:[—–-]{1,2}\\s?)?(?:本文)?(转载自|转自|来自|来源于|摘自)\\s?((?:微信)?(?:公众号|微信号|头条号|百家号|订阅号))?\\s?[“「『"]([^”」』"\\n]{1,16})[”」』"](${REQUEST})?`,
  'gu',
);
/** A note in brackets that the text comes from the net, to its bracket. */
const NET_NOTE = /[（(]\s?(?:本文|文章|本篇|内容|图文)?(?:来源于|来自|源自|转自|摘自)(?:网络|互联网|网上)[^（）()\n]{0,30}[）)]/gu;

export function findCopyCredits(text: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  const add = (start: number, end: number): void => {
    spans.push(finderSpan(start, end, 'seo', true, { hidden: "A repost or source footer of the page the text was copied from.", marked: '' }));
  };
  for (const m of text.matchAll(QA_FOOTER)) {
    // With no rights sentence, a source's value not closed by a space or the paragraph's end may run into the writer's
    // words (来源：某社区以后…): the footer ends at its link.
    const open = !/著作权/u.test(m[0]) && !/^(?:\s|$)/u.test(text.slice(m.index + m[0].length));
    add(m.index, open ? m.index + m[0].search(/\s*来源\s?[:：]/u) : m.index + m[0].length);
  }
  // An account named in quotes with a repost's request after it, or reposted (not cited: 消息来自公众号“…”) from the platform.
  for (const m of text.matchAll(REPOST)) if (m[4] || (m[2] && /转/u.test(m[1] ?? ''))) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(NET_NOTE)) add(m.index, m.index + m[0].length);
  return spans;
}
