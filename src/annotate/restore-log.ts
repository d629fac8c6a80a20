/**
 * Every page Text node Dudong replaced, with what replaced it. Restoring puts the very same Text
 * objects back where they were, so the page's own references to them (frameworks keep some) stay valid.
 */
export interface Replacement {
  original: Text;
  /** The nodes inserted in its place, in order. */
  inserted: Node[];
}

export class RestoreLog {
  private replacements: Replacement[] = [];

  /** Replaces `original` by `inserted` (in order) and remembers it. */
  replace(original: Text, inserted: Node[]): void {
    const parent = original.parentNode;
    if (!parent || !inserted.length) return;
    const fragment = (original.ownerDocument ?? document).createDocumentFragment();
    for (const node of inserted) fragment.append(node);
    parent.replaceChild(fragment, original);
    this.replacements.push({ original, inserted });
  }

  get size(): number {
    return this.replacements.length;
  }

  /** Undoes every replacement, newest first. Pieces the page already removed are left alone. */
  restoreAll(): void {
    for (let i = this.replacements.length - 1; i >= 0; i--) {
      const { original, inserted } = this.replacements[i]!;
      const anchor = inserted.find((node) => node.parentNode);
      if (anchor?.parentNode) anchor.parentNode.insertBefore(original, anchor);
      for (const node of inserted) node.parentNode?.removeChild(node);
    }
    this.replacements = [];
  }
}
