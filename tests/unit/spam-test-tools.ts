/**
 * Shared setup for the spam unit tests: the Node language tools (jieba and CC-CEDICT headwords),
 * loaded once per test file, and what a page hides, as text with its family.
 */
import { beforeAll } from 'vitest';
import { createNodeSpamTools } from '../../scripts/spam/node-tools';
import { findInjectedSpans, type SpamTools } from '../../src/spam/index';
import type { SpamFamily, SpamSpan } from '../../src/spam/types';

let tools: SpamTools | undefined;

/** Loads the tools before the file's tests; call once at the top of a test file. */
export function useSpamTools(): void {
  beforeAll(async () => {
    tools = await createNodeSpamTools();
    // jieba builds its dictionary on the first cut (seconds on a busy machine): do it here, under
    // this hook's timeout, not in the file's first test.
    findInjectedSpans('预热', ['预热分词器。'], tools);
  }, 60_000);
}

/** The loaded tools (after useSpamTools' beforeAll has run). */
export function spamTools(): SpamTools {
  if (!tools) throw new Error('call useSpamTools() at the top of the test file');
  return tools;
}

/** The hidden stretches of each paragraph (tier `hidden`), as text, with their families. */
export function hidden(title: string, paragraphs: string[], tools: SpamTools = spamTools()): [SpamFamily, string][][] {
  return stretches(title, paragraphs, tools, 'hidden');
}

/** The stretches each paragraph shows with a mark (tier `suspect`), as text, with their families. */
export function marked(title: string, paragraphs: string[], tools: SpamTools = spamTools()): [SpamFamily, string][][] {
  return stretches(title, paragraphs, tools, 'suspect');
}

function stretches(title: string, paragraphs: string[], tools: SpamTools, tier: SpamSpan['tier']): [SpamFamily, string][][] {
  return findInjectedSpans(title, paragraphs, tools).map((spans, p) =>
    spans.filter((s) => s.tier === tier).map((s) => [s.family, (paragraphs[p] ?? '').slice(s.start, s.end)] as [SpamFamily, string]),
  );
}
