/**
 * Elements whose text the reader never reads or changes: code and form controls, editable text,
 * existing ruby, and Dudong's own markup. Rendering (hidden elements) is judged separately.
 */
import { SPAM_ATTRIBUTE, UI_ATTRIBUTE } from '../annotate/markers';

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'RUBY', 'RT', 'RP', 'HEAD',
]);

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.tagName.includes('-') && element.tagName.toLowerCase().startsWith('dudong-')) return true;
  if (element.hasAttribute(UI_ATTRIBUTE) || element.hasAttribute(SPAM_ATTRIBUTE)) return true;
  return isEditable(element);
}

function isEditable(element: Element): boolean {
  const html = element as Partial<HTMLElement>;
  if (typeof html.isContentEditable === 'boolean') return html.isContentEditable;
  // DOMs without isContentEditable (linkedom in tests): the attribute is the whole story there.
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** Whether `node` sits inside a skipped element (checked up to, not including, `stop`). */
export function isInsideSkipped(node: Node, stop: Node | null): boolean {
  for (let at = node.parentElement; at && at !== stop; at = at.parentElement) {
    if (isSkippedElement(at)) return true;
  }
  return false;
}
