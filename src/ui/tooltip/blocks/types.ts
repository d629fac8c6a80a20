/**
 * The tooltip is a head (the word), its readings, and blocks: each block is one small module that
 * decides from the lookup and the word's facts whether it has something to say (`build`, pure,
 * tested in Node) and draws it (`render`). To add one: write `blocks/<name>.ts` exporting a
 * `TooltipBlock`, list it in `blocks/index.ts`, and, if it needs data, add an optional field to
 * `LookupResponse` (from the background) or to `WordFacts` (from the page or the reader's store).
 */
import type { Translate } from '../../../i18n/translate';
import type { LookupResponse } from '../../../messaging/protocol';
import type { PinyinStyle } from '../../../pinyin/format';

export interface DisplaySettings {
  pinyinStyle: PinyinStyle;
  toneColours: boolean;
}

/** What the page and the reader's own data say about the hovered word (the lookup says the rest). */
export interface WordFacts {
  /** Whether the reader marked the word known; undefined where known words are not offered. */
  known?: boolean;
  /** The reader's own note on the word ('' for none yet); undefined where notes are not offered. */
  note?: string;
  /** The note editor is open. */
  editingNote?: boolean;
  /** Speech is offered (speechSynthesis exists). */
  canSpeak?: boolean;
  /** The word lies in a span shown as possibly inserted: its spam family and the reason. */
  suspect?: { family: string; reason: string };
}

export interface TooltipInput {
  lookup: LookupResponse;
  display: DisplaySettings;
  facts: WordFacts;
}

/** What a block's buttons ask the hover controller to do. */
export type TooltipAction =
  | { type: 'toggle-known' }
  | { type: 'speak-word' }
  | { type: 'speak-sentence' }
  | { type: 'edit-note' }
  | { type: 'save-note'; text: string }
  | { type: 'cancel-note' };

export interface BlockTools {
  doc: Document;
  t: Translate;
  toneColours: boolean;
  act(action: TooltipAction): void;
}

/**
 * `head`: beside the word (badges, another script's form); `body`: under the readings, in list
 * order (notes, explanations); `foot`: the last line (buttons).
 */
export type BlockSlot = 'head' | 'body' | 'foot';

export interface TooltipBlock<V> {
  id: string;
  slot: BlockSlot;
  /** The block's view model, or null when it has nothing to show for this word. Pure. */
  build(input: TooltipInput): V | null;
  render(view: V, tools: BlockTools): HTMLElement;
}

/** A block built for one word: its view (for tests) and how to draw it. */
export interface BuiltBlock<V = unknown> {
  id: string;
  slot: BlockSlot;
  view: V;
  render(tools: BlockTools): HTMLElement;
}

export type BlockBuilder = (input: TooltipInput) => BuiltBlock | null;

/** Erases a block's view type behind a builder, so blocks of any view type share one list. */
export function blockBuilder<V>(block: TooltipBlock<V>): BlockBuilder {
  return (input) => {
    const view = block.build(input);
    if (view === null) return null;
    return { id: block.id, slot: block.slot, view, render: (tools) => block.render(view, tools) };
  };
}
