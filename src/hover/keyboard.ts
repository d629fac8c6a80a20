/**
 * Keys while a tooltip is shown. Plain letters, no modifiers: n / p step to the next / previous
 * word (arrow keys scroll the page and Alt+arrows navigate history, so they are left alone),
 * c copies the word, s saves it to the word list, k marks it known (or new again), a speaks it,
 * Shift+A speaks its sentence, Esc hides the tooltip. Other letters work with Caps Lock too; A
 * without Shift (Caps Lock) speaks the word.
 */
export type HoverKeyAction = 'hide' | 'next' | 'previous' | 'copy' | 'save' | 'known' | 'speak-word' | 'speak-sentence';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  isComposing?: boolean;
}

export function hoverKeyAction(event: KeyLike): HoverKeyAction | null {
  if (event.isComposing) return null;
  if (event.key === 'Escape') return 'hide';
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'n':
    case 'N':
      return 'next';
    case 'p':
    case 'P':
      return 'previous';
    case 'c':
    case 'C':
      return 'copy';
    case 's':
    case 'S':
      return 'save';
    case 'k':
    case 'K':
      return 'known';
    case 'a':
      return 'speak-word';
    case 'A':
      return event.shiftKey ? 'speak-sentence' : 'speak-word';
    default:
      return null;
  }
}

/** Whether a key event is meant for a text field (so letters must reach it untouched). */
export function isTypingTarget(event: Event): boolean {
  const target = event.composedPath()[0] ?? event.target;
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color'].includes(type);
  }
  return false;
}
