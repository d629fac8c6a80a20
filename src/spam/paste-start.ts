/**
 * Where a sentence-shaped paste starts, given where its first telling word is. A farm pastes its
 * line after a full stop, but also at the end of a paragraph that ended without one (…希望小学[本站
 * 永久域名，请收藏防丢失！]), after a site's own link (［详细］) or a closing quote: the "sentence"
 * around the line then begins with the article's words. So the paste starts at its first telling
 * word, taking before it only what the line itself says there — a lead of the finder's own (请牢记,
 * 长按) right at the clause's start, past closing marks; never an article's words (session 13: a
 * clause-wide start hid 与康师傅, 出生日期, ［详细］ on generated pages).
 */
import { isClausePunctuation } from './text-classes';

const CLOSERS = /[\s”’」』）)】］＂"]/u;

export function pasteStart(text: string, cueAt: number, lead: RegExp, floor = 0): number {
  let start = cueAt;
  while (start > floor && !isClausePunctuation(text.charAt(start - 1)) && text.charAt(start - 1) !== '\n' && !CLOSERS.test(text.charAt(start - 1))) start--;
  return lead.test(text.slice(start, cueAt)) ? start : cueAt;
}
