/**
 * Marks the hovered word without touching the page's DOM: the CSS Custom Highlight API paints
 * ranges, and its one rule goes into an adopted stylesheet that is removed again on stop.
 * Browsers without the API (Firefox < 140) get no highlight; the tooltip still works.
 */
const HIGHLIGHT_NAME = 'dudong-hover';
const HIGHLIGHT_RULE = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.38); }`;

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

export class TextHighlighter {
  private readonly registry: HighlightRegistryLike | null;
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document = document) {
    const css = doc.defaultView?.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined;
    this.registry = css?.highlights && typeof Highlight === 'function' ? css.highlights : null;
  }

  get supported(): boolean {
    return this.registry !== null;
  }

  show(ranges: readonly Range[]): void {
    if (!this.registry) return;
    this.adoptSheet();
    try {
      this.registry.set(HIGHLIGHT_NAME, new Highlight(...ranges));
    } catch {
      // A range from a node that has since left the document: nothing to paint.
    }
  }

  clear(): void {
    this.registry?.delete(HIGHLIGHT_NAME);
  }

  destroy(): void {
    this.clear();
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
      this.sheet = null;
    }
  }

  private adoptSheet(): void {
    if (this.sheet) return;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_RULE);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Constructable stylesheets unavailable in this world: no highlight colour, nothing else breaks.
    }
  }
}
