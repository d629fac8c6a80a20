/**
 * Runs a farm may have pasted once, read by the page's cohesion (session 29, issue 12). A farm drops
 * a chatty line or another story's sentence into a copied article once: after a comma, between two
 * sentences, after a paragraph's last stop or as a paragraph of its own. Nothing repeats it, and its
 * wording is any wording; what gives it away is the page around it:
 *
 * - **It echoes nothing.** A writer's clause almost always prints a Han pair (a name, a term, the
 *   story's nouns) that the rest of the page prints too; a pasted line was written for no page.
 *   Session 28 measured this alone at AUC 0.90 on runs between seams (the language model's seam fits:
 *   0.49–0.53, nothing).
 * - **The page coheres.** On a page of unrelated statements (a list, a digest, Wikipedia sentences:
 *   the stress test's CPP pages) most clauses echo nothing, and there a silent clause says nothing.
 *   Session 28's runs finder without this gate marked 38,511 characters of them.
 * - **The writer's thought runs past it.** The clauses on each side echo the page.
 * - **Its meaning lies away from the page** (the topic vectors, ./features-topic.ts) and it leans on
 *   nothing (a writer's digression points at the story: 他, 这, 当地, 记者 …).
 * - **Session 30: words, not pairs, and the clauses beside it.** A shared Han pair may be a function
 *   pair (了一, 一个, 已经) any text prints; `wordEcho` weighs the run's content words by their
 *   information in the language model, so a shared name or term counts and 已经 barely does.
 *   `neighbourCosine`: the run's meaning against the writer's clauses beside it (two a side at most,
 *   the page's when it stands alone): a writer's scene or rule in force still lies near the sentences
 *   around it more often than another story's sentence does.
 *
 * Candidates run between the writer's punctuation (a paste brings its own closing mark), one to four
 * clauses within a sentence, or a whole paragraph. A run glued inside a clause with no punctuation is
 * not a candidate here (no seam shows it). Pure: page in, runs with features out.
 */
import { isContentWord } from './content-words';
import { pageTopic } from './features-coherence';
import { hanPairs } from './features-lines';
import { topicReader } from './features-topic';
import type { SpamPage } from './page';
import { clauseCharCount } from './sentence-text';
import { insideQuotes, isHan } from './text-classes';

export const ONCE_RUN_FEATURES = [
  'han',
  'pairShare',
  'unsharedPairs',
  'beforeShare',
  'afterShare',
  'pageSilent',
  'topicCosine',
  'topicCover',
  'refers',
  'quotes',
  'speaks',
  'afterComma',
  'afterStop',
  'ownParagraph',
  'paragraphEnd',
  'clauses',
  'hostShare',
  'clauseChars',
  'figures',
  'pageHan',
  'wordEcho',
  'sharedInformation',
  'neighbourCosine',
  'hasNeighbour',
] as const;

const [TOPIC_COSINE, TOPIC_COVER, HOST_SHARE, NEIGHBOUR_COSINE, HAS_NEIGHBOUR] = (['topicCosine', 'topicCover', 'hostShare', 'neighbourCosine', 'hasNeighbour'] as const).map((name) => ONCE_RUN_FEATURES.indexOf(name)) as [number, number, number, number, number];

export interface OnceRun {
  paragraph: number;
  /** Offsets in the paragraph's masked view, the run's closing mark included. */
  start: number;
  end: number;
  features: number[];
}

const CLAUSE_ENDS = '，,；;：:';
const STOPS = '。！？!?';
/** Closing quotes and brackets that may follow a mark and still close the clause. */
const AFTER_MARK = '”」』’）)';
const MIN_HAN = 6;
const MAX_HAN = 70;
const MAX_CLAUSES = 4;
/** A clause of at least this many Han is read for the page's cohesion. */
const COHESION_HAN = 6;
/**
 * A paragraph longer than this gives no runs: each run re-reads its paragraph (its host's pairs, its
 * topic), and a wall of text is no copied news paragraph a farm pastes one line into.
 */
const MAX_PARAGRAPH = 3000;

/** Words that lean on the story around the run (./find-offtopic-sentences.ts REFERS, with 这/那). */
const REFERS = /[他她它其此该这那]|我们|咱们|双方|全场|全市|全县|全省|全村|全体|当地|当时|记者|本报|对此|同时|同一|类似|同样|相关|有关|上述|此前|随后|之后|后来|另一|另外|其中/u;
const QUOTES = /[“”「」『』"《》]|(?:说|讲|表示|告诉|介绍|认为|称|指出|透露|回忆|强调|提醒|呼吁)[，,：:]/u;
/** The paster's own voice: a first or second person, a mood particle. */
const SPEAKS = /(?<![自忘])[我你妳咱俺](?!们|国|省|市|县|区|校|院|军|方|部|局|台|社)|[吧呢啊嘛呀哦啦]/u;

interface Clause {
  start: number;
  /** End, its closing mark included. */
  end: number;
  /** The mark closing it: ',' a clause's, '.' a sentence's, '' the paragraph's end without one. */
  close: ',' | '.' | '';
}

/** The paragraph's clauses, each running to a clause mark or a stop (with closing quotes after it). */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const stop = STOPS.includes(ch);
    if (!stop && !CLAUSE_ENDS.includes(ch)) continue;
    let end = i + 1;
    while (end < text.length && (STOPS.includes(text.charAt(end)) || AFTER_MARK.includes(text.charAt(end)))) end++;
    out.push({ start, end, close: stop || STOPS.includes(text.charAt(end - 1)) ? '.' : ',' });
    start = end;
    i = end - 1;
  }
  if (start < text.length) out.push({ start, end: text.length, close: '' });
  return out;
}

const hanCount = (text: string): number => [...text].filter(isHan).length;

/** The share of the text's different Han pairs that the page prints outside it; 1 for none (no evidence). */
function shareOf(pageCounts: ReadonlyMap<string, number>, text: string): [share: number, unshared: number] {
  const own = hanPairs([text]);
  if (own.size === 0) return [1, 0];
  let shared = 0;
  for (const [pair, n] of own) if ((pageCounts.get(pair) ?? 0) > n) shared++;
  return [shared / own.size, own.size - shared];
}

/**
 * Every run of the page with its features. `pageSilent`: the share of the page's other clauses of
 * COHESION_HAN Han or more that echo no pair — the page's cohesion, the same for every run.
 */
export function onceRuns(page: SpamPage): OnceRun[] {
  return onceRunDrafts(page).map((draft) => draft.finish());
}

/**
 * A run before its costly features (its topic against the page and its neighbours, its host's
 * share): those are NaN in `features` until `finish` reads them. The product scores a draft's bound
 * first and finishes only the runs that could reach its level (./find-once-runs.ts): most of a
 * page's runs echo the page and are settled by their cheap features alone.
 */
export interface OnceRunDraft extends OnceRun {
  finish(): OnceRun;
}

/** The features `finish` reads (NaN in a draft). */
export const COSTLY_FEATURES: readonly number[] = [TOPIC_COSINE, TOPIC_COVER, HOST_SHARE, NEIGHBOUR_COSINE, HAS_NEIGHBOUR];

/** Every run of the page, its cheap features read, the costly ones left to `finish`. */
export function onceRunDrafts(page: SpamPage): OnceRunDraft[] {
  const texts = page.paragraphs.map((p) => p.text);
  const pageCounts = hanPairs([page.headline, ...texts]);
  const clauses = page.paragraphs.map((p) => (p.isHeadline ? [] : clausesOf(p.text)));
  const clauseShares = clauses.map((list, p) => list.map((c) => shareOf(pageCounts, texts[p]?.slice(c.start, c.end) ?? '')[0]));
  // Per clause: 0 too short to read, 1 echoes the page, 2 silent (echoes no pair).
  const cohesion = clauses.map((list, p) => list.map((c, i) => (hanCount(texts[p]?.slice(c.start, c.end) ?? '') < COHESION_HAN ? 0 : (clauseShares[p]?.[i] ?? 1) === 0 ? 2 : 1)));
  const allLong = cohesion.flat().filter((x) => x > 0).length;
  const allSilent = cohesion.flat().filter((x) => x === 2).length;
  const pageHan = texts.reduce((n, t) => n + hanCount(t), 0);
  const { information } = pageTopic(page);
  const pageWords = new Map<string, number>();
  for (const word of [...page.tools.segmenter.cut(page.headline), ...page.paragraphs.flatMap((q) => q.words)]) if (isContentWord(word)) pageWords.set(word, (pageWords.get(word) ?? 0) + 1);
  const out: OnceRunDraft[] = [];
  clauses.forEach((list, p) => {
    const text = texts[p] ?? '';
    if (text.length > MAX_PARAGRAPH) return;
    for (let a = 0; a < list.length; a++) {
      for (let b = a; b < list.length && b - a < MAX_CLAUSES; b++) {
        const first = list[a] as Clause;
        const last = list[b] as Clause;
        const line = text.slice(first.start, last.end);
        const han = hanCount(line);
        if (han > MAX_HAN) break;
        if (han >= MIN_HAN && isHan(line.charAt(0)) && !insideQuotes(text, first.start)) {
          const [share, unshared] = shareOf(pageCounts, line);
          // Neighbours: the clause before and after in the paragraph, or the paragraphs around a whole one.
          const before = a > 0 ? (clauseShares[p]?.[a - 1] ?? 1) : neighbourParagraph(p, -1);
          const after = b + 1 < list.length ? (clauseShares[p]?.[b + 1] ?? 1) : neighbourParagraph(p, 1);
          const own = cohesion[p]?.slice(a, b + 1) ?? [];
          const others = allLong - own.filter((x) => x > 0).length;
          const silent = others > 0 ? (allSilent - own.filter((x) => x === 2).length) / others : 1;
          const opener = text.charAt(first.start - 1);
          const echo = wordEchoOf(page.paragraphs[p]?.words ?? [], first.start, last.end);
          const features = [
            Math.min(MAX_HAN, han) / 20,
            share,
            Math.min(20, unshared) / 10,
            before,
            after,
            silent,
            NaN,
            NaN,
            Number(REFERS.test(line)),
            Number(QUOTES.test(line)),
            Number(SPEAKS.test(line)),
            Number(a > 0 && CLAUSE_ENDS.includes(opener)),
            Number(a > 0 && !CLAUSE_ENDS.includes(opener)),
            Number(a === 0 && b === list.length - 1),
            Number(b === list.length - 1),
            b - a + 1,
            NaN,
            Math.min(3, clauseCharCount(line)) / 3,
            Number(/[0-9０-９A-Za-z]/u.test(line)),
            Math.log10(1 + pageHan) / 4,
            echo[0],
            Math.min(30, echo[1]) / 30,
            NaN,
            NaN,
          ];
          const run = { paragraph: p, start: first.start, end: last.end };
          const finish = (): OnceRun => {
            // topicReader keeps one reader a page, built for the first run finished: a page whose runs
            // all echo it never builds one.
            const meaning = topicReader(page);
            const d = meaning?.(p, first.start, last.end) ?? null;
            // The writer's clauses around it (two a side at most, within the paragraph): a digression
            // of the writer still shares their meaning more often than another story's sentence does.
            const sides = [a > 0 ? [list[Math.max(0, a - 2)]?.start ?? 0, first.start] : null, b + 1 < list.length ? [last.end, list[Math.min(list.length - 1, b + 2)]?.end ?? text.length] : null].filter((x): x is number[] => x !== null);
            const sideCosines = sides.map(([s0, s1]) => meaning?.(p, first.start, last.end, [s0 ?? 0, s1 ?? 0])).filter((x): x is NonNullable<typeof x> => !!x && x.cover > 0);
            const full = [...features];
            full[TOPIC_COSINE] = d ? d.cosine : 0.5;
            full[TOPIC_COVER] = d ? d.cover : 0;
            // The rest of its paragraph: the writer's text it stands in echoes the page.
            full[HOST_SHARE] = shareOf(pageCounts, text.slice(0, first.start) + '\n' + text.slice(last.end))[0];
            full[NEIGHBOUR_COSINE] = sideCosines.length ? Math.max(...sideCosines.map((x) => x.cosine)) : d ? d.cosine : 0.5;
            full[HAS_NEIGHBOUR] = Number(sideCosines.length > 0);
            return { ...run, features: full };
          };
          out.push({ ...run, features, finish });
        }
        if (last.close === '.') break;
      }
    }
  });
  return out;

  /**
   * The share of the run's content-word information the rest of the page prints (1 for no content
   * word), and the information of the rarest word it shares: unlike Han pairs, a function pair
   * (了一, 一个, 已经) weighs little here, a name or a term much.
   */
  function wordEchoOf(words: readonly string[], start: number, end: number): [share: number, shared: number] {
    const own = new Map<string, number>();
    let at = 0;
    for (const word of words) {
      if (at >= start && at + word.length <= end && isContentWord(word)) own.set(word, (own.get(word) ?? 0) + 1);
      at += word.length;
    }
    let all = 0;
    let shared = 0;
    let rarest = 0;
    for (const [word, n] of own) {
      const bits = information(word);
      all += bits;
      if ((pageWords.get(word) ?? 0) > n) {
        shared += bits;
        rarest = Math.max(rarest, bits);
      }
    }
    return [all ? shared / all : 1, rarest];
  }

  /** The pair share of the paragraph `step` away (its last clause before, its first after); 1 when there is none. */
  function neighbourParagraph(p: number, step: number): number {
    for (let q = p + step; q >= 0 && q < clauses.length; q += step) {
      const shares = clauseShares[q] ?? [];
      if (!shares.length) continue;
      return step < 0 ? (shares[shares.length - 1] ?? 1) : (shares[0] ?? 1);
    }
    return 1;
  }
}
