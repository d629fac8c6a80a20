/**
 * The reader's DOM side, bundled for a plain page in a real browser: the real extraction, analysis
 * (jieba's web build + the pinyin reader) and annotation, with the background replaced by a direct
 * call and spam "found" wherever the test says.
 */
import init, { add_word, cut, tag } from 'jieba-wasm/web';
import { analyzeArticle } from '../../../src/background/analyze-article';
import { startAnnotationSession, type AnnotationSession } from '../../../src/content/annotation-session';
import { annotationSteps } from '../../../src/annotate/paragraph-slices';
import { RestoreLog } from '../../../src/annotate/restore-log';
import { extractParagraphs } from '../../../src/content/extract-paragraphs';
import { createDomLayoutProbe } from '../../../src/content/layout-probe';
import { createPinyinReader } from '../../../src/pinyin/index';
import { createJiebaSegmenter } from '../../../src/segment/segmenter';
import type { SpamSpan } from '../../../src/spam/types';

export interface HarnessOptions {
  rootSelector: string;
  /** Substrings to report as spam wherever they occur. */
  spam?: string[];
  /** Substrings to report as possibly inserted (shown with a mark) wherever they occur. */
  suspect?: string[];
  toneColours?: boolean;
  /** The first this-many analyze requests fail, as when the service worker is stopped mid-request. */
  failAnalyses?: number;
}

async function setUp() {
  await init({ module_or_path: new URL('./jieba_rs_wasm_bg.wasm', location.href) });
  const segmenter = createJiebaSegmenter({ cut, tag, add_word });
  const pinyin = await createPinyinReader();
  let session: AnnotationSession | undefined;
  let analyzedParagraphs: string[] = [];

  return {
    start(options: HarnessOptions): Promise<void> {
      // Each span with its tier (src/spam/tiers.ts) and a confidence that says the same.
      const hidden = { family: 'title', confidence: 1, reason: 'test spam', tier: 'hidden' } as const;
      const suspect = { family: 'sentence', confidence: 0.3, reason: 'test suspect', tier: 'suspect' } as const;
      const found = (text: string, needles: readonly string[], kind: typeof hidden | typeof suspect): SpamSpan[] =>
        needles.flatMap((needle) => {
          const at = text.indexOf(needle);
          return at < 0 ? [] : [{ ...kind, start: at, end: at + needle.length }];
        });
      const findInjectedSpans = (_title: string, paragraphs: readonly string[]): SpamSpan[][] =>
        paragraphs.map((text) => [...found(text, options.spam ?? [], hidden), ...found(text, options.suspect ?? [], suspect)]);
      let failures = options.failAnalyses ?? 0;
      session = startAnnotationSession({
        findRoot: () => document.querySelector(options.rootSelector),
        title: () => document.title,
        findSpam: true,
        toneColours: options.toneColours,
        layoutProbe: () => createDomLayoutProbe(window),
        analyze: async (request) => {
          if (failures-- > 0) throw new Error('the background went away');
          analyzedParagraphs.push(...request.paragraphs);
          return analyzeArticle(request, { segmenter, pinyin, findInjectedSpans });
        },
      });
      return session.started;
    },
    /**
     * Writes the paragraphs under `rootSelector` through annotationSteps, one step per task, and
     * counts the steps and the tasks in which the page saw our writes (MutationObserver deliveries).
     * `edit.script` runs after `edit.afterSteps` steps, to change the text between two steps.
     */
    async writeInSteps(rootSelector: string, edit?: { afterSteps: number; script: string }) {
      const root = document.querySelector(rootSelector)!;
      const log = new RestoreLog();
      const context = { log, claimed: new WeakSet<Text>(), nextWordId: (() => { let id = 0; return () => ++id; })() };
      const units = extractParagraphs(root, { layout: createDomLayoutProbe(window), claimed: context.claimed });
      const request = { title: document.title, paragraphs: units.map((u) => u.text), findSpam: false };
      const response = analyzeArticle(request, { segmenter, pinyin, findInjectedSpans: () => [] });
      let deliveries = 0;
      const observer = new MutationObserver(() => void deliveries++);
      observer.observe(root, { childList: true, subtree: true });
      let steps = 0;
      for (const [i, unit] of units.entries()) {
        for (const step of annotationSteps(unit, response.paragraphs[i]!, context)) {
          step();
          steps++;
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (edit && steps === edit.afterSteps) new Function(edit.script)();
        }
      }
      observer.disconnect();
      return { steps, deliveries, restore: () => log.restoreAll() };
    },
    stop: () => session?.stop(),
    retry: () => session?.retry(),
    setReveal: (reveal: boolean) => session?.setReveal(reveal),
    spamHidden: () => session?.spamHidden ?? 0,
    spamSuspect: () => session?.spamSuspect ?? 0,
    /** Paragraph texts sent for analysis so far (and clears the list). */
    takeAnalyzed(): string[] {
      const out = analyzedParagraphs;
      analyzedParagraphs = [];
      return out;
    },
  };
}

declare global {
  interface Window {
    dudongHarness: Promise<Awaited<ReturnType<typeof setUp>>>;
  }
}
window.dudongHarness = setUp();
