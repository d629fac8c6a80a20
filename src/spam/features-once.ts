/**
 * Features of a candidate line pasted once: whether it speaks (a pronoun of the first or second
 * person, a mood particle) where the article does not, how little of it is the article's
 * vocabulary, and above all the language model's reading of its edges.
 */
import type { OnceCandidate } from './candidates-once';
import { COHERENCE_FEATURES, pageTopic, seamDip, sentenceShape, sharedTopic } from './features-coherence';
import { fitOf, LANGUAGE_FEATURES, languageFeatures } from './features-language';
import type { SpamPage } from './page';
import { clauseCharCount } from './sentence-text';
import { insideQuotes, isHan } from './text-classes';
import { wordsOutside, wordsWithin } from './word-offsets';

export const ONCE_FEATURES = [
  'length',
  'commas',
  'clauseChars',
  'person',
  'mood',
  'articleShare',
  'contentWords',
  'headlineWords',
  'pageSpeaks',
  'gluedBoth',
  'commaEdge',
  ...LANGUAGE_FEATURES,
  ...COHERENCE_FEATURES,
] as const;

/** First- and second-person pronouns; 我 for a body the writer belongs to (我国, 我市) is news prose. */
const PERSON = /[我你妳您咱俺](?!国|國|省|市|县|縣|区|區|校|院|军|軍|方|部|局|台|社|乡|镇|村|州|厂|司|团|队|馆|站|厅|委|办|所)/gu;
const MOOD = /[吧呢啊嘛呀哦啦呗唄吗嗎]/u;

export function onceFeatures(page: SpamPage, candidates: readonly OnceCandidate[]): number[][] {
  if (candidates.length === 0) return [];
  const lm = page.tools.languageModel;
  // How often the page speaks in the first or second person outside quotation marks: a column or
  // a diary does, and there a chatty line is the writer's own.
  const speaking = page.paragraphs.map((p) => [...p.text.matchAll(PERSON)].filter((m) => !insideQuotes(p.text, m.index)).map((m) => m.index));
  const headline = new Set(page.tools.segmenter.cut(page.headline).filter((w) => w.length >= 2));
  const topic = pageTopic(page);
  // The junction fit at each word boundary, read once per paragraph and offset.
  const seams = new Map<string, number>();
  const seamOf = (p: number, text: string) => (at: number): number => {
    const key = `${p}:${at}`;
    let fit = seams.get(key);
    if (fit === undefined) seams.set(key, (fit = lm ? fitOf(lm, text, at, at).leftFit : 0));
    return fit;
  };
  return candidates.map((c) => {
    const text = page.paragraphs[c.paragraph]?.text ?? '';
    const line = text.slice(c.start, c.end);
    const elsewhere = speaking.reduce((n, at, p) => n + at.filter((i) => p !== c.paragraph || i < c.start || i >= c.end).length, 0);
    const words = page.paragraphs[c.paragraph]?.words ?? [];
    const within = wordsWithin(words, c.start, c.end);
    const inside = within.filter((w) => w.length >= 2);
    const host = wordsOutside(words, c.start, c.end);
    const before = text.charAt(c.start - 1);
    const after = text.charAt(c.end);
    return [
      Math.min(32, c.end - c.start) / 20,
      (line.match(/[，,]/gu) ?? []).length / 2,
      Math.min(3, clauseCharCount(line)) / 3,
      Number(new RegExp(PERSON.source, 'u').test(line)),
      Number(MOOD.test(line)),
      c.articleWords / Math.max(1, c.contentWords),
      Math.min(5, c.contentWords) / 5,
      inside.length ? inside.filter((w) => headline.has(w)).length / inside.length : 0,
      Math.min(5, elsewhere) / 5,
      Number(isHan(before) && isHan(after)),
      Number('，,'.includes(before || '_') || '，,'.includes(after || '_')),
      ...languageFeatures(lm ? fitOf(lm, text, c.start, c.end) : null),
      sharedTopic(topic, within, c.paragraph),
      sharedTopic(topic, host, c.paragraph),
      ...sentenceShape(lm, line),
      seamDip(seamOf(c.paragraph, text), page.paragraphs[c.paragraph]?.boundaries ?? new Set(), c.start, text.length),
      seamDip(seamOf(c.paragraph, text), page.paragraphs[c.paragraph]?.boundaries ?? new Set(), c.end, text.length),
    ];
  });
}
