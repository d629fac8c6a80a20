/** The reader's own note on the word, shown like the glossary note; edited in place. */
import { MAX_NOTE_LENGTH } from '../../../learner/limits';
import { el } from '../dom';
import type { TooltipBlock } from './types';

export interface OwnNoteView {
  text: string;
  editing: boolean;
}


export const ownNoteBlock: TooltipBlock<OwnNoteView> = {
  id: 'own-note',
  slot: 'body',
  build({ facts }) {
    const text = facts.note ?? '';
    const editing = facts.editingNote === true;
    return text || editing ? { text, editing } : null;
  },
  render(view, { doc, t, act }) {
    const block = el(doc, 'section', 'note own-note');
    block.setAttribute('aria-label', t('tooltipNoteLabel'));
    if (!view.editing) {
      block.append(el(doc, 'div', 'note-head', el(doc, 'span', 'gloss', t('tooltipNoteHeading'))), el(doc, 'div', 'explanation own-note-text', view.text));
      return block;
    }
    const area = doc.createElement('textarea');
    area.className = 'note-editor';
    area.value = view.text;
    area.maxLength = MAX_NOTE_LENGTH;
    area.rows = 3;
    area.placeholder = t('tooltipNotePlaceholder');
    area.setAttribute('aria-label', t('tooltipNoteLabel'));
    const save = () => act({ type: 'save-note', text: area.value.trim().slice(0, MAX_NOTE_LENGTH) });
    area.addEventListener('keydown', (event) => {
      // Keys typed here are the reader's text, not the page's shortcuts or ours.
      event.stopPropagation();
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        save();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        act({ type: 'cancel-note' });
      }
    });
    const saveButton = el(doc, 'button', 'action primary', t('tooltipNoteSave'));
    saveButton.setAttribute('type', 'button');
    saveButton.addEventListener('click', save);
    const cancelButton = el(doc, 'button', 'action', t('tooltipNoteCancel'));
    cancelButton.setAttribute('type', 'button');
    cancelButton.addEventListener('click', () => act({ type: 'cancel-note' }));
    block.append(area, el(doc, 'div', 'note-buttons', saveButton, cancelButton));
    return block;
  },
};
