/**
 * Copy a word. The async Clipboard API needs a focused document and user activation (a key press
 * is one); where it is refused, a hidden textarea inside our own shadow root + execCommand('copy')
 * does the job without touching the page's DOM.
 */
export async function copyText(text: string, scratchParent: Node & ParentNode): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithExecCommand(text, scratchParent);
  }
}

function copyWithExecCommand(text: string, scratchParent: Node & ParentNode): boolean {
  const doc = scratchParent.ownerDocument ?? document;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;left:0;top:0;';
  scratchParent.append(area);
  const previousFocus = doc.activeElement as HTMLElement | null;
  area.select();
  let copied: boolean;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  previousFocus?.focus?.({ preventScroll: true });
  return copied;
}
