/** The tooltip's last line: mark known (k), speak (a), add or edit a note. */
import { el } from '../dom';
import type { TooltipAction, TooltipBlock } from './types';

export interface ActionsView {
  /** Undefined: known words are not offered here. */
  known?: boolean;
  canSpeak: boolean;
  /** Undefined: notes are not offered here. */
  hasNote?: boolean;
}

export const actionsBlock: TooltipBlock<ActionsView> = {
  id: 'actions',
  slot: 'foot',
  build({ facts }) {
    if (facts.editingNote) return null;
    const view: ActionsView = { canSpeak: facts.canSpeak === true };
    if (facts.known !== undefined) view.known = facts.known;
    if (facts.note !== undefined) view.hasNote = facts.note !== '';
    return view.known === undefined && !view.canSpeak && view.hasNote === undefined ? null : view;
  },
  render(view, { doc, t, act }) {
    const bar = el(doc, 'div', 'actions');
    const button = (label: string, key: string | null, action: TooltipAction, extra: Record<string, string> = {}) => {
      const node = el(doc, 'button', 'action', label, key && el(doc, 'kbd', '', key));
      node.setAttribute('type', 'button');
      for (const [name, value] of Object.entries(extra)) node.setAttribute(name, value);
      // pointerdown would close the tooltip if it reached the page's handlers first; click acts.
      node.addEventListener('click', (event) => {
        event.stopPropagation();
        act(action);
      });
      bar.append(node);
      return node;
    };
    if (view.known !== undefined) {
      button(view.known ? t('tooltipKnownOn') : t('tooltipKnownOff'), 'k', { type: 'toggle-known' }, {
        'aria-pressed': String(view.known),
        'data-action': 'toggle-known',
      });
    }
    if (view.canSpeak) button(t('tooltipSpeak'), 'a', { type: 'speak-word' }, { 'data-action': 'speak-word' });
    if (view.hasNote !== undefined) {
      button(view.hasNote ? t('tooltipNoteEdit') : t('tooltipNoteAdd'), null, { type: 'edit-note' }, { 'data-action': 'edit-note' });
    }
    return bar;
  },
};
