/**
 * Family "punctuation": a second mark glued after a comma (,, ，。 ，,) or a full stop doubled (。。).
 * Exactly two marks: runs of three or more are someone's ellipsis ("，，，" "。。。") and stay, and
 * so do marks right after an opening bracket. A doubled full stop is a template's, not a writer's:
 * none of the corpus, SIGHAN or CPP text has one, and a writer who trails off types three or six.
 */
import type { SpamSpan } from './types';

const COMMA = ',，';
const DOUBLED_AFTER_COMMA = ',，。.';

/**
 * A doubled enumeration comma between two items (东城区、、朝阳区) is a farm's, or a list that lost an
 * item when its page dropped a link (Wikipedia text: 锯木、、木浆): the two read alike, so it is only
 * marked, for the reader to judge.
 */
const DOUBLED_ENUMERATION = /(?<=[\p{Script=Han}A-Za-z0-9”」』）)》])、(?=、(?:[\p{Script=Han}A-Za-z0-9“「『（(《]))/gu;

export function findDoubledPunctuation(text: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  for (const match of text.matchAll(DOUBLED_ENUMERATION)) {
    spans.push({
      start: match.index + 1,
      end: match.index + 2,
      family: 'punctuation',
      confidence: 0.6,
      tier: 'suspect',
      reason: 'A doubled enumeration comma: possibly added by the copying site, or an item the page lost.',
    });
  }
  for (let i = 1; i < text.length; i++) {
    const first = text.charAt(i - 1);
    const second = text.charAt(i);
    const doubled = (COMMA.includes(first) && DOUBLED_AFTER_COMMA.includes(second)) || (first === '。' && second === '。');
    if (!doubled) continue;
    const beforeRun = text.charAt(i - 2);
    const afterRun = text.charAt(i + 1);
    // charAt past either end is '', which every string "includes": test the marks that are there.
    if ((afterRun && DOUBLED_AFTER_COMMA.includes(afterRun)) || (beforeRun && DOUBLED_AFTER_COMMA.includes(beforeRun))) continue;
    if (!beforeRun) continue;
    // A sentence closed after a trailing comma (…的需要，。) ends a paragraph in text nobody
    // farmed (CPP has nine); only a mark doubled on itself is a template's there.
    if (!afterRun && first !== second && !(COMMA.includes(first) && COMMA.includes(second))) continue;
    // Inside brackets that lost their content (（，，） where a page dropped a birth date), the marks
    // are what is left of the writer's list, not a farm's insertion.
    if ('(（[【'.includes(beforeRun)) continue;
    spans.push({
      start: i,
      end: i + 1,
      family: 'punctuation',
      confidence: 0.85,
      tier: 'hidden',
      reason: 'A doubled punctuation mark, added by the copying site.',
    });
  }
  return spans;
}
