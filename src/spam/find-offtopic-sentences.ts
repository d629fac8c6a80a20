/**
 * An off-topic sentence pasted once, standing whole between the writer's sentences (issue 12; QA22:
 * off-topic sentences neither hidden nor marked). A farm drops a complete sentence about something
 * else — another story's item, a health tip, product talk, a celebrity line — after one of the
 * writer's full stops, at a paragraph's end or at its head. Its words are not the story's; what
 * makes that evidence rather than a writer's aside is the page around it:
 *
 * - **The page is cohesive.** On this page a writer's sentence almost always prints a Han pair the
 *   rest of the page prints too (names, terms, the story's nouns). A sentence printing none is an
 *   outlier only where most sentences share: on a short page, a digest or a page of narration
 *   (Wikipedia, a diary) sentences share little, and there nothing is read from the gap.
 * - **It shares nothing.** None (or one in ten) of its Han pairs stands elsewhere on the page or in
 *   the headline, and nothing of its words' information is the page's (./features-coherence.ts).
 * - **The writer's thought runs past it.** The writer's sentence next to it, on each side it has
 *   one, is the page's own (shares pairs).
 * - **It points at nothing in the story.** A writer's background, closing or related-event line
 *   leans on the story (他, 这, 该, 当地, 记者, 对此, 类似, 同一天 …) or quotes someone; a pasted
 *   sentence, written for no page, stands alone.
 *
 * Both its ends are sentence boundaries, so hiding it cannot take the writer's words; what it misses
 * is marked by the line kind (./candidates-whole-sentences.ts). Session 23
 * (scripts/spam/offtopic23-styles.ts; README, spam figures).
 *
 * A sentence that passes every test above but says nothing to the reader (另一篇新闻的一句陈述) is
 * weighed by its meaning (session 24): the topic vectors (src/topic) place it far from the page's
 * words even when it shares none of them, and then it is marked. Not hidden: distilled from word
 * n-grams, the vectors know which words are used alike more than which belong to one story, and a
 * writer's scene-setting line can lie as far from its page (scripts/spam/scan-offtopic.ts --curve:
 * hiding at cosine < 0 already takes 12 real characters of the clean texts).
 */
import { pageTopic, sharedTopic } from './features-coherence';
import { topicReader } from './features-topic';
import { hanPairs, pairShare } from './features-lines';
import { pageOffsets, type SpamPage } from './page';
import { insideQuotes, isHan } from './text-classes';
import type { SpamSpan } from './types';
import { wordsWithin } from './word-offsets';

const STOPS = '。！？!?';
/** Closing quotes and brackets that may follow a stop and still end the sentence. */
const AFTER_STOP = '”」』’）)';
const MIN_HAN = 10;
const MAX_HAN = 60;
const MAX_TOPIC_SHARE = 0.1;
/** The page is cohesive when it has this many other sentences, few of them as silent as the candidate. */
const MIN_SENTENCES = 6;

export interface OfftopicLevels {
  /** At most this share of its Han pairs stand elsewhere (one common pair in a long sentence: 一个, 已经). */
  maxPairShare: number;
  /** At most this share of the page's other sentences are as silent. */
  maxSilent: number;
  /**
   * A sentence that says nothing to the reader but whose meaning lies this far from its page's
   * (topic cosine below this, its words mostly placed by the vectors: ./features-topic.ts) is
   * marked, never hidden; -Infinity: the topic vectors are not read.
   */
  maxTopicCosine: number;
  /**
   * Hidden instead of marked when its meaning lies further still from the page (cosine below this)
   * and from each neighbouring sentence of the writer (below `hideNeighbourCosine`); -Infinity: never.
   */
  hideTopicCosine: number;
  hideNeighbourCosine: number;
  /**
   * Marked only when its cosine with each neighbouring sentence of the writer is below this too
   * (Infinity: not read). A writer's sentence far from the page's words mostly follows on from the
   * sentence before it or leads into the next (the car 王某 sold, then what that car is like); a
   * pasted one is about neither. Among clean-corpus sentences sharing no pair with their page, the
   * larger neighbour cosine tells another story's sentence from the writer's at AUC 0.703, the
   * page cosine at 0.666 (scripts/topic/own-vs-other.ts). Level from dev (the highest that keeps
   * nine in ten of dev's marks: 0.057 → 0.053); clean marks 274 → 152 characters
   * (scripts/spam/scan-offtopic.ts --marknear=…).
   */
  markNeighbourCosine: number;
}

/** Set on the dev split of scripts/spam/offtopic23-styles.ts; scripts/spam/scan-offtopic.ts --curve reads around them. */
export const OFFTOPIC_LEVELS: OfftopicLevels = { maxPairShare: 0.1, maxSilent: 0.2, maxTopicCosine: 0.15, hideTopicCosine: -Infinity, hideNeighbourCosine: -Infinity, markNeighbourCosine: 0.3 };
/** The vectors must place at least this share of the sentence's word information for its cosine to count. */
const MIN_TOPIC_COVER = 0.6;
/**
 * Words that lean on the story around the sentence: personal pronouns, the place and time of the
 * story, the reporter, the writer's own group (我们), a whole body already named (双方, 全场, 全市),
 * a relation to what was said (类似, 同样, 相关, 此前 …).
 */
const REFERS = /[他她它其此该]|我们|咱们|双方|全场|全市|全县|全省|全村|全体|当地|当时|记者|本报|对此|同时|同一|类似|同样|相关|有关|上述|此前|随后|之后|后来|另一|另外|其中/u;
/**
 * A demonstrative standing for something (这里, 这些, 这样, 这是) points back; one before a
 * classifier and a noun (这款…, 那部…) points back only if the page names that noun elsewhere.
 */
const DEMONSTRATIVE = /[这那](?![款家双部位名台套件对座条只本首张辆场项])|[这那].(\p{Script=Han}{2})/gu;
/**
 * The first clause opening on a word that continues the writer's thought: a connective (但, 否则,
 * 首先, 因此) or an adverb relating it to what came before (也, 还, 又, 却, 仍, 顿时, 现已).
 */
const CONTINUES = /^(?:[^，,；;：:]*?(?:也|还|又|亦|却|仍|再|均|皆|顿时|随即|当即|现已)|(?:但|而|并|且|则|即|就|才|否则|首先|其次|最后|然而|因此|所以|于是|不过|可是|此外|又如|例如|比如|一来))/u;
/**
 * Someone's words: a quotation, or a verb of saying closing the clause that opens them (说：,
 * 表示，, 坦言，, 感叹，): the writer reporting a bystander (一名大学生坦言，…) is not a paster's voice.
 */
const QUOTES = /[“”「」『』"《》：:]|(?:说|讲|说道|问道|笑道|写道|言|叹|慨|表示|告诉|介绍|认为|称|指出|透露|回忆|抱怨|强调|提醒|呼吁|坦承|承认|解释|补充|插话)[，,]/u;
/**
 * What the sentence says to the reader rather than about a story: a new body brought in by an
 * indefinite opening (某…, 一位…, 一家…; not a definition's 是一种…, the writer explaining a term),
 * advice or an offer to whoever reads (最好, 记得, 千万 — not a number's 一千万 —, 别, 建议),
 * the paster's own voice (我, 我家, a mood particle). A writer's sentence off the page's words but
 * on its story names its people, places and figures and tells what they did.
 */
const SPEAKS_TO_READER = /^[^，,]{0,4}(?<![是为])(?:某|一(?:位|名|家|座|部|场|艘|架|头|支|颗|款|双|对|只|条|辆|种))|最好|记得|(?<![\d一二三四五六七八九十两几数百])千万|一定要|建议|不宜|应当|[别少多](?=[吃喝玩看穿买用熬])|(?<![自忘])我(?!们|国|省|市|县|区|校|院|军|方|部|局|台|社)|[吧呢啊嘛呀哦啦]/u;

/** A sentence opening on a pronoun or a demonstrative: it leans on the sentence before it. */
const LEANS_BACK = /^[这那该此其他她它]/u;

interface Sentence {
  start: number;
  end: number;
  share: number;
  han: number;
}

/** The paragraph's sentences: each runs to a stop (and any closing quote right after it), or to the paragraph's end. */
function sentencesOf(text: string, pageCounts: ReadonlyMap<string, number>): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!STOPS.includes(text.charAt(i))) continue;
    let end = i + 1;
    while (end < text.length && (STOPS.includes(text.charAt(end)) || AFTER_STOP.includes(text.charAt(end)))) end++;
    i = end - 1;
    push(start, end);
    start = end;
  }
  if (start < text.length) push(start, text.length);
  return out;

  function push(a: number, b: number): void {
    const line = text.slice(a, b);
    out.push({ start: a, end: b, share: pairShare(pageCounts, line, 1), han: [...line].filter(isHan).length });
  }
}

/**
 * Whether the sentence stands whole and points at nothing: ends with a stop, opens with Han, quotes
 * nobody, leans on nothing. 'speaks': it also says something to the reader; 'plain': it does not.
 */
function standsAlone(text: string, s: Sentence, pageCounts: ReadonlyMap<string, number>): 'speaks' | 'plain' | null {
  const line = text.slice(s.start, s.end);
  if (!STOPS.includes(line.charAt(line.length - 1)) || !isHan(line.charAt(0))) return null;
  if (s.han < MIN_HAN || s.han > MAX_HAN) return null;
  if (REFERS.test(line) || QUOTES.test(line) || CONTINUES.test(line) || insideQuotes(text, s.start)) return null;
  for (const m of line.matchAll(DEMONSTRATIVE)) {
    const noun = m[1];
    if (!noun || (pageCounts.get(noun) ?? 0) > 1) return null;
  }
  return SPEAKS_TO_READER.test(line) ? 'speaks' : 'plain';
}

export function offtopicSentenceSpans(page: SpamPage, levels: OfftopicLevels = OFFTOPIC_LEVELS): SpamSpan[][] {
  const { maxPairShare, maxSilent, maxTopicCosine } = levels;
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  const pageCounts = hanPairs([page.headline, ...page.paragraphs.map((p) => p.text)]);
  const sentences = page.paragraphs.map((p) => (p.isHeadline ? [] : sentencesOf(p.text, pageCounts)));
  const long = sentences.flat().filter((s) => s.han >= MIN_HAN);
  const topic = pageTopic(page);
  const meaning = maxTopicCosine > -1 ? topicReader(page) : null;
  page.paragraphs.forEach((paragraph, p) => {
    const list = sentences[p] ?? [];
    list.forEach((s, i) => {
      if (s.share > maxPairShare) return;
      const voice = standsAlone(paragraph.text, s, pageCounts);
      if (!voice || (voice === 'plain' && !meaning)) return;
      // The page's other sentences: most must share for this one's silence to say anything.
      const others = long.filter((o) => o !== s);
      const silent = others.filter((o) => o.share <= maxPairShare).length;
      if (others.length < MIN_SENTENCES || silent > others.length * maxSilent) return;
      const before = list[i - 1];
      const after = list[i + 1];
      if (!before && !after) return;
      // The writer's next sentence leaning on this one (这篇…, 他…) makes it the writer's antecedent.
      if (after && LEANS_BACK.test(paragraph.text.slice(after.start, after.start + 2))) return;
      if ((before && before.share <= maxPairShare) || (after && after.share <= maxPairShare)) return;
      if (sharedTopic(topic, wordsWithin(paragraph.words, s.start, s.end), p) > MAX_TOPIC_SHARE) return;
      const [start, end] = pageOffsets(paragraph, s.start, s.end);
      if (voice === 'speaks') {
        out[p]?.push({ start, end, family: 'sentence', confidence: 0.99, tier: 'hidden', reason: 'A sentence about something else, standing between the writer’s sentences.' });
        return;
      }
      // A sentence that says nothing to the reader is told from a writer's digression by its
      // meaning alone, and the n-gram vectors place some of the writer's scene-setting lines
      // (鲜花映笑颜，欢语伴歌声。) as far from a page as a pasted one: marked, not hidden (the hidden
      // levels are measured only: scripts/spam/scan-offtopic.ts --hide; README, session 25).
      const d = meaning?.(p, s.start, s.end);
      if (!meaning || !d || d.cover < MIN_TOPIC_COVER || d.cosine >= maxTopicCosine) return;
      const neighbours = [before, after].filter((n): n is Sentence => n !== undefined);
      const farFromNeighbours = (level: number): boolean =>
        level === Infinity || neighbours.every((n) => (meaning(p, s.start, s.end, [n.start, n.end])?.cosine ?? 1) < level);
      if (d.cosine < levels.hideTopicCosine && farFromNeighbours(levels.hideNeighbourCosine)) {
        out[p]?.push({ start, end, family: 'sentence', confidence: 0.99, tier: 'hidden', reason: 'A sentence whose meaning lies far from the page’s and from the sentences around it.' });
      } else if (farFromNeighbours(levels.markNeighbourCosine)) {
        out[p]?.push({ start, end, family: 'sentence', confidence: 0.6, tier: 'suspect', reason: 'A sentence whose meaning lies far from the page’s, standing between the writer’s sentences.' });
      }
    });
  });
  return out;
}
