/**
 * Family "seo", in English: a search string a farm drops into a Chinese sentence for search engines
 * (…正确free spins no deposit和伟大…, …的服务。online poker real money). It reads as a query, not as
 * English a writer cites: three words or more, all in lower case (a name, a title or a brand is
 * capitalised: Financial Times, Harry Potter, iPhone 15 Pro), standing bare in Chinese text — not
 * enclosed in quotation marks or brackets, where writers put the English they quote (“best value
 * for money”, （The Wall Street Journal）), and not after a colon that introduces it. A paragraph
 * that is nothing but such a string is one too (a farm's own line between Chinese paragraphs).
 *
 * Writers also drop a lower-case technical phrase into a sentence now and then (采用machine learning
 *方法), so such a phrase is only marked; one naming a trade that buys search traffic (session 19:
 * fakes, casino and betting, bought followers, pills) is hidden.
 */
import { finderSpan } from './finder-span';
import { isHan } from './text-classes';
import type { SpamSpan } from './types';

/** Three or more lower-case words (a year or a number may be one of them), single spaces between. */
const QUERY = /(?<![A-Za-z0-9'’.@/_-])[a-z][a-z'’-]*(?: (?:[a-z][a-z'’-]*|\d{1,4})){2,}(?![A-Za-z0-9@/_-])/gu;
/** Marks a writer encloses quoted English in (the string must start right after one). */
const OPENERS = '（(【[《〈“"‘「『';
/** Beside the string, more than this many Latin letters per Han character is English text, not Chinese. */
const MAX_LETTERS_PER_HAN = 3;
/**
 * The trades that buy English search traffic: fakes, casino and betting, bought followers, pills. A
 * query naming one is hidden; writers cite English with capitals or in quotation marks, and a lower-case
 * phrase of a trade's words, bare in Chinese text, is nobody's sentence.
 */
const TRADE_WORDS = /\b(?:replicas?|fake|casinos?|poker|slots?|betting|free spins|no deposit|jackpot|followers|likes|viagra|cialis|payday|escorts?)\b/u;
/** A paragraph of nothing but a query is a pasted line when it is short. */
const MAX_LINE_WORDS = 8;

export function findEnglishSeo(text: string): SpamSpan[] {
  const han = [...text].filter(isHan).length;
  const letters = text.match(/[A-Za-z]/gu)?.length ?? 0;
  const spans: SpamSpan[] = [];
  for (const match of text.matchAll(QUERY)) {
    const start = match.index;
    const end = start + match[0].length;
    const alone = text.trim() === match[0] && match[0].split(' ').length <= MAX_LINE_WORDS;
    const own = match[0].match(/[A-Za-z]/gu)?.length ?? 0;
    if (!alone && letters - own > han * MAX_LETTERS_PER_HAN) continue;
    const before = text.slice(0, start).replace(/ +$/u, '');
    const after = text.slice(end).replace(/^ +/u, '');
    // Bare in Chinese text: Han or a clause mark (or the paragraph's edge) on both sides.
    const bare = (ch: string): boolean => ch === '' || isHan(ch) || '，。、；！？…．,;'.includes(ch);
    if (!alone && (!bare(before.slice(-1)) || !(bare(after.charAt(0)) || '“「'.includes(after.charAt(0))))) continue;
    if (OPENERS.includes(before.slice(-1) || '_') || /[:：]$/u.test(before)) continue;
    spans.push(
      finderSpan(start, end, 'seo', TRADE_WORDS.test(match[0]), {
        hidden: 'An English search phrase of a spam trade (fakes, betting, bought followers) pasted into the Chinese text.',
        marked: 'An English search phrase standing bare in the Chinese text: possibly pasted in for search engines.',
      }),
    );
  }
  return spans;
}
