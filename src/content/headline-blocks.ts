/**
 * The article's headline and subheads when they sit outside the article root (sites often put the
 * h1 above the story's block; with no h1, the h2 or h3 the page title starts with): read like the article's paragraphs, never judged for spam (they are
 * what spam detection compares against). Headings inside the root are read with it already.
 */
const SUBHEADS = 'h2, h3, h4';
/** Page chrome a heading there belongs to, not the article. */
const CHROME = 'nav, header nav, footer, aside, [role="navigation"], [role="complementary"], [role="contentinfo"]';
const MAX_HEADING_CHARS = 200;
const HAN = /\p{Script=Han}/u;
// Node.DOCUMENT_POSITION_* (spelt out: Node is not a global in every DOM this runs in, e.g. tests).
const PRECEDING = 2;
const FOLLOWING = 4;

function isArticleHeading(heading: Element, root: Element | null): boolean {
  if (root?.contains(heading) || heading.closest(CHROME)) return false;
  const text = heading.textContent?.trim() ?? '';
  return HAN.test(text) && text.length <= MAX_HEADING_CHARS;
}

/** Whitespace does not count when a heading is compared with the page title. */
const compact = (text: string) => text.replace(/\s+/g, '');
/** A heading this short could be a section label the title happens to contain ("新闻"). */
const MIN_TITLE_CHARS = 4;

/**
 * With no h1, many Chinese sites print the headline as an h2 or h3 above the story block. Their page
 * titles lead with the headline ("出租车燃油费下调_社会新闻_某某网"), so the heading the title starts
 * with is the one; a site-name heading, which titles put last, is not taken for it.
 */
function headingTheTitleNames(doc: Document, root: Element | null): Element | null {
  if (!root) return null;
  const title = compact(doc.title);
  for (const heading of doc.querySelectorAll('h2, h3')) {
    if (!(root.compareDocumentPosition(heading) & PRECEDING) || !isArticleHeading(heading, root)) continue;
    const text = compact(heading.textContent ?? '');
    if (text.length >= MIN_TITLE_CHARS && title.startsWith(text)) return heading;
  }
  return null;
}

export function headlineBlocks(doc: Document, root: Element | null): Element[] {
  const headline = doc.querySelector('h1');
  if (!headline) {
    const named = headingTheTitleNames(doc, root);
    return named ? [named] : [];
  }
  if (!isArticleHeading(headline, root)) return [];
  const blocks: Element[] = [headline];
  // Subheads between the headline and the story (a deck, a kicker) in the headline's own container.
  const container = headline.parentElement;
  if (container) {
    for (const heading of container.querySelectorAll(SUBHEADS)) {
      const follows = headline.compareDocumentPosition(heading) & FOLLOWING;
      const beforeRoot = !root || root.compareDocumentPosition(heading) & PRECEDING;
      if (follows && beforeRoot && isArticleHeading(heading, root)) blocks.push(heading);
    }
  }
  return blocks;
}
