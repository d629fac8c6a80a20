/**
 * The comma a pasted line of the page's interface was closed with (session 22: QA21's "own
 * paragraph closed with a comma", and widgets pasted at a sentence's start, 。📍 杭州，…). Where the
 * line opens its sentence, the comma after it cannot be the writer's (a writer's sentence does not
 * open with a widget), so it goes with the line. After the writer's comma (…，[广告 ×]，…) either
 * comma may be the writer's: the line ends where it ends.
 */
const SENTENCE_OPEN = /(?:^|[。！？!?；;\s“「『（(【])$/u;

export function withClosingComma(text: string, start: number, end: number): number {
  return /^[，,]/u.test(text.slice(end)) && SENTENCE_OPEN.test(text.slice(0, start)) ? end + 1 : end;
}
