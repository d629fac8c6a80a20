/**
 * Family "title", whole: the page's headline pasted as it stands into the middle of the body
 * (…探索与实践。跟随足迹重回下访地——这份考卷,临安作答19载日前,记者…). Farms do this as well as
 * stuffing pieces of it; writers never run their own headline into a sentence.
 *
 * A copy counts when it runs into the text around it: glued to a character, letter or digit on
 * both sides, or on one side when the headline has two parts or more (主题——副题, or two parts
 * with a space between), which a writer's sentence would not reproduce with its spacing. A
 * headline in one part must also be long (12 Han characters): a short one is a phrase the writer
 * may use. Quoted copies (“…” 《…》 「…」) and a paragraph that is the headline itself are the
 * writer's; but a headline of two parts glued into the words of a quotation is pasted all the same.
 */
import { cleanView } from './masked-view';
import { hanOnly, insideQuotes, isWordCharacter } from './text-classes';
import type { SpamSpan } from './types';

/**
 * Fewer Han characters than these and a headline is a phrase a writer may well use verbatim
 * (以下是视频征集入围短片展示): a headline in one part must be long and glued on both sides.
 */
const MIN_HAN = 8;
const MIN_HAN_ONE_PART = 12;
/** A site name after the headline in the page title: 标题_某某网, 标题 | 某某网, 标题 - 某某网. */
const SITE_SUFFIX = /\s*(?:[_|｜]|\s[-–—]\s)\s*/u;
const PARTS = /\s+|——|—|：|:|\|/u;
const OPEN = '“「『《〈"\'‘（(【[';
const CLOSE = '”」』》〉"\'’）)】]';

/** The headline without a site name after it: the longest of the parts a site separator splits. */
export function headlineOf(title: string): string {
  const parts = title.split(SITE_SUFFIX).map((part) => part.trim());
  return parts.reduce((best, part) => (hanOnly(part).length > hanOnly(best).length ? part : best), '');
}

export function findHeadlineCopies(title: string, paragraphs: readonly string[], masked: readonly SpamSpan[][] = []): SpamSpan[][] {
  const result: SpamSpan[][] = paragraphs.map(() => []);
  const headline = headlineOf(title);
  if (hanOnly(headline).length < MIN_HAN) return result;
  const multiPart = headline.split(PARTS).filter((part) => hanOnly(part).length >= 2).length >= 2;
  if (!multiPart && hanOnly(headline).length < MIN_HAN_ONE_PART) return result;
  // The farm may paste it with or without the space between its parts, and in either width of
  // punctuation and digits; one character for one, so offsets in the folded text hold.
  const folded = foldWidth(headline);
  const forms = [...new Set([folded, folded.replace(/\s+/gu, '')])];
  paragraphs.forEach((original, p) => {
    // Read the paragraph without the insertions already found (a keyword glued in front, an emoji
    // inside the copy): they are not the text around a copy, nor part of it.
    const { text, map } = cleanView(foldWidth(original), masked[p] ?? []);
    if (text.replace(/\s+/gu, '') === folded.replace(/\s+/gu, '')) return;
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        const end = at + form.length;
        const start = map[at] ?? 0;
        const stop = (map[end - 1] ?? 0) + 1;
        if (result[p]?.some((s) => s.start < stop && start < s.end)) continue;
        const before = text.charAt(at - 1);
        const after = text.charAt(end);
        // A writer may quote their own headline or a phrase of it. A headline of two parts, with its
        // spacing, quoted whole is still the writer's; run into the words of a quotation on either
        // side (“自重|上海地铁请女性自重 女志愿者…|”), it is the farm's copy like any other.
        const opens = Boolean(before) && OPEN.includes(before);
        const closes = Boolean(after) && CLOSE.includes(after);
        if (multiPart ? opens && closes : opens || closes || insideQuotes(text, at, true)) continue;
        const gluedBefore = isWordCharacter(before);
        const gluedAfter = isWordCharacter(after);
        if (!(gluedBefore && gluedAfter) && !((gluedBefore || gluedAfter) && multiPart)) continue;
        result[p]?.push({
          start,
          end: stop,
          family: 'title',
          confidence: 0.9,
          reason: "The page's headline pasted into the middle of a sentence.",
        });
      }
    }
  });
  return result;
}

/** Full-width ASCII (，１Ａ) and the ideographic space as their half-width forms. */
function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/gu, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
