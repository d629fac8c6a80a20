/**
 * HSK levels added to the background's answers: the band on each token (the reader's known words
 * by level, level colours) and the full level on a lookup (the tooltip). Words are looked up in
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
        const band = table.level(toSimplified(token.word))?.hsk3;
        return band === undefined ? token : { ...token, hsk: band };
      }),
    })),
  };
}

export function withWordLevel(lookup: LookupResponse, table: HskTable): LookupResponse {
  const level = table.level(lookup.simplified || toSimplified(lookup.word));
  return level ? { ...lookup, level: { ...level } } : lookup;
}
