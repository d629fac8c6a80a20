/**
 * The tier of each link's text (./features-links.ts): boosted trees over the link evidence,
 * written by `npx tsx scripts/spam/train-links.ts` from the development pages only
 * (./link-weights.json), with its two levels measured out of fold there.
 *
 * Two policies the training data cannot show:
 * - a link to the page's own site is never hidden, only marked — a site links its own tag and
 *   story pages all the time, and an inline link must never be hidden for being a link;
 * - a linked headline standing as a line of its own (a site's 相关新闻 / 延伸阅读 list: headlines,
 *   dates, bylines) is judged like a related line in text (./find-site-lines.ts): off the page's
 *   topic is no evidence, so it is hidden or marked only where it sells what farms sell (`sells`:
 *   easy money, loans without a credit check, a sure win) or carries a word only the grey market
 *   uses (./grey-words.ts TRADE_WORDS). The model learnt off-topic headlines from the generator's
 *   farms; on QA's clean pages it marked a site's own related stories (30 characters on 2 pages).
 * - a link in the site's own credit line (./credit-line.ts) is never hidden, only marked (session 31).
 * - session 33: a link the model marks is hidden when its text is the grey market's own vocabulary (./grey-words.ts) and
 *   the article says none of its words outside links: a farm's keyword off the page's topic (…落到实处。<a>金沙真人娱乐城</a>,
 *   bench:spam dev: 7 of its 11 missed link-text characters). Never a link to the page's own site, in its credit line or
 *   in a line of linked headlines (a related list).
 */
import { sells } from './find-site-lines';
import { isGreyWord, TRADE_WORDS } from './grey-words';
import { probability, type KindModel } from './score';
import { LINK_FEATURES, type LinkCandidate } from './features-links';
import type { SpamSpan } from './types';
import weights from './link-weights.json';

export const LINK_MODEL: KindModel = weights;

const REASON = 'Link text that does not belong to the article: a keyword pasted in for search engines.';

export interface ScoredLink extends LinkCandidate {
  probability: number;
}

export function scoreLinks(candidates: readonly LinkCandidate[], model: KindModel = LINK_MODEL): ScoredLink[] {
  return candidates.map((c) => ({ ...c, probability: probability(model, c.features) }));
}

const TRADE_WORD = new RegExp(TRADE_WORDS.source, 'iu');

function sellsOrTrades(text: string): boolean {
  return sells(text) || TRADE_WORD.test(text);
}

/** The link's content words said nowhere outside the page's links, nor in its headline (./features-links.ts). */
const offTopic = (c: LinkCandidate): boolean => c.features[LINK_FEATURES.indexOf('topicShare')] === 0 && c.features[LINK_FEATURES.indexOf('inHeadline')] === 0;

/** Per paragraph, the spans of the links judged pasted. */
export function decideLinks(scored: readonly ScoredLink[], paragraphs: number, model: KindModel = LINK_MODEL): SpamSpan[][] {
  const out: SpamSpan[][] = Array.from({ length: paragraphs }, () => []);
  for (const c of scored) {
    if (c.ownLine && !sellsOrTrades(c.text)) continue;
    // The site's credit line (来源：<a>…</a> and a date) is the site's own: marked at most (session 31: a linked 来源：<outlet>
    // under the headline of a clean page was hidden as a pasted keyword, in the browser only, where links are read).
    const marked = c.probability >= model.tiers.suspect;
    const greyKeyword = marked && !c.ownLine && offTopic(c) && (isGreyWord(c.text) || sellsOrTrades(c.text));
    const hidden = (c.probability >= model.tiers.hidden || greyKeyword) && !c.link.sameSite && c.creditLine !== true;
    if (!hidden && !marked) continue;
    out[c.paragraph]?.push({
      start: c.link.start,
      end: c.link.end,
      family: 'seo',
      confidence: c.probability,
      tier: hidden ? 'hidden' : 'suspect',
      reason: REASON,
    });
  }
  return out;
}
