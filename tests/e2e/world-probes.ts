/**
 * Probes for TestPage.evaluateIsolated: run in an isolated world of a page or frame, so pages that
 * rewrite built-ins cannot disturb them. Each is self-contained (sent as source) and walks open
 * shadow roots as well as the light DOM.
 */

export interface Coverage {
  /** Visible Han characters under the selector (readings and unrendered text aside). */
  total: number;
  /** Of those, characters inside one of Dudong's ruby with a non-empty reading. */
  covered: number;
  /** Characters inside more than one ruby (annotated twice). */
  nested: number;
  /** Dudong ruby elements under the selector. */
  rubies: number;
}

/** `skip`: elements whose text is left out (junk the page hides in ways `checkVisibility` does not see). */
export function coverageOf(where: string | { selector: string; skip: string }): Coverage {
  const { selector, skip } = typeof where === 'string' ? { selector: where, skip: '' } : where;
  const han = /\p{Script=Han}/gu;
  const out = { total: 0, covered: 0, nested: 0, rubies: 0 };
  const stack: Node[] = [...document.querySelectorAll(selector)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (!parent || parent.closest('rt, rp, script, style') || !parent.checkVisibility()) continue;
      if (skip && parent.closest(skip)) continue;
      const count = (node as Text).data.match(han)?.length ?? 0;
      out.total += count;
      const ruby = parent.closest('ruby.dudong');
      if (ruby && (ruby.querySelector(':scope > rt')?.textContent ?? '').trim() !== '') out.covered += count;
      if (ruby?.parentElement?.closest('ruby')) out.nested += count;
      continue;
    }
    if (node.nodeType === 1 && (node as Element).matches('ruby.dudong')) out.rubies++;
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (shadow) stack.push(shadow);
    stack.push(...node.childNodes);
  }
  return out;
}

/** The page's nodes under <body> (open shadow roots included) in order, as `#text "…"` or an opening tag. */
export function snapshotNodes(skip: string): string[] {
  const out: string[] = [];
  const texts: Text[] = [];
  const stack: Node[] = [document.body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out.push(`#text ${JSON.stringify((node as Text).data)}`);
      texts.push(node as Text);
      continue;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      if (skip && element.matches(skip)) continue;
      out.push(element.outerHTML.match(/^<[^>]*>/)![0]);
      if (element.shadowRoot) {
        out.push('#shadow-root');
        stack.push(...[...element.shadowRoot.childNodes].reverse());
      }
    }
    stack.push(...[...node.childNodes].reverse());
  }
  // Kept in this isolated world, for `sameTextNodes` to compare identities with later.
  (globalThis as unknown as { dudongSnapshot: Text[] }).dudongSnapshot = texts;
  return out;
}

/** Whether the page's Text nodes (as `snapshotNodes` walks them) are the very objects it saw. */
export function sameTextNodes(skip: string): boolean {
  const before = (globalThis as unknown as { dudongSnapshot?: Text[] }).dudongSnapshot ?? [];
  const now: Text[] = [];
  const stack: Node[] = [document.body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) now.push(node as Text);
    else if (node.nodeType === 1) {
      const element = node as Element;
      if (skip && element.matches(skip)) continue;
      if (element.shadowRoot) stack.push(...[...element.shadowRoot.childNodes].reverse());
    }
    if (node.nodeType === 1) stack.push(...[...node.childNodes].reverse());
  }
  return now.length === before.length && now.every((text, i) => text === before[i]);
}

/** Viewport point over the first visible ruby of `word` (light DOM or open shadow root), scrolled into view. */
export function pointOverWord(word: string): { x: number; y: number } | null {
  const stack: Array<Document | ShadowRoot> = [document];
  while (stack.length) {
    const root = stack.pop()!;
    const ruby = [...root.querySelectorAll(`ruby.dudong[data-dudong-word="${word}"]`)].find((r) => r.getClientRects().length > 0);
    if (ruby) {
      ruby.scrollIntoView({ block: 'center' });
      const rect = ruby.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.bottom - 6 };
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) stack.push(element.shadowRoot);
  }
  return null;
}

/** The words of Dudong's ruby under `selector` (open shadow roots included), in order. */
export function rubyWordsOf(selector: string): string[] {
  const words: string[] = [];
  const stack: Node[] = [...document.querySelectorAll(selector)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    if (node.nodeType === 1 && (node as Element).matches('ruby.dudong')) words.push((node as Element).getAttribute('data-dudong-word') ?? '');
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (shadow) stack.push(shadow);
    stack.push(...[...node.childNodes].reverse());
  }
  return words;
}

/** The first of Dudong's words of two or more characters under `selector` (open shadow roots included), with its reading as shown. */
export function firstWordOf(selector: string): { word: string; reading: string } | null {
  const stack: Node[] = [...document.querySelectorAll(selector)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    if (node.nodeType === 1 && (node as Element).matches('ruby.dudong')) {
      const word = (node as Element).getAttribute('data-dudong-word') ?? '';
      const reading = (node as Element).querySelector('rt')?.textContent?.trim() ?? '';
      if ([...word].length >= 2 && reading.includes(' ')) return { word, reading };
    }
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (shadow) stack.push(shadow);
    stack.push(...[...node.childNodes].reverse());
  }
  return null;
}
