/**
 * Starts a ruby word's lookup as soon as the pointer enters it, instead of after the hover debounce:
 * the round trip to the language worker (content script → service worker → offscreen document →
 * worker in Chrome) then runs during the 30 ms the controller waits anyway, and the debounced hover
 * finds the answer in the lookup cache (`cachedBackend` keeps the promise in flight too).
 * One prefetch at a time: a pointer sweeping across a line asks only for the word it is on when the
 * previous answer arrives, not for every word it crossed.
 */
import { READING_ATTRIBUTE, WORD_ATTRIBUTE } from '../annotate/markers';
import type { HoverBackend } from './lookup-client';
import { RUBY_SELECTOR } from './ruby-words';

export type LookupPrefetch = (element: EventTarget | null) => void;

export function createLookupPrefetch(backend: HoverBackend): LookupPrefetch {
  let lastRuby: Element | null = null;
  let inFlight = false;
  let waiting: { word: string; reading?: string } | null = null;

  const start = (word: string, reading?: string) => {
    inFlight = true;
    void backend
      .lookup(word, reading)
      .catch(() => null) // a failed prefetch is not cached: the hover asks again
      .finally(() => {
        inFlight = false;
        const next = waiting;
        waiting = null;
        if (next) start(next.word, next.reading);
      });
  };

  return (element) => {
    if (!(element instanceof Element)) return;
    const ruby = element.closest(RUBY_SELECTOR);
    if (!ruby || ruby === lastRuby) return;
    lastRuby = ruby;
    // The same key the hover will ask with (ruby-words.ts: the word and reading of the ruby).
    const word = ruby.getAttribute(WORD_ATTRIBUTE);
    if (!word) return;
    const reading = ruby.getAttribute(READING_ATTRIBUTE) ?? undefined;
    if (inFlight) waiting = { word, reading };
    else start(word, reading);
  };
}
