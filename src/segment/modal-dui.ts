/**
 * 应对 is jieba's word for "to cope with" (yìng duì), but news also writes the modal 应 "should"
 * before the coverb 对 "towards" (yīng | duì): 部门应对其进行处罚 "should punish him", 企业应对
 * 消费者作出赔偿. The coverb's phrase then leads a verb of its own, and the verbs that take a
 * 对-phrase before them are few and telling: 负责, 进行, 加以, 予以, 作出, 给予, 高度重视 … Where one
 * follows in the clause, or a pronoun object is followed by a verb (应对其进行, 应对他们给予), 应对
 * is cut into the modal and the coverb, and the reading follows the words (应 yīng alone).
 *
 * Left whole: 应对 after a modal, an adverb of manner or a question word (要积极应对, 如何应对, 沉着
 * 应对): a modal 应 follows its subject, not 要 or 如何. And 应对 whose object is a phrase with 的
 * before the verb (应对其带来的风险): a relative clause, what is coped with.
 */
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

/** Verbs that take a 对-phrase before them: responsibility, action on, giving, attention. */
const AFTER_DUI_PHRASE: ReadonlySet<string> = new Set([
  ...['负责', '负起', '承担', '进行', '加以', '予以', '作出', '做出', '给予', '给出', '采取', '实施', '实行'],
  ...['重视', '高度重视', '引起', '保持', '加强', '严格', '严加', '依法', '作', '做', '有所'],
]);
/** Objects of 对 that a modal's clause puts before a verb (应对其进行, 应对他们给予). */
const PRONOUNS: ReadonlySet<string> = new Set([
  ...['其', '此', '此类', '此事', '他', '她', '它', '他们', '她们', '它们', '我们', '你们', '大家', '自己'],
  ...['这些', '那些', '这类', '该', '本'],
]);
/** What a modal 应 cannot follow: 要积极应对, 如何应对, 来应对, 沉着应对 keep the verb. */
const BEFORE_VERB_ONLY: ReadonlySet<string> = new Set(['如何', '怎样', '怎么', '怎么样', '来', '去', '以', '并', '和', '及', '与', '好']);
const CLAUSE_END = /^[，。！？；：,.!?;:…、]+$/u;
/** Words looked at after 应对 for the verb its phrase leads (对 + a noun phrase of a few words). */
const REACH = 6;

export function splitModalDui(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  words.forEach((w, i) => {
    if (w.word === '应对' && isModalDui(words, i)) out.push({ word: '应', tag: lexicon.tagOf('应') }, { word: '对', tag: 'p' });
    else out.push(w);
  });
  return out;
}

function isModalDui(words: readonly TaggedWord[], i: number): boolean {
  const before = words[i - 1];
  if (before && (BEFORE_VERB_ONLY.has(before.word) || /^(?:v|ad|a)$/.test(before.tag))) return false;
  const first = words[i + 1];
  if (!first || CLAUSE_END.test(first.word)) return false;
  for (let k = i + 2; k < words.length && k <= i + REACH; k++) {
    const w = words[k]!;
    if (CLAUSE_END.test(w.word) || w.word === '的') return false;
    if (AFTER_DUI_PHRASE.has(w.word)) return true;
    // A pronoun object and then a verb, not one that opens a relative clause (其带来的).
    if (k === i + 2 && PRONOUNS.has(first.word) && w.tag.startsWith('v') && words[k + 1]?.word !== '的') return true;
  }
  return false;
}
