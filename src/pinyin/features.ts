/**
 * Context features of one polyphonic character, shared by the training script and the reader so
 * the two can never drift apart. Each feature is a short string; the model keys its weights by
 * (character, feature, candidate reading).
 *
 * `text` is the sentence, `at` the character's UTF-16 index, `[wordStart, wordEnd)` the segmenter
 * word holding it. Contexts cut from dictionary headwords know nothing outside the word: for them
 * `[knownStart, knownEnd)` is that word's span, and features reaching outside it are left out
 * rather than guessed.
 *
 * Helpers are plain module-level functions, not closures: this runs for every polyphone of every
 * sentence, and per-call closures cost more than the feature work itself.
 */
export interface FeatureContext {
  text: string;
  at: number;
  wordStart: number;
  wordEnd: number;
  prevWord: string | undefined;
  nextWord: string | undefined;
  /** Span of `text` that is real context; [0, text.length) for running text. */
  knownStart: number;
  knownEnd: number;
  /** The sentence's words and their part-of-speech tags, and which word holds the character. */
  grammar?: SentenceGrammar;
}

export interface SentenceGrammar {
  words: readonly string[];
  tags: readonly string[];
  index: number;
  /** Whether a word is a verb jieba's tag hides (加码/n, 代言/n): the model file's verb section. */
  hiddenVerb?: (word: string) => boolean;
}

/**
 * The unit at `i`: '^' / '$' past a sentence edge, undefined past a headword's edge (unknown).
 * Every digit is '0': 得15分 and 得8分, 9只 and 3只 are one context, not ten.
 */
function unitAt(c: FeatureContext, i: number): string | undefined {
  if (i < c.knownStart) return c.knownStart === 0 ? '^' : undefined;
  if (i >= c.knownEnd) return c.knownEnd === c.text.length ? '$' : undefined;
  const unit = c.text[i]!;
  return isDigit(unit.charCodeAt(0)) ? '0' : unit;
}

/** ASCII and full-width digits. */
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** A neighbouring word with its digits as '0' (a number's value says nothing of a reading). */
function wordShape(word: string | undefined): string | undefined {
  return word === undefined ? undefined : word.replace(/[0-9０-９]/g, '0');
}

/** A number written in digits or Chinese numerals (9, 两, 十二, 几): a measure word may follow. */
const NUMBER = /^(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二三四五六七八九十百千万亿两几数]+)$/;

/**
 * The n units before `at`, shorter when the sentence starts sooner ('^' then ends it). A '|' marks
 * where the segmenter's word begins: 事故|都 is not the 故都 of a dictionary, so context learnt
 * from headwords (all inside one word) only fires inside the word.
 */
function leftOf(c: FeatureContext, n: number): string | undefined {
  let s = '';
  for (let i = c.at - 1; i >= c.at - n; i--) {
    const x = unitAt(c, i);
    if (x === undefined) return undefined;
    s = i === c.wordStart - 1 ? `${x}|${s}` : x + s;
    if (x === '^') break;
  }
  return s;
}

function rightOf(c: FeatureContext, n: number): string | undefined {
  let s = '';
  for (let i = c.at + 1; i <= c.at + n; i++) {
    const x = unitAt(c, i);
    if (x === undefined) return undefined;
    s += i === c.wordEnd ? `|${x}` : x;
    if (x === '$') break;
  }
  return s;
}

/** The unit at `i` as a feature value, '|'-marked when it lies outside the character's word. */
function markedAt(c: FeatureContext, i: number): string | undefined {
  const x = unitAt(c, i);
  if (x === undefined) return undefined;
  return i < c.wordStart ? `${x}|` : i >= c.wordEnd ? `|${x}` : x;
}

/** H Han, 0 digit, A Latin, ^ $ sentence edges, . anything else (punctuation, space). */
function kindOf(unit: string): string {
  if (unit === '^' || unit === '$') return unit;
  const code = unit.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return 'H';
  if (code >= 0x30 && code <= 0x39) return '0';
  if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return 'A';
  return '.';
}

function push(out: string[], name: string, value: string | undefined): void {
  if (value !== undefined) out.push(name + value);
}

export function contextFeatures(c: FeatureContext): string[] {
  const at = c.at;
  const out: string[] = [];
  const word = c.text.slice(c.wordStart, c.wordEnd);
  out.push(`w${at - c.wordStart}${word}`);
  out.push(`n${word.length}.${at - c.wordStart}`);
  const l = markedAt(c, at - 1);
  const r = markedAt(c, at + 1);
  push(out, 'a', l);
  push(out, 'b', r);
  push(out, 'A', leftOf(c, 2));
  push(out, 'B', rightOf(c, 2));
  if (l !== undefined && r !== undefined) out.push(`m${l}${r}`);
  push(out, 'c', markedAt(c, at - 2));
  push(out, 'd', markedAt(c, at + 2));
  push(out, 'C', leftOf(c, 3));
  push(out, 'D', rightOf(c, 3));
  const prevWord = wordShape(c.prevWord);
  const nextWord = wordShape(c.nextWord);
  push(out, 'p', prevWord);
  push(out, 'q', nextWord);
  if (prevWord !== undefined) out.push(`e${prevWord}|${word}`);
  if (nextWord !== undefined) out.push(`f${word}|${nextWord}`);
  // A word right after a number is read as a measure word (9只猫 zhī, 两只 zhī; 只有 zhǐ is a word).
  if (at === c.wordStart && c.prevWord !== undefined && NUMBER.test(c.prevWord)) out.push(`#${word.length}`);
  // Kinds of neighbours generalise over what a single character cannot (a digit, a letter, a mark).
  const lu = unitAt(c, at - 1);
  const ru = unitAt(c, at + 1);
  if (lu !== undefined && ru !== undefined) out.push(`k${kindOf(lu)}${kindOf(ru)}`);
  // Word lengths around a one-character word: a particle (主动 地 承担: 2 1 2) shows in the rhythm.
  if (word.length === 1 && c.prevWord !== undefined && c.nextWord !== undefined) {
    out.push(`g${c.prevWord.length}${c.nextWord.length}`);
  }
  // Grammar decides a function character standing alone as a word (为, 地, 得, 应, 了); inside a
  // longer word the word itself does, and for other characters grammar features only add noise to
  // their few examples (cross-validated on CPP dev).
  if (c.grammar && word.length === 1 && GRAMMAR_CHARACTERS.has(word)) grammarFeatures(c.grammar, out);
  // Any other character reads its word's part of speech alone (重/a zhòng, 重/d chóng; a guess
  // jieba tags nr or ns reads as a name): its neighbours' classes as well cost 0.16 points in
  // cross-validation, its own tag gained 0.04–0.13.
  else if (c.grammar) out.push(`Tt${c.grammar.tags[c.grammar.index] ?? 'x'}`);
  return out;
}

/** Function characters whose reading follows the construction they stand in. */
const GRAMMAR_CHARACTERS: ReadonlySet<string> = new Set([...'为地得应了着过还当倒只']);

/** Punctuation ends a clause; a clause is as far as a construction (为 … 所, 以 … 为) reaches. */
const CLAUSE_BREAK = /^[^\p{L}\p{N}]+$/u;

/**
 * A word's part of speech as one of a few classes, so what is learnt of one tag carries to its
 * kin (主动/b and 尽快/d both modify a verb): N noun, place, time; V verb; A adjective; D adverb
 * or modifier; P preposition; C conjunction; U particle; M number or measure; R pronoun; I idiom;
 * X a guessed word; w punctuation; ^ $ the sentence's edges.
 */
function wordClass(g: SentenceGrammar, i: number): string {
  if (i < 0) return '^';
  if (i >= g.words.length) return '$';
  if (CLAUSE_BREAK.test(g.words[i]!)) return 'w';
  const tag = g.tags[i]!;
  if (tag === 'vn') return 'N';
  if (tag === 'ad' || tag === 'b' || tag === 'z' || tag === 'zg') return 'D';
  if (tag === 'mq' || tag === 'q') return 'M';
  if (tag === 'y' || tag === 'e') return 'U';
  return CLASS_OF_FIRST_LETTER[tag[0] ?? 'x'] ?? 'O';
}

const CLASS_OF_FIRST_LETTER: Record<string, string> = {
  n: 'N', s: 'N', t: 'N', f: 'N', j: 'N', g: 'N',
  v: 'V', a: 'A', d: 'D', p: 'P', c: 'C', u: 'U', m: 'M', r: 'R', i: 'I', l: 'I', x: 'X',
};

/** Function words whose presence elsewhere in the clause decides a reading (以…为, 为…所, 被, 把). */
const CLAUSE_MARKERS = new Set(['以', '所', '被', '把', '将', '由', '对', '给', '向', '让', '使', '得', '了', '不', '没', '还', '就', '也']);

/**
 * Whether the clause ends right after a 的 phrase ahead (宣布他为不受欢迎的人。: 为 wéi, a copula)
 * or goes on (为今后的司法程序加码: wèi): 'e' or 'c'; '-' when no 的 comes within six words.
 */
function afterNounPhrase(g: SentenceGrammar, i: number): string {
  let k = i + 1;
  while (k < g.words.length && k <= i + 6 && g.words[k] !== '的' && !CLAUSE_BREAK.test(g.words[k]!)) k++;
  if (g.words[k] !== '的') return '-';
  const after = wordClass(g, k + 2);
  return after === 'w' || after === '$' ? 'e' : 'c';
}

/**
 * How many words ahead, to the clause's end, the first verb comes: 0, 1, 2, 3 (3 to 5), 6 (6+), '-'
 * none. With `hidden`, a verb jieba's tag hides counts too (为群众办实事/n, 为…加码/n).
 */
function verbAhead(g: SentenceGrammar, i: number, hidden?: (word: string) => boolean): string {
  for (let k = i + 1, n = 0; k < g.words.length && !CLAUSE_BREAK.test(g.words[k]!); k++, n++) {
    if ((g.tags[k]!.startsWith('v') && g.tags[k] !== 'vn') || hidden?.(g.words[k]!)) return n < 3 ? String(n) : n < 6 ? '3' : '6';
  }
  return '-';
}

/**
 * Grammar around the character's word: its tag and its neighbours' (为 after a verb is wéi, before
 * a verb wèi; 地 after an adverb or adjective and before a verb is de), the parts of speech ahead
 * to the clause's end (为 + noun phrase + verb: wèi), and the function words elsewhere in the
 * clause (以 … 为 … : wéi).
 */
/** An opening quotation mark or bracket: the grammar reads through it (主动地“迎考”). */
const OPENING = /^[“‘《（「『〈([]$/;

function grammarFeatures(g: SentenceGrammar, out: string[]): void {
  const i = g.index;
  let n = i + 1;
  while (n < g.words.length && OPENING.test(g.words[n]!)) n++;
  const prev = wordClass(g, i - 1);
  const next = wordClass(g, n);
  out.push(`Pt${g.tags[i] ?? 'x'}`, `Pp${prev}`, `Pn${next}`, `Pb${prev}${next}`);
  out.push(`Pz${wordClass(g, i - 2)}${prev}`, `Py${next}${wordClass(g, n + 1)}`);
  // The classes ahead, to the clause's end (at most four words).
  let ahead = '';
  for (let k = n; k < g.words.length && ahead.length < 4; k++) {
    const t = wordClass(g, k);
    ahead += t;
    if (t === 'w') break;
  }
  const verb = verbAhead(g, i);
  out.push(`Pa${ahead}`, `Pv${verb}`);
  // Verbs jieba tags as nouns (加码/n, 代言/n): features of their own, fired only where they change
  // what the tags say, so every other example keeps its features.
  if (g.hiddenVerb) {
    const withHidden = verbAhead(g, i, g.hiddenVerb);
    if (withHidden !== verb) out.push(`PV${withHidden}`);
    if (next !== 'V' && n < g.words.length && g.hiddenVerb(g.words[n]!)) out.push('PnH', `Pb${prev}H`);
  }
  let firstVerb = '';
  for (let k = i - 1; k >= 0 && !CLAUSE_BREAK.test(g.words[k]!); k--) {
    if (CLAUSE_MARKERS.has(g.words[k]!)) out.push(`Pm<${g.words[k]}`);
    if (g.tags[k]!.startsWith('v')) firstVerb = g.words[k]!;
  }
  // The clause's first verb: 宣布 / 任命 … X 为 Y is wéi.
  if (firstVerb) out.push(`Pf${firstVerb}`);
  out.push(`Pd${afterNounPhrase(g, i)}`);
  for (let k = i + 1; k < g.words.length && !CLAUSE_BREAK.test(g.words[k]!); k++) {
    if (CLAUSE_MARKERS.has(g.words[k]!)) out.push(`Pm>${g.words[k]}`);
  }
}
