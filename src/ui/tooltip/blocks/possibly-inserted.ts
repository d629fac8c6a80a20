/**
 * A word inside a span the spam finder is unsure of (shown with a mark, not hidden): one line
 * saying it may have been pasted in, and why, so the reader can judge.
 */
import { el } from '../dom';
import type { TooltipBlock } from './types';

export interface PossiblyInsertedView {
  family: string;
  reason: string;
}

export const possiblyInsertedBlock: TooltipBlock<PossiblyInsertedView> = {
  id: 'possibly-inserted',
  slot: 'body',
  build({ facts }) {
    return facts.suspect ? { family: facts.suspect.family, reason: facts.suspect.reason } : null;
  },
  render(view, { doc, t }) {
    const line = el(doc, 'div', 'possibly-inserted', t('tooltipPossiblyInserted', view.reason));
    line.dataset.family = view.family;
    return line;
  },
};
