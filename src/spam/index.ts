/**
 * Finds text that content farms injected into a copied article (see ./types for the families).
 * Pure: text in, spans with reasons out; the background passes the segmenter and the dictionary.
 * Precision comes first: every finder needs positive evidence of injection, and on a clean article
 * each of them finds nothing.
 */
import { findObfuscatedDomains } from './find-domains';
import { findJammers } from './find-jammers';
import { findPinyinGlosses } from './find-pinyin';
import { findHeadlineCopies } from './find-headline-copies';
import { findLoneSentences } from './find-lone-sentences';
import { findDoubledPunctuation } from './find-punctuation';
import { findRepeatedSentences } from './find-sentences';
import { findSeoKeywords } from './find-seo';
import { findStraySymbols } from './find-symbols';
import { findTitleFragments } from './find-title-fragments';
import { mergeSpans } from './merge-spans';
import type { SpamSpan, SpamTools } from './types';

export type { SpamFamily, SpamSpan, SpamTools } from './types';

export function findInjectedSpans(
  title: string,
  paragraphs: readonly string[],
  toolsIn: SpamTools,
): SpamSpan[][] {
  // Several finders cut the same paragraphs; cut each text once per call.
  const cuts = new Map<string, string[]>();
  const tools: SpamTools = {
    ...toolsIn,
    segmenter: {
      cut: (text) => {
        let words = cuts.get(text);
        if (!words) cuts.set(text, (words = toolsIn.segmenter.cut(text)));
        return words;
      },
      isDictionaryWord: toolsIn.segmenter.isDictionaryWord?.bind(toolsIn.segmenter),
    },
  };
  // Character-level families first: their spans are masked out before the language-level ones
  // look at the text, so a glued emoji or pinyin bracket cannot hide a title fragment.
  const characterLevel = paragraphs.map((text) =>
    mergeSpans([
      ...findPinyinGlosses(text),
      ...findStraySymbols(text),
      ...findJammers(text),
      ...findObfuscatedDomains(text),
      ...findSeoKeywords(text),
      ...findDoubledPunctuation(text),
    ]),
  );
  // A whole headline pasted into a sentence is masked too: its pieces are not fragments to weigh.
  const headlineCopies = findHeadlineCopies(title, paragraphs, characterLevel);
  const local = characterLevel.map((spans, i) => mergeSpans([...spans, ...(headlineCopies[i] ?? [])]));
  const repeated = findRepeatedSentences(paragraphs, local, tools);
  // A line pasted once has no repeat to prove it: language evidence alone, around what is found.
  const lone = findLoneSentences(paragraphs, local.map((spans, i) => mergeSpans([...spans, ...(repeated[i] ?? [])])), tools);
  const sentences = repeated.map((spans, i) => mergeSpans([...spans, ...(lone[i] ?? [])]));
  const fragments = findTitleFragments(title, paragraphs, local, sentences, tools);
  return paragraphs.map((_, i) => mergeSpans([...(local[i] ?? []), ...(sentences[i] ?? []), ...(fragments[i] ?? [])]));
}
