/**
 * The tooltip's host and shadow root. The root is closed so page scripts cannot read what the
 * reader looks up (element.shadowRoot is null for them); the host is a custom element with inline
 * !important styles so page CSS cannot hide or move it, and the CSS lives inside the root.
 */
import { UI_ATTRIBUTE } from '../../annotate/markers';
import { placeTooltip, type Placement, type RectLike } from './placement';
import { translator, type Translate } from '../../i18n/translate';
import type { TooltipAction } from './blocks/types';
import { renderTooltip } from './render';
import { TOOLTIP_CSS } from './styles';
import type { TooltipView } from './view-model';

export const TOOLTIP_TAG = 'dudong-tooltip';

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'z-index: 2147483647',
  'left: 0',
  'top: 0',
  'display: none',
  'contain: layout style',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

export class Tooltip {
  readonly host: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly status: HTMLElement;
  private shown = false;
  /** The interface language's words; English until the reader's setting is known. */
  translate: Translate = translator('en');
  /** What the blocks' buttons do (the hover controller sets it). */
  onAction: (action: TooltipAction) => void = () => {};

  constructor(private readonly doc: Document = document) {
    this.host = doc.createElement(TOOLTIP_TAG);
    this.host.setAttribute('style', HOST_STYLE);
    // The reader must never annotate or read text inside Dudong's own UI.
    this.host.setAttribute(UI_ATTRIBUTE, '');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = TOOLTIP_CSS;
    this.panel = doc.createElement('div');
    this.panel.className = 'panel';
    this.panel.setAttribute('role', 'tooltip');
    this.status = doc.createElement('div');
    this.status.className = 'status';
    this.status.setAttribute('aria-live', 'polite');
    root.append(style, this.panel);
  }

  get visible(): boolean {
    return this.shown;
  }

  /** Renders `view` next to `anchor` (viewport coordinates) and returns where it went. */
  show(view: TooltipView, anchor: RectLike): Placement {
    const tools = { doc: this.doc, t: this.translate, toneColours: view.toneColours, act: (action: TooltipAction) => this.onAction(action) };
    this.panel.replaceChildren(...renderTooltip(view, tools), this.status);
    this.status.textContent = '';
    return this.place(anchor);
  }

  /** Moves the current content next to a new anchor (after a scroll, or a keyboard step). */
  place(anchor: RectLike): Placement {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    const set = (name: string, value: string) => this.host.style.setProperty(name, value, 'important');
    // Measure unconstrained and invisible, then position.
    set('visibility', 'hidden');
    set('display', 'block');
    this.panel.style.maxHeight = '';
    const box = this.panel.getBoundingClientRect();
    const view = this.doc.defaultView;
    const viewport = {
      width: this.doc.documentElement.clientWidth || view?.innerWidth || 0,
      height: this.doc.documentElement.clientHeight || view?.innerHeight || 0,
    };
    const placement = placeTooltip(anchor, { width: box.width, height: box.height }, viewport);
    this.panel.style.maxHeight = `${Math.floor(placement.maxHeight)}px`;
    set('left', `${Math.round(placement.left)}px`);
    set('top', `${Math.round(placement.top)}px`);
    set('visibility', 'visible');
    this.host.dataset.side = placement.side;
    this.shown = true;
    return placement;
  }

  /** Inside the shadow root: where a temporary element (the copy fallback's textarea) can live unseen by the page. */
  get scratchParent(): HTMLElement {
    return this.panel;
  }

  /** The first element matching `selector` inside the shadow root (to focus the note editor). */
  query<T extends Element>(selector: string): T | null {
    return this.panel.querySelector<T>(selector);
  }

  /** A short line under the content ("Copied", "Saved to word list"). */
  setStatus(text: string): void {
    this.status.textContent = text;
  }

  hide(): void {
    if (!this.shown) return;
    this.host.style.setProperty('display', 'none', 'important');
    this.shown = false;
  }

  /** Whether an event happened inside the tooltip (events from a shadow root are retargeted to the host). */
  containsEvent(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  destroy(): void {
    this.host.remove();
    this.shown = false;
  }
}
