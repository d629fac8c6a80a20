/**
 * Hover lookups wired to the page: pointer and touch find a word, the background explains it, the
 * tooltip shows it; keys step, copy and save. Everything is removed when `signal` aborts.
 * Dependencies are passed in so real-browser tests run this exact code with an in-page dictionary.
 */
import { translator, type Translate } from '../i18n/translate';
import type { SpeakResult } from '../learner/speech';
import type { LookupResponse } from '../messaging/protocol';
import type { TooltipAction, WordFacts } from '../ui/tooltip/blocks/types';
import { Tooltip } from '../ui/tooltip/tooltip';
import { buildTooltipView, type DisplaySettings } from '../ui/tooltip/view-model';
import { buildWordListEntry } from '../wordlist/entry';
import { MAX_WORDS, WordListFullError } from '../wordlist/limits';
import { KnownWordsFullError, MAX_KNOWN_WORDS, MAX_NOTES, NotesFullError } from '../learner/limits';
import type { WordListEntry } from '../wordlist/types';
import { characterAtPoint } from './caret-at-point';
import { pointerOrigin, type PointerOrigin } from './pointer-origin';
import { chineseWordAt } from './chinese-words';
import { copyText } from './clipboard';
import type { HoverTarget } from './hover-target';
import { hoverKeyAction, isTypingTarget } from './keyboard';
import type { HoverBackend } from './lookup-client';
import { createLookupPrefetch } from './lookup-prefetch';
import { rubyWordAtPoint, rubyWordFromElement } from './ruby-words';
import { sentenceForRanges } from './sentence-context';
import { TextHighlighter } from './text-highlight';

export type HoverMode = 'article' | 'chinese';

/** The reader's known words and notes, as the tooltip reads and changes them (src/learner/page-learner.ts). */
export interface HoverLearner {
  isKnown(word: string): boolean;
  note(word: string): string;
  setKnown(word: string, known: boolean): Promise<void>;
  setNote(word: string, text: string): Promise<void>;
}

export interface HoverDependencies {
  backend: HoverBackend;
  saveWord(entry: WordListEntry): Promise<void>;
  display: DisplaySettings;
  /** Known words and notes; without it the tooltip offers neither. */
  learner?: HoverLearner;
  /** Speaks Chinese text (src/learner/speech.ts); without it the tooltip offers no audio. */
  speak?(text: string): Promise<SpeakResult>;
  /** The interface language's words (English by default). */
  translate?: Translate;
  doc?: Document;
}

export interface HoverController {
  /** New pinyin style or tone colours: re-renders the tooltip if one is shown. */
  setDisplay(display: DisplaySettings): void;
  /** New interface language: re-renders the tooltip if one is shown. */
  setTranslate(translate: Translate): void;
  /** Known words or notes changed elsewhere: re-renders the tooltip if one is shown. */
  refresh(): void;
}

/** Pointer rest time before a lookup: skips words merely crossed on the way elsewhere. */
export const HOVER_DEBOUNCE_MS = 30;
/** Time the pointer has to travel from the word into the tooltip before it hides. */
export const HIDE_GRACE_MS = 300;
/** A touch that moves less than this and lasts less than TAP_MS is a tap. */
const TAP_SLOP_PX = 10;
const TAP_MS = 600;

interface Shown {
  target: HoverTarget;
  lookup: LookupResponse;
  /** The note editor is open: the tooltip stays on this word until it is saved, cancelled or clicked away. */
  editingNote?: boolean;
  /**
   * The line under the content ("Marked known", "Copied"). It belongs to this word, not to one
   * render: marking a word known changes the learner's data, and the reader's refresh after that
   * change (which can arrive after the action's own answer) must not wipe the confirmation.
   */
  status?: string;
}

export function createHoverController(mode: HoverMode, signal: AbortSignal, deps: HoverDependencies): HoverController {
  const doc = deps.doc ?? document;
  const win = doc.defaultView ?? window;
  const tooltip = new Tooltip(doc);
  tooltip.translate = deps.translate ?? translator('en');
  tooltip.onAction = (action) => void runTooltipAction(action).catch((error: unknown) => console.warn(`[dudong] ${action.type} failed`, error));
  const highlighter = new TextHighlighter(doc);
  let display = deps.display;
  /** Set once speaking found no Chinese voice: the Speak button goes, the key still explains why. */
  let voiceMissing = false;
  let shown: Shown | null = null;
  /** Bumped for every new request; an answer for an older id is stale and dropped. */
  let requestId = 0;
  /** The same for finding the word at the pointer (async in chinese mode). */
  let findId = 0;
  let pendingKey: string | null = null;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let touchStart: { x: number; y: number; time: number; id: number } | null = null;
  let lastPointer: { x: number; y: number } | null = null;
  const prefetch = createLookupPrefetch(deps.backend);

  const listen = <K extends keyof DocumentEventMap>(
    target: Document | Window,
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ) =>
    // Only the user drives Dudong: an event a page script made up (dispatchEvent, element.click())
    // is not trusted, and must not open a tooltip or press "s" to fill the word list.
    target.addEventListener(type, ((event: DocumentEventMap[K]) => event.isTrusted && handler(event)) as EventListener, { ...options, signal });

  /**
   * The reader's ruby word under the pointer; elsewhere (chinese mode, or text the reader left
   * alone on an article page: headline, captions, paragraphs not annotated yet) the longest
   * dictionary word at the character under the pointer.
   */
  async function findTarget(x: number, y: number, origin: PointerOrigin): Promise<HoverTarget | null> {
    const ruby = rubyWordAtPoint(origin.element, x, y);
    if (ruby) return ruby;
    const position = characterAtPoint(doc, x, y, origin.shadowRoots);
    if (!position) return null;
    if (mode === 'article') {
      const rubyAtPoint = rubyWordFromElement(position.node.parentElement);
      if (rubyAtPoint) return rubyAtPoint;
    }
    return chineseWordAt(position, deps.backend);
  }

  function hide(): void {
    clearTimeout(hideTimer);
    requestId++;
    findId++;
    pendingKey = null;
    shown = null;
    tooltip.hide();
    highlighter.clear();
  }

  function scheduleHide(): void {
    if (shown?.editingNote) return;
    if (!shown && pendingKey === null) return;
    requestId++; // nothing pending may show up after the pointer left
    pendingKey = null;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_GRACE_MS);
  }

  /** Known words and notes are kept under the Simplified form (the lookup's), whatever script the page uses. */
  const wordKey = (current: Shown) => current.lookup.simplified || current.target.word;
  const t = (...args: Parameters<Translate>) => tooltip.translate(...args);

  function factsFor(current: Shown): WordFacts {
    const facts: WordFacts = { canSpeak: !!deps.speak && !voiceMissing };
    if (deps.learner) {
      facts.known = deps.learner.isKnown(wordKey(current));
      facts.note = deps.learner.note(wordKey(current));
      if (current.editingNote) facts.editingNote = true;
    }
    if (current.target.suspect) facts.suspect = current.target.suspect;
    return facts;
  }

  function render(): void {
    if (!shown) return;
    tooltip.show(buildTooltipView(shown.lookup, display, factsFor(shown)), shown.target.anchorRect());
    if (shown.status) tooltip.setStatus(shown.status);
    if (shown.editingNote) tooltip.query<HTMLTextAreaElement>('textarea')?.focus();
  }

  /** Says `text` under `entry`'s content, if the tooltip still shows it. */
  function say(entry: Shown, text: string): void {
    if (shown !== entry) return;
    entry.status = text;
    tooltip.setStatus(text);
  }

  /** Looks `target` up and shows it, unless something newer was asked for meanwhile. */
  async function present(target: HoverTarget): Promise<boolean> {
    const id = ++requestId;
    pendingKey = target.key;
    let lookup: LookupResponse | null;
    try {
      lookup = await deps.backend.lookup(target.word, target.reading);
    } catch {
      lookup = null; // background restarting or extension reloaded: behave as "no entry"
    }
    if (id !== requestId || signal.aborted) return false;
    pendingKey = null;
    if (!lookup) {
      hide();
      return false;
    }
    clearTimeout(hideTimer);
    shown = { target, lookup };
    highlighter.show(target.textRanges);
    render();
    return true;
  }

  async function resolveAt(x: number, y: number, origin: PointerOrigin): Promise<void> {
    const id = ++findId;
    let target: HoverTarget | null;
    try {
      target = await findTarget(x, y, origin);
    } catch {
      target = null;
    }
    if (id !== findId || signal.aborted) return;
    if (!target) {
      scheduleHide();
      return;
    }
    clearTimeout(hideTimer);
    if (target.key === shown?.target.key || target.key === pendingKey) return;
    await present(target);
  }

  listen(doc, 'pointermove', (event) => {
    if (event.pointerType === 'touch') return;
    // A pointermove that did not move (some platforms and drivers emit them for a still mouse)
    // must not pick a word: it would undo a keyboard step by snapping back to the word under the
    // pointer, or bring back a tooltip just closed with Esc.
    if (lastPointer && lastPointer.x === event.clientX && lastPointer.y === event.clientY) return;
    lastPointer = { x: event.clientX, y: event.clientY };
    // A button held down means the user is selecting text or dragging: no pop-ups meanwhile.
    if (event.buttons !== 0) {
      clearTimeout(debounceTimer);
      return;
    }
    if (tooltip.containsEvent(event)) {
      clearTimeout(hideTimer);
      clearTimeout(debounceTimer);
      return;
    }
    // A note being written keeps its word's tooltip wherever the pointer goes.
    if (shown?.editingNote) return;
    const { clientX, clientY } = event;
    const origin = pointerOrigin(event);
    prefetch(origin.element);
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => void resolveAt(clientX, clientY, origin), HOVER_DEBOUNCE_MS);
  }, { passive: true });

  // The pointer left the window (relatedTarget null) or went into an iframe.
  listen(doc, 'mouseout', (event) => {
    if (event.relatedTarget === null) {
      clearTimeout(debounceTimer);
      scheduleHide();
    }
  }, { passive: true });

  listen(doc, 'pointerdown', (event) => {
    if (event.pointerType === 'touch') {
      touchStart = { x: event.clientX, y: event.clientY, time: event.timeStamp, id: event.pointerId };
      return;
    }
    if (!tooltip.containsEvent(event)) hide();
  }, { passive: true });

  listen(doc, 'pointerup', (event) => {
    if (event.pointerType !== 'touch' || !touchStart || touchStart.id !== event.pointerId) return;
    const moved = Math.hypot(event.clientX - touchStart.x, event.clientY - touchStart.y);
    const isTap = moved < TAP_SLOP_PX && event.timeStamp - touchStart.time < TAP_MS;
    touchStart = null;
    if (!isTap || tooltip.containsEvent(event)) return;
    clearTimeout(debounceTimer);
    // A tap on a word shows it; a tap anywhere else hides (resolveAt → no target → hide).
    void resolveAt(event.clientX, event.clientY, pointerOrigin(event)).then(() => {
      if (!shown && pendingKey === null) hide();
    });
  }, { passive: true });

  listen(doc, 'pointercancel', () => {
    touchStart = null;
  }, { passive: true });

  // Scrolling (the page, or n / p bringing a word into view) moves the word: follow it, and hide
  // once it has left the viewport.
  let scrollFrame = 0;
  listen(doc, 'scroll', () => {
    if (!shown || scrollFrame) return;
    scrollFrame = win.requestAnimationFrame(() => {
      scrollFrame = 0;
      if (!shown) return;
      const anchor = shown.target.anchorRect();
      const height = doc.documentElement.clientHeight || win.innerHeight;
      if (anchor.bottom < 0 || anchor.top > height) hide();
      else tooltip.place(anchor);
    });
  }, { passive: true, capture: true });

  // A resized viewport reflows the text under the tooltip; showing it again takes one hover.
  listen(win, 'resize', () => {
    if (shown) hide();
  }, { passive: true });

  // Capture on the window so a page's own shortcut for the same letter does not also fire.
  listen(win, 'keydown', (event) => {
    // Keys typed into the note editor are text (its closed shadow root hides the textarea from
    // composedPath here, so isTypingTarget cannot see it).
    if (!shown || shown.editingNote || isTypingTarget(event)) return;
    const action = hoverKeyAction(event);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    runAction(action).catch((error: unknown) => console.warn(`[dudong] ${action} failed`, error));
  }, { capture: true });

  async function runAction(action: NonNullable<ReturnType<typeof hoverKeyAction>>): Promise<void> {
    const current = shown;
    if (!current) return;
    switch (action) {
      case 'hide':
        hide();
        return;
      case 'next':
      case 'previous': {
        // A hover still waiting out its debounce must not jump back to the word under the pointer.
        clearTimeout(debounceTimer);
        findId++;
        const neighbour = await (action === 'next' ? current.target.next() : current.target.previous());
        if (!neighbour || shown !== current) return;
        neighbour.textRanges[0]?.startContainer.parentElement?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
        await present(neighbour);
        return;
      }
      case 'copy': {
        // The word as the page writes it (幹部 on a Traditional page), which the reader is looking at.
        const copied = await copyText(current.lookup.word || current.target.word, tooltip.scratchParent);
        say(current, copied ? t('tooltipCopied') : t('tooltipCopyFailed'));
        return;
      }
      case 'known':
        return runTooltipAction({ type: 'toggle-known' });
      case 'speak-word':
        return runTooltipAction({ type: 'speak-word' });
      case 'speak-sentence':
        return runTooltipAction({ type: 'speak-sentence' });
      case 'save': {
        const entry = buildWordListEntry(current.lookup, {
          sentence: sentenceForRanges(current.target.textRanges),
          url: doc.location?.href ?? '',
          title: doc.title,
          savedAt: Date.now(),
        });
        try {
          await deps.saveWord(entry);
          say(current, t('tooltipSaved'));
        } catch (error) {
          console.warn('[dudong] saving the word failed', error);
          // A full list says so (and what to do); anything else is a plain failure.
          say(current, error instanceof WordListFullError ? t('tooltipWordListFull', MAX_WORDS.toLocaleString('en')) : t('tooltipSaveFailed'));
        }
        return;
      }
    }
  }

  /** What the tooltip's buttons (and k, a, Shift+A) do. */
  async function runTooltipAction(action: TooltipAction): Promise<void> {
    const current = shown;
    if (!current) return;
    const learner = deps.learner;
    switch (action.type) {
      case 'toggle-known': {
        if (!learner) return;
        const known = !learner.isKnown(wordKey(current));
        try {
          await learner.setKnown(wordKey(current), known);
          if (shown !== current) return;
          render();
          say(current, known ? t('tooltipKnownMarked') : t('tooltipKnownUnmarked'));
        } catch (error) {
          console.warn('[dudong] changing known words failed', error);
          say(current, error instanceof KnownWordsFullError ? t('tooltipKnownFull', MAX_KNOWN_WORDS.toLocaleString('en')) : t('tooltipKnownFailed'));
        }
        return;
      }
      case 'speak-word':
      case 'speak-sentence': {
        if (!deps.speak) return;
        const text = action.type === 'speak-word' ? current.lookup.simplified || current.target.word : sentenceForRanges(current.target.textRanges);
        const result = await deps.speak(text);
        if (result === 'spoken' || shown !== current) return;
        voiceMissing = true;
        render();
        say(current, t('tooltipNoVoice'));
        return;
      }
      case 'edit-note':
      case 'cancel-note':
        if (!learner) return;
        current.editingNote = action.type === 'edit-note';
        current.status = undefined;
        render();
        return;
      case 'save-note': {
        if (!learner) return;
        try {
          await learner.setNote(wordKey(current), action.text);
          if (shown !== current) return;
          current.editingNote = false;
          render();
          say(current, action.text ? t('tooltipNoteSaved') : t('tooltipNoteRemoved'));
        } catch (error) {
          console.warn('[dudong] saving the note failed', error);
          say(current, error instanceof NotesFullError ? t('tooltipNotesFull', MAX_NOTES.toLocaleString('en')) : t('tooltipNoteFailed'));
        }
        return;
      }
    }
  }

  signal.addEventListener('abort', () => {
    win.cancelAnimationFrame(scrollFrame);
    clearTimeout(debounceTimer);
    clearTimeout(hideTimer);
    requestId++;
    shown = null;
    tooltip.destroy();
    highlighter.destroy();
  }, { once: true });

  return {
    setDisplay(next) {
      display = next;
      render();
    },
    setTranslate(next) {
      tooltip.translate = next;
      render();
    },
    refresh() {
      // Re-rendering would throw away a note being typed.
      if (!shown?.editingNote) render();
    },
  };
}
