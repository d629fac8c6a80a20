/**
 * Family "jammer", session 32 (issue 12: never-seen farm pages carried jammer strings made of runs of rare Han
 * characters, neither hidden nor marked): anti-copy scripts now glue in random characters drawn from the far
 * ends of the Han blocks (䴄黟䆝䋖, 䡚䍢鯝鵸), which no word of modern written Chinese is made of.
 *
 * What tells them: the language model's lexicon (open-gram, 71,759 words of running Chinese) has no word for
 * such a character. A writer's rare characters come one or two at a time — a name, an element, an animal
 * (㺢㹢狓, 钼锝钌钯, 栲栳栳: runs of three at most in the clean corpus, Traditional included, and the CPP
 * Wikipedia pages). Four such characters or more, at most one known character standing between two of them,
 * and two in three of the stretch unknown: hidden.
 */
import type { LanguageModel } from '../lm/index';
import { UNKNOWN_HAN } from '../lm/index';
import { toSimplifiedForm } from '../script/simplified-view';
import type { SpamSpan } from './types';

const HAN = /^\p{Script=Han}+$/u;
const HAN_CHAR = /\p{Script=Han}/u;
/** Unknown characters a stretch needs before it is hidden (clean text has runs of three at most). */
const MIN_UNKNOWN = 4;
const MIN_SHARE = 2 / 3;
const REASON = 'A run of rare characters no word is made of, glued in by an anti-copy script.';

export function findRareHanRuns(pageText: string, model: LanguageModel): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  // The cut only where some character is no word by itself (a hash look-up each): most paragraphs have none.
  let lone = 0;
  for (const ch of text) if (HAN.test(ch) && model.idOf(ch) < 0 && ++lone >= MIN_UNKNOWN) break;
  if (lone < MIN_UNKNOWN) return [];
  const cut = model.cut(text);
  const spans: SpamSpan[] = [];
  // Stretches of the cut's words: unknown characters, with single known Han characters between them.
  let from = -1;
  let end = 0;
  let unknown = 0;
  let chars = 0;
  let gap = 0;
  const close = (): void => {
    // Not three with a known one among them (䴄黟䆝䋖): the CPP pages' chemistry and fish names read so (钯铑和铷, 鲬科繸鲬).
    if (from >= 0 && unknown >= MIN_UNKNOWN && unknown >= MIN_SHARE * chars) {
      // Glued between two of the writer's Han characters it may be the writer's own list (包括锕钍镤铀…等): hidden
      // only where it splits a word (正[…]在: the two sides join into 正在), else marked.
      const glued = HAN_CHAR.test(text.charAt(from - 1)) && HAN_CHAR.test(text.charAt(end));
      const splitsWord = glued && [1, 2].some((l) => [1, 2].some((r) => l + r <= 3 && model.idOf(text.slice(from - l, from) + text.slice(end, end + r)) >= 0));
      spans.push({ start: from, end, family: 'jammer', confidence: 0.9, tier: glued && !splitsWord ? 'suspect' : 'hidden', reason: REASON });
    }
    from = -1;
    unknown = 0;
    chars = 0;
    gap = 0;
  };
  cut.ids.forEach((id, i) => {
    const start = i === 0 ? 0 : (cut.ends[i - 1] ?? 0);
    const stop = cut.ends[i] ?? start;
    const word = text.slice(start, stop);
    if (id === UNKNOWN_HAN) {
      if (from < 0) from = start;
      chars += gap + 1;
      gap = 0;
      unknown++;
      end = stop;
    } else if (from >= 0 && gap === 0 && [...word].length === 1 && HAN.test(word)) gap = 1;
    else close();
  });
  close();
  return spans;
}
