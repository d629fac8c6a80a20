/**
 * The reading pipeline for one article: spam spans → segmentation of the text with spam taken out →
 * readings per word → tokens in the paragraph's own offsets, split where hidden spam cut a word.
 * Pure: the tools come in, so Node tests run it with jieba's Node build.
 */
import type { LanguageModel } from '../lm/index';
import type { AnalyzeRequest, AnalyzeResponse, ParagraphAnalysis, WordToken } from '../messaging/protocol';
import type { PinyinReader } from '../pinyin/index';
import type { Segmenter, TaggedWord } from '../segment/segmenter';
import type { TopicVectors } from '../topic/vectors';
import type { LinkRange, SpamSpan, SpamTools } from '../spam/index';

export interface AnalyzeTools {
  segmenter: Segmenter;
  pinyin: PinyinReader;
  isKnownWord?(word: string): boolean;
  languageModel?: LanguageModel;
  topicVectors?: TopicVectors;
  findInjectedSpans(title: string, paragraphs: readonly string[], tools: SpamTools, links?: readonly (readonly LinkRange[])[]): SpamSpan[][];
  /** The sentences the page's site was seen pasting on earlier pages (SpamTools.knownSentences). */
  pastedBefore?: { site: string; sentences: readonly string[] };
}

const HAN = /\p{Script=Han}/u;

export function analyzeArticle(
  request: Omit<AnalyzeRequest, 'type'>,
  tools: AnalyzeTools,
  spamCache?: SpamCache,
): AnalyzeResponse {
  const { title, paragraphs, findSpam, tokensFor, links } = request;
  const spans = findSpam ? articleSpam(title, paragraphs, tools, spamCache, links) : [];
  const wanted = tokensFor ? new Set(tokensFor) : null;
  const hidden = paragraphs.map((text, i) => normaliseSpans((spans[i] ?? []).filter((s) => s.tier === 'hidden'), text.length));
  const kept = paragraphs.map((text, i) => keptText(text, hidden[i]!));
  // The page's paragraphs are segmented together where the segmenter can (a name the page repeats
  // is one word on it), each as the reader sees it, spam taken out.
  const pageWords = tools.segmenter.tagPage?.(
    kept.map((k) => k.text),
    wanted ?? undefined,
  );
  return {
    paragraphs: paragraphs.map((text, i) => {
      const spam = hidden[i]!;
      const suspects = withoutHidden(normaliseSpans((spans[i] ?? []).filter((s) => s.tier === 'suspect'), text.length), spam);
      const tokens = !wanted || wanted.has(i) ? tokensOfKept(kept[i]!, tools, pageWords?.[i]) : [];
      return suspects.length > 0 ? { spam, suspects, tokens } : { spam, tokens };
    }),
  };
}

/** The spam of recent articles, so asking for an article's tokens in parts judges its spam once. */
export class SpamCache {
  private entries = new Map<string, SpamSpan[][]>();
  constructor(private readonly capacity = 4) {}

  get(key: string): SpamSpan[][] | undefined {
    return this.entries.get(key);
  }

  set(key: string, spans: SpamSpan[][]): void {
    this.entries.delete(key);
    this.entries.set(key, spans);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }
}

function articleSpam(
  title: string,
  paragraphs: readonly string[],
  tools: AnalyzeTools,
  cache?: SpamCache,
  links?: readonly (readonly LinkRange[])[],
): SpamSpan[][] {
  // Spam found with a site's remembered sentences is that site's. The site, not its sentences, is
  // in the key: the page's own sentences are remembered after its first part, and its second part
  // must be judged as the first was.
  const linkKey = links ? JSON.stringify(links) : '';
  const key = `${title}\u0000${paragraphs.join('\u0001')}\u0000${tools.pastedBefore?.site ?? ''}\u0000${linkKey}`;
  const cached = cache?.get(key);
  if (cached) return cached;
  const spamTools: SpamTools = {
    segmenter: tools.segmenter,
    isKnownWord: tools.isKnownWord,
    knownSentences: tools.pastedBefore?.sentences,
    languageModel: tools.languageModel,
    topicVectors: tools.topicVectors,
  };
  const spans = tools.findInjectedSpans(title, paragraphs, spamTools, links);
  cache?.set(key, spans);
  return spans;
}

/** Spans clamped to the text, sorted, overlapping ones merged (keeping the first's reason). */
export function normaliseSpans(spans: readonly SpamSpan[], length: number): SpamSpan[] {
  const kept = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: SpamSpan[] = [];
  for (const span of kept) {
    const last = merged.at(-1);
    // Touching spans stay apart: each insertion keeps its own family and reason.
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

/** The parts of `suspects` outside every hidden span: the page shows a span either hidden or marked. */
export function withoutHidden(suspects: readonly SpamSpan[], hidden: readonly SpamSpan[]): SpamSpan[] {
  const out: SpamSpan[] = [];
  for (const suspect of suspects) {
    let start = suspect.start;
    for (const span of hidden) {
      if (span.end <= start || span.start >= suspect.end) continue;
      if (span.start > start) out.push({ ...suspect, start, end: span.start });
      start = Math.max(start, span.end);
    }
    if (start < suspect.end) out.push({ ...suspect, start });
  }
  return out;
}

/** The text the reader sees once spam is hidden, and where each of its units sits in the paragraph. */
interface KeptText {
  text: string;
  origin: number[];
}

function keptText(text: string, spam: readonly SpamSpan[]): KeptText {
  let kept = '';
  const origin: number[] = [];
  let at = 0;
  for (const span of [...spam, { start: text.length, end: text.length }]) {
    for (let i = at; i < span.start; i++) origin.push(i);
    kept += text.slice(at, span.start);
    at = span.end;
  }
  return { text: kept, origin };
}

function tokensOfKept({ text: kept, origin }: KeptText, tools: AnalyzeTools, pageTagged?: TaggedWord[]): ParagraphAnalysis['tokens'] {
  // Tagged words when the segmenter has them: the pinyin model reads the parts of speech.
  const tagged = pageTagged ?? tools.segmenter.tag?.(kept);
  const words = tagged ? tagged.map((w) => w.word) : tools.segmenter.cut(kept);
  const readings = tools.pinyin.readWords(words, tagged?.map((w) => w.tag));
  const tokens: WordToken[] = [];
  let offset = 0;
  words.forEach((word, w) => {
    const wordReadings = readings[w] ?? [];
    // A word is contiguous in `kept`; in `text` it breaks wherever a hidden span sat inside it.
    let pieceStart = 0;
    for (let i = 1; i <= word.length; i++) {
      const broken = i === word.length || origin[offset + i] !== origin[offset + i - 1]! + 1;
      if (!broken) continue;
      const piece = word.slice(pieceStart, i);
      if (HAN.test(piece)) {
        const start = origin[offset + pieceStart]!;
        tokens.push({
          start,
          end: start + piece.length,
          word,
          readings: Array.from({ length: piece.length }, (_, k) => wordReadings[pieceStart + k] ?? ''),
        });
      }
      pieceStart = i;
    }
    offset += word.length;
  });
  return tokens;
}
