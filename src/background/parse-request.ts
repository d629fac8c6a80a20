/**
 * The background's boundary: messages come from content scripts running in any page, so each is
 * checked against its schema before anything acts on it.
 */
import * as v from 'valibot';
import { backgroundMessages, isRequestType, type DudongRequest, type RequestType } from '../messaging/protocol';

export type ParsedMessage =
  /** Not a Dudong request (another listener's message, or junk): no answer at all. */
  | { kind: 'ignored' }
  /** A Dudong request type with fields that do not fit: answered with `invalid-request`. */
  | { kind: 'invalid'; type: RequestType; problem: string }
  | { kind: 'request'; request: DudongRequest };

export function parseDudongRequest(message: unknown): ParsedMessage {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (!isRequestType(type)) return { kind: 'ignored' };
  const parsed = v.safeParse(backgroundMessages[type].request, message);
  if (parsed.success) return { kind: 'request', request: parsed.output as DudongRequest };
  return { kind: 'invalid', type, problem: v.summarize(parsed.issues) };
}
