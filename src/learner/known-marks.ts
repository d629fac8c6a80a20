/**
 * Known words on the page: a known word's ruby carries `data-dudong-known` (its reading is then not
 * rendered, by the page styles), every ruby its HSK 3.0 band in `data-dudong-hsk` (for level colours).
 * New rubies are marked as they are written (`decorate`); a change to the known words re-marks the
 * page at once (`refresh`).
 */
import { HSK_ATTRIBUTE, KNOWN_ATTRIBUTE, RUBY_CLASS, WORD_ATTRIBUTE } from '../annotate/markers';
import type { WordToken } from '../messaging/protocol';

export interface KnownMarks {
  decorate(ruby: HTMLElement, token: WordToken): void;
  refresh(): void;
  /** Distinct words among the page's rubies, known and new. */
  counts(): { known: number; new: number };
}

export function createKnownMarks(doc: Document, isKnown: (word: string) => boolean): KnownMarks {
  // The Simplified form each ruby's word is known under (the page may be written in Traditional).
  const keyOf = new WeakMap<Element, string>();
  const key = (ruby: Element) => keyOf.get(ruby) ?? ruby.getAttribute(WORD_ATTRIBUTE) ?? '';
  const mark = (ruby: Element) => ruby.toggleAttribute(KNOWN_ATTRIBUTE, isKnown(key(ruby)));
  return {
    decorate(ruby, token) {
      keyOf.set(ruby, token.simplified ?? token.word);
      if (token.hsk !== undefined) ruby.setAttribute(HSK_ATTRIBUTE, String(token.hsk));
      mark(ruby);
    },
    refresh() {
      for (const ruby of doc.querySelectorAll(`ruby.${RUBY_CLASS}[${WORD_ATTRIBUTE}]`)) mark(ruby);
    },
    counts() {
      const words = new Set<string>();
      for (const ruby of doc.querySelectorAll(`ruby.${RUBY_CLASS}[${WORD_ATTRIBUTE}]`)) words.add(key(ruby));
      let known = 0;
      for (const word of words) if (isKnown(word)) known++;
      return { known, new: words.size - known };
    },
  };
}
