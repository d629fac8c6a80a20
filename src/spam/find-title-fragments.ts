/**
 * Family "title": pieces of the headline stuffed into the body (跟随, 足迹重回作答载, 地份 …).
 *
 * Real articles use their headline's words all the time, and without a language model of running
 * text a plain word pasted between two others cannot be told from the writer's own use. So a piece
 * is hidden only on evidence that it was pasted:
 * - it is not read as the writer's words in place: it sits on the segmenter's word boundaries, no
 *   dictionary word runs across its edges, the phrase it makes with its neighbour appears nowhere
 *   else in the article, and it is not a heading or quoted phrase of its own;
 * - and it is odd: not a stretch of the headline as printed nor a sequence of dictionary words
 *   (作答载 jumps the 19 of 作答19载, 地份 loses the 这 of 地这份, 足迹重回作答载 glues two
 *   pieces), pasted in two different places or never used by the writer; or it is a second copy
 *   right after the first (下访下访; in a row of three copies or more, every copy after the first);
 *   or one phrase says a piece twice (做好|卸妆|做好: the repeated pieces go, the word between stays);
 * - and the page shows enough of it (one odd phrase proves nothing; a stuffed page shows several).
 * On such a page, a plain piece repeated in the stuffed paragraphs and nowhere else goes too (跟随),
 * on its own or inside longer runs; so does one that breaks an enumeration whose items match
 * without it (预警、|X|预防), and one glued to a proven paste in the same pair twice (下家承诺|康傅).
 * Insertions other finders found are walls: no run, word or phrase reads across them.
 */
import type { SpamTools } from './types';
import { overlapsAny } from './merge-spans';
import { insideQuotes, isHan, isWordCharacter } from './text-classes';
import { piecesPastedInRotation } from './headline-rotation';
import { TitlePieces } from './title-pieces';
import type { SpamSpan } from './types';

interface Run {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  pieces: string[];
  /** Not a stretch of the headline as printed, and not made of whole dictionary words (作答载, 地份). */
  irregular: boolean;
  /** A copy of the run right before it (下访下访). */
  duplicate: boolean;
  /** Reads as the writer's own words in its place. */
  natural: boolean;
  /**
   * A word of its own that nothing vouches for: on word boundaries, no dictionary word across its
   * edges, not a heading or quoted phrase, and the phrase it makes with its neighbours is not one
   * the article uses elsewhere.
   */
  wordOfItsOwn: boolean;
  /** Where the run started and the pieces it was read as, before the writer's words were trimmed off. */
  scanned: { start: number; pieces: string[] };
}

/** One-character function words: a run does not start or end on these, and they attest nothing. */
const FUNCTION_CHARS = '的了是在和与及或也都就而被把对从向为以于之其这那个着过地得與對從為於這個著過';

export function findTitleFragments(
  title: string,
  paragraphs: readonly string[],
  masked: readonly SpamSpan[][],
  sentences: readonly SpamSpan[][],
  tools: SpamTools,
): SpamSpan[][] {
  const result: SpamSpan[][] = paragraphs.map(() => []);
  const pieces = new TitlePieces(title, tools.isKnownWord);
  if (pieces.size === 0) return result;
  const isKnownWord = tools.isKnownWord ?? (() => false);
  const normalisedTitle = title.replace(/\s+/g, '');
  const wordCharactersOfTitle = normalisedTitle.replace(/[“”‘’「」『』《》〈〉"'·•・]/gu, '');
  // The headline repeated as a paragraph (the page's h1 inside the article) is no evidence either way.
  const isHeadline = (text: string): boolean => {
    const compact = text.replace(/\s+/g, '');
    if (compact.length === 0) return false;
    return normalisedTitle.includes(compact) || (compact.includes(normalisedTitle) && compact.length <= normalisedTitle.length * 1.3);
  };
  // The article as the writer wrote it, as far as is known: insertions already found (a whole
  // headline pasted, an emoji, a sentence) are cut out, so they do not count as the writer's uses.
  const whole = paragraphs
    .map((text, p) => (isHeadline(text) ? null : withoutSpans(text, [...(masked[p] ?? []), ...(sentences[p] ?? [])])))
    .filter((text) => text !== null)
    .join('\n');
  /** A neighbouring word that can vouch for a run: anything but punctuation and function words. */
  const canAttest = (word: string): boolean => word.length >= 2 || (isHan(word) && !FUNCTION_CHARS.includes(word));

  // A quick pass without the segmenter: a page can only be stuffed if some run is not a stretch of
  // the headline as printed, or follows a copy of itself. Clean pages mostly stop here.
  const rough = paragraphs.map((text) => (isHeadline(text) ? [] : scanRuns(text, pieces, null, null)));
  const suspicious = rough.some((list, p) =>
    list.some((r) => !wordCharactersOfTitle.includes(r.text) || (paragraphs[p] ?? '').slice(r.start - r.text.length, r.start) === r.text),
  );
  if (!suspicious) return result;

  const runs: Run[] = [];
  paragraphs.forEach((original, p) => {
    if ((rough[p] ?? []).length === 0) return;
    // Insertions already found are walls: a run stops at them, and no word or phrase reads across
    // them (pieces pasted against a pasted headline are still weighed, on their own).
    const text = withoutSpans(original, [...(masked[p] ?? []), ...(sentences[p] ?? [])], true);
    const boundaries = new Set<number>([0]);
    const words = tools.segmenter.cut(text);
    const wordAt = new Map<number, string>();
    const wordEndingAt = new Map<number, string>();
    let at = 0;
    for (const word of words) {
      wordAt.set(at, word);
      at += word.length;
      wordEndingAt.set(at, word);
      boundaries.add(at);
    }
    const found = scanRuns(text, pieces, boundaries, wordAt);
    for (const run of found) {
      // Inside quoted speech a doubled word is someone calling out (“老师老师，…”), not a paste;
      // one character said over and over (哈哈哈哈, a mantra's 奴奴奴奴) is how the text reads.
      const duplicate =
        new Set(run.text).size > 1 &&
        run.start >= run.text.length &&
        text.slice(run.start - run.text.length, run.start) === run.text &&
        !insideQuotes(text, run.start);
      const aligned = boundaries.has(run.start) && boundaries.has(run.end);
      const before = wordEndingAt.get(run.start) ?? '';
      const after = wordAt.get(run.end) ?? '';
      const attested =
        (canAttest(before) && countOf(whole, before + run.text) >= 2) ||
        (canAttest(after) && countOf(whole, run.text + after) >= 2);
      // A word across an edge shared with a copy of the same piece (枕头|枕头 reads 头枕) is made
      // by the paste itself, not by the writer's text around it.
      const first = run.pieces[0];
      const last = run.pieces[run.pieces.length - 1];
      const copyAfter = found.some((o) => o.start === run.end && o.pieces[0] === last);
      const copyBefore = found.some((o) => o.end === run.start && o.pieces[o.pieces.length - 1] === first);
      const joined =
        (!copyBefore && crossesAt(text, run.start, run.start, run.end, isKnownWord)) ||
        (!copyAfter && crossesAt(text, run.end, run.start, run.end, isKnownWord));
      // Bounded by punctuation on both sides, a run is a heading or a quoted phrase of its own.
      const standalone = !isWordCharacter(text.charAt(run.start - 1)) && !isWordCharacter(text.charAt(run.end));
      runs.push({
        paragraph: p,
        ...run,
        irregular: false,
        duplicate,
        natural: !aligned || attested || joined || standalone,
        wordOfItsOwn: aligned && !attested && !joined && !standalone && !insideQuotes(text, run.start),
        scanned: { start: run.start, pieces: [...run.pieces] },
      });
    }
  });

  // The first of an adjacent identical pair is the writer's; only the copy is suspect.
  // In a row of three or more copies (入围短片入围短片入围短片) the copies vouch for each other as
  // neighbours; no writer repeats a phrase three times running outside quoted speech, so every copy
  // after the first is pasted whatever its neighbours say.
  for (const run of runs) {
    if (run.duplicate) continue;
    let copies = 0;
    for (let end = run.end; ; end += run.text.length) {
      const next = runs.find((o) => o.paragraph === run.paragraph && o.start === end && o.duplicate && o.text === run.text);
      if (!next) break;
      copies++;
      if (copies >= 2) for (let at = run.end; at <= end; at += run.text.length) {
        const copy = runs.find((o) => o.paragraph === run.paragraph && o.start === at && o.text === run.text);
        if (copy) copy.natural = false;
      }
    }
    if (copies > 0) run.natural = true;
  }
  // Headline words the writer uses in their own sentences somewhere in the article.
  const usedNaturally = new Set<string>();
  for (const run of runs) if (run.natural) for (const piece of run.pieces) usedNaturally.add(piece);
  // The writer's own headline words: used as prose, or found in paragraphs with nothing odd in them.
  const oddParagraphs = new Set(
    runs.filter((r) => !r.natural && !wordCharactersOfTitle.includes(r.text)).map((r) => r.paragraph),
  );
  const writerPieces = new Set(usedNaturally);
  for (const run of runs) if (!oddParagraphs.has(run.paragraph)) for (const piece of run.pieces) writerPieces.add(piece);
  // A glued run often starts or ends on the writer's own headline word (南山奶粉|含强): trim those.
  for (const run of runs) {
    if (run.natural) continue;
    const text = paragraphs[run.paragraph] ?? '';
    while (run.pieces.length > 1 && writerPieces.has(run.pieces[0] ?? '')) run.start += (run.pieces.shift() ?? '').length;
    while (run.pieces.length > 1 && writerPieces.has(run.pieces[run.pieces.length - 1] ?? '')) run.end -= (run.pieces.pop() ?? '').length;
    run.text = text.slice(run.start, run.end);
    // Writers drop the quotes and dots of a name in the headline (“有爱·有家”孤儿 → 有家孤儿), but
    // do not run its parts together across a colon or a comma: compared without quotes and dots.
    run.irregular = !wordCharactersOfTitle.includes(run.text) && !isWordSequence(run.text, tools);
  }
  // Places an odd run was pasted: the same words in one context twice is a repeated sentence.
  const contexts = new Map<string, Set<string>>();
  for (const run of runs) {
    if (run.natural) continue;
    const text = paragraphs[run.paragraph] ?? '';
    const context = `${text.charAt(run.start - 1)}|${text.charAt(run.end)}`;
    contexts.set(run.text, (contexts.get(run.text) ?? new Set<string>()).add(context));
  }
  const weightOf = (r: Run): number => {
    const base = baseWeightOf(r);
    if (base > 0 || r.natural || r.duplicate || repeatedParts(r, writerPieces).length === 0) return base;
    // Four pieces or more glued with one said twice (回应转卖|枕头|废弃|回应转卖|枕头) is a stuffed
    // phrase on its own; three (做好|卸妆|做好) needs the page to show more.
    return r.pieces.length >= 4 ? 3 : 2;
  };
  const baseWeightOf = (r: Run): number => {
    if (r.natural) return 0;
    if (r.duplicate) return 1;
    if (!r.irregular) return 0;
    if ((contexts.get(r.text)?.size ?? 0) >= 2) return 2;
    // Pasted once: only a single odd piece counts (作答载, 地份). Pieces joined once are how writers
    // reword a headline (使用彩妆及防晒|产品时 leaves out a word).
    if (r.pieces.length > 1) return 0;
    return r.pieces.every((piece) => !usedNaturally.has(piece)) ? 1 : 0;
  };
  // Otherwise, one phrase that says a headline piece twice (做好|卸妆|做好, 空质量|优于|空质量|优于)
  // is pieces pasted one after another: a writer rewording the headline says each part once. The
  // pieces said once may be the writer's words the pastes landed around (深层|卸妆|凝胶), so then
  // only the repeated ones are hidden.
  const onlyRepeats = (r: Run): [number, number][] => (baseWeightOf(r) > 0 ? [] : repeatedParts(r, writerPieces));
  const strong = runs.filter((r) => weightOf(r) > 0);
  // One odd run proves little (prose makes odd phrases); a stuffed page shows several.
  if (strong.reduce((n, r) => n + weightOf(r), 0) < 3) return result;
  // In paragraphs proven stuffed, a plain piece pasted again and again counts too, when the
  // article never uses it anywhere else (跟随 three times in the stuffed lead, nowhere after).
  // "Never elsewhere" means something only when the rest of the article is long enough to use it.
  const strongCount = new Map<number, number>();
  for (const r of strong) strongCount.set(r.paragraph, (strongCount.get(r.paragraph) ?? 0) + weightOf(r));
  const stuffed = new Set([...strongCount].filter(([, n]) => n >= 3).map(([p]) => p));
  const stuffedLength = [...stuffed].reduce((n, p) => n + (paragraphs[p]?.length ?? 0), 0);
  if (whole.length - stuffedLength < 3 * stuffedLength) stuffed.clear();
  const pastedUses = new Map<string, number>();
  const usesElsewhere = new Map<string, number>();
  // A word in quotation marks on its own (“考卷”) is mentioned as a term, not used in a sentence:
  // it says nothing about whether the writer would put it where the pasted copies sit.
  const mentions = new Map<string, number>();
  for (const run of runs) {
    const text = paragraphs[run.paragraph] ?? '';
    const quoted = '“「『'.includes(text.charAt(run.start - 1) || '_') && '”」』'.includes(text.charAt(run.end) || '_');
    const bucket = quoted ? mentions : stuffed.has(run.paragraph) ? (run.natural ? usesElsewhere : pastedUses) : usesElsewhere;
    bucket.set(run.text, (bucket.get(run.text) ?? 0) + 1);
  }
  // Each pasted-looking use must run into the next word: a piece closing a clause (非常幸福。) is
  // where a writer puts a word of their own; farms paste in front of the host's next word.
  const flanked = (r: Run): boolean => isHan((paragraphs[r.paragraph] ?? '').charAt(r.end));
  const unflanked = new Set(runs.filter((r) => !r.natural && stuffed.has(r.paragraph) && !flanked(r)).map((r) => r.text));
  const repeatedPlain = runs.filter(
    (r) =>
      !r.natural &&
      !unflanked.has(r.text) &&
      !strong.includes(r) &&
      stuffed.has(r.paragraph) &&
      (pastedUses.get(r.text) ?? 0) >= 2 &&
      !usesElsewhere.has(r.text) &&
      countOf(whole, r.text) === (pastedUses.get(r.text) ?? 0) + (mentions.get(r.text) ?? 0),
  );
  // The same piece by piece: a piece the writer never uses, pasted again and again inside longer
  // runs of the stuffed paragraphs (回应转卖 in 回应转卖|枕头 and in 枕头|茶叶|回应转卖).
  const pieceUses = new Map<string, [number, number][]>();
  for (const run of runs) {
    if (run.natural || !stuffed.has(run.paragraph) || unflanked.has(run.text)) continue;
    let at = run.start;
    for (const piece of run.pieces) {
      pieceUses.set(piece, [...(pieceUses.get(piece) ?? []), [run.paragraph, at]]);
      at += piece.length;
    }
  }
  const repeatedPieces = [...pieceUses].filter(
    ([piece, uses]) =>
      uses.length >= 2 && !writerPieces.has(piece) && countOf(whole, piece) === uses.length + (mentions.get(piece) ?? 0),
  );
  // On a page proven stuffed, a piece opening an item of an enumeration whose items match without it
  // (预测、预警、|临安|预防: same length, same first or last character) breaks the list: pasted.
  const listBreaks = runs.filter(
    (r) => !r.natural && !strong.includes(r) && !repeatedPlain.includes(r) && breaksList(paragraphs[r.paragraph] ?? '', r.start, r.end),
  );
  const proven = [...strong, ...repeatedPlain, ...listBreaks];
  // Where the proven pastes follow the headline's order round and round, the gaps name the rest.
  const hanTitle = [...normalisedTitle].filter(isHan).join('');
  const place = (r: Run) => {
    const first = r.pieces[0] ?? r.text;
    const at = hanTitle.indexOf(first);
    return { ...r, headlineAt: at >= 0 ? at : hanTitle.indexOf(first.charAt(0)) };
  };
  const byPosition = (a: Run, b: Run) => a.paragraph - b.paragraph || a.start - b.start;
  const rotation = piecesPastedInRotation(
    [...proven].sort(byPosition).map(place),
    runs.filter((r) => !proven.includes(r) && r.wordOfItsOwn && r.pieces.length === 1).map(place),
  );
  for (const run of rotation)
    result[run.paragraph]?.push({
      start: run.start,
      end: run.end,
      family: 'title',
      confidence: 0.7,
      reason: 'A piece of the headline, in the slot where this page pastes its headline pieces in turn.',
    });
  for (const [piece, uses] of repeatedPieces)
    for (const [p, start] of uses)
      result[p]?.push({
        start,
        end: start + piece.length,
        family: 'title',
        confidence: 0.8,
        reason: 'A piece of the headline pasted again and again into the stuffed paragraphs, and used nowhere else.',
      });
  for (const run of proven) {
    const parts = strong.includes(run) ? onlyRepeats(run) : [];
    if (parts.length > 0) {
      for (const [start, end] of parts)
        result[run.paragraph]?.push({
          start,
          end,
          family: 'title',
          confidence: 0.9,
          reason: 'A piece of the headline pasted again and again into one phrase.',
        });
      continue;
    }
    result[run.paragraph]?.push({
      start: run.start,
      end: run.end,
      family: 'title',
      confidence: strong.includes(run) ? 0.9 : 0.8,
      reason: run.duplicate
        ? 'A piece of the headline pasted a second time right after itself.'
        : 'A piece of the headline pasted into the sentence, where it does not belong.',
    });
  }
  for (const [p, start, end] of gluedCompanions(runs, result, paragraphs))
    result[p]?.push({
      start,
      end,
      family: 'title',
      confidence: 0.8,
      reason: 'A piece of the headline pasted glued to another pasted piece, the same pair more than once.',
    });
  return result;
}

/**
 * Farms also paste two pieces glued together, and paste the same pair again (下家承诺|康傅 three
 * times). Where a piece sits right against a proven paste in two places or more, always the same
 * piece on the same side of the same paste, the pair was pasted: the writer's own words do not
 * keep landing against pasted text the same way. Returns [paragraph, start, end] of each companion.
 */
function gluedCompanions(runs: readonly Run[], found: readonly SpamSpan[][], paragraphs: readonly string[]): [number, number, number][] {
  const groups = new Map<string, [number, number, number][]>();
  for (const run of runs) {
    const spans = found[run.paragraph] ?? [];
    const text = paragraphs[run.paragraph] ?? '';
    let at = run.scanned.start;
    for (const piece of run.scanned.pieces) {
      const start = at;
      const end = (at += piece.length);
      if (overlapsAny(spans, start, end)) continue;
      for (const span of spans) {
        const side = span.end === start ? 'after' : span.start === end ? 'before' : null;
        if (!side) continue;
        const key = `${side}|${piece}|${text.slice(span.start, span.end)}`;
        const group = groups.get(key) ?? [];
        if (!group.some(([p, s]) => p === run.paragraph && s === start)) group.push([run.paragraph, start, end]);
        groups.set(key, group);
      }
    }
  }
  return [...groups.values()].filter((group) => group.length >= 2).flat();
}

/**
 * The pieces a run says more than once ([start, end) of each copy), leaving out the writer's own
 * headline words: none when every piece of the run is said once.
 */
function repeatedParts(run: Run, writerPieces: ReadonlySet<string>): [number, number][] {
  const counts = new Map<string, number>();
  for (const piece of run.pieces) counts.set(piece, (counts.get(piece) ?? 0) + 1);
  const out: [number, number][] = [];
  let at = run.start;
  for (const piece of run.pieces) {
    if ((counts.get(piece) ?? 0) >= 2 && !writerPieces.has(piece)) out.push([at, at + piece.length]);
    at += piece.length;
  }
  return out;
}

/** Maximal stretches of `text` made of headline pieces, each with the pieces it was read as. */
function scanRuns(
  text: string,
  pieces: TitlePieces,
  boundaries: ReadonlySet<number> | null,
  wordAt: ReadonlyMap<number, string> | null,
): { start: number; end: number; text: string; pieces: string[] }[] {
  const out: { start: number; end: number; text: string; pieces: string[] }[] = [];
  let i = 0;
  while (i < text.length) {
    // A run does not begin on a function word standing alone (的|未来): that word is the writer's.
    const word = wordAt?.get(i) ?? '';
    let piece = word.length === 1 && FUNCTION_CHARS.includes(word) ? null : pieces.longestAt(text, i, boundaries ?? undefined);
    if (!piece) {
      i++;
      continue;
    }
    const start = i;
    const found: string[] = [];
    while (piece) {
      found.push(piece.text);
      i += piece.text.length;
      piece = pieces.longestAt(text, i, boundaries ?? undefined);
    }
    // A run of copies (下访下访) is read as separate runs so the copy can be told from the original.
    let at = start;
    let group: string[] = [];
    const flush = (): void => {
      if (group.length === 0) return;
      const length = group.join('').length;
      out.push({ start: at, end: at + length, text: text.slice(at, at + length), pieces: group });
      at += length;
      group = [];
    };
    for (const p of found) {
      if (group.length > 0 && group[group.length - 1] === p) flush();
      group.push(p);
    }
    flush();
  }
  return out;
}

const ITEM_END = /[、，,。；;：:！？!?“”「」『』（）()《》\s]/u;

/**
 * Whether [start, end) opens an item of an enumeration (…、X、|piece|Y…) where, without it, the
 * item Y matches the one before it: same length and the same first or last character (预警、预防).
 */
function breaksList(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) !== '、') return false;
  let itemStart = start - 1;
  while (itemStart > 0 && !ITEM_END.test(text.charAt(itemStart - 1))) itemStart--;
  const before = text.slice(itemStart, start - 1);
  let itemEnd = end;
  while (itemEnd < text.length && !ITEM_END.test(text.charAt(itemEnd))) itemEnd++;
  const after = text.slice(end, itemEnd);
  if (before.length < 2 || after.length !== before.length || ![...before, ...after].every(isHan)) return false;
  return after.charAt(0) === before.charAt(0) || after.charAt(after.length - 1) === before.charAt(before.length - 1);
}

/** Whether the segmenter reads `text` as dictionary words of two or more characters. */
function isWordSequence(text: string, tools: SpamTools): boolean {
  if (!tools.isKnownWord) return true;
  // A headline cut with a character lost can land on a word (图书馆延长 → 馆长): in either
  // dictionary, it is a word, not an odd piece.
  if (tools.isKnownWord(text) || tools.segmenter.isDictionaryWord?.(text)) return true;
  return tools.segmenter.cut(text).every((word) => word.length >= 2 && (tools.isKnownWord?.(word) || tools.segmenter.isDictionaryWord?.(word)));
}

/**
 * The text with each span replaced by a line break, so nothing reads across the gap; with
 * `keepOffsets`, one line break per character, so offsets into the original still hold.
 */
function withoutSpans(text: string, spans: readonly SpamSpan[], keepOffsets = false): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.end <= at) continue;
    const start = Math.max(at, span.start);
    out += text.slice(at, start) + '\n'.repeat(keepOffsets ? span.end - start : 1);
    at = span.end;
  }
  return out + text.slice(at);
}

function countOf(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** Whether a dictionary word runs across `edge`, an edge of [start, end), taking at least one character on each side. */
function crossesAt(text: string, edge: number, start: number, end: number, isKnownWord: (w: string) => boolean): boolean {
  const inside = edge === start ? [edge + 1, Math.min(end, edge + 3)] : [Math.max(start, edge - 3), edge - 1];
  for (let x = edge - 3; x < edge; x++) {
    for (let y = edge + 1; y <= edge + 3; y++) {
      if (x < 0 || y > text.length) continue;
      // The word must take at least one character on each side of the edge, and stay in the run on its side.
      if (edge === start && y > (inside[1] ?? edge)) continue;
      if (edge === end && x < (inside[0] ?? edge)) continue;
      if (isKnownWord(text.slice(x, y))) return true;
    }
  }
  return false;
}
