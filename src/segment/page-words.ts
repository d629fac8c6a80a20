/**
 * Words a page makes its own. A page names its people, places and things again and again (a
 * craftsman, an estate, the project's office), and jieba, reading each paragraph alone, cuts the same
 * name one way here and another there (柯永福 in one paragraph, 柯|永福 in the next; 桂花|苑 every
 * time). What makes such a stretch a word is the page itself: it recurs as a unit, with other
 * characters before and after it (what a word does and a chance pairing of two words does not).
 *
 * A page word is a stretch of 3 characters jieba cut into pieces somewhere on the page, one of:
 * - a name: led by a surname, no piece a function word, an address (王|老师) or a number, seen at
 *   least twice, once whole as jieba read it (a name it guessed or tagged: 邝春生 说) or in a
 *   person's slot (after a role or title, before a verb of stating or an address: 鱼贩 戴|永胜,
 *   祁长|根 老人) — what a name does and a compound led by a surname-like character (红|丝带) does not;
 * - a place: two characters and a suffix that names estates, lanes, villages and workshops (苑 坊
 *   庄 里 村 …) or a shop, a stall, a trade's house (店 铺 摊 行 馆: 修表|铺, 五金|行), the two not a
 *   noun that takes 里 as its localiser (院子|里);
 * - a noun compound: nouns only, no localiser (项目|部, 安全|锤, 米面|油; not 新|标准, 池塘|边);
 * places and compounds seen at least 3 times, each side either varied (two different characters)
 * or always a boundary (punctuation, a function character: 丰收里的 ×3), or twice where jieba read
 * it whole once. Every occurrence whose pieces spell it exactly is then joined; a boundary jieba
 * drew inside a neighbour is left alone (precision first: a guess that swallowed it stays), except a
 * place's suffix jieba's next dictionary word took (修表|铺就 for 修表铺|就, 五金|行的): the page shows
 * the suffix closes the name, so it goes back and what the next word leaves is a word of its own.
 */
import { SURNAMES } from './name-characters';
import { ADDRESS_WORDS } from './join-names';
import { PERSON_END } from './stated-names';
import { NOT_GIVEN, STATING_VERBS, TITLE } from './title-names';
import type { TaggedWord, WordModel } from './types';
import { GLUED_VERBS, isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN = /^\p{Script=Han}+$/u;
/** Last characters of the names of estates (苑), lanes (里), workshops (坊), manors and villages. */
const PLACE_ENDS = new Set([...'苑坊庄里村寨屯湾']);
/**
 * Last characters of a shop's, a stall's or a trade house's name (修表铺, 馄饨店, 五金行, 煎饼摊, 茶馆):
 * bound as a place's suffix is, and jieba's dictionary glues them to the next character as often as
 * it cuts them off (铺就 "paved", 铺开, 店就, 行的), so a page naming its shop three times cuts it
 * three ways (session 28, issue 14: a Taiwan shop's name split every time on a never-seen page).
 */
const SHOP_ENDS = new Set([...'店铺摊行馆']);
/** What follows a verb and never a shop's name: aspect particles and a verb's complements (铺了, 铺上, 摊平). */
const AFTER_VERB = new Set([...'了着过上好满平成得']);
/** Tags of pieces a name or a place cannot hold: numbers, measure words, pronouns, particles … */
const NOT_IN_NAME = /^(m|mq|q|r|u.*|y|e|o)$/;
/** Localisers: what closes a noun's place phrase (池塘|里, 小区|内). */
const LOCALISERS = new Set([...'上下中内外里前后旁边间']);
/** Pieces of a noun compound: nouns, bound nouns, verbal and adjectival nouns, distinguishing words. */
const NOUN_PIECE = /^(n|ng|nz|vn|an|b)$/;
/** What follows a name in a person's slot besides a verb of stating: an address or a kin word. */
const PERSON_AFTER = new Set([...ADDRESS_WORDS, '老人', '爷爷', '奶奶', '大爷', '大妈', '大娘', '大叔', '大姐', '阿姨', '老汉', '夫妇', '一家']);
const TAG_OF: Record<Kind, string> = { name: 'nr', place: 'ns', compound: 'n' };
/** Characters that stand alone as function words: a neighbour that is a boundary in itself. */
const FUNCTION_CHARACTERS = new Set([...'的了着过地得在和与及或对把被给从向是也都就还又说']);
/** A name jieba read whole (a guess or a name tag): evidence that the page writes it so. */
const WHOLE_NAME = /^(x|nr|nrfg|nrt|ns|nz)$/;

interface Occurrences {
  count: number;
  /** The paragraphs holding it. */
  paragraphs: number[];
  before: Set<string>;
  after: Set<string>;
}

type Kind = 'name' | 'place' | 'compound';

/** What kinds of page word `pieces` (jieba's words spelling the stretch) could be (项|目部: a name or a compound). */
function kindsOf(pieces: readonly TaggedWord[], lexicon: WordLexicon, model?: WordModel): Kind[] {
  if (pieces.some((p) => !HAN.test(p.word) || NOT_IN_NAME.test(p.tag))) return [];
  return (['name', 'place', 'compound'] as const).filter((kind) => isKind(kind, pieces, lexicon, model));
}

/** Characters jieba tags as nouns (or surnames) that open no page word in news: prepositions (经 "through", 因 "because", 距 "away from": 距|地球), a dateline's 讯. */
const NOT_PAGE_WORD_START = new Set([...'经因讯据距']);

function isKind(kind: Kind, pieces: readonly TaggedWord[], lexicon: WordLexicon, model?: WordModel): boolean {
  const text = pieces.map((p) => p.word).join('');
  const last = pieces.at(-1)!;
  // 微博|上, 小区|内: a noun and its localiser are two words however often the page writes them.
  if (kind !== 'place' && LOCALISERS.has(text.at(-1)!)) return false;
  // 马|教授: a surname and an address stay two words (join-names.ts).
  if (kind === 'compound')
    return (
      pieces.every((p) => NOUN_PIECE.test(p.tag) && !ADDRESS_WORDS.has(p.word) && !TITLE.test(p.word)) &&
      /^(n|ng)$/.test(last.tag) &&
      !NOT_PAGE_WORD_START.has(text[0]!)
    );
  const first = text[0]!;
  if (NOT_PAGE_WORD_START.has(first)) return false;
  const surname = SURNAMES.has(first) && !NOT_GIVEN.has(first) && !GLUED_VERBS.has(first);
  const given = text.slice(1);
  if (kind === 'name')
    return (
      surname &&
      // The surname alone, or in a guess or name jieba made of it and a given character (祁长|根); a
      // word of its own that starts with a surname-like character (居民|薛) is no name's start.
      (pieces[0]!.word.length === 1 || /^(x|nr|nrfg)$/.test(pieces[0]!.tag)) &&
      // jieba tags some given names as adverbs (谷|永新/d): after a surname it tags as a name, or where
      // CC-CEDICT knows no such adverb. (The adverbs that follow a subject, 已 也 都 还, are NOT_GIVEN.)
      !pieces.some((p) => isFunctionTag(p.tag) && p.word.length > 1 && (p.tag !== 'd' || (pieces[0]!.tag !== 'nr' && lexicon.isKnownWord(p.word)))) &&
      !ADDRESS_WORDS.has(given) &&
      !TITLE.test(text) &&
      // 唐|排长, 王|连长: a surname and a rank (a word of CC-CEDICT ending in 长) stay two words, as 马|教授.
      !(given.endsWith('长') && lexicon.isKnownWord(given)) &&
      !STATING_VERBS.has(given) &&
      ![...given].some((c) => GLUED_VERBS.has(c) || NOT_GIVEN.has(c))
    );
  const end = text.at(-1)!;
  const head = text.slice(0, -1);
  if (!(PLACE_ENDS.has(end) || SHOP_ENDS.has(end)) || last.word !== end || head.length !== 2 || pieces.slice(0, -1).some((p) => isFunctionTag(p.tag))) return false;
  // 院子|里, 池塘|里: a container takes 里 as its localiser, and the language model reads the two
  // together (junction fit 5.8–10 nats); a lane is named by a word that does not (丰收里, 和顺里:
  // 2–3.3). jieba's places and times are containers too (大山|里 3.0, 年纪|里 3.5: it tags them ns,
  // t). The other suffixes are bound (苑, 坊) and follow anything.
  if (end !== '里') return true;
  const fit = model?.junctionFit?.(head, end);
  return fit !== undefined && fit < LANE_FIT && !/^(n|ng|ns|s|f|t)$/.test(lexicon.tagOf(head));
}

/** Below this junction fit (nats) a word does not take 里 as its localiser (see isKind). */
const LANE_FIT = 4;

/**
 * The page words `words` (one paragraph, as regrouped) holds: its candidate stretches that `page`
 * (every paragraph's text, this one's included) repeats as units, see above. `wordsOf(p)` gives
 * paragraph p's words, asked only of paragraphs that hold a stretch seen fewer than 3 times.
 */
export function findPageWords(
  words: readonly TaggedWord[],
  page: readonly string[],
  wordsOf: (paragraph: number) => readonly TaggedWord[],
  lexicon: WordLexicon,
  model?: WordModel,
): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    let text = '';
    for (let j = i; j < words.length && text.length < 3; j++) {
      text += words[j]!.word;
      // Two characters and a shop's or place's suffix the next word took (修表|铺就): the stretch the
      // page would show if the suffix were the name's.
      const taken = takenSuffix(text, words[j + 1], lexicon);
      if (taken && !out.has(text + taken.word)) {
        const stretch = text + taken.word;
        if (kindsOf([...words.slice(i, j + 1), taken], lexicon, model).includes('place') && repeatedAsUnit(stretch, 'place', page, wordsOf)) out.set(stretch, TAG_OF.place);
      }
      if (text.length !== 3 || j === i || out.has(text)) continue;
      const kind = kindsOf(words.slice(i, j + 1), lexicon, model).find((k) => repeatedAsUnit(text, k, page, wordsOf));
      if (kind) out.set(text, TAG_OF[kind]);
    }
  }
  return out;
}

/**
 * The suffix `next` took from a stretch of two characters (修表|铺就 → 铺), as a piece of its own, when
 * what `next` leaves is a word of jieba's dictionary (就, 开, 的); otherwise undefined. Not out of a noun
 * of the suffix and a content character (柳溪|村民, 煎饼|摊主, 五金|行业: the villagers, the stall's owner,
 * the trade): those are words of their own; a noun closed by a function word or a localiser gives it back
 * (馄饨|店里 → 馄饨店|里), as do a guess (高潮|村一), a verb (修表|铺开) and 人, the place's people.
 */
function takenSuffix(text: string, next: TaggedWord | undefined, lexicon: WordLexicon): TaggedWord | undefined {
  if (text.length !== 2 || next === undefined || next.word.length < 2 || !HAN.test(next.word)) return undefined;
  const suffix = next.word[0]!;
  if (!SHOP_ENDS.has(suffix) && !PLACE_ENDS.has(suffix)) return undefined;
  const restTag = lexicon.tagOf(next.word.slice(1));
  // 人 after a place is its people (大关|村人 → 大关村|人, as 撒拉族|人 in join-known-compounds).
  const rest = next.word.slice(1);
  if (restTag === 'x' || (/^n/.test(next.tag) && !isFunctionTag(restTag) && rest !== '人')) return undefined;
  return { word: suffix, tag: lexicon.tagOf(suffix) };
}

/** Whether the page repeats `text` as a unit, by the evidence its kind needs (see above). */
function repeatedAsUnit(text: string, kind: Kind, page: readonly string[], wordsOf: (paragraph: number) => readonly TaggedWord[]): boolean {
  const seen = occurrences(page, text);
  if (seen.count < 2) return false;
  // A number before it makes its first character a measure word (第四十五条|军官, 三条|鱼).
  if ([...seen.before].some((c) => /[\p{N}零〇一二两三四五六七八九十百千万几]/u.test(c))) return false;
  // 路面|铺 ×3 (路面铺上沥青, 路面铺好, 路面铺了): a shop's suffix that is also a verb (铺 "lay", 摊 "spread")
  // is the verb where an aspect particle or a verb's complement follows it; a shop's name is never so followed.
  if (SHOP_ENDS.has(text.at(-1)!) && [...seen.after].some((c) => AFTER_VERB.has(c))) return false;
  if (kind !== 'name' && seen.count >= 3 && openSide(seen.before) && openSide(seen.after)) return true;
  return seen.paragraphs.some((p) => {
    const words = wordsOf(p);
    return words.some((w, i) => (w.word === text && WHOLE_NAME.test(w.tag)) || (kind === 'name' && inPersonSlot(words, i, text)));
  });
}

/** A side of a unit: two different neighbours, or a boundary every time (punctuation, the start, a function character). */
function openSide(neighbours: ReadonlySet<string>): boolean {
  return neighbours.size >= 2 || [...neighbours].every((c) => !/\p{L}/u.test(c) || FUNCTION_CHARACTERS.has(c));
}

/** Whether words from i spell `text` (in pieces) between a role or title and a verb of stating or an address. */
function inPersonSlot(words: readonly TaggedWord[], i: number, text: string): boolean {
  let spelled = '';
  let j = i;
  while (j < words.length && spelled.length < text.length) spelled += words[j++]!.word;
  if (spelled !== text) return false;
  const before = words[i - 1];
  const after = words[j];
  const role = before !== undefined && (TITLE.test(before.word) || (PERSON_END.test(before.word) && /^n/.test(before.tag) && before.word.length >= 2));
  const follows = after !== undefined && (STATING_VERBS.has(after.word) || PERSON_AFTER.has(after.word));
  return role || follows;
}

function occurrences(page: readonly string[], text: string): Occurrences {
  const found: Occurrences = { count: 0, paragraphs: [], before: new Set(), after: new Set() };
  page.forEach((paragraph, p) => {
    for (let at = paragraph.indexOf(text); at >= 0; at = paragraph.indexOf(text, at + text.length)) {
      if (found.paragraphs.at(-1) !== p) found.paragraphs.push(p);
      found.count++;
      found.before.add(at > 0 ? paragraph[at - 1]! : '^');
      found.after.add(paragraph[at + text.length] ?? '$');
    }
  });
  return found;
}

/**
 * `words` with every run of pieces that spells one of `pageWords` exactly joined into it, and a place's
 * suffix the next word took given back (修表|铺就 → 修表铺|就; see the file's header).
 */
export function joinPageWords(words: readonly TaggedWord[], pageWords: ReadonlyMap<string, string>, lexicon: WordLexicon): TaggedWord[] {
  if (pageWords.size === 0) return [...words];
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    let text = words[i]!.word;
    let j = i + 1;
    // 修表|铺就: pieces spelling two characters whose place suffix opens the next word.
    let given: [string, number] | undefined;
    const giveBack = (): void => {
      const taken = j < words.length ? takenSuffix(text, words[j], lexicon) : undefined;
      if (taken && pageWords.get(text + taken.word) === TAG_OF.place) given = [text + taken.word, j];
    };
    giveBack();
    while (j < words.length && text.length < 3) {
      text += words[j++]!.word;
      giveBack();
    }
    const tag = j - i >= 2 ? pageWords.get(text) : undefined;
    if (tag) {
      out.push({ word: text, tag });
      i = j - 1;
    } else if (given) {
      const [word, at] = given;
      const rest = words[at]!.word.slice(1);
      out.push({ word, tag: TAG_OF.place }, { word: rest, tag: lexicon.tagOf(rest) });
      i = at;
    } else out.push(words[i]!);
  }
  return out;
}
