/** Requests the background refuses for their size (see src/messaging/limits.ts). */
import { MAX_ANALYZE_CHARS } from '../messaging/limits';
import type { DudongRequest } from '../messaging/protocol';

/** Why `request` is too large to handle in one go, or null when it is not. */
export function tooLarge(request: DudongRequest): string | null {
  if (request.type !== 'analyze') return null; // the other requests' fields are capped by their schemas
  const chars = request.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  return chars > MAX_ANALYZE_CHARS ? `${chars} characters in one analyze request; the limit is ${MAX_ANALYZE_CHARS}` : null;
}
