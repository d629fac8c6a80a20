/**
 * The farm's generic filler pasted once into the writer's paragraph, dressed as news: a health tip
 * (营养师提醒，空腹…最好…), a public reminder (请广大市民…), a product blurb (这款…只需…), an ad or a
 * price item behind 据悉 / 据了解. Such a sentence speaks of nobody in the story — advisers, citizens,
 * consumers, a product or a season in general — set in a narrative about particular people, places
 * and dates. Its wording only says where one may stand (an adviser advising, an advice modal, an ad's
 * benefit); the evidence is the topic, read as for another story's item (./reported-items.ts): almost
 * none of its Han pairs stand elsewhere on the page, and the writer's text before it and, where the
 * paragraph goes on, after it is the page's own. A writer's own advice in a story on its subject (a
 * doctor's tip in a health report) shares the page's words, and a digest of unrelated items has no
 * topic for it to be off.
 *
 * Its extent ends with its last clause that advises or offers, before any clause sharing a pair with
 * the page (the writer's again), and no clause of it runs past a clause's length (a paste glued to the
 * writer's next words with no mark of its own). Marked only: a writer's aside off the story's topic
 * reads the same. Session 21 (scripts/spam/generic-styles.ts; README, spam figures).
 */
import { clauseEnd, hanOf, sharedPairs, CLAUSE_START, CONNECTIVE, SENTENCE_END } from './reported-items';
import { hanPairs } from './features-lines';
import { pageOffsets, type SpamPage } from './page';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** Someone advising in general: an expert, a doctor, an office (营养师提醒，…; 交警提示…). */
const ADVISER = /^[^，。！？]{0,8}?(?:专家|医生|大夫|[^，。！？]{1,3}师|部门|交警|民警|消防|气象台|工作人员)[^，。！？]{0,4}?(?:提醒|建议|提示|指出|告诫|呼吁)/u;
/** A product or an offer opening the sentence (这款…, 一款新…, 该楼盘…). */
const PRODUCT = /^(?:这款|一款|该款|新款|该楼盘|该小区)/u;
/** A season or the weather in general, opening advice (近期气温骤降，请…; 冬季…不宜…). */
const SEASON = /^(?:近期|近日|入冬以来|入秋以来|冬季|夏季|秋冬|春季|天气转凉)/u;
/** Advice said to anyone: modals and warnings (不宜, 切忌, 以免, 请市民…); 最好, 尽量, 避免 are every writer's. */
const ADVICE = /不宜|切忌|切勿|谨防|务必|以免|有助于|请(?:广大)?(?:市民|居民|游客|车主|家长|司机|驾驶员|消费者|大家)/u;
/** What an ad says of its offer, or a price said to move in general (只需, 首付, 打五折, 价格普遍上涨). */
const OFFER = /只需|仅需|低至|首付|[二三四五六七八九]折|买[一二三四五]送|免费送|限时|在售|现房|(?:价格|售价|房价|菜价|油价)[^，。！？]{0,8}(?:上涨|下跌|涨了|降了|上调|下调)/u;

/**
 * Whether the sentence opening at `text` reads as generic filler by its first words: an adviser
 * advising; a product opening it; a season followed by advice; a reporting connective before an
 * offer or a price. A writer's purpose clause (…，避免…; 尽量…) opens with none of these.
 */
function opensGeneric(text: string): boolean {
  const body = text.replace(CONNECTIVE, '');
  if (ADVISER.test(body) || PRODUCT.test(body)) return true;
  if (SEASON.test(body)) return ADVICE.test(body);
  return body.length < text.length && OFFER.test(body);
}

const MIN_HAN = 12;
/** The writer's text read before it: a clause or two (a short one, 他说，, shares nothing by itself). */
const BEFORE = 24;
const MAX_HAN = 48;
/** Han characters of one clause of it: advice and blurbs are said in short clauses. */
const MAX_CLAUSE_HAN = 22;
/** At most this share of the sentence's pairs may stand elsewhere on the page (今年, 近期, 市民). */
const MAX_PAIR_SHARE = 0.15;

export interface GenericFiller {
  paragraph: number;
  /** [start, end) in the paragraph's masked view, its closing mark included. */
  start: number;
  end: number;
}

export function findGenericFiller(page: SpamPage): GenericFiller[] {
  const pageCounts = hanPairs([page.headline, ...page.paragraphs.map((p) => p.text)]);
  const out: GenericFiller[] = [];
  page.paragraphs.forEach((paragraph, p) => {
    if (paragraph.isHeadline) return;
    const { text } = paragraph;
    for (let start = 1; start < text.length; start++) {
      if (!CLAUSE_START.includes(text.charAt(start - 1)) || insideQuotes(text, start)) continue;
      const end = fillerAt(pageCounts, text, start);
      if (end === null) continue;
      out.push({ paragraph: p, start, end });
      start = end - 1;
    }
  });
  return out;
}

/**
 * The end of the filler opening at `start`, or null when the evidence is not all there. It opens
 * with a clause that advises, sells or reports (so a writer's clause before it, 他说，… or a clause of
 * narration sharing no pair by chance, is never taken), runs on through the clauses after it that
 * are foreign too, and ends with the last of them that advises or sells: a foreign clause after
 * that may be the writer's narration going on.
 */
function fillerAt(pageCounts: ReadonlyMap<string, number>, text: string, start: number): number | null {
  let run = start;
  while (run < text.length) {
    const next = clauseEnd(text, run);
    if (run > start && sharedPairs(pageCounts, text.slice(run, next)) > 0) break;
    run = next;
    if (SENTENCE_END.includes(text.charAt(run - 1))) break;
  }
  if (!opensGeneric(text.slice(start, run))) return null;
  // It ends with its last clause that advises or offers, or its first: a foreign clause after that
  // may be the writer's narration going on.
  let end = clauseEnd(text, start);
  for (let at = end; at < run; at = clauseEnd(text, at)) if (ADVICE.test(text.slice(at, clauseEnd(text, at))) || OFFER.test(text.slice(at, clauseEnd(text, at)))) end = clauseEnd(text, at);
  // A clause glued to the writer's next words with no mark of its own runs on past a clause's length.
  for (let at = start; at < end; at = clauseEnd(text, at)) if (hanOf(text.slice(at, clauseEnd(text, at))) > MAX_CLAUSE_HAN) return null;
  const own = text.slice(start, end);
  const han = hanOf(own);
  if (han < MIN_HAN || han > MAX_HAN || sharedPairs(pageCounts, own) > MAX_PAIR_SHARE) return null;
  // The writer's text before it, and after the foreign run where the paragraph goes on, is the page's own.
  if (sharedPairs(pageCounts, text.slice(Math.max(0, start - BEFORE), start)) === 0) return null;
  const after = text.slice(run, clauseEnd(text, run));
  if (hanOf(after) > 0 && sharedPairs(pageCounts, after) === 0) return null;
  return end;
}

const REASON = 'Generic advice or an ad dressed as news, set in the story: none of its words are the page’s';

/** The filler as marked spans: the reader judges. */
export function genericFillerSpans(page: SpamPage): SpamSpan[][] {
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  for (const found of findGenericFiller(page)) {
    const paragraph = page.paragraphs[found.paragraph];
    if (!paragraph) continue;
    const [start, end] = pageOffsets(paragraph, found.start, found.end);
    out[found.paragraph]?.push({ start, end, family: 'sentence', confidence: 0.8, tier: 'suspect', reason: REASON });
  }
  return out;
}
