/**
 * Family "pinyin", the reading kind: the toned reading of a whole word in brackets right after it,
 * 上班（shàng bān）, 服务(fu2 wu4). ./find-pinyin.ts takes one syllable per bracket and
 * ./find-pinyin-words.ts toneless words that are *not* the reading before them; neither takes this.
 *
 * A writer of Chinese news glosses a word only when its readers may not know how to say it: a rare
 * word or character (饕餮（tāo tiè）), a dialect word. Nobody writing for Chinese readers glosses
 * 上班. So a toned reading of a word the language model counts common is the copier's and is hidden;
 * the reading of a rarer word may be the writer's gloss and is only marked. A toneless spelling is
 * left to ./find-pinyin-words.ts (胡同（hutong） is a romanisation for foreign readers), and a paragraph
 * about pronunciation (ABOUT_READINGS) glosses on purpose.
 */
import { ABOUT_READINGS } from './find-pinyin';
import { hanBefore, readsCharacters, syllableCount } from './find-pinyin-words';
import { finderSpan } from './finder-span';
import type { SpamSpan, SpamTools } from './types';
import { toSimplifiedForm } from '../script/simplified-view';

/** Lowercase pinyin with tone marks or tone digits, syllables apart or together, in any bracket pair. */
const BRACKET = /[(（【[]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5' ]{4,40})[)）】\]]/gu;
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ1-5]/u;
/**
 * ln P of a word alone in open-gram at or above which it is common: 帮忙 −9.6, 上班 −9.2, 发展 −8.4
 * are above; words a writer does gloss fall well below (胡同 −11.9, 忐忑 −12.7, 饕餮 −13.3), and
 * so do the rarer words a farm may pick (稻米 −14.0), which are then only marked.
 */
const COMMON_WORD_LOGP = -11;

/** Toneless letters of a bracket's content (ü as v, as PINYIN_SYLLABLES spells it). */
function lettersOf(content: string): string {
  return content
    .replace(/[ǖǘǚǜü]/gu, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f1-5' ]/gu, '');
}

/**
 * Whether the page teaches pronunciation (a pinyin lesson): its headline speaks of readings, or two
 * of its paragraphs do. Such a page glosses its example words in every paragraph, even those that
 * do not say why (练习这几个词：朋友（péngyou）、学习（xuéxí）).
 */
export function isAboutReadings(title: string, paragraphs: readonly string[]): boolean {
  return ABOUT_READINGS.test(toSimplifiedForm(title)) || paragraphs.filter((text) => ABOUT_READINGS.test(toSimplifiedForm(text))).length >= 2;
}

export function findWordReadings(text: string, tools: SpamTools, aboutReadings = false): SpamSpan[] {
  const spans: SpamSpan[] = [];
  if (aboutReadings || ABOUT_READINGS.test(toSimplifiedForm(text))) return spans;
  for (const m of text.matchAll(BRACKET)) {
    const content = m[1] ?? '';
    if (!TONED.test(content)) continue;
    const letters = lettersOf(content);
    const syllables = syllableCount(letters);
    if (syllables < 2) continue;
    const word = hanBefore(text, m.index).slice(-syllables);
    if (word.length < syllables || !readsCharacters(letters, word)) continue;
    const model = tools.languageModel;
    const id = model?.idOf(toSimplifiedForm(word.join(''))) ?? -1;
    const common = model !== undefined && id >= 0 && model.logp(-1, -1, id) >= COMMON_WORD_LOGP;
    spans.push(
      finderSpan(m.index, m.index + m[0].length, 'pinyin', common, {
        hidden: 'The reading of a common word in brackets after it, added by the copying site.',
        marked: 'A reading in brackets after a word: a gloss of the writer, or added by the copying site.',
      }),
    );
  }
  return spans;
}
