/**
 * A mechanical finder's span: hidden where its shape is certain, otherwise marked for the reader to
 * judge. The two confidences are the finders' shared convention (0.9 hidden, 0.6 marked).
 */
import type { SpamFamily, SpamSpan } from './types';

export function finderSpan(start: number, end: number, family: SpamFamily, hide: boolean, reasons: { hidden: string; marked: string }): SpamSpan {
  return {
    start,
    end,
    family,
    confidence: hide ? 0.9 : 0.6,
    tier: hide ? 'hidden' : 'suspect',
    reason: hide ? reasons.hidden : reasons.marked,
  };
}
