/**
 * HSK levels added to the background's answers: the band on each token (level colours), with its
 * Simplified form when the page's differs (known words and notes are kept under it), and the full
 * level on a lookup (the tooltip). Words are looked up in
 * their Simplified form, so a Traditional page gets the same levels.
 */
import type { AnalyzeResponse, LookupResponse } from '../messaging/protocol';
import { toSimplified } from '../script/simplified-view';
import type { HskTable } from './hsk-table';

export function withHskLevels(response: AnalyzeResponse, table: HskTable): AnalyzeResponse {
  return {
    ...response,
    paragraphs: response.paragraphs.map((paragraph) => ({
      ...paragraph,
      tokens: paragraph.tokens.map((token) => {
        const simplified = toSimplified(token.word);
        const band = table.level(simplified)?.hsk3;
        const withBand = band === undefined ? token : { ...token, hsk: band };
        return simplified === token.word ? withBand : { ...withBand, simplified };
      }),
    })),
  };
}

export function withWordLevel(lookup: LookupResponse, table: HskTable): LookupResponse {
  const level = table.level(lookup.simplified || toSimplified(lookup.word));
  return level ? { ...lookup, level: { ...level } } : lookup;
}
