/**
 * The reader in one page: follows the user's settings for this site, runs the annotation session on
 * article pages and hover lookups on every Chinese page, and answers the popup.
 */
import { browser } from 'wxt/browser';
import { startHoverLookups } from '../hover/index';
import { pinyinStyleItem, resolvePinyinStyle, toneColoursItem } from '../hover/settings';
import { offersZhuyinFirst } from '../script/page-language';
import { startReaderLearner } from '../learner/reader-learner';
import * as v from 'valibot';
import { askBackground } from '../messaging/background-client';
import { analyzeInParts } from '../messaging/split-analyze';
import { TabRequestSchema, type ReaderStatus } from '../messaging/tab-protocol';
import { readAndWatch, watchAll } from '../settings/read-and-watch';
import { loadReaderSettings, watchReaderSettings, type ReaderSettings } from '../settings/site-settings';
import { createAnnotationRecovery } from './annotation-recovery';
import { startAnnotationSession, type AnnotationSession } from './annotation-session';
import { articleTitle, findReaderRoot, findRequestedRoot } from './article-root';
import { headlineBlocks } from './headline-blocks';
import { createDomLayoutProbe } from './layout-probe';
import { markOnce } from './timeline';
import { topSite } from './top-site';

export type ReaderKind = ReaderStatus['kind'];

/**
 * Starts the reader for this page. `signal` ends it (the extension was disabled, removed or updated):
 * the page is restored, as when the user switches Dudong off.
 */
export async function startReader(kind: ReaderKind, signal: AbortSignal): Promise<void> {
  markOnce('reader-start');
  // In an iframe, the switch of the tab's site applies (top-site.ts).
  const hostname = topSite();
  let session: AnnotationSession | undefined;
  let sessionFindsSpam = false;
  let sessionDisplay: typeof display | undefined;
  let hover: AbortController | undefined;
  let revealed = false;
  let active = false;
  /** The user asked for pinyin on this Chinese page that holds no article (the popup's read-page). */
  let readOnRequest = false;
  const recovery = createAnnotationRecovery({ signal });

  // Known words, notes, level marks: loaded before the first ruby is written, so none flashes its reading.
  const learner = startReaderLearner(document);
  // Read together: each is a round trip to the extension's storage, and the first ruby waits for all.
  // Watched from before the read (read-and-watch.ts): a switch flipped meanwhile is not lost.
  const [, settingsWatch, displayWatch] = await Promise.all([
    learner.learner.ready,
    readAndWatch(() => loadReaderSettings(hostname), watchReaderSettings),
    readAndWatch(
      () => Promise.all([pinyinStyleItem.getValue(), toneColoursItem.getValue()]),
      (changed) => watchAll([pinyinStyleItem, toneColoursItem], changed),
    ),
  ]);
  const [styleChoice, initialToneColours] = displayWatch.initial;

  const stopAll = () => {
    hover?.abort();
    hover = undefined;
    session?.stop();
    session = undefined;
    active = false;
  };

  // Display settings are shared with the tooltip (options page); a change re-annotates the article.
  const zhuyinFirst = offersZhuyinFirst(document);
  let display = { style: resolvePinyinStyle(styleChoice, zhuyinFirst), toneColours: initialToneColours };
  let latest: ReaderSettings | undefined;

  const apply = (settings: ReaderSettings) => {
    latest = settings;
    if (!settings.enabledHere) return stopAll();
    active = true;
    if (!hover) {
      hover = new AbortController();
      startHoverLookups({ mode: kind, signal: hover.signal, learner: learner.learner });
    }
    if (kind !== 'article' && !readOnRequest) {
      // Taken back from the popup: the session restores what it wrote.
      session?.stop();
      session = undefined;
      return;
    }
    // Spam is judged on articles only: on a page read on request (lists, forums, product pages) the
    // finders' evidence — a story, its headline, its sentences — is not there to weigh.
    const findSpam = settings.hideSpam && kind === 'article';
    if (session && (sessionFindsSpam !== findSpam || sessionDisplay !== display)) {
      session.stop();
      session = undefined;
    }
    if (!session) {
      recovery.reset();
      sessionFindsSpam = findSpam;
      sessionDisplay = display;
      session = startAnnotationSession({
        findRoot: () => (kind === 'article' ? findReaderRoot(document) : findRequestedRoot(document)),
        title: (root) => articleTitle(document, root),
        extraBlocks: (root) => headlineBlocks(document, root),
        findSpam,
        style: display.style,
        toneColours: display.toneColours,
        decorateRuby: learner.decorateRuby,
        analyze: recovery.wrap((request) => analyzeInParts(request, (part) => askBackground({ type: 'analyze', ...part }))),
        layoutProbe: () => createDomLayoutProbe(window),
        onError: (error) => recovery.failed(error),
      });
      if (revealed) session.setReveal(true);
    }
  };

  const status = (): ReaderStatus => {
    const fought = session?.fought ?? 0;
    return {
      kind,
      ...(readOnRequest ? { onRequest: true } : {}),
      active,
      spamHidden: session?.spamHidden ?? 0,
      spamSuspect: session?.spamSuspect ?? 0,
      revealed,
      words: learner.wordCounts(),
      ...(active && recovery.trouble ? { trouble: recovery.trouble } : {}),
      ...(fought ? { fought } : {}),
    };
  };

  const onTabMessage = (message: unknown) => {
    const parsed = v.safeParse(TabRequestSchema, message);
    if (!parsed.success) return undefined;
    const request = parsed.output;
    if (request.type === 'reveal-spam') {
      revealed = request.reveal;
      session?.setReveal(revealed);
    }
    if (request.type === 'retry-annotation' && session) {
      recovery.reset();
      void session.retry();
    }
    if (request.type === 'read-page' && kind === 'chinese' && readOnRequest !== request.read) {
      readOnRequest = request.read;
      if (latest) apply(latest);
    }
    return Promise.resolve(status());
  };
  browser.runtime.onMessage.addListener(onTabMessage);

  const end = () => {
    stopAll();
    learner.stop();
    settingsWatch.stop();
    displayWatch.stop();
    browser.runtime.onMessage.removeListener(onTabMessage);
  };
  // Ended while the settings were read: no abort event will come, so let go of everything now.
  if (signal.aborted) return end();
  signal.addEventListener('abort', end);
  settingsWatch.listen(apply);
  displayWatch.listen(([choice, toneColours]) => {
    display = { style: resolvePinyinStyle(choice, zhuyinFirst), toneColours };
    if (latest) apply(latest);
  });
  apply(settingsWatch.initial);
}
