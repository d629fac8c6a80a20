/**
 * A row of a page's interface that fills a quotation on its own (直播间右上角显示着“2.3万人在看”,
 * 弹窗写着“分享到朋友圈”) is the writer citing what a page shows, not a paste: a farm glues its rows
 * into the writer's sentences, or into a speaker's words amid the quotation, not as the whole of a
 * quotation the writer opened. Such spans are marked, never hidden. (QA23: a guard story about
 * live-stream tipping lost the viewer count it quoted to the closed-rows counter; QA22's consent
 * banner quoted by a story on consent law was the same shape, mended then in find-reader-gates.ts
 * alone.)
 */
import type { SpamSpan } from './types';

const OPENS = /[“「『‘"]\s*$/u;
/** The quotation closes right after the span, past a stop or comma the writer may have put inside it. */
const CLOSES = /^[\s。！？!?，,、…]*[”」』’"]/u;

export function quotedWhole(text: string, span: SpamSpan): boolean {
  return OPENS.test(text.slice(0, span.start)) && CLOSES.test(text.slice(span.end));
}

/** The finder's hidden spans that fill a quotation on their own, turned into marks. */
export function markQuotedWhole(text: string, spans: SpamSpan[]): SpamSpan[] {
  return spans.map((span) =>
    span.tier === 'hidden' && quotedWhole(text, span)
      ? { ...span, tier: 'suspect', confidence: Math.min(span.confidence, 0.6), reason: `Quoted whole, as a writer cites what a page shows. ${span.reason}` }
      : span,
  );
}
