/**
 * Words marked by HSK 3.0 band on the page (an option): a coloured underline or coloured text on
 * each ruby with `data-dudong-hsk`. A second adopted sheet in the page styles' cascade layer, so the
 * page's CSS cannot undo it (src/annotate/page-styles.ts explains the layer).
 */
import { HSK_ATTRIBUTE, RUBY_CLASS } from '../annotate/markers';
import type { LevelMarks } from '../settings/learner-settings';

/** Band 1 → 7 (7–9): green through blue to purple and red, easy first. */
export const BAND_COLOURS = ['#2e7d32', '#558b2f', '#00838f', '#1565c0', '#4527a0', '#8e24aa', '#c62828'] as const;

export function levelCss(marks: LevelMarks): string {
  if (marks === 'off') return '';
  const rules = BAND_COLOURS.map((colour, i) => {
    const selector = `ruby.${RUBY_CLASS}[${HSK_ATTRIBUTE}="${i + 1}"]`;
    return marks === 'underline'
      ? `${selector} { text-decoration: underline 2px ${colour} !important; text-underline-offset: 0.25em !important; }`
      : `${selector} { color: ${colour} !important; }`;
  });
  return `@layer dudong {\n${rules.join('\n')}\n}`;
}

let sheet: CSSStyleSheet | undefined;

export function applyLevelStyles(doc: Document, marks: LevelMarks): void {
  const css = levelCss(marks);
  if (!css) {
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    return;
  }
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(css);
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
