/**
 * Family "pinyin": readings in brackets glued after a Han character, 国(guo)(guó)务院, 标【biao1】题.
 * A bracket is spam only when it holds exactly one Mandarin syllable (tone marks, a tone digit or an
 * emoji glued in are allowed) and directly follows a Han character or another such bracket: real
 * brackets hold names, acronyms or whole romanised words, not one lowercase syllable. Farms use
 * whichever bracket their template has, so every pair Chinese text uses counts, each closed by its
 * own partner.
 */
import { PINYIN_SYLLABLES } from './pinyin-syllables';
import { isEmojiJoiner, isHan, isStraySymbol } from './text-classes';
import type { SpamSpan } from './types';
import { toSimplifiedForm } from '../script/simplified-view';

const BRACKET = /(?:[(（]([^()（）]{1,12})[)）]|【([^【】]{1,12})】|\[([^[\]]{1,12})\]|〔([^〔〕]{1,12})〕)/gu;
/**
 * A paragraph about how characters are read (重(chóng)复的重，重(zhòng)量的重) glosses them on
 * purpose: its readings are the writer's. Copied news never talks about its own pronunciation.
 */
export const ABOUT_READINGS = /读音|读作|读成|念作|念成|拼音|注音|发音|多音字|声调/u;

/** The toneless syllable in a bracket's content, or null when it is anything else. */
function syllableOf(content: string): string | null {
  let letters = '';
  let toned = false;
  for (const ch of content) {
    if (isStraySymbol(ch) || isEmojiJoiner(ch) || ch === ' ') continue;
    if ('ǖǘǚǜ'.includes(ch)) toned = true;
    if ('üǖǘǚǜ'.includes(ch)) {
      letters += 'v';
      continue;
    }
    if (/^[1-5]$/.test(ch) && letters) {
      toned = true;
      continue;
    }
    const bare = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (!/^[a-z]$/.test(bare)) return null;
    if (bare !== ch) toned = true;
    letters += bare;
  }
  if (!PINYIN_SYLLABLES.has(letters)) return null;
  // "(a)" "(e)" are list labels as often as readings; trust one letter only with a tone on it.
  if (letters.length === 1 && !toned) return null;
  return letters;
}

export function findPinyinGlosses(text: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  // Matched on the Simplified form, so 讀音, 唸作 and 聲調 count as well.
  if (ABOUT_READINGS.test(toSimplifiedForm(text))) return spans;
  let chainEnd = -1;
  for (const match of text.matchAll(BRACKET)) {
    const start = match.index;
    const end = start + match[0].length;
    if (syllableOf(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '') === null) continue;
    const before = start > 0 ? precedingChar(text, start) : '';
    const follows = start === chainEnd || isHan(before);
    if (!follows) continue;
    const last = spans[spans.length - 1];
    if (last && last.end === start) last.end = end;
    else
      spans.push({
        start,
        end,
        family: 'pinyin',
        confidence: 0.95,
        tier: 'hidden',
        reason: 'A pinyin reading in brackets glued after a character, added by the copying site.',
      });
    chainEnd = end;
  }
  return spans;
}

function precedingChar(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text.charAt(index - 1);
}
