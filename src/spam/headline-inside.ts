/**
 * A piece of the headline (four Han characters or more, verbatim, cut at the headline's own word
 * edges) glued inside the writer's sentence with no punctuation of its own: right after a full stop
 * or a comma with the writer's clause going on, or between two of the writer's words. A farm pastes
 * it there; a writer who says a headline phrase inside a clause says it as part of that clause's
 * grammar (the subject of what follows, the object of what precedes), which the language model
 * reads: with a writer's phrase gone the clause loses its subject or object and reads worse, with a
 * farm's piece gone it closes up and reads better. A writer also says such a phrase more than once.
 *
 * The language model alone only marks: on the corpus's dev articles and on dev pages
 * (scripts/spam/inside-styles.ts, seed 81) its places and levels were chosen; no level of it hides
 * nothing real. What hides is grammar (jieba's parts of speech, session 21, chosen on
 * scripts/spam/clause-piece-styles.ts's dev pages, seed 101): a piece with a verb of its own glued
 * after a stop before the writer's words that open a clause of their own is a second clause where the
 * host has its own; a writer repeating the headline says it as a constituent of their clause.
 */
import { headlineVariants, phraseMatches } from './headline-phrases';
import { foldWidth } from './headline-text';
import { carriesOn, endsOpen, restHasPredicate } from './open-ends';
import { pageOffsets, type SpamPage } from './page';
import { isHan } from './text-classes';
import type { TaggedWord } from '../segment/types';
import type { SpamSpan } from './types';

/** Shorter headline pieces are words any writer uses in their own clauses. */
const MIN_INSIDE_HAN = 4;
/** Characters either side the edge gain reads (a trigram sees about two words). */
const EDGE = 4;
const MARK = /[，。！？；：、,.!?;:“”「」『』（）()《》\s]/u;
const MID = { opens: false, closes: false };

export type InsidePlace = 'comma' | 'stop' | 'words' | 'quote';

export interface InsideFind {
  paragraph: number;
  /** [start, end) in the paragraph's masked view. */
  start: number;
  end: number;
  piece: string;
  place: InsidePlace;
  /**
   * ln P(the clause without the piece) − ln P(the clause with it), the piece's own cost given back;
   * the clause runs from the last mark before the piece to the next one after it.
   */
  clauseGain: number;
  /** The same over EDGE characters either side only: what the paste's two seams cost. */
  edgeGain: number;
  /** The segmenter's words in the piece: a clause of the headline, not one term of it. */
  words: number;
  /** In the first sentence of the article's first paragraph, where the headline was cut from. */
  inLead: boolean;
  /**
   * How often the page says the piece elsewhere, not glued so (as a clause of its own, opening a
   * paragraph) or glued where the model reads it as part of the clause, or in the lead.
   */
  elsewhere: number;
  /** Part-of-speech tags (jieba's) of the piece's words. */
  tags: string[];
  /** The writer's word right after the piece, with its tag. */
  next: TaggedWord;
  /** The piece's own last word, with its tag. */
  last: TaggedWord;
  /** After a stop: the writer's sentence after the piece has a verb of its own (./open-ends.ts restHasPredicate). */
  restPredicate: boolean;
}

const PLACE_BEFORE: Record<string, InsidePlace> = { '“': 'quote', '「': 'quote', '『': 'quote', '，': 'comma', ',': 'comma', '。': 'stop', '！': 'stop', '？': 'stop', '!': 'stop', '?': 'stop' };

export function findInsidePieces(page: SpamPage): InsideFind[] {
  const headline = foldWidth(page.headline);
  const segmenter = page.tools.segmenter;
  const cut = (text: string): string[] => segmenter.cut(text);
  const tag = (text: string): TaggedWord[] => (segmenter.tag ? segmenter.tag(text) : cut(text).map((word) => ({ word, tag: '' })));
  // Verbatim only: the headline's clauses as printed, not with a word dropped.
  const variants = headlineVariants(headline, cut, MIN_INSIDE_HAN).filter((v) => headline.includes(v.text));
  const lm = page.tools.languageModel;
  if (variants.length === 0 || !lm) return [];
  const lp = (text: string, edges = MID): number => (text ? lm.logProb(text, edges) : 0);
  const firstArticle = page.paragraphs.findIndex((p) => !p.isHeadline);
  const out: InsideFind[] = [];
  const said = new Map<string, number>();
  page.paragraphs.forEach((paragraph, p) => {
    if (paragraph.isHeadline) return;
    const text = foldWidth(paragraph.text);
    for (const [start, end] of phraseMatches(text, variants, MIN_INSIDE_HAN)) {
      const piece = text.slice(start, end);
      said.set(piece, (said.get(piece) ?? 0) + 1);
      const before = text.charAt(start - 1);
      const place = isHan(before) ? 'words' : PLACE_BEFORE[before];
      if (!place || !isHan(text.charAt(end))) continue;
      let from = start;
      while (from > 0 && !MARK.test(text.charAt(from - 1))) from--;
      let to = end;
      while (to < text.length && !MARK.test(text.charAt(to))) to++;
      const head = text.slice(from, start);
      const rest = text.slice(end, to);
      const own = lp(piece);
      const clause = { opens: true, closes: to < text.length };
      const clauseGain = lp(head + rest, clause) - lp(head + piece + rest, clause) + own;
      const near = head.slice(-EDGE);
      const far = rest.slice(0, EDGE);
      const edgeGain = lp(near + far) - lp(near + piece + far) + own;
      const inLead = p === firstArticle && !/[。！？!?]/u.test(text.slice(0, start));
      const pieceWords = tag(piece);
      const tags = pieceWords.map((w) => w.tag);
      const none = { word: '', tag: '' };
      // Carried on into the writer's clause (…。整治废旧车辆停放区后，…), the piece is their opening: no predicate of the rest's own counts.
      const restPredicate = place === 'stop' && restHasPredicate(text.slice(end), tag) && !carriesOn(text.slice(end));
      out.push({ paragraph: p, start, end, piece, place, clauseGain, edgeGain, words: tags.length, inLead, elsewhere: 0, tags, next: tag(rest)[0] ?? none, last: pieceWords.at(-1) ?? none, restPredicate });
    }
  });
  // A copy the model reads as part of its clause (or in the lead) is the writer saying it too.
  const pasteLike = (o: InsideFind): boolean => o.clauseGain > 0 && !o.inLead;
  for (const find of out) find.elsewhere = (said.get(find.piece) ?? 0) - out.filter((o) => o !== find && o.piece === find.piece && pasteLike(o)).length - 1;
  return out;
}

/** A verb of the piece's own (jieba's v, vd, vi, vg, vq; not vn, a verb used as a noun). */
const VERB = /^v[dgiq]?$/u;
/**
 * Words a clause opens on: its own subject (a noun, a pronoun, a name), a time, a place, a number, a
 * conjunction, a locative of two characters (以前, 附近; one alone, 后 or 里, closes what stands before it).
 */
const OPENS_CLAUSE = /^(?:n|r|t|s|m|j|c|l|i|b|x)/u;
const opensClause = (next: TaggedWord): boolean => OPENS_CLAUSE.test(next.tag) || (next.tag === 'f' && next.word.length > 1);
/** Words that need a subject before them: a verb, an adverb, a preposition, a particle. */
const NEEDS_SUBJECT = /^(?:v|d|p|u|y)/u;

export { endsOpen } from './open-ends';

/**
 * The grammar of the piece in its place: a little clause of its own (a verb of its own) before the
 * writer's words that open a clause of their own (their own subject, a time, a conjunction) gives
 * the host nothing it needs; a phrase with no verb before the writer's predicate is the subject
 * that predicate needs (…，猎鹰之屋由…买下), the writer's own constituent.
 */
export function grammarOf(find: InsideFind): 'clause' | 'subject' | 'other' {
  const ownVerb = find.tags.some((t) => VERB.test(t));
  if (ownVerb && opensClause(find.next)) return 'clause';
  if (!ownVerb && NEEDS_SUBJECT.test(find.next.tag)) return 'subject';
  return 'other';
}

/**
 * Where the page says the piece nowhere else and it is not the subject of the writer's predicate:
 * hidden glued before the writer's next sentence when it is a clause of its own and that sentence
 * reads better without it (…。农村快递网点增多村民在家门口…) and it does not end on a word that waits
 * for more (a writer's sentence opening on the headline's words: …。上级首长应当每年…, marked only);
 * marked there when only the model reads so (a writer's subject there is what the sentence needs:
 * …。养老金缺口形成有因); marked right after
 * a speaker's opening quote when it is a clause of its own the quote reads better without; marked
 * after a comma when both the clause and the piece's two seams read better without it and the piece
 * is more than one term (not in the lead, which repeats the headline). Mid-clause, between two
 * words, is not marked: on the dev pages no level of this evidence reached four pastes in five there.
 */
export function insideTier(find: InsideFind): SpamSpan['tier'] | undefined {
  const grammar = grammarOf(find);
  if (find.elsewhere > 0 || grammar === 'subject') return undefined;
  const ownClause = grammar === 'clause' && find.clauseGain > 0 && !find.inLead;
  switch (find.place) {
    case 'stop':
      // A stretch ending on a word that waits for more reads on into the writer's words, and one the
      // writer's sentence needs for its verb is its opening (…。交警提醒市民绕行解放路等低洼路段。): marked only.
      return ownClause && !endsOpen(find.last) && find.restPredicate ? 'hidden' : find.clauseGain > 0 ? 'suspect' : undefined;
    case 'quote':
      return ownClause ? 'suspect' : undefined;
    case 'comma':
      return find.clauseGain > 0 && find.edgeGain > 1 && find.words >= 2 && !find.inLead ? 'suspect' : undefined;
    case 'words':
      return undefined;
  }
}

const REASONS: Record<InsidePlace, string> = {
  stop: 'A piece of the headline glued before a sentence.',
  comma: "A piece of the headline glued into the writer's clause.",
  words: "A piece of the headline glued between the writer's words.",
  quote: "A piece of the headline glued into a speaker's words.",
};

/** The marked finds as spans of the page's paragraphs (page offsets). */
export function headlineInsideSpans(page: SpamPage): SpamSpan[][] {
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  for (const find of findInsidePieces(page)) {
    const tier = insideTier(find);
    const paragraph = page.paragraphs[find.paragraph];
    if (!tier || !paragraph) continue;
    const [start, end] = pageOffsets(paragraph, find.start, find.end);
    out[find.paragraph]?.push({ start, end, family: 'title', confidence: tier === 'hidden' ? 0.99 : 0.8, tier, reason: REASONS[find.place] });
  }
  return out;
}
