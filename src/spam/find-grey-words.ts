/**
 * Family "seo", by meaning: a word only the grey market uses (./grey-words.ts TRADE_WORDS: betting,
 * quick loans, credit repair, search-engine services, fake papers) pasted plain into a copied article that is not about them
 * (留守在[真钱棋牌]村里的老人). Marked, since news quotes every such word; the trade's own offers
 * (./grey-words.ts OFFER_PHRASES: 幸运飞艇在线计划, 黑户也能下款), unquoted, are hidden (session 14).
 *
 * Left alone: a word in quotation marks (the bait a story on fraud reports), every word of an article
 * about the trade (a root in its headline, in three paragraphs or more, or in a paragraph that tells of
 * a fraud, a raid or a ruling). (The language model's
 * seams were tried as a third test and read these words as fitting their host: see the README.)
 *
 * Look-alike spellings are read as what they imitate: a Traditional form in Simplified text (徵信)
 * by the Simplified view, and katakana that copy a Han character's shape (网贷ロ子) by LOOK_ALIKE.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { isGreyWord, OFFERS, TRADE_WORDS } from './grey-words';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** Katakana drawn like a Han character (ロ 口, エ 工, カ 力 …), one for one, so offsets stay. */
const LOOK_ALIKE: Record<string, string> = { ロ: '口', エ: '工', カ: '力', ニ: '二', ト: '卜', タ: '夕', ハ: '八', ヒ: '匕' };
const readAs = (text: string): string => toSimplifiedForm(text).replace(/[ロエカニトタハヒ]/gu, (ch) => LOOK_ALIKE[ch] ?? ch);
/** An article with a root in this many paragraphs is about the trade. */
const TOPIC_PARAGRAPHS = 3;
/** Words a story on the trade tells it with (a fraud, a raid, a ruling): with a root beside them, the topic. */
const NEWS_OF_IT = /诈骗|骗局|骗子|警方|公安|民警|打击|犯罪|案件|监管|违法|违规|非法|提醒|曝光|调查|法院/u;

/** Per paragraph, the grey-market words of a page that is not about them (suspect only). */
export function findGreyWords(title: string, paragraphs: readonly string[], cut: (text: string) => string[]): SpamSpan[][] {
  const views = paragraphs.map(readAs);
  const withRoot = views.filter((view) => isGreyWord(view)).length;
  const told = views.some((view) => isGreyWord(view) && NEWS_OF_IT.test(view));
  if (withRoot === 0 || told || isGreyWord(readAs(title)) || withRoot >= TOPIC_PARAGRAPHS) return paragraphs.map(() => []);
  return paragraphs.map((text, p) => {
    const view = views[p] ?? '';
    if (!isGreyWord(view)) return [];
    // Each root widened to the segmenter's words it touches (刷|流水 for 刷流水), touching runs merged.
    const bounds = [0];
    for (const word of cut(view)) bounds.push((bounds[bounds.length - 1] ?? 0) + word.length);
    const runs: [number, number][] = [];
    for (const m of view.matchAll(TRADE_WORDS)) {
      // A root across two words of the host (时代|发展 holds 代发) is no word of the text.
      if (!bounds.includes(m.index) && !bounds.includes(m.index + m[0].length)) continue;
      const start = Math.max(...bounds.filter((b) => b <= m.index));
      const end = Math.min(...bounds.filter((b) => b >= m.index + m[0].length));
      const last = runs[runs.length - 1];
      if (last && last[1] >= start) last[1] = Math.max(last[1], end);
      else runs.push([start, end]);
    }
    return runs
      .filter(([start]) => !insideQuotes(text, start, true))
      .map(([start, end]) =>
        // The trade's own offer (幸运飞艇在线计划, 黑户也能下款), unquoted in an article not about it: hidden.
        OFFERS.test(view.slice(start, end))
          ? { start, end, family: 'seo' as const, confidence: 0.9, tier: 'hidden' as const, reason: 'A grey-market offer (a betting plan, a search service, papers, a loan past the credit check) in an article not about them: pasted in.' }
          : {
              start,
              end,
              family: 'seo' as const,
              confidence: 0.6,
              tier: 'suspect' as const,
              reason: 'A grey-market word (betting, loans, search services, fake papers) in an article not about them: possibly pasted in.',
            },
      );
  });
}
