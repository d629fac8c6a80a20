/**
 * A word the page writes in Traditional characters: its Simplified form beside it (幹部 干部), the
 * form the dictionary lists it under and most learners' materials use. The word itself stays as
 * the page wrote it.
 */
import { el } from '../dom';
import type { TooltipBlock } from './types';

export interface SimplifiedFormView {
  simplified: string;
}

export const simplifiedFormBlock: TooltipBlock<SimplifiedFormView> = {
  id: 'simplified-form',
  slot: 'head',
  build({ lookup }) {
    return lookup.simplified && lookup.simplified !== lookup.word ? { simplified: lookup.simplified } : null;
  },
  render(view, { doc, t }) {
    const form = el(doc, 'span', 'simplified-form', view.simplified);
    form.lang = 'zh-Hans';
    form.title = t('tooltipSimplifiedFormTitle');
    return form;
  },
};
