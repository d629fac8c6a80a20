/**
 * Pages that undo what Dudong writes, or keep rewriting what it reads, are left alone.
 *
 * Two kinds meet the same rule: a page that restores its own markup whenever a ruby appears (it
 * would be re-annotated forever, several rounds a second), and a ticker rewriting a paragraph every
 * 50 ms (each rewrite would be read and sent for analysis again). Both remove nodes Dudong has read
 * or written, over and over, under the same parent. A parent where that happens in
 * `MAX_ROUNDS` separate rounds within `ROUND_WINDOW_MS` is left alone: what the page adds under it
 * is not read, until it has been quiet for `QUIET_MS`. A page that takes Dudong's own markup (ruby,
 * hidden spam) away and puts the very same text back is fighting it: that parent is left alone for
 * good, and the popup says so. A ticker puts other text in: it is read again once it stops.
 *
 * Rounds are counted on the page's removals only (Dudong's own writes are not reported), and only
 * where a removal takes away text Dudong read or wrote: a single-page app replacing its article once,
 * or a page adding comments under the same parent, is no fight.
 */
import { RUBY_CLASS, SPAM_ATTRIBUTE } from '../annotate/markers';
import type { LayoutProbe } from './extract-paragraphs';

/** Rounds of removals under one parent that make it "left alone". */
export const MAX_ROUNDS = 3;
/** The rounds must fall within this window (a reader's own navigation is slower). */
export const ROUND_WINDOW_MS = 4000;
/** A parent left alone is read again once the page has not touched it for this long. */
export const QUIET_MS = 5000;

const OUR_MARKUP = `ruby.${RUBY_CLASS}, [${SPAM_ATTRIBUTE}]`;

export interface PageFights {
  /** Feed the page's own childList mutation records (Dudong's writes are not among them). */
  noteRecords(records: readonly MutationRecord[]): void;
  /** Whether the reader must not read `node` now (it sits under a parent left alone). */
  isLeftAlone(node: Node): boolean;
  /** The probe with every element under a parent left alone reported as not rendered. */
  probe(inner: LayoutProbe): LayoutProbe;
  /** Parents where the page removed Dudong's own markup round after round (it fights the annotation). */
  readonly fought: number;
  /** Parents left alone for any reason (fights and tickers alike). */
  readonly leftAlone: number;
}

interface ParentState {
  /** When the recent rounds happened (ms, performance.now()). */
  rounds: number[];
  /** The page replaced Dudong's markup by the same text, at least once (it undoes the annotation). */
  undidOurs: boolean;
  /** Left alone until the page has been quiet under it since `lastTouched`. */
  leftAlone: boolean;
  lastTouched: number;
}

function textWithoutReadings(nodes: NodeList): string {
  let text = '';
  for (const node of nodes) {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1) {
      const walker = node.ownerDocument!.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
      for (let at = walker.nextNode(); at; at = walker.nextNode()) if (!at.parentElement?.closest('rt, rp')) text += (at as Text).data;
    }
  }
  return text;
}

export function watchPageFights(isRead: (node: Text) => boolean, now: () => number = () => performance.now()): PageFights {
  // Weak: parents the page throws away (a single-page app's old article) must not be kept alive.
  const parents = new WeakMap<Node, ParentState>();
  let leftAlone = 0;
  /** The round being counted: one per batch of records (one task's worth of the page's changes). */
  let roundAt = -1;
  let fought = 0;

  const isQuiet = (state: ParentState) => now() - state.lastTouched >= QUIET_MS;

  /** What the removal took away: something Dudong read or wrote ('read'), its markup ('ours'), or nothing of Dudong's. */
  function removedWork(removed: NodeList): 'ours' | 'read' | null {
    let found: 'read' | null = null;
    for (const node of removed) {
      if (node.nodeType === 3) {
        if (isRead(node as Text)) found = 'read';
        continue;
      }
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      if (element.matches(OUR_MARKUP) || element.querySelector(OUR_MARKUP)) return 'ours';
      if (!found && containsRead(element)) found = 'read';
    }
    return found;
  }

  /** Whether the record's added nodes hold the text its removed nodes held (readings in <rt> aside). */
  function putBackSameText(record: MutationRecord): boolean {
    return textWithoutReadings(record.removedNodes) === textWithoutReadings(record.addedNodes);
  }

  function containsRead(element: Element): boolean {
    const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) if (isRead(text as Text)) return true;
    return false;
  }

  function noteRound(parent: Node, ours: boolean) {
    const at = now();
    let state = parents.get(parent);
    if (!state) parents.set(parent, (state = { rounds: [], undidOurs: false, leftAlone: false, lastTouched: at }));
    state.lastTouched = at;
    if (state.rounds.at(-1) === roundAt) return; // one round per parent per batch
    state.rounds = [...state.rounds.filter((t) => at - t < ROUND_WINDOW_MS), roundAt];
    state.undidOurs ||= ours;
    if (!state.leftAlone && state.rounds.length >= MAX_ROUNDS) {
      state.leftAlone = true;
      leftAlone++;
      if (state.undidOurs) fought++;
    }
  }

  function leftAloneParent(node: Node): ParentState | null {
    for (let at: Node | null = node; at; at = at.parentNode) {
      const state = parents.get(at);
      if (state?.leftAlone) return state;
    }
    return null;
  }

  function isLeftAlone(node: Node): boolean {
    const state = leftAloneParent(node);
    if (!state) return false;
    // A page that undoes the annotation would only undo it again.
    if (state.undidOurs || !isQuiet(state)) return true;
    // Quiet long enough: read it again (a new burst of rounds leaves it alone again).
    state.leftAlone = false;
    state.rounds = [];
    leftAlone--;
    return false;
  }

  return {
    noteRecords(records) {
      roundAt = now();
      for (const record of records) {
        if (record.type === 'childList') {
          const state = parents.get(record.target);
          // A parent left alone keeps being touched: it stays left alone while the page is busy with it.
          if (state?.leftAlone) state.lastTouched = roundAt;
          if (!record.removedNodes.length) continue;
          const work = removedWork(record.removedNodes);
          if (work) noteRound(record.target, work === 'ours' && putBackSameText(record));
        }
      }
    },
    isLeftAlone,
    probe(inner) {
      return {
        isBlock: (element) => inner.isBlock(element),
        isRendered: (element) => !isLeftAlone(element) && inner.isRendered(element),
      };
    },
    get fought() {
      return fought;
    },
    get leftAlone() {
      return leftAlone;
    },
  };
}
