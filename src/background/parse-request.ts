/**
 * The background's boundary: messages come from content scripts running in any page, so each is
 * checked against the `DudongRequest` union before anything acts on it. Unknown or malformed → null.
 */
import type { AnalyzeRequest, DudongRequest } from '../messaging/protocol';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isIndexArray = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0 && item < length);

export function parseDudongRequest(message: unknown): DudongRequest | null {
  if (!isObject(message)) return null;
  const m = message;
  switch (m.type) {
    case 'analyze': {
      if (typeof m.title !== 'string' || !isStringArray(m.paragraphs) || typeof m.findSpam !== 'boolean') return null;
      const request: AnalyzeRequest = { type: 'analyze', title: m.title, paragraphs: m.paragraphs, findSpam: m.findSpam };
      if (m.tokensFor === undefined) return request;
      return isIndexArray(m.tokensFor, m.paragraphs.length) ? { ...request, tokensFor: m.tokensFor } : null;
    }
    case 'page-classified':
      return m.kind === 'chinese' || m.kind === 'article' ? { type: 'page-classified', kind: m.kind } : null;
    case 'warm':
      return { type: 'warm' };
    case 'lookup':
      if (typeof m.word !== 'string') return null;
      return typeof m.reading === 'string' ? { type: 'lookup', word: m.word, reading: m.reading } : { type: 'lookup', word: m.word };
    case 'longest-match':
      return typeof m.text === 'string' ? { type: 'longest-match', text: m.text } : null;
    default:
      return null;
  }
}
